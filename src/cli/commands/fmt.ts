// `skillops fmt [--check] [--diff] [files or folders…]`: rewrite queue files into the canonical
// layout (src/queue-file/format-queue-file.ts), comments kept. --check writes nothing and exits 1
// when any file would change, for CI.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatQueueText } from '../../queue-file/format-queue-file.js';
import { loadSettings } from '../../config/settings.js';
import { UsageError } from '../../domain/errors.js';
import { fileDiff } from '../../render/file-diff.js';
import { forTerminal } from '../../text/untrusted.js';
import type { Io } from '../../domain/io.js';
import { skillsDirOf } from '../../use-cases/planning/load-config.js';
import { plural } from '../../text/plural.js';

export interface FmtOptions {
  config: string;
  check?: boolean;
  diff?: boolean;
}

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

export async function fmtCommand(targets: string[], options: FmtOptions, io: Io): Promise<number> {
  const wanted = targets.length > 0 ? targets : [skillsDirOf(await loadSettings(options.config, io.cwd), io.cwd)];
  const files = await queueFiles(wanted, io.cwd);
  let changed = 0;
  let broken = 0;
  for (const file of files) {
    const shown = forTerminal(path.relative(io.cwd, file) || file);
    const before = await readFile(file, 'utf8');
    const result = formatQueueText(before);
    if (!result.ok) {
      broken++;
      io.err(`${io.color.red('Error:')} ${shown}: not formatted, it does not parse (${forTerminal(result.error)}); run \`skillops validate\`\n`);
      continue;
    }
    if (!result.changed) continue;
    changed++;
    if (options.diff) io.out(`${fileDiff(path.relative(io.cwd, file) || file, before, result.text, io.color)}\n`);
    if (options.check) {
      io.out(`would reformat ${shown}\n`);
    } else {
      await writeFile(file, result.text);
      io.out(`formatted ${shown}\n`);
    }
  }
  const verb = options.check ? 'would be reformatted' : 'reformatted';
  io.out(`${plural(changed, 'file')} ${verb}, ${files.length - changed - broken} already canonical${broken ? `, ${broken} not parsed` : ''}.\n`);
  return broken > 0 || (options.check && changed > 0) ? 1 : 0;
}
