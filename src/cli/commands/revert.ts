// `skillops revert <audit-record>`: reads the record and skills/ (offline), writes the inverse of
// the run into the queue files for review, and renders what it did.
import type { Io } from '../../domain/io.js';
import { revertText } from '../../render/revert-text.js';
import { type RevertOptions, revertFromRecord } from '../../use-cases/revert/revert-from-record.js';

export async function revertCommand(recordFile: string, options: RevertOptions & { diff?: boolean }, io: Io): Promise<number> {
  const outcome = await revertFromRecord(recordFile, options, io);
  if (outcome.items.length === 0) {
    io.out(`The record ${recordFile} holds no changes: nothing to revert.\n`);
    return 0;
  }
  io.out(revertText(outcome, io.color, { ...(options.diff ? { diff: true } : {}) }));
  return outcome.items.some((i) => i.status === 'conflict') ? 1 : 0;
}
