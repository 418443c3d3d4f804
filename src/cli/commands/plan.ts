import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { constants } from 'node:fs';
import { UsageError } from '../../domain/errors.js';
import { policyError } from '../../plan/policy.js';
import { readPlanFile, writePlanFile } from '../../use-cases/planning/plan-file.js';
import { hasChanges, type Plan } from '../../domain/plan.js';
import { planJson, planMarkdown } from '../../render/plan-markdown.js';
import { planText } from '../../render/plan-text.js';
import { computePlan } from '../../use-cases/planning/compute-plan.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import { reportDrift } from '../../use-cases/drift/drift-issue.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { planOutputs, writeActionOutputs } from '../../github/action-output.js';

import type { QueueTarget } from '../../domain/target.js';

export type PlanFormat = 'text' | 'markdown' | 'json';

export function renderPlan(plan: Plan, format: PlanFormat, io: Io): string {
  if (format === 'json') return planJson(plan);
  if (format === 'markdown') return planMarkdown(plan);
  return planText(plan, io.color);
}


export interface PlanOptions {
  config: string;
  out?: string;
  format: PlanFormat;
  detailedExitcode?: boolean;
  force?: boolean;
  now?: string;
  target?: QueueTarget;
}

/** --out is checked before CXone is read, so a typo costs nothing and says which folder is wrong. */
export async function checkOutPath(out: string, cwd: string): Promise<void> {
  const absolute = path.resolve(cwd, out);
  const folder = path.dirname(absolute);
  const shown = path.dirname(out) || '.';
  let isDir: boolean;
  try {
    isDir = (await stat(folder)).isDirectory();
  } catch {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} does not exist`);
  }
  if (!isDir) throw new UsageError(`cannot save the plan to ${out}: ${shown} is not a folder`);
  const existing = await stat(absolute).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot save the plan to ${out}: it is a folder; name a file, e.g. ${path.join(out, 'plan.json')}`);
  await access(folder, constants.W_OK).catch(() => {
    throw new UsageError(`cannot save the plan to ${out}: the folder ${shown} is not writable`);
  });
}

export async function planCommand(options: PlanOptions, io: Io): Promise<number> {
  if (options.out) await checkOutPath(options.out, io.cwd);
  const { plan } = await computePlan(options, io);
  writeActionOutputs(io.env, planOutputs(plan));
  io.out(renderPlan(plan, options.format, io));
  if (options.out) {
    await writePlanFile(path.resolve(io.cwd, options.out), plan).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot save the plan to ${options.out}: ${error.code ?? error.message}`);
    });
    if (options.format !== 'json') io.out(`\nSaved the plan to ${options.out}. Apply exactly this plan with: skillops apply ${options.out}\n`);
  }
  if (!plan.policy.ok) throw policyError(plan);
  return options.detailedExitcode && hasChanges(plan) ? 2 : 0;
}

export async function showCommand(file: string, options: { format: PlanFormat }, io: Io): Promise<number> {
  const plan = await readPlanFile(file);
  io.out(renderPlan(plan, options.format, io));
  return 0;
}

/** For the schedule: 0 when live matches skills/, 2 when it drifted, 1 on error. */
export async function driftCommand(options: { config: string; format: PlanFormat; now?: string; issue?: boolean; pullRequest?: boolean; prAuthor?: string; github?: GitHubPort; target?: QueueTarget }, io: Io): Promise<number> {
  const ctx = await computePlan({ ...options, force: true }, io);
  const { plan } = ctx;
  const drifted = hasChanges(plan);
  writeActionOutputs(io.env, planOutputs(plan));
  io.out(renderPlan(plan, options.format, io));
  if (options.format === 'text') io.out(drifted ? '\nDrift: live CXone differs from skills/.\n' : '');
  await writeStepSummary(io, `## skillops drift\n\n${planMarkdown(plan)}`);
  let github = options.github;
  const gh = () => (github ??= createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env));
  let decision: string | undefined;
  if (options.pullRequest) {
    const { openDriftPullRequest } = await import('../../use-cases/drift/open-drift-pull-request.js');
    const pr = await openDriftPullRequest(ctx, io, gh(), options.prAuthor);
    if (pr.action !== 'none') io.out(`Drift pull request #${pr.number} ${pr.action}${pr.url ? `: ${pr.url}` : ''}.\n`);
    if (pr.number && pr.action !== 'closed') {
      decision = `**Accept** the hand changes: review and merge #${pr.number}. **Revert** them: close #${pr.number} and run the apply workflow.`;
    }
  }
  if (options.issue) {
    const result = await reportDrift(gh(), drifted, planMarkdown(plan), decision);
    if (result.action !== 'none') io.out(`Drift issue #${result.number} ${result.action}.\n`);
  }
  return drifted ? 2 : 0;
}
