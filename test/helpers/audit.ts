import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import * as assert from 'uvu/assert';
import { readSchema } from '../../src/config/schemas.js';
import type { AuditRecord } from '../../src/domain/audit.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(readSchema('audit.schema.json'));

/** Every audit record under `dir`, oldest first, each checked against schemas/audit.schema.json. */
export async function auditRecords(dir: string): Promise<AuditRecord[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const records: AuditRecord[] = [];
  for (const file of files) {
    const record = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as AuditRecord;
    assert.ok(validate(record), `${file} matches the audit schema: ${JSON.stringify(validate.errors)}`);
    records.push(record);
  }
  return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
