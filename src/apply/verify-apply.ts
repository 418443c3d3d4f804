// Verify: re-read the touched skills and plan them again; what remains must be exactly what was
// reported as not applied. An interrupted run is not verified.
import { SkillopsError } from '../errors.js';
import { makePlan } from '../plan/make-plan.js';
import { redact } from '../redact.js';
import type { PreparedApply, VerificationOutcome } from './apply-types.js';
import type { Execution } from './execute-plan.js';
import { compareAfterApply, rereadTouched } from './verify.js';

export async function verifyApply(prepared: PreparedApply, execution: Execution): Promise<{ verification: VerificationOutcome; verifyMs: number }> {
  const start = performance.now();
  const verification = await checkLiveAfterApply(prepared, execution);
  return { verification, verifyMs: performance.now() - start };
}

async function checkLiveAfterApply(prepared: PreparedApply, execution: Execution): Promise<VerificationOutcome> {
  if (execution.interrupted) return { ok: false, skipped: `interrupted by ${execution.interrupted}` };
  const { cxone, live, desired, now, settings } = prepared.inputs;
  const touched = [...new Set(execution.batches.map((b) => b.skillId))];
  try {
    const reread = await rereadTouched(cxone, live, touched, settings.apply.concurrency);
    const fresh = makePlan({ desired, live: reread, now, settings, force: true });
    return fresh.plan ? compareAfterApply(fresh.plan, execution.results, touched) : { ok: false, skipped: 'the desired state no longer resolves against the tenant' };
  } catch (error) {
    // The writes already happened: a failed re-read must not lose the audit record
    return { ok: false, skipped: `could not re-read the touched skills: ${error instanceof SkillopsError ? error.message : redact(String(error))}` };
  }
}
