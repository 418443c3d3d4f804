// `skillops fmt`: the canonical layout of queue files (queue-file/format-queue-file.ts), comments
// kept. Works out every file's result; writes only when asked.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../../config/settings.js';
import { UsageError } from '../../domain/errors.js';
import { formatQueueText } from '../../queue-file/format-queue-file.js';
import { skillsDirOf } from '../planning/load-config.js';

type FormattedFile =
  | { file: string; status: 'canonical' }
  | { file: string; status: 'reformatted'; before: string; after: string }
  | { file: string; status: 'unparsed'; error: string };

/** The queue files named: a file as is, a folder's .yaml/.yml files (not recursive). */
async function queueFiles(targets: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${target}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
      files.push(...names.map((n) => path.join(absolute, n)));
    } else files.push(absolute);
  }
  return files;
}

/** Formats the files named (default: the skills folder of the settings); `write: false` for --check. */
export async function formatQueueFiles(targets: string[], options: { config: string; write: boolean }, cwd: string): Promise<FormattedFile[]> {
  const wanted = targets.length > 0 ? targets : [skillsDirOf(await loadSettings(options.config, cwd), cwd)];
  const results: FormattedFile[] = [];
  for (const file of await queueFiles(wanted, cwd)) {
    const before = await readFile(file, 'utf8');
    const result = formatQueueText(before);
    if (!result.ok) results.push({ file, status: 'unparsed', error: result.error });
    else if (!result.changed) results.push({ file, status: 'canonical' });
    else {
      if (options.write) await writeFile(file, result.text);
      results.push({ file, status: 'reformatted', before, after: result.text });
    }
  }
  return results;
}
