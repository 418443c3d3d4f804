// The end every edit command shares: work out each file's new text, refuse with every problem
// when anything is wrong (nothing written), else write the files through the guarded gate.
import path from 'node:path';
import { rewriteQueueFile } from '../../config/queue-file-gate.js';
import { ConfigError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { tenantDate } from '../../plan/effective-date.js';
import { resolveNow } from '../planning/resolve-now.js';
import { applyEntryOps } from './apply-entry-ops.js';
import type { EditOutcome, EntryOp } from './edit-types.js';
import { type EditOptions, readQueueText, type Workspace } from './edit-workspace.js';

/** Today in the tenant's time zone (SKILLOPS_NOW moves it, as for plan). */
export function tenantToday(ws: Workspace, io: Io): string {
  const { timeZone } = ws.loaded.settings;
  return tenantDate(resolveNow(undefined, io.env, timeZone), timeZone);
}

/** A warning for each day given that is before today: allowed (a late record), never silent. */
export function warnPastDays(ws: Workspace, io: Io, days: Record<string, string | undefined>): void {
  const today = tenantToday(ws, io);
  for (const [option, day] of Object.entries(days))
    if (day !== undefined && day < today)
      ws.warnings.push(`${option} ${day} is before today (${today} in ${ws.loaded.settings.timeZone}): the change takes effect at once, as if made then`);
}

export async function finishEdit(ws: Workspace, ops: readonly EntryOp[], command: string, options: EditOptions, io: Io): Promise<EditOutcome> {
  if (options.dryRun && options.pullRequest) throw new UsageError('--dry-run writes nothing, so there is nothing for --pull-request to propose');
  const texts = new Map<string, string>();
  for (const op of ops) if (!texts.has(op.queue.file)) texts.set(op.queue.file, readQueueText(ws, op.queue));
  const today = tenantToday(ws, io);
  const result = applyEntryOps(ops, texts, ws.loaded.settings, today);
  if (result.problems.length > 0) throw new ConfigError(result.problems, `${command} changed nothing: fix the problems above`);
  const written = !options.dryRun;
  if (written) for (const f of result.files) await rewriteQueueFile(path.resolve(io.cwd, f.file), f.file, f.after);
  const outcome: EditOutcome = { command, files: result.files, warnings: [...ws.warnings, ...result.warnings], notes: [...ws.notes, ...result.notes], written };
  if (options.pullRequest) {
    const { openEditPullRequest } = await import('./open-edit-pull-request.js');
    const pr = await openEditPullRequest(outcome, io, {
      config: options.config,
      ...(ws.cxone ? { cxone: ws.cxone } : {}),
      ...(options.github ? { github: options.github } : {}),
    });
    if (pr) outcome.pullRequest = pr;
  }
  return outcome;
}
