// `skillops fmt [--check] [--diff] [files or folders…]`: rewrite queue files into the canonical
// layout. --check writes nothing and exits 1 when any file would change, for CI.
import path from 'node:path';
import type { Io } from '../../domain/io.js';
import { fileDiff } from '../../render/file-diff.js';
import { problemsText } from '../../render/problems.js';
import { plural } from '../../text/plural.js';
import { forTerminal } from '../../text/untrusted.js';
import { formatQueueFiles } from '../../use-cases/format/format-queue-files.js';

interface FmtOptions {
  config: string;
  check?: boolean;
  diff?: boolean;
}

export async function fmtCommand(targets: string[], options: FmtOptions, io: Io): Promise<number> {
  const results = await formatQueueFiles(targets, { config: options.config, write: !options.check }, io.cwd);
  for (const r of results) {
    const relative = path.relative(io.cwd, r.file) || r.file;
    if (r.status === 'refused') {
      io.err(problemsText(r.problems, io.color));
      io.err(`${io.color.red('Error:')} ${forTerminal(relative)}: not formatted, validate refuses it (above)\n`);
    } else if (r.status === 'unparsed') {
      io.err(`${io.color.red('Error:')} ${forTerminal(relative)}: not formatted, it does not parse (${forTerminal(r.error)}); run \`skillops validate\`\n`);
    } else if (r.status === 'reformatted') {
      if (options.diff) io.out(`${fileDiff(relative, r.before, r.after, io.color)}\n`);
      io.out(`${options.check ? 'would reformat' : 'formatted'} ${forTerminal(relative)}\n`);
    }
  }
  const changed = results.filter((r) => r.status === 'reformatted').length;
  const broken = results.filter((r) => r.status === 'unparsed' || r.status === 'refused').length;
  const verb = options.check ? 'would be reformatted' : 'reformatted';
  io.out(`${plural(changed, 'file')} ${verb}, ${results.length - changed - broken} already canonical${broken ? `, ${broken} not parsed` : ''}.\n`);
  return broken > 0 || (options.check && changed > 0) ? 1 : 0;
}
