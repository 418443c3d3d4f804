// `--pull-request` on the edit commands (the edit workflow): the files just edited go on a new
// branch in one commit, and a pull request into the default branch shows what changed and the
// plan, so an analyst without a terminal gets a reviewed change. Paths are relative to the
// working directory, which in a workflow is the root of the checkout.
import path from 'node:path';
import type { CxonePort } from '../../cxone/port.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { editMarkdown } from '../../render/edit-markdown.js';
import { planMarkdownBlocks } from '../../render/plan-markdown.js';
import { boundedMarkdown, chars } from '../../text/bounded-markdown.js';
import { computePlan } from '../planning/compute-plan.js';
import type { EditOutcome } from './edit-types.js';

export interface EditPullRequest {
  number: number;
  url: string;
  branch: string;
  base: string;
}

/** GitHub refuses bodies over 65,536 characters. */
const MAX_BODY = 60_000;

export async function openEditPullRequest(
  outcome: EditOutcome,
  io: Io,
  how: { config: string; cxone?: CxonePort; github?: GitHubPort },
): Promise<EditPullRequest | undefined> {
  if (outcome.files.length === 0) return undefined;
  const context = githubContext(io.env, {}, { repoFlag: false });
  const github = how.github ?? createGitHub(context, io.env);
  const files = outcome.files.map((f) => {
    const relative = path.relative(io.cwd, path.resolve(io.cwd, f.file)).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative))
      throw new UsageError(`${f.file} is outside the working directory; run the command from the root of the repository`);
    return { path: relative, content: f.after };
  });
  const base = await github.defaultBranch();
  const parentSha = io.env.GITHUB_SHA && /^[0-9a-f]{40}$/i.test(io.env.GITHUB_SHA) ? io.env.GITHUB_SHA : await github.branchHead(base);
  // one branch per run (a re-run attempt gets its own), never one a person works on
  const run = io.env.GITHUB_RUN_ID && /^\d+$/.test(io.env.GITHUB_RUN_ID) ? io.env.GITHUB_RUN_ID : String(Date.now());
  const attempt =
    io.env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(io.env.GITHUB_RUN_ATTEMPT) && io.env.GITHUB_RUN_ATTEMPT !== '1' ? `-${io.env.GITHUB_RUN_ATTEMPT}` : '';
  const branch = `skillops/edit-${run}${attempt}`;
  const count = outcome.files.length;
  const title = `skillops ${outcome.command}: ${count} queue ${count === 1 ? 'file' : 'files'}`;
  await github.writeBranch(branch, parentSha, files, `${title}\n\nMade by \`skillops ${outcome.command}\` in the edit workflow.`);
  const plan = how.cxone ? await planMarkdown(how.config, io, how.cxone) : undefined;
  const body = boundedMarkdown(editMarkdown(outcome, plan, context.runUrl), chars(MAX_BODY), '\n\n… cut to fit: see **Files changed**.\n');
  const created = await github.createPullRequest({ branch, base, title, body });
  return { number: created.number, url: created.url, branch, base };
}

/** The plan of the edited files against live CXone (safety thresholds shown, not enforced). */
async function planMarkdown(config: string, io: Io, cxone: CxonePort): Promise<string> {
  const ctx = await computePlan({ config, force: true, cxone }, io);
  return planMarkdownBlocks(ctx.plan).join('\n\n');
}
