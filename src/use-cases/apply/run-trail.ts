// What the audit record says about how this run was allowed: the lock it held (and a
// stale lock it removed), who forced it past a threshold and why, and the scheduled-run split
// between due changes and drift, and the queues a saved plan left alone.
import type { AuditRecord, Who } from '../../domain/audit.js';
import type { ApplyRequest, PreparedApply } from './apply-types.js';

export function runTrail(request: ApplyRequest, prepared: PreparedApply, who: Who): Pick<AuditRecord, 'lock' | 'forced' | 'scheduled' | 'leftAlone'> {
  const s = prepared.scheduled;
  return {
    ...(request.lock ? { lock: request.lock } : {}),
    ...(request.force || request.forceWindow ? { forced: { by: who.actor, reason: request.reason ?? '' } } : {}),
    ...(s ? { scheduled: { selfHeal: s.selfHeal, due: s.due, drift: s.drift.length, driftChanges: s.drift } } : {}),
    ...(prepared.leftAlone?.length ? { leftAlone: prepared.leftAlone } : {}),
  };
}
