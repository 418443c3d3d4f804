// Verify: re-read the touched skills and plan them again; what remains must be exactly what was
// reported as not applied. An interrupted run is not verified.
import { SkillopsError } from '../../domain/errors.js';
import { makePlan } from '../../plan/make-plan.js';
import { redact } from '../../text/redact.js';
import type { PreparedApply, VerificationOutcome } from './apply-types.js';
import type { Execution } from './execute-plan.js';
import type { Shutdown } from './shutdown.js';
import { compareAfterApply, rereadTouched } from './verify.js';

/**
 * A stop during verification ends it at once (reads only): `interrupted` then names the signal and
 * the skipped verification says "during verification"; a stop during the writes says so instead.
 */
export async function verifyApply(
  prepared: PreparedApply,
  execution: Execution,
  shutdown: Shutdown,
): Promise<{ verification: VerificationOutcome; verifyMs: number; interrupted?: string }> {
  // stopped while the batches were written: nothing to verify, and the record names that phase
  if (execution.interrupted)
    return {
      verification: { ok: false, skipped: `interrupted by ${execution.interrupted} during the writes` },
      verifyMs: 0,
      interrupted: execution.interrupted,
    };
  const start = performance.now();
  const raced = await shutdown.race(checkLiveAfterApply(prepared, execution));
  const verifyMs = performance.now() - start;
  if ('value' in raced) return { verification: raced.value, verifyMs };
  return { verification: { ok: false, skipped: `interrupted by ${raced.stopped} during verification` }, verifyMs, interrupted: raced.stopped };
}

async function checkLiveAfterApply(prepared: PreparedApply, execution: Execution): Promise<VerificationOutcome> {
  const { cxone, live, desired, now, settings } = prepared.inputs;
  const touched = [...new Set(execution.batches.map((b) => b.skillId))];
  try {
    const reread = await rereadTouched(cxone, live, touched, settings.apply.concurrency);
    const fresh = makePlan({ desired, live: reread, now, settings, force: true });
    return fresh.plan
      ? compareAfterApply(fresh.plan, execution.results, touched)
      : { ok: false, skipped: 'the desired state no longer resolves against the tenant' };
  } catch (error) {
    // The writes already happened: a failed re-read must not lose the audit record
    return { ok: false, skipped: `could not re-read the touched skills: ${error instanceof SkillopsError ? error.message : redact(String(error))}` };
  }
}
