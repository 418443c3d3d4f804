// `skillops apply --format json`: one stable document per run (schemas/apply-output.schema.json,
// "skillops-apply/1"). The audit record inside it is the documented record itself. Pure.
import type { ApplyOutcome } from '../use-cases/apply/apply-types.js';

const APPLY_OUTPUT_FORMAT = 'skillops-apply/1';

export function applyJson(outcome: ApplyOutcome): string {
  if (outcome.status === 'stopped') {
    const audit = outcome.audit ? (outcome.audit.written ? { auditRecordPath: outcome.audit.path } : { auditRecordError: outcome.audit.error }) : {};
    return `${JSON.stringify({ format: APPLY_OUTPUT_FORMAT, status: outcome.status, stopped: { signal: outcome.signal, phase: outcome.phase, ...audit } }, null, 2)}\n`;
  }
  const { plan, source } = outcome;
  const document = {
    format: APPLY_OUTPUT_FORMAT,
    status: outcome.status,
    plan: {
      source,
      effectiveDate: plan.effectiveDate,
      desiredHash: plan.desiredHash,
      liveFingerprint: plan.liveFingerprint,
      summary: plan.summary,
      ...(plan.target ? { target: plan.target } : {}),
    },
    ...(outcome.status === 'finished'
      ? {
          ...(outcome.audit.written ? { auditRecordPath: outcome.audit.path } : { auditRecordError: outcome.audit.error }),
          ...(outcome.commit ? { auditCommit: outcome.commit } : {}),
          record: outcome.record,
        }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
