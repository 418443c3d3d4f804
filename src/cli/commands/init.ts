// `skillops init [dir]`: scaffold a config repository, optionally filled from the live tenant.
import type { Io } from '../../domain/io.js';
import { importText } from '../../render/import-output.js';
import { nextSteps, scaffoldText, tenantNextSteps } from '../../render/init-text.js';
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
  io.out(
    scaffold.tenants
      ? tenantNextSteps(forTerminal(shownPath(scaffold.root, io.cwd)), options.branch ?? 'main', scaffold.tenants)
      : nextSteps(scaffold.steps ?? []),
  );
  return 0;
}
