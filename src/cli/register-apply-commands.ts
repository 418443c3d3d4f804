// apply, reviewed-plan and comment: what runs on merge and on pull requests.
import { type Command, Option } from 'commander';
import type { Io } from '../domain/io.js';
import { HELP } from '../render/command-help.js';
import { type CliRuntime, commands, excludeQueueOption, nowOption, pullRequestNumber, queueOption, targetOf, withoutPr } from './cli-runtime.js';

/** --pr 21 or, after a merge queue's group, --pr 21,22: the first is the record's, each hears a refusal. */
function pullRequestNumbers(text: string): { pr: number; alsoPrs?: number[] } {
  const [first, ...rest] = text.split(',').map((t) => pullRequestNumber(t.trim()));
  return { pr: first!, ...(rest.length > 0 ? { alsoPrs: rest } : {}) };
}

export function registerApplyCommands(program: Command, { io, context, run, globals, inDir }: CliRuntime): void {
  program
    .command('apply')
    .argument('[plan.json]', 'a plan saved with plan --out; refused if live CXone or skills/ changed since')
    .description('Apply changes to CXone in batches, verify them, write an audit record and notify the WFM webhook.')
    .option('--auto-approve', 'do not ask for confirmation (required when there is no terminal, as in CI)')
    .option('--force', 'let safety thresholds pass (routing constraints still refuse); needs --reason')
    .option('--force-window', 'write even outside the change windows or during a freeze; needs --reason')
    .option('--reason <text>', 'why --force or --force-window is used (kept in the audit record)')
    .option('--audit-dir <dir>', 'where to write the audit record (default: audit.directory from skillops.yaml)')
    .option('--commit-audit', 'also commit the audit record to the repository through the GitHub API (in Actions)')
    .addOption(
      new Option('--format <format>', 'output: text, or json (one skillops-apply/1 document; needs --auto-approve or plan.json)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--scheduled', 'apply only changes that from/until dates made due; report other differences as drift')
    .option(
      '--force-unlock <id>',
      'remove an apply lock held under this id whose holder cannot be checked (another host, GitHub not answering); recorded in the audit record',
    )
    .option('--pr <number>', 'with plan.json from reviewed-plan: the merged pull request (or several: 21,22), where a refusal is explained')
    .addOption(nowOption())
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', HELP.apply)
    .action(
      (
        file: string | undefined,
        options: {
          autoApprove?: boolean;
          force?: boolean;
          forceWindow?: boolean;
          reason?: string;
          auditDir?: string;
          now?: string;
          commitAudit?: boolean;
          queue: string[];
          excludeQueue: string[];
          format: 'text' | 'json';
          scheduled?: boolean;
          forceUnlock?: string;
          pr?: string;
        },
      ) =>
        run(async () => {
          // Signals are held from the start: a stop while apply reads CXone or waits at the prompt
          // still writes its record (nothing was written to CXone) and releases the lock, and from
          // the writes on the requests in flight finish first. The prompt takes a signal itself
          // (its answer); apply records that as a stop before confirmation.
          const applyIo: Io = io;
          context.signals?.graceful({ hold: true });
          return (await commands.apply()).applyCommand(
            {
              ...withoutPr(options),
              ...(options.auditDir ? { auditDir: inDir(options.auditDir) } : {}),
              ...(options.pr !== undefined ? pullRequestNumbers(options.pr) : {}),
              target: targetOf(options),
              config: globals().config,
              ...(file ? { planFile: inDir(file) } : {}),
            },
            applyIo,
            context,
          );
        })(),
    );

  program
    .command('reviewed-plan')
    .description('On a push to the default branch: fetch the plan reviewed on the merged pull request, for apply.')
    .requiredOption('--out <file>', 'where to save the reviewed plan')
    .option('--workflow <path>', 'the plan workflow file whose runs are trusted', '.github/workflows/skillops-plan.yml')
    .option('--artifact <name>', 'the artifact the plan workflow uploads', 'skillops-plan')
    .option('--judge', "on merge_group: also plan the group's head (read-only) and fail unless it has exactly the reviewed changes")
    .addOption(nowOption())
    .addHelpText('after', HELP['reviewed-plan'])
    .action((options: { out: string; workflow: string; artifact: string; judge?: boolean; now?: string }) =>
      run(async () =>
        (await commands.reviewedPlan()).reviewedPlanCommand(
          {
            ...options,
            config: globals().config,
            out: inDir(options.out),
            ...(context.github ? { github: context.github } : {}),
            ...(context.retryDelayMs !== undefined ? { retryDelayMs: context.retryDelayMs } : {}),
          },
          io,
        ),
      )(),
    );

  program
    .command('comment')
    .description('Post or update the plan comment on the current pull request, and write the job summary.')
    .option('--plan <plan.json>', 'the plan to show (from plan --out)')
    .option('--failure <log>', 'instead of a plan: the output of a failed step, shown in the comment')
    .option('--stage <name>', 'what failed, with --failure', 'plan')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--pr <number>', 'pull request (default: from GITHUB_EVENT_PATH)')
    .addHelpText('after', HELP.comment)
    .action((options: { plan?: string; failure?: string; stage: string; repo?: string; pr?: string }) =>
      run(async () => {
        const { tenant } = globals();
        const files = { ...(options.plan ? { plan: inDir(options.plan) } : {}), ...(options.failure ? { failure: inDir(options.failure) } : {}) };
        return (await commands.comment()).commentCommand(
          { ...options, ...files, ...(tenant ? { tenant } : {}), ...(context.github ? { github: context.github } : {}) },
          io,
        );
      })(),
    );
}
