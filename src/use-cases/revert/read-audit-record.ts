// An audit record read back for `skillops revert`: untrusted JSON, checked against
// schemas/audit.schema.json before anything is done with it.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { type JsonFileKind, readJsonFile } from '../../config/read-json-file.js';
import { readSchema } from '../../config/schemas.js';
import type { AuditRecord } from '../../domain/audit.js';
import { UsageError } from '../../domain/errors.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const MAX_BYTES = 64 * 1024 * 1024;

// compiled once per process: compiling takes tens of milliseconds, and the report reads hundreds
let compiled: ValidateFunction<AuditRecord> | undefined;
function auditValidator(): ValidateFunction<AuditRecord> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile<AuditRecord>(readSchema('audit.schema.json'));
  }
  return compiled;
}

export async function readAuditRecord(absolute: string, file = absolute): Promise<AuditRecord> {
  return readJsonFile(absolute, file, AUDIT_RECORD);
}

const AUDIT_RECORD: JsonFileKind<AuditRecord> = {
  cannotRead: 'cannot read audit record',
  expected: 'an audit record written by `skillops apply`',
  maxBytes: { limit: MAX_BYTES, not: 'not an audit record' },
  check: checkAuditRecord,
};

function checkAuditRecord(data: unknown, file: string): AuditRecord {
  const stopped = data as { format?: unknown; phase?: unknown; signal?: unknown };
  if (stopped && typeof stopped === 'object' && stopped.format === 'skillops-audit-stopped/1') {
    const when = stopped.phase === 'confirm' ? 'at the confirmation prompt' : 'while reading live CXone';
    const signal = typeof stopped.signal === 'string' && /^SIG[A-Z]{2,8}$/.test(stopped.signal) ? stopped.signal : 'a signal';
    throw new UsageError(`${file} records an apply stopped by ${signal} ${when}, before any write: nothing to revert`);
  }
  const validate = auditValidator();
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new UsageError(`${file} is not a skillops-audit/1 record (${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'invalid'})`);
  }
  for (const [i, row] of data.changes.entries()) {
    for (const key of ['before', 'after'] as const) {
      const s = row[key] as { proficiency?: unknown; isActive?: unknown } | undefined;
      if (s !== undefined && (typeof s.proficiency !== 'number' || typeof s.isActive !== 'boolean')) {
        throw new UsageError(`${file}: changes[${i}].${key} is not an assignment state`);
      }
    }
    const needs = row.action === 'add' ? ['after'] : row.action === 'remove' ? ['before'] : ['before', 'after'];
    for (const key of needs)
      if (row[key as 'before' | 'after'] === undefined) throw new UsageError(`${file}: changes[${i}] (${row.action}) has no ${key} state`);
  }
  return data;
}
