// Prepare: read desired and live state, plan, and when a saved plan is given check that it was
// made from the same inputs and that its changes are exactly the recomputed ones. Nothing is
// written here.
import { PlanIntegrityError, StalePlanError, UsageError } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan.js';
import { NO_TARGET } from '../../domain/target.js';
import { planDifferences } from '../../plan/plan-integrity.js';
import { checkPlanOrigin } from '../../plan/plan-origin.js';
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
  checkSavedPlan(saved, inputs);
  // The saved changes equal the recomputed ones, so the recomputed plan (with this run's --force
  // policy) is what runs: nothing from the file reaches CXone
  return { inputs, plan: inputs.plan, source: 'saved' };
}

/** Refuses a saved plan that was not made from this run's desired state, live state and date. */
function checkSavedPlan(saved: Plan, inputs: ApplyInputs): void {
  const fresh = inputs.plan;
  // another tenant or folder first: "skills/ changed" would mislead
  const elsewhere = fresh.origin ? checkPlanOrigin(saved, fresh.origin) : undefined;
  if (elsewhere) throw new UsageError(elsewhere);
  if (saved.desiredHash !== fresh.desiredHash) throw new StalePlanError('skills/ changed since it was made');
  if (saved.liveFingerprint !== fresh.liveFingerprint) throw new StalePlanError('live CXone assignments changed since it was made');
  if (saved.effectiveDate !== fresh.effectiveDate)
    throw new StalePlanError(`it judged effective dates on ${saved.effectiveDate}, and it is now ${fresh.effectiveDate} in ${inputs.settings.timeZone}`);
  const differences = planDifferences(saved, fresh);
  if (differences.length > 0) throw new PlanIntegrityError(differences);
}
