// The audit records of apply runs, as schemas/audit.schema.json (a run that reached the writes)
// and schemas/audit-stopped.schema.json (a run stopped by a signal before any write) describe them.
import type { SkillopsAuditRecord } from './audit.generated.js';
import type { SkillopsStoppedAuditRecord } from './audit-stopped.generated.js';

export type AuditRecord = SkillopsAuditRecord;

/** A run stopped before it wrote anything: while reading and planning, or before confirmation. */
export type StoppedAuditRecord = SkillopsStoppedAuditRecord;

export type Who = AuditRecord['who'];
