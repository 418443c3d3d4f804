// `skillops fmt`: the canonical layout of queue files (queue-file/format-queue-file.ts), comments
// kept. Works out every file's result; writes only when asked.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listQueueFiles } from '../../config/list-queue-files.js';
import { queueFileWriteTarget, readQueueFileGated, writeQueueFileGated } from '../../config/queue-file-gate.js';
import { loadSettings } from '../../config/settings.js';
import { UsageError } from '../../domain/errors.js';
import type { Problem } from '../../domain/problem.js';
import { formatQueueText } from '../../queue-file/format-queue-file.js';
import { skillsDirOf } from '../planning/load-config.js';

type FormattedFile =
  | { file: string; status: 'canonical' }
  | { file: string; status: 'reformatted'; before: string; after: string }
  | { file: string; status: 'unparsed'; error: string }
  /** Refused by the queue file gate, as validate refuses it. */
  | { file: string; status: 'refused'; problems: Problem[] };

/** A queue file to format and the folder its links must stay inside. */
interface Named {
  absolute: string;
  folder: string;
}

/** The queue files named: a file as is, a folder's queue files (list-queue-files.ts: sub-folders too). */
async function queueFiles(targets: string[], cwd: string): Promise<Named[]> {
  const files: Named[] = [];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      // as validate lists them (sub-folders too), so a FIFO or device is refused, not skipped
      files.push(...(await listQueueFiles(absolute)).map((f) => ({ absolute: f.absolute, folder: absolute })));
    } else if (info || (await isLink(absolute))) files.push({ absolute, folder: path.dirname(absolute) });
    else throw new UsageError(`${target}: no such file or folder`);
  }
  return files;
}

const isLink = (file: string) =>
  import('node:fs/promises').then(({ lstat }) =>
    lstat(file).then(
      (i) => i.isSymbolicLink(),
      () => false,
    ),
  );

/** Formats the files named (default: the skills folder of the settings); `write: false` for --check. */
export async function formatQueueFiles(targets: string[], options: { config: string; write: boolean }, cwd: string): Promise<FormattedFile[]> {
  const wanted = targets.length > 0 ? targets : [skillsDirOf(await loadSettings(options.config, cwd), cwd)];
  const results: FormattedFile[] = [];
  for (const { absolute: file, folder } of await queueFiles(wanted, cwd)) {
    const shown = path.relative(cwd, file) || file;
    // read and parsed as validate reads them: a file validate refuses is refused here alike
    const read = readQueueFileGated(file, shown, folder);
    if (!read.ok) {
      results.push({ file, status: 'refused', problems: read.problems });
      continue;
    }
    const before = read.text;
    const result = formatQueueText(before);
    if (!result.ok) results.push({ file, status: 'unparsed', error: result.error });
    else if (!result.changed) results.push({ file, status: 'canonical' });
    else {
      if (options.write) {
        const target = queueFileWriteTarget(file, shown, folder);
        if (!target.ok) {
          results.push({ file, status: 'refused', problems: [target.problem] });
          continue;
        }
        await writeQueueFileGated(target.path, result.text);
      }
      results.push({ file, status: 'reformatted', before, after: result.text });
    }
  }
  return results;
}
