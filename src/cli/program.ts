// Builds the command line. Each command calls one use case and returns its exit code.
import { Command, CommanderError, Option } from 'commander';
import { handleError } from './handle-error.js';
import type { Io } from './io.js';
import { validateCommand } from './commands/validate.js';

const VERSION = '0.1.0';

export async function runCli(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('skillops')
    .description('Manage NICE CXone agent skill assignments as code: validate, plan, apply, audit.')
    .version(VERSION)
    .option('-c, --config <file>', 'settings file', 'skillops.yaml')
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
  const globals = () => program.opts<{ config: string }>();

  program
    .command('validate')
    .argument('[dir]', 'folder of queue files (default: skillsDir from skillops.yaml, else skills/)')
    .description('Check queue files offline: YAML, schema and rules. Prints every problem with file:line:col.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Exit codes: 0 valid (warnings allowed), 1 any error.
With GITHUB_ACTIONS=true, problems are also printed as workflow annotations.

Examples:
  $ skillops validate
  $ skillops validate skills/ --format json`)
    .action((dir: string | undefined, options: { format: 'text' | 'json' }) =>
      run(() => validateCommand(dir, { config: globals().config, format: options.format }, io))());

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
