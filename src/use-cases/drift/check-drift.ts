// `skillops drift`, for the schedule: plan against the default branch with safety thresholds off,
// then keep the one drift pull request (accept the hand changes) and the one drift issue in step.

import type { Io } from '../../domain/io.js';
import { hasChanges } from '../../domain/plan.js';
import type { QueueTarget } from '../../domain/target.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { DriftPullRequestResult } from '../../github/drift-pull-request.js';
import type { GitHubPort } from '../../github/port.js';
import { driftMarkdown } from '../../render/drift-text.js';
import { computePlan, type PlanContext } from '../planning/compute-plan.js';
import type { LeftAlone } from '../refresh/refresh-files.js';
import { reportDrift } from './drift-issue.js';

export interface DriftOptions {
  config: string;
  now?: string;
  issue?: boolean;
  pullRequest?: boolean;
  prAuthor?: string;
  github?: GitHubPort;
  target?: QueueTarget;
}

interface DriftOutcome {
  ctx: PlanContext;
  drifted: boolean;
  pullRequest?: DriftPullRequestResult & { leftAlone: LeftAlone[] };
  issue?: { action: string; number?: number };
}

/** Reads and plans; the caller shows the plan before the pull request and issue are touched. */
export const readDrift = (options: DriftOptions, io: Io): Promise<PlanContext> => computePlan({ ...options, force: true }, io);

/** The drift pull request and issue, once the plan has been shown. */
export async function proposeDrift(ctx: PlanContext, options: DriftOptions, io: Io): Promise<DriftOutcome> {
  const { plan } = ctx;
  const drifted = hasChanges(plan);
  let github = options.github;
  const gh = () => (github ??= createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env));
  const outcome: DriftOutcome = { ctx, drifted };
  let decision: string | undefined;
  if (options.pullRequest) {
    const { openDriftPullRequest } = await import('./open-drift-pull-request.js');
    const pr = await openDriftPullRequest(ctx, io, gh(), options.prAuthor);
    outcome.pullRequest = pr;
    if (pr.number && pr.action !== 'closed') {
      decision = `**Accept** the hand changes: review and merge #${pr.number}. **Revert** them: close #${pr.number} and run the apply workflow.`;
    }
  }
  if (options.issue) outcome.issue = await reportDrift(gh(), drifted, driftMarkdown(plan), decision);
  return outcome;
}
