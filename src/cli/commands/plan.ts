// `skillops plan`, `show` and `drift`: compute or read a plan, render it, pick the exit code.
import path from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { hasChanges } from '../../domain/plan.js';
import type { QueueTarget } from '../../domain/target.js';
import { planOutputs, writeActionOutputs } from '../../github/action-output.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { policyError } from '../../plan/policy.js';
import { driftMarkdown, driftText } from '../../render/drift-text.js';
import { type PlanFormat, renderPlan } from '../../render/plan-format.js';
import { forTerminal } from '../../text/untrusted.js';
import { type DriftOptions, proposeDrift, readDrift } from '../../use-cases/drift/check-drift.js';
import { computePlan } from '../../use-cases/planning/compute-plan.js';
import { checkOutPath, readPlanFile, writePlanFile } from '../../use-cases/planning/plan-file.js';

export type { PlanFormat };

interface PlanOptions {
  config: string;
  out?: string;
  format: PlanFormat;
  detailedExitcode?: boolean;
  force?: boolean;
  now?: string;
  target?: QueueTarget;
  verbose?: boolean;
}

export async function planCommand(options: PlanOptions, io: Io): Promise<number> {
  if (options.out) await checkOutPath(options.out, io.cwd);
  const { plan } = await computePlan(options, io);
  writeActionOutputs(io.env, planOutputs(plan));
  io.out(renderPlan(plan, options.format, io.color, textOptions(options, io)));
  if (options.out) {
    await writePlanFile(path.resolve(io.cwd, options.out), plan).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot save the plan to ${options.out}: ${error.code ?? error.message}`);
    });
    if (options.format !== 'json')
      io.out(
        plan.policy.ok
          ? `\nSaved the plan to ${options.out}. Apply exactly this plan with: skillops apply ${options.out}\n`
          : `\nSaved the plan to ${options.out}. Policy refuses it: apply will not run it; change skills/ and plan again.\n`,
      );
  }
  if (!plan.policy.ok) throw policyError(plan);
  return options.detailedExitcode && hasChanges(plan) ? 2 : 0;
}

const textOptions = (options: { verbose?: boolean }, io: Io) => ({
  ...(options.verbose ? { verbose: true } : {}),
  ...(io.columns ? { columns: io.columns } : {}),
});

export async function showCommand(file: string, options: { format: PlanFormat; verbose?: boolean }, io: Io): Promise<number> {
  const plan = await readPlanFile(file);
  io.out(renderPlan(plan, options.format, io.color, textOptions(options, io)));
  return 0;
}

/** For the schedule: 0 when live matches skills/, 2 when it drifted, 1 on error. */
export async function driftCommand(options: DriftOptions & { format: PlanFormat; verbose?: boolean }, io: Io): Promise<number> {
  const ctx = await readDrift(options, io);
  const { plan } = ctx;
  const drifted = hasChanges(plan);
  writeActionOutputs(io.env, planOutputs(plan));
  // in words (what CXone has, what skills/ has, both ways out), not as the plan that reverts it
  if (options.format === 'json') io.out(renderPlan(plan, 'json', io.color));
  else io.out(options.format === 'markdown' ? driftMarkdown(plan) : driftText(plan, io.color, textOptions(options, io)));
  await writeStepSummary(io, `## skillops drift\n\n${driftMarkdown(plan)}`);
  const { pullRequest: pr, issue } = await proposeDrift(ctx, options, io);
  for (const l of pr?.leftAlone ?? []) io.out(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}\n`);
  if (pr && pr.action !== 'none') io.out(`Drift pull request #${pr.number} ${pr.action}${pr.url ? `: ${pr.url}` : ''}.\n`);
  if (issue && issue.action !== 'none') io.out(`Drift issue #${issue.number} ${issue.action}.\n`);
  return drifted ? 2 : 0;
}
