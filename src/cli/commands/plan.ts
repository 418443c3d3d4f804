// `skillops plan`, `show` and `drift`: compute or read a plan, render it, pick the exit code.
import type { Io } from '../../domain/io.js';
import { hasChanges } from '../../domain/plan.js';
import { policyError } from '../../plan/policy.js';
import { type PlanFormat, renderPlan } from '../../render/plan-format.js';
import { forTerminal } from '../../text/untrusted.js';
import { checkDrift, type DriftOptions } from '../../use-cases/drift/check-drift.js';
import { type PlanRequest, planAndSave } from '../../use-cases/planning/plan-and-save.js';
import { readPlanFile } from '../../use-cases/planning/plan-file.js';

export type { PlanFormat };

export async function planCommand(options: PlanRequest & { format: PlanFormat; detailedExitcode?: boolean }, io: Io): Promise<number> {
  const plan = await planAndSave(options, io);
  io.out(renderPlan(plan, options.format, io.color));
  if (options.out && options.format !== 'json') io.out(`\nSaved the plan to ${options.out}. Apply exactly this plan with: skillops apply ${options.out}\n`);
  if (!plan.policy.ok) throw policyError(plan);
  return options.detailedExitcode && hasChanges(plan) ? 2 : 0;
}

export async function showCommand(file: string, options: { format: PlanFormat }, io: Io): Promise<number> {
  const plan = await readPlanFile(file);
  io.out(renderPlan(plan, options.format, io.color));
  return 0;
}

/** For the schedule: 0 when live matches skills/, 2 when it drifted, 1 on error. */
export async function driftCommand(options: DriftOptions & { format: PlanFormat }, io: Io): Promise<number> {
  const {
    drifted,
    pullRequest: pr,
    issue,
  } = await checkDrift(options, io, (plan) => {
    io.out(renderPlan(plan, options.format, io.color));
    if (options.format === 'text' && hasChanges(plan)) io.out('\nDrift: live CXone differs from skills/.\n');
  });
  for (const l of pr?.leftAlone ?? []) io.out(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}\n`);
  if (pr && pr.action !== 'none') io.out(`Drift pull request #${pr.number} ${pr.action}${pr.url ? `: ${pr.url}` : ''}.\n`);
  if (issue && issue.action !== 'none') io.out(`Drift issue #${issue.number} ${issue.action}.\n`);
  return drifted ? 2 : 0;
}
