// Who is applying: the Actions environment or the local user and git (known before the journal
// starts), plus the merged pull request when the audit record is committed (a failed lookup is a
// warning, not a failure).
import type { Who } from '../../domain/audit.js';
import type { GitHubPort } from '../../github/port.js';
import { withPullRequest } from '../../github/pull-request-details.js';
import type { ApplyDeps, ApplyRequest } from './apply-types.js';
import { within } from './shutdown.js';

export { whoFromEnvironment } from '../../audit/who.js';

/** The GitHub adapter when the audit is committed (built before any write, so a missing token fails early). */
export const githubFor = (request: ApplyRequest, deps: ApplyDeps): GitHubPort | undefined => (request.commitAudit && deps.github ? deps.github() : undefined);

/** The merged pull request, looked up within `budgetMs` when the record is committed. */
export async function addPullRequest(github: GitHubPort | undefined, deps: ApplyDeps, who: Who, budgetMs: number): Promise<{ who: Who; github?: GitHubPort }> {
  if (!github) return { who };
  if (budgetMs <= 0) return { who, github };
  try {
    const found = await within(withPullRequest(github, who), budgetMs, () => undefined);
    if (found) return { who: found, github };
    deps.hooks?.warn?.(`Pull request of ${who.commit ?? 'this commit'} not looked up: apply is shutting down`);
  } catch (error) {
    deps.hooks?.warn?.(`Could not look up the pull request of ${who.commit ?? 'this commit'}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { who, github };
}
