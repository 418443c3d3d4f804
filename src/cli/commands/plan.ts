// `skillops plan`, `show` and `drift`: compute or read a plan, render it, pick the exit code.
import type { Io } from '../../domain/io.js';
import { hasChanges } from '../../domain/plan.js';
import { policyError } from '../../plan/policy.js';
import { driftMarkdown, driftText } from '../../render/drift-text.js';
import { type PlanFormat, renderPlan } from '../../render/plan-format.js';
import { forTerminal } from '../../text/untrusted.js';
import { checkDrift, type DriftOptions } from '../../use-cases/drift/check-drift.js';
import { type PlanRequest, planAndSave } from '../../use-cases/planning/plan-and-save.js';
import { readPlanFile } from '../../use-cases/planning/plan-file.js';

export type { PlanFormat };

export async function planCommand(options: PlanRequest & { format: PlanFormat; detailedExitcode?: boolean; verbose?: boolean }, io: Io): Promise<number> {
  const plan = await planAndSave(options, io);
  io.out(renderPlan(plan, options.format, io.color, textOptions(options, io)));
  if (options.out && options.format !== 'json')
    io.out(
      plan.policy.ok
        ? `
Saved the plan to ${options.out}. Apply exactly this plan with: skillops apply ${options.out}
`
        : `
Saved the plan to ${options.out}. Policy refuses it: apply will not run it; change skills/ and plan again.
`,
    );
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
  const {
    drifted,
    pullRequest: pr,
    issue,
  } = await checkDrift(options, io, (plan) => {
    // in words (what CXone has, what skills/ has, both ways out), not as the plan that reverts it
    if (options.format === 'json') io.out(renderPlan(plan, 'json', io.color));
    else io.out(options.format === 'markdown' ? driftMarkdown(plan) : driftText(plan, io.color, textOptions(options, io)));
  });
  for (const l of pr?.leftAlone ?? []) io.out(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}\n`);
  if (pr && pr.action !== 'none') io.out(`Drift pull request #${pr.number} ${pr.action}${pr.url ? `: ${pr.url}` : ''}.\n`);
  if (issue && issue.action !== 'none') io.out(`Drift issue #${issue.number} ${issue.action}.\n`);
  return drifted ? 2 : 0;
}
