// validate, plan, show and drift: reading the files and the tenant, and showing the plan.
import { type Command, Option } from 'commander';
import { HELP } from '../render/command-help.js';
import type { PlanFormat } from '../render/plan-format.js';
import { type CliRuntime, commands, excludeQueueOption, formatOption, nowOption, queueOption, targetOf } from './cli-runtime.js';

const verboseOption = () => new Option('--verbose', 'list every warning on its own line instead of one line per kind');

export function registerPlanCommands(program: Command, { io, context, run, globals, inDir }: CliRuntime): void {
  program
    .command('validate')
    .argument('[dir]', 'folder of queue files, or one queue file (default: skillsDir from skillops.yaml, else skills/)')
    .description('Check queue files offline: YAML, schema and rules. Prints every problem with file:line:col.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP.validate)
    .action((dir: string | undefined, options: { format: 'text' | 'json' }) =>
      run(async () => (await commands.validate()).validateCommand(dir, { config: globals().config, format: options.format }, io))(),
    );

  program
    .command('plan')
    .description('Read the live tenant, compare it with skills/, and show what apply would change.')
    .option('--out <file>', 'also save the plan as JSON, to show or apply later')
    .addOption(formatOption())
    .option('--detailed-exitcode', 'exit 2 when there are changes (0 none, 1 error)')
    .option('--force', 'let safety thresholds pass (routing constraints still refuse)')
    .addOption(nowOption())
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addOption(verboseOption())
    .addHelpText('after', HELP.plan)
    .action(
      (options: {
        out?: string;
        format: PlanFormat;
        detailedExitcode?: boolean;
        force?: boolean;
        now?: string;
        queue: string[];
        excludeQueue: string[];
        verbose?: boolean;
      }) =>
        run(async () =>
          (await commands.plan()).planCommand(
            { ...options, ...(options.out ? { out: inDir(options.out) } : {}), target: targetOf(options), config: globals().config },
            io,
          ),
        )(),
    );

  program
    .command('show')
    .argument('<plan.json>', 'a plan saved with plan --out')
    .description('Render a saved plan.')
    .addOption(formatOption())
    .addOption(verboseOption())
    .addHelpText('after', HELP.show)
    .action((file: string, options: { format: PlanFormat; verbose?: boolean }) =>
      run(async () => (await commands.plan()).showCommand(inDir(file), options, io))(),
    );

  program
    .command('drift')
    .description('Plan against the checked-out default branch; for the scheduled drift check.')
    .addOption(formatOption())
    .addOption(nowOption())
    .option('--issue', 'open, update or close the one drift issue in the repository (needs GITHUB_TOKEN)')
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .option(
      '--pull-request',
      'open or update one pull request that accepts the live changes (skillops refresh), linked from the issue; close it when nothing is left to accept',
    )
    .option('--pr-author <login>', 'who the token acts as; the pull request is found by branch and this author', 'github-actions[bot]')
    .addOption(verboseOption())
    .addHelpText('after', HELP.drift)
    .action(
      (options: {
        format: PlanFormat;
        verbose?: boolean;
        now?: string;
        issue?: boolean;
        pullRequest?: boolean;
        prAuthor?: string;
        queue: string[];
        excludeQueue: string[];
      }) =>
        run(async () =>
          (await commands.plan()).driftCommand(
            { ...options, target: targetOf(options), config: globals().config, ...(context.github ? { github: context.github } : {}) },
            io,
          ),
        )(),
    );
}
