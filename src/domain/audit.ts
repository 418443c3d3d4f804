// The audit record of one apply, as schemas/audit.schema.json describes it.
import type { SkillopsAuditRecord } from './audit.generated.js';

export type AuditRecord = SkillopsAuditRecord;

export type Who = AuditRecord['who'];
