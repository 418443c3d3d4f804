// Writes an audit record to the working tree, never overwriting an earlier one.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditRecord, StoppedAuditRecord } from '../domain/audit.js';
import { auditRelativePath } from './audit-record.js';
import { ensureDirectory } from './ensure-directory.js';

/**
 * Writes `record` under `directory` at `relative` (default: from its start time and commit), or at
 * `-1`, `-2`… beside it when that name is taken. Returns the path written.
 */
export async function writeAuditRecord(
  directory: string,
  record: AuditRecord | StoppedAuditRecord,
  relative = auditRelativePath(new Date(record.startedAt), record.who.commit),
): Promise<string> {
  const target = path.join(directory, relative);
  await ensureDirectory(path.dirname(target));
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
