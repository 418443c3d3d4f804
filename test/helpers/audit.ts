import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import * as assert from 'uvu/assert';
import { readSchema } from '../../src/config/schemas.js';
import type { AuditRecord, StoppedAuditRecord } from '../../src/domain/audit.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(readSchema('audit.schema.json'));
const validateStopped = ajv.compile(readSchema('audit-stopped.schema.json'));

/** Every record file under `dir`, each checked against the schema its format names. */
async function allRecords(dir: string): Promise<(AuditRecord | StoppedAuditRecord)[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const records: (AuditRecord | StoppedAuditRecord)[] = [];
  for (const file of files) {
    const record = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as AuditRecord | StoppedAuditRecord;
    const check = record.format === 'skillops-audit-stopped/1' ? validateStopped : validate;
    assert.ok(check(record), `${file} matches the ${record.format} schema: ${JSON.stringify(check.errors)}`);
    records.push(record);
  }
  return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Every skillops-audit/1 record under `dir` (runs that reached the writes), oldest first, each schema-checked. */
export async function auditRecords(dir: string): Promise<AuditRecord[]> {
  return (await allRecords(dir)).filter((r): r is AuditRecord => r.format === 'skillops-audit/1');
}

/** Every skillops-audit-stopped/1 record under `dir` (runs stopped before any write), oldest first. */
export async function stoppedRecords(dir: string): Promise<StoppedAuditRecord[]> {
  return (await allRecords(dir)).filter((r): r is StoppedAuditRecord => r.format === 'skillops-audit-stopped/1');
}
