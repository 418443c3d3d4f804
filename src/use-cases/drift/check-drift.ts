// `skillops drift`, for the schedule: plan against the default branch with safety thresholds off,
// then keep the one drift pull request (accept the hand changes) and the one drift issue in step.

import type { Io } from '../../domain/io.js';
import { hasChanges, type Plan } from '../../domain/plan.js';
import type { QueueTarget } from '../../domain/target.js';
import { planOutputs, writeActionOutputs } from '../../github/action-output.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { DriftPullRequestResult } from '../../github/drift-pull-request.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { driftMarkdown } from '../../render/drift-text.js';
import { computePlan } from '../planning/compute-plan.js';
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
  drifted: boolean;
  pullRequest?: DriftPullRequestResult & { leftAlone: LeftAlone[] };
  issue?: { action: string; number?: number };
}

/**
 * Plans with safety thresholds off, publishes the plan (step outputs, job summary), shows it
 * through `planned` before anything in GitHub is touched, then keeps the drift pull request and
 * the drift issue in step.
 */
export async function checkDrift(options: DriftOptions, io: Io, planned: (plan: Plan) => void): Promise<DriftOutcome> {
  const ctx = await computePlan({ ...options, force: true }, io);
  const { plan } = ctx;
  const drifted = hasChanges(plan);
  writeActionOutputs(io.env, planOutputs(plan));
  planned(plan);
  await writeStepSummary(io, `## skillops drift\n\n${driftMarkdown(plan)}`);
  let github = options.github;
  const gh = () => (github ??= createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env));
  const outcome: DriftOutcome = { drifted };
  let decision: string | undefined;
  if (options.pullRequest) {
    const { openDriftPullRequest } = await import('./open-drift-pull-request.js');
    const pr = await openDriftPullRequest(ctx, io, gh(), options.prAuthor);
    outcome.pullRequest = pr;
    if (pr.number && pr.action !== 'closed') {
      decision = `**Accept** the hand changes: review and merge #${pr.number}. **Revert** them: close #${pr.number} and run the apply workflow.`;
    }
  }
  if (options.issue) outcome.issue = await reportDrift(gh(), drifted, driftMarkdown(plan), decision, ctx.tenant?.name);
  return outcome;
}
