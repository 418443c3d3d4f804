// `drift --pull-request`: refresh the queue files in memory (the plan in reverse) and keep the
// one drift pull request in step with them. Paths in the pull request are relative to the
// working directory, which in a workflow is the root of the checkout.
import path from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { githubContext } from '../../github/actions-context.js';
import { ACTIONS_BOT, authorFor, type DriftPullRequestResult, proposeDriftPullRequest } from '../../github/drift-pull-request.js';
import type { GitHubPort } from '../../github/port.js';
import { refreshMarkdown } from '../../render/refresh-text.js';
import type { PlanContext } from '../planning/compute-plan.js';
import type { LeftAlone } from '../refresh/refresh-files.js';
import { planRefresh } from '../refresh/refresh-queues.js';

export async function openDriftPullRequest(
  ctx: PlanContext,
  io: Io,
  github: GitHubPort,
  prAuthor?: string,
): Promise<DriftPullRequestResult & { leftAlone: LeftAlone[] }> {
  const result = await planRefresh(ctx, io.cwd);
  // a tenant's files are named from the repository root, wherever drift runs (-C tenants/uk)
  const root = ctx.tenant?.repoRoot ?? io.cwd;
  const files = result.files.map((f) => {
    const relative = path.relative(root, path.resolve(io.cwd, f.file)).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative))
      throw new UsageError(`${f.file} is outside the ${ctx.tenant ? 'repository' : 'working directory'}; run drift from the root of the repository`);
    return { path: relative, content: f.after };
  });
  const base = await github.defaultBranch();
  const parentSha = io.env.GITHUB_SHA && /^[0-9a-f]{40}$/i.test(io.env.GITHUB_SHA) ? io.env.GITHUB_SHA : await github.branchHead(base);
  const runUrl = io.env.GITHUB_REPOSITORY ? githubContext(io.env).runUrl : undefined;
  const pr = await proposeDriftPullRequest(github, {
    files,
    parentSha,
    base,
    summary: refreshMarkdown(result),
    author: prAuthor ? authorFor(prAuthor) : ACTIONS_BOT,
    ...(runUrl ? { runUrl } : {}),
    ...(ctx.tenant ? { tenant: ctx.tenant.name } : {}),
  });
  return { ...pr, leftAlone: result.leftAlone };
}
