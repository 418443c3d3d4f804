// Prepare: read desired and live state, plan, and when a saved plan is given check it on the
// queues it covers: the plan made now from the files and live CXone of exactly those queues must
// have the saved changes. Differences in other queues are left alone and reported. Nothing is
// written here.
import { ConfigError, PlanIntegrityError, StalePlanError, UsageError } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan.js';
import { NO_TARGET } from '../../domain/target.js';
import { makePlan } from '../../plan/make-plan.js';
import { checkPlanOrigin } from '../../plan/plan-origin.js';
import { coveredSkillIds, judgeCoveredQueues, leftAloneQueues } from '../../plan/plan-scope.js';
import { describeTarget, isTargeted, sameTarget } from '../../plan/target.js';
import { readPlanFile } from '../planning/plan-file.js';
import type { ApplyDeps, ApplyInputs, ApplyRequest, PreparedApply } from './apply-types.js';

export async function prepareApply(request: ApplyRequest, deps: ApplyDeps, abort: AbortSignal): Promise<PreparedApply> {
  if (!request.planFile) {
    const inputs = await deps.readAndPlan(request, abort);
    return { inputs, plan: inputs.plan, source: 'fresh' };
  }
  const saved = await readPlanFile(request.planFile);
  // A targeted plan is applied as targeted: its own target decides what is re-planned
  if (isTargeted(request.target) && !sameTarget(request.target, saved.target)) {
    throw new UsageError(
      `${request.planFile} was planned ${saved.target ? `with ${describeTarget(saved.target)}` : 'for every queue'}, not ${describeTarget(request.target)}; apply it without --queue/--exclude-queue (its own target is used) or plan again`,
    );
  }
  const inputs = await deps.readAndPlan({ ...request, target: saved.target ?? NO_TARGET }, abort);
  // another tenant or folder first: "skills/ changed" would mislead
  const elsewhere = inputs.plan.origin ? checkPlanOrigin(saved, inputs.plan.origin) : undefined;
  if (elsewhere) throw new UsageError(elsewhere);
  const covered = coveredSkillIds(saved);
  const plan = coveredPlan(inputs, covered, saved, request.force ?? false);
  const verdict = judgeCoveredQueues(saved, plan);
  if (!verdict.ok && 'stale' in verdict)
    throw new StalePlanError(`its queues changed since it was made:\n${verdict.stale.map((line) => `  - ${line}`).join('\n')}\nNothing was applied`);
  if (!verdict.ok) throw new PlanIntegrityError(verdict.integrity);
  // The saved changes equal the recomputed ones, so the recomputed plan of the covered queues
  // (with this run's --force policy, judged on today's live state) is what runs: nothing from
  // the file reaches CXone, and nothing outside its queues is written
  return { inputs: { ...inputs, plan }, plan, source: 'saved', leftAlone: leftAloneQueues(inputs.plan, covered) };
}

/** The plan made now from the files and live CXone of the covered queues only, policy included. */
function coveredPlan(inputs: ApplyInputs, covered: Set<number>, saved: Plan, force: boolean): Plan {
  const skillOfFile = new Map(inputs.plan.queues.map((q) => [q.file, q.skillId]));
  const desired = { queues: inputs.desired.queues.filter((q) => covered.has(skillOfFile.get(q.file) ?? Number.NaN)) };
  const result = makePlan({
    desired,
    live: inputs.live,
    now: inputs.now,
    settings: inputs.settings,
    force,
    covers: 'all',
    // live impact judged again on this run's fresh real-time read, not the one the plan was reviewed on
    ...(inputs.realTime ? { realTime: inputs.realTime } : {}),
    ...(saved.target ? { target: saved.target } : {}),
  });
  if (!result.plan) throw new ConfigError(result.problems, 'the desired state does not match the live tenant');
  return { ...result.plan, ...(inputs.plan.origin ? { origin: inputs.plan.origin } : {}) };
}
