// Builds the command line: global options, then each group of commands registers its own.
// Each command calls one use case, renders its result and returns the exit code.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { findSettingsFile } from '../config/settings.js';
import { tenantOfSettings } from '../config/tenant-folder.js';
import { UsageError } from '../domain/errors.js';
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
import { registerTenantCommands } from './register-tenant-commands.js';
import { registerToolCommands } from './register-tool-commands.js';

export type { CliContext };

/** Commands that read no skillops.yaml of the working directory (tenants reads each tenant's); every other one needs --config to exist. */
const NO_SETTINGS = new Set(['show', 'comment', 'init', 'sim', 'version', 'completion', 'tenants', 'diff-tenants']);

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
    .option(
      '-C, --tenant-dir <dir>',
      'work in this folder, e.g. tenants/uk: its skillops.yaml and skills/ (no search above it); other paths are relative to it',
    )
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
  let tenant: string | undefined;
  const globals = () => ({ config, ...(tenant ? { tenant } : {}) });
  program.hook('preAction', async (_program, command) => {
    const opts = program.opts<{ config?: string; tenantDir?: string; color: boolean }>();
    if (!opts.color) io.color = colorFor(io.env, false, true);
    if (opts.tenantDir !== undefined) io.cwd = await tenantDirectory(opts.tenantDir, io.cwd);
    if (NO_SETTINGS.has(command.name())) {
      tenant = await tenantHere(io.cwd, opts.tenantDir !== undefined);
      return;
    }
    const found = opts.tenantDir !== undefined && opts.config === undefined ? { path: 'skillops.yaml' } : await resolveConfigPath(opts.config, io.cwd);
    config = found.path;
    tenant = tenantOfSettings(path.resolve(io.cwd, config))?.name;
    if (found.note) io.err(`${found.note}\n`);
  });

  const inDir = (file: string) => (program.opts<{ tenantDir?: string }>().tenantDir !== undefined ? path.resolve(io.cwd, file) : file);
  const runtime: CliRuntime = { io, context, run, globals, inDir };
  for (const register of [
    registerPlanCommands,
    registerApplyCommands,
    registerFileCommands,
    registerEditCommands,
    registerToolCommands,
    registerTenantCommands,
  ])
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

/** -C DIR: the folder every command then works in, as with git -C; it must exist. */
async function tenantDirectory(given: string, cwd: string): Promise<string> {
  const dir = path.resolve(cwd, given);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new UsageError(`--tenant-dir ${given} is not a folder (resolved to ${dir})`);
  return dir;
}

/** The tenant of the settings that commands reading none would use (comment: its marker). */
async function tenantHere(cwd: string, exact: boolean): Promise<string | undefined> {
  const file = exact ? path.join(cwd, 'skillops.yaml') : await findSettingsFile(cwd);
  return file ? tenantOfSettings(file)?.name : undefined;
}
