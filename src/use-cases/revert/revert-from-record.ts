// `skillops revert <audit-record>`: the record and skills/ read offline, the inverse of the run
// written into the queue files for review (or only worked out, with dryRun).
import path from 'node:path';
import type { Io } from '../../domain/io.js';
import { loadValidConfig } from '../planning/load-config.js';
import { readAuditRecord } from './read-audit-record.js';
import { revertRun } from './revert-run.js';

export interface RevertOptions {
  config: string;
  keepFailed?: boolean;
  dryRun?: boolean;
}

export async function revertFromRecord(recordFile: string, options: RevertOptions, io: Io): Promise<Awaited<ReturnType<typeof revertRun>>> {
  const record = await readAuditRecord(path.resolve(io.cwd, recordFile), recordFile);
  const { desired } = await loadValidConfig(options.config, io);
  return revertRun({
    record,
    recordFile,
    desired,
    cwd: io.cwd,
    ...(options.keepFailed ? { keepFailed: true } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
  });
}
