// Who is applying: the Actions environment or the local user and git, plus the merged pull
// request when the audit record is committed (a failed lookup is a warning, not a failure).
import { whoFromEnvironment } from '../audit/who.js';
import type { Who } from '../audit/audit-record.js';
import type { GitHubPort } from '../github/port.js';
import { withPullRequest } from '../github/pull-request-details.js';
import type { ApplyDeps, ApplyRequest } from './apply-types.js';

export async function identifyRun(request: ApplyRequest, deps: ApplyDeps): Promise<{ who: Who; github?: GitHubPort }> {
  let who = await whoFromEnvironment(deps.env, deps.cwd);
  if (!request.commitAudit || !deps.github) return { who };
  const github = deps.github();
  try {
    who = await withPullRequest(github, who);
  } catch (error) {
    deps.hooks?.warn?.(`Could not look up the pull request of ${who.commit ?? 'this commit'}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { who, github };
}
