// Writes an audit record to the working tree, never overwriting an earlier one.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { auditRelativePath, type AuditRecord } from './audit-record.js';

export async function writeAuditRecord(directory: string, record: AuditRecord): Promise<string> {
  const relative = auditRelativePath(new Date(record.startedAt), record.who.commit);
  const target = path.join(directory, relative);
  await mkdir(path.dirname(target), { recursive: true });
  const body = `${JSON.stringify(record, null, 2)}\n`;
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? target : target.replace(/\.json$/, `-${n}.json`);
    try {
      await writeFile(candidate, body, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error;
    }
  }
}
