// `skillops init [dir]`: scaffold a config repository, optionally filled from the live tenant.
import type { Io } from '../../domain/io.js';
import { importText } from '../../render/import-output.js';
import { nextSteps, scaffoldText, shownPath } from '../../render/init-text.js';
import { forTerminal } from '../../text/untrusted.js';
import { importQueues } from '../../use-cases/import/import-queues.js';
import { type InitOptions, initRepository } from '../../use-cases/init/init-repository.js';

interface InitCommandOptions extends Omit<InitOptions, 'keepEmptySkills'> {
  /** Fill skills/ from the live tenant (skillops import) after scaffolding. */
  import?: boolean;
}

export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: Io): Promise<number> {
  const { import: andImport, ...rest } = options;
  const scaffold = await initRepository(dir, { ...rest, keepEmptySkills: !andImport }, io.cwd);
  io.out(scaffoldText(scaffold.files, io.cwd));
  if (andImport) {
    io.out(`\nImporting the live tenant into ${forTerminal(shownPath(scaffold.skillsDir, io.cwd))}/ (skillops import):\n`);
    io.out(importText(await importQueues({ config: scaffold.settingsFile }, io), io.cwd));
  }
  io.out(nextSteps(forTerminal(shownPath(scaffold.root, io.cwd)), options.branch ?? 'main', Boolean(andImport)));
  return 0;
}
