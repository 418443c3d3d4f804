// The drift pull request: while live CXone differs from skills/, one pull request accepts the
// hand changes into the files (made with `skillops refresh`). Merging it accepts them; closing
// it leaves skills/ as it is, and the next apply reverts CXone. It is found by its branch AND
// its author's login and type, never by text in its body, which anyone with write access could
// copy into a pull request of their own.
import type { Author, BranchFile, GitHubPort } from './port.js';

export const DRIFT_BRANCH = 'skillops/drift';
const DRIFT_PR_TITLE = 'skillops: accept hand changes made in CXone';
/** The identity of GITHUB_TOKEN in Actions. */
export const ACTIONS_BOT: Author = { login: 'github-actions[bot]', type: 'Bot' };
/** GitHub refuses bodies over 65,536 characters. */
const MAX_BODY = 60_000;

/** "github-actions[bot]" or "my-app[bot]" are Apps (type Bot); any other login is a user. */
export function authorFor(login: string): Author {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

interface DriftPullRequestInput {
  files: BranchFile[];
  /** The commit the files were refreshed from (the checked-out default branch). */
  parentSha: string;
  base: string;
  /** Markdown: what the pull request accepts, per queue. */
  summary: string;
  author: Author;
  runUrl?: string;
  /** One tenant of a repository of many: a branch and pull request of its own. */
  tenant?: string;
}

/** `skillops/drift`, or `skillops/drift-<tenant>`: each tenant's drift is accepted or reverted on its own. */
export const driftBranchFor = (tenant?: string): string => (tenant ? `${DRIFT_BRANCH}-${tenant}` : DRIFT_BRANCH);
const titleFor = (tenant?: string): string => (tenant ? `${DRIFT_PR_TITLE} (tenant ${tenant})` : DRIFT_PR_TITLE);

export type DriftPullRequestResult = { action: 'opened' | 'updated' | 'closed' | 'none'; number?: number; url?: string };

function driftPullRequestBody(summary: string, runUrl: string | undefined, branch: string): string {
  const head = [
    'Someone changed skill assignments in CXone by hand, outside skillops. This pull request **accepts** those changes into `skills/`, edited in place by `skillops refresh` (comments, notes and order kept).',
    '',
    '- **Accept:** review and merge. After the merge, live CXone and `skills/` agree and the drift issue closes.',
    '- **Revert:** close this pull request and run the apply workflow: CXone goes back to what `skills/` says.',
    '',
  ].join('\n');
  const foot = `\n---\nOpened by the scheduled drift check${runUrl ? ` ([run](${runUrl}))` : ''}, and updated while the drift lasts. The \`${branch}\` branch is rebuilt on every run: do not push to it.\n`;
  const room = MAX_BODY - head.length - foot.length;
  const cut = summary.lastIndexOf('\n</details>', room - 200);
  const body = summary.length <= room ? summary : `${cut > 0 ? summary.slice(0, cut + 11) : ''}\n\n… more queues than fit here: see **Files changed**.\n`;
  return `${head}${body}${foot}`;
}

export async function proposeDriftPullRequest(github: GitHubPort, input: DriftPullRequestInput): Promise<DriftPullRequestResult> {
  const branch = driftBranchFor(input.tenant);
  const title = titleFor(input.tenant);
  const open = await github.findOpenPullRequest(branch, input.base, input.author);
  if (input.files.length === 0) {
    if (!open) return { action: 'none' };
    await github.closePullRequest(
      open.number,
      'The scheduled drift check finds nothing left to accept from CXone: live matches `skills/` again, or what still differs is left to apply (see the drift issue). Closing.',
    );
    return { action: 'closed', number: open.number, url: open.url };
  }
  const count = input.files.length;
  await github.writeBranch(
    branch,
    input.parentSha,
    input.files,
    `skills: accept hand changes made in CXone (${count} ${count === 1 ? 'file' : 'files'})\n\nMade by \`skillops refresh\` in the scheduled drift check.`,
  );
  const body = driftPullRequestBody(input.summary, input.runUrl, branch);
  if (open) {
    await github.updatePullRequest(open.number, { title, body });
    return { action: 'updated', number: open.number, url: open.url };
  }
  const created = await github.createPullRequest({ branch, base: input.base, title, body });
  return { action: 'opened', number: created.number, url: created.url };
}
