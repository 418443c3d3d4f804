// The end every edit command shares: work out each file's new text, refuse with every problem
// when anything is wrong (nothing written), else write the files through the guarded gate.
import path from 'node:path';
import { rewriteQueueFile } from '../../config/queue-file-gate.js';
import { ConfigError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { tenantDate } from '../../plan/effective-date.js';
import { resolveNow } from '../planning/resolve-now.js';
import { applyEntryOps } from './apply-entry-ops.js';
import type { EditOutcome, EntryOp } from './edit-types.js';
import { readQueueText, type Workspace } from './edit-workspace.js';

export async function finishEdit(ws: Workspace, ops: readonly EntryOp[], command: string, options: { dryRun?: boolean }, io: Io): Promise<EditOutcome> {
  const texts = new Map<string, string>();
  for (const op of ops) if (!texts.has(op.queue.file)) texts.set(op.queue.file, readQueueText(ws, op.queue));
  const { settings } = ws.loaded;
  const today = tenantDate(resolveNow(undefined, io.env, settings.timeZone), settings.timeZone);
  const result = applyEntryOps(ops, texts, settings, today);
  if (result.problems.length > 0) throw new ConfigError(result.problems, `${command} changed nothing: fix the problems above`);
  const written = !options.dryRun;
  if (written) for (const f of result.files) await rewriteQueueFile(path.resolve(io.cwd, f.file), f.file, f.after);
  return { command, files: result.files, warnings: result.warnings, notes: ws.notes, written };
}
