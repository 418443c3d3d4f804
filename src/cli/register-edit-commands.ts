// assign, unassign, move and agent: analysts' edits of the queue files, and the agent's view.
import type { Command } from 'commander';
import { HELP } from '../render/command-help.js';
import { type CliRuntime, commands, nowOption } from './cli-runtime.js';

const offlineHelp = 'match agents as the files write them, without reading CXone (the default when no CXONE_* credentials are set)';
const dryRunHelp = 'show the diff, write nothing';
export const pullRequestHelp =
  'also commit the edited files to a new branch skillops/edit-<run> and open a pull request with the change and its plan (needs GITHUB_TOKEN, GITHUB_REPOSITORY)';

export function registerEditCommands(program: Command, { io, context, run, globals }: CliRuntime): void {
  const github = context.github ? { github: context.github } : {};
  program
    .command('assign')
    .argument('<queue>', 'the queue, as --queue names it: skill name, skillId, file, file name or slug')
    .argument('[agents...]', 'agents by user name, e-mail or agentId')
    .description('Add agents to a queue file, or update their entries, in place (never CXone).')
    .requiredOption('--proficiency <n>', 'proficiency to set (1 is the best)')
    .option('--from <date>', 'first day in effect (YYYY-MM-DD)')
    .option('--until <date>', 'last day in effect (YYYY-MM-DD)')
    .option('--inactive', 'keep the assignment but disabled (active: false)')
    .option('--note <text>', 'note for reviewers on each entry')
    .option('--team <name>', "instead of agents: the CXone team's active members (needs live CXone)")
    .option('--offline', offlineHelp)
    .option('--dry-run', dryRunHelp)
    .option('--pull-request', pullRequestHelp)
    .addHelpText('after', HELP.assign)
    .action(
      (
        queue: string,
        agents: string[],
        options: {
          proficiency: string;
          from?: string;
          until?: string;
          inactive?: boolean;
          note?: string;
          team?: string;
          offline?: boolean;
          dryRun?: boolean;
          pullRequest?: boolean;
        },
      ) => run(async () => (await commands.edit()).assignCommand({ ...options, ...github, queue, agents, config: globals().config }, io))(),
    );

  program
    .command('unassign')
    .argument('<queue>', 'the queue, as --queue names it: skill name, skillId, file, file name or slug')
    .argument('[agents...]', 'agents by user name, e-mail or agentId')
    .description('Remove agents from a queue file in place, now or (with --from) from a day on.')
    .option('--from <date>', 'first day without the assignment: writes until the day before instead of removing the entry')
    .option('--team <name>', "instead of agents: the CXone team's members the queue lists (needs live CXone)")
    .option('--offline', offlineHelp)
    .option('--dry-run', dryRunHelp)
    .option('--pull-request', pullRequestHelp)
    .addHelpText('after', HELP.unassign)
    .action((queue: string, agents: string[], options: { from?: string; team?: string; offline?: boolean; dryRun?: boolean; pullRequest?: boolean }) =>
      run(async () => (await commands.edit()).unassignCommand({ ...options, ...github, queue, agents, config: globals().config }, io))(),
    );

  program
    .command('move')
    .argument('<agents...>', 'agents by user name, e-mail or agentId')
    .description('Move agents from one queue to another: one entry ends, the other starts, on the same day.')
    .requiredOption('--from <queue>', 'the queue they leave')
    .requiredOption('--to <queue>', 'the queue they join')
    .option('--proficiency <n>', 'proficiency in the new queue (default: the one they leave with)')
    .option('--on <date>', 'the day of the move (YYYY-MM-DD): until the day before in the old queue, from this day in the new; default: now')
    .option('--offline', offlineHelp)
    .option('--dry-run', dryRunHelp)
    .option('--pull-request', pullRequestHelp)
    .addHelpText('after', HELP.move)
    .action(
      (
        agents: string[],
        options: { from: string; to: string; proficiency?: string; on?: string; offline?: boolean; dryRun?: boolean; pullRequest?: boolean },
      ) => run(async () => (await commands.edit()).moveCommand({ ...options, ...github, agents, config: globals().config }, io))(),
    );

  program
    .command('agent')
    .argument('<agent>', 'the agent: user name, e-mail or agentId')
    .description('Show every queue the agent is in across the queue files (file:line, proficiency, dates); with --live, what CXone has beside it.')
    .option('--live', 'also read what CXone has for the agent (needs the CXONE_* credentials)')
    .option('--offline', offlineHelp)
    .addOption(nowOption())
    .addHelpText('after', HELP.agent)
    .action((agent: string, options: { live?: boolean; offline?: boolean; now?: string }) =>
      run(async () => (await commands.edit()).agentCommand({ ...options, agent, config: globals().config }, io))(),
    );
}
