// sim, version and completion.
import type { Command } from 'commander';
import { UsageError } from '../domain/errors.js';
import { packageInfo } from '../queue-file/schema-ref.js';
import { HELP } from '../render/command-help.js';
import { type CliRuntime, commands } from './cli-runtime.js';
import type { SimCommandOptions } from './commands/sim.js';
import { completionFor, type Shell } from './completion.js';

export function registerToolCommands(program: Command, { io, context, run }: CliRuntime): void {
  program
    .command('sim')
    .description('Run the CXone simulator on 127.0.0.1: token endpoint, discovery and the Admin API, with fault knobs.')
    .option('--port <n>', 'port (0 picks a free one)', '0')
    .option('--fixture <name>', 'demo, a fixture JSON file, or generate:SKILLSxAGENTSxASSIGNMENTS', 'demo')
    .option('--seed <n>', 'seed for random faults, so a run can be replayed', '42')
    .option('--rate-limit <n>', 'requests per second before answering 429 (0: none)')
    .option('--rate-limit-rate <share>', 'share of requests answered 429 at random, 0..1')
    .option('--no-retry-after', 'send 429 without a Retry-After header')
    .option('--error-rate <share>', 'share of requests answered 503, 0..1')
    .option('--latency <ms>', 'delay added to every request')
    .option('--token-lifetime <s>', 'lifetime of access tokens in seconds')
    .option('--fail-agents <ids>', 'comma-separated agent ids whose writes fail per item')
    .option('--max-batch <n>', 'most agents accepted in one write request (400 above)')
    .option('--max-page <n>', 'largest page served whatever top asks')
    .option(
      '--proficiency-range <endpoint=min-max>',
      'proficiency accepted per write endpoint, repeatable (default skill-centric=1-5 as documented, agent-centric=1-20)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('--skill-agents-inactive', 'GET /skills/{id}/agents also lists inactive assignments (undocumented; default: active only)')
    .option('--failed-item-ids', 'failed items of a write result carry their agentId/skillId (only success is documented as required; default: no id)')
    .addHelpText('after', HELP.sim)
    .action((options: SimCommandOptions) =>
      run(async () => {
        context.signals?.graceful();
        return (await commands.sim()).simCommand(options, io, context.stop ?? new Promise(() => undefined));
      })(),
    );

  program
    .command('version')
    .description('Print the version of skillops.')
    .action(() => {
      io.out(`${packageInfo().version}\n`);
    });

  program
    .command('completion')
    .argument('<shell>', 'bash, zsh or fish')
    .description('Print a shell completion script, made from the commands and options of this version.')
    .addHelpText('after', HELP.completion)
    .action((shell: string) =>
      run(async () => {
        if (!['bash', 'zsh', 'fish'].includes(shell)) throw new UsageError(`completion supports bash, zsh and fish, not "${shell}"`);
        io.out(completionFor(program, shell as Shell));
        return 0;
      })(),
    );
}
