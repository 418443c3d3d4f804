// tenants and diff-tenants: a repository of many tenants (tenants/<name>/).
import { type Command, Option } from 'commander';
import { HELP } from '../render/command-help.js';
import { type CliRuntime, commands } from './cli-runtime.js';

export function registerTenantCommands(program: Command, { io, run }: CliRuntime): void {
  program
    .command('tenants')
    .description('List the tenant folders (tenants/<name>/), or those a change touches, as JSON for a GitHub Actions matrix.')
    .option('--changed-since <ref>', 'only tenants whose skillops.yaml or queue files changed since this git commit or ref')
    .addOption(new Option('--format <format>', 'output: json (one line, for fromJSON) or text').choices(['json', 'text']).default('json'))
    .addHelpText('after', HELP.tenants)
    .action((options: { changedSince?: string; format: 'json' | 'text' }) => run(async () => (await commands.tenants()).tenantsCommand(options, io))());

  program
    .command('diff-tenants')
    .argument('<a>', 'a tenant folder name under tenants/')
    .argument('<b>', 'another one')
    .description("Show how two tenants' queue files differ, by skill name and agent (offline).")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP['diff-tenants'])
    .action((a: string, b: string, options: { format: 'json' | 'text' }) =>
      run(async () => (await commands.tenants()).diffTenantsCommand(a, b, options, io))(),
    );
}
