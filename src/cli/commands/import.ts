// `skillops import`: write queue files from the live tenant, or (--diff) show what that would
// change and exit 2 when anything differs.
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { importDiffers, importDiffText, importJson, importText } from '../../render/import-output.js';
import { diffImport, type ImportOptions, importQueues } from '../../use-cases/import/import-queues.js';

interface ImportCommandOptions extends ImportOptions {
  /** Show a unified diff for every existing file that differs from the live tenant. */
  diff?: boolean;
  /** text (default) or json: one skillops-import/1 document (schemas/import-output.schema.json). */
  format?: 'text' | 'json';
}

export async function importCommand(options: ImportCommandOptions, io: Io): Promise<number> {
  if (options.format === 'json' && options.diff) throw new UsageError('import --diff shows diffs for people; use it without --format json');
  if (options.diff) {
    const diff = await diffImport(options, io);
    io.out(importDiffText(diff, io.cwd, io.color));
    return importDiffers(diff) ? 2 : 0;
  }
  const outcome = await importQueues(options, io);
  io.out(options.format === 'json' ? importJson(outcome, io.cwd) : importText(outcome, io.cwd));
  return 0;
}
