// `skillops init [dir]`: scaffold a config repository, optionally filled from the live tenant.
import type { Io } from '../../domain/io.js';
import { importText } from '../../render/import-output.js';
import { nextSteps, scaffoldText } from '../../render/init-text.js';
import { shownPath } from '../../text/shown-path.js';
import { forTerminal } from '../../text/untrusted.js';
import { type InitOptions, initRepository } from '../../use-cases/init/init-repository.js';

export async function initCommand(dir: string | undefined, options: InitOptions, io: Io): Promise<number> {
  const scaffold = await initRepository(dir, options, io);
  io.out(scaffoldText(scaffold.files, io.cwd));
  if (scaffold.imported) {
    io.out(`\nImported the live tenant into ${forTerminal(shownPath(scaffold.skillsDir, io.cwd))}/ (skillops import):\n`);
    io.out(importText(scaffold.imported, io.cwd));
  }
  io.out(nextSteps(scaffold.steps));
  return 0;
}
