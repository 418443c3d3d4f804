// `skillops revert <audit-record>`: reads the record and skills/ (offline), writes the inverse of
// the run into the queue files for review, and renders what it did.
import path from 'node:path';
import type { Io } from '../../domain/io.js';
import { revertText } from '../../render/revert-text.js';
import { loadValidConfig } from '../../use-cases/planning/load-config.js';
import { readAuditRecord } from '../../use-cases/revert/read-audit-record.js';
import { revertRun } from '../../use-cases/revert/revert-run.js';

interface RevertOptions {
  config: string;
  keepFailed?: boolean;
  dryRun?: boolean;
  diff?: boolean;
}

export async function revertCommand(recordFile: string, options: RevertOptions, io: Io): Promise<number> {
  const record = await readAuditRecord(path.resolve(io.cwd, recordFile), recordFile);
  const { desired } = await loadValidConfig(options.config, io);
  const outcome = await revertRun({
    record,
    recordFile,
    desired,
    cwd: io.cwd,
    ...(options.keepFailed ? { keepFailed: true } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
  });
  if (outcome.items.length === 0) {
    io.out(`The record ${recordFile} holds no changes: nothing to revert.\n`);
    return 0;
  }
  io.out(revertText(outcome, io.color, { ...(options.diff ? { diff: true } : {}) }));
  return outcome.items.some((i) => i.status === 'conflict') ? 1 : 0;
}
