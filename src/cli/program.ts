// Builds the command line: global options, then each group of commands registers its own.
// Each command calls one use case, renders its result and returns the exit code.
import { Command, CommanderError } from 'commander';
import type { Io } from '../domain/io.js';
import { packageInfo } from '../queue-file/schema-ref.js';
import { colorFor } from '../terminal/process-io.js';
import { resolveConfigPath } from '../use-cases/planning/load-config.js';
import type { CliContext, CliRuntime } from './cli-runtime.js';
import { handleError } from './handle-error.js';
import { refuseLeakyDebug } from './refuse-debug.js';
import { registerApplyCommands } from './register-apply-commands.js';
import { registerEditCommands } from './register-edit-commands.js';
import { registerFileCommands } from './register-file-commands.js';
import { registerPlanCommands } from './register-plan-commands.js';
import { registerToolCommands } from './register-tool-commands.js';

export type { CliContext };

/** Commands that never read skillops.yaml; every other one needs --config to exist. */
const NO_SETTINGS = new Set(['show', 'comment', 'init', 'sim', 'version', 'completion']);

export async function runCli(argv: string[], io: Io, context: CliContext = {}): Promise<number> {
  try {
    refuseLeakyDebug(io);
  } catch (error) {
    return handleError(error, io);
  }
  let exitCode = 0;
  const program = new Command('skillops')
    .description('Manage NICE CXone agent skill assignments as code: validate, plan, apply, audit.')
    .version(packageInfo().version, '-v, --version', 'print the version')
    .option('-c, --config <file>', 'settings file (default: skillops.yaml here or in the nearest folder above)')
    .option('--no-color', 'plain output without colours (also NO_COLOR=1)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run with --help for usage)');

  const run = (action: () => Promise<number>) => async () => {
    try {
      exitCode = await action();
    } catch (error) {
      exitCode = handleError(error, io);
    }
  };
  let config = 'skillops.yaml';
  const globals = () => ({ config });
  program.hook('preAction', async (_program, command) => {
    const opts = program.opts<{ config?: string; color: boolean }>();
    if (!opts.color) io.color = colorFor(io.env, false, true);
    if (NO_SETTINGS.has(command.name())) return;
    const found = await resolveConfigPath(opts.config, io.cwd);
    config = found.path;
    if (found.note) io.err(`${found.note}\n`);
  });

  const runtime: CliRuntime = { io, context, run, globals };
  for (const register of [registerPlanCommands, registerApplyCommands, registerFileCommands, registerEditCommands, registerToolCommands])
    register(program, runtime);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1
      return error.exitCode === 0 ? 0 : 1;
    }
    return handleError(error, io);
  }
  return exitCode;
}
