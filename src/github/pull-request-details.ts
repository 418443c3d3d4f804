// Who merged what: the pull request behind a merge commit, its author, and its approvers.
import type { Who } from '../domain/audit.js';
import type { GitHubPort, Review } from './port.js';

/** Reviewers whose latest decisive review (approve or request changes) is an approval. */
export function approversOf(reviews: Review[]): string[] {
  const latest = new Map<string, Review>();
  for (const r of [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') latest.set(r.user, r);
  }
  return [...latest.values()]
    .filter((r) => r.state === 'APPROVED')
    .map((r) => r.user)
    .sort();
}

export async function withPullRequest(github: GitHubPort, who: Who): Promise<Who> {
  if (!who.commit) return who;
  const pr = await github.pullRequestForCommit(who.commit);
  if (!pr) return who;
  const approvers = approversOf(await github.listReviews(pr.number));
  return { ...who, pullRequest: { number: pr.number, title: pr.title, author: pr.author, approvers } };
}
