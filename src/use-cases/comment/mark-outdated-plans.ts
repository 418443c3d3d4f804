// After an apply on the default branch changed queues: every open pull request whose plan
// comment covers one of them gets a one-line note that its plan is older than that apply. The
// plan is not re-run here: it stays what its reviewers read, apply judges it on its own queues at
// merge, and a push to the pull request plans it again. Only skillops' own comments are read or
// edited (see own-comment.ts); a failure is reported, never thrown.
import type { Comment, GitHubPort } from '../../github/port.js';
import { partOf } from '../../render/plan-comment.js';
import { coveredSkillsOf, markedOutdated, outdatedNote } from '../../render/plan-comment-age.js';

export interface OutdatedMarks {
  /** Open pull requests looked at. */
  checked: number;
  marked: Array<{ pullRequest: number; queues: string[] }>;
}

export async function markOutdatedPlans(
  github: GitHubPort,
  applied: {
    branch: string;
    commit: string;
    /** The queues the apply changed, by skill id. */
    changed: Map<number, string>;
    /** The pull requests this apply was the merge of: their plans are not outdated by it. */
    pullRequests: number[];
  },
  own: (c: Comment) => boolean,
): Promise<OutdatedMarks> {
  const result: OutdatedMarks = { checked: 0, marked: [] };
  if (applied.changed.size === 0) return result;
  for (const pr of await github.openPullRequests(applied.branch)) {
    if (applied.pullRequests.includes(pr)) continue;
    result.checked++;
    const first = (await github.listComments(pr)).filter(own).find((c) => partOf(c.body) === 1);
    if (!first) continue;
    const queues = coveredSkillsOf(first.body)
      .filter((id) => applied.changed.has(id))
      .map((id) => applied.changed.get(id)!);
    if (queues.length === 0) continue;
    const note = outdatedNote({ branch: applied.branch, commit: applied.commit, queues, pullRequests: applied.pullRequests });
    await github.updateComment(first.id, markedOutdated(first.body, note));
    result.marked.push({ pullRequest: pr, queues });
  }
  return result;
}
