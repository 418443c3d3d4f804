// Builds the command line. Each command calls one use case and returns its exit code.
import { Command, CommanderError, Option } from 'commander';
import { handleError } from './handle-error.js';
import { refuseLeakyDebug } from './refuse-debug.js';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import type { SimCommandOptions } from './commands/sim.js';
import type { PlanFormat } from './commands/plan.js';
import type { GitHubPort } from '../github/port.js';
import type { QueueTarget } from '../domain/target.js';
import type { SignalHooks } from './signals.js';
import { colorFor } from './io.js';
import { resolveConfigPath } from '../use-cases/planning/load-config.js';
import { completionScript, type Shell } from './completion.js';

// Commands are loaded when they run, so `validate` and `--help` never load the HTTP clients,
// Octokit or the simulator: start-up stays short.
const commands = {
  validate: () => import('./commands/validate.js'),
  plan: () => import('./commands/plan.js'),
  apply: () => import('./commands/apply.js'),
  import: () => import('./commands/import.js'),
  refresh: () => import('./commands/refresh.js'),
  export: () => import('./commands/export.js'),
  comment: () => import('./commands/comment.js'),
  reviewedPlan: () => import('./commands/reviewed-plan.js'),
  sim: () => import('./commands/sim.js'),
  fmt: () => import('./commands/fmt.js'),
  revert: () => import('./commands/revert.js'),
  init: () => import('./commands/init.js'),
};

/** --queue / --exclude-queue, repeatable, on every command that reads or writes queues. */
const collect = (value: string, previous: string[]) => [...previous, value];
const queueOption = () => new Option('--queue <queue>', 'only this queue: skill name, skillId, file or glob like "sales-*" (repeatable)').argParser(collect).default([]);
const excludeQueueOption = () => new Option('--exclude-queue <queue>', 'leave this queue out (repeatable; same forms as --queue)').argParser(collect).default([]);
const targetOf = (o: { queue?: string[]; excludeQueue?: string[] }): QueueTarget => ({ queues: o.queue ?? [], excludeQueues: o.excludeQueue ?? [] });

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text');
const nowOption = () => new Option('--now <date>', 'judge effective dates as of this date or ISO time (default: now; env SKILLOPS_NOW)');

export interface CliContext {
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); long-running commands wait on it. */
  stop?: Promise<unknown>;
  /** Resolves on a second signal: stop now (apply keeps only its local record). */
  stopNow?: Promise<unknown>;
  /** A GitHub adapter to use instead of one built from GITHUB_TOKEN (tests, dry runs). */
  github?: GitHubPort;
  /** Wait between GitHub lookups that are retried (tests: 0). */
  retryDelayMs?: number;
  /** How signals reach commands (main.ts); without it a signal ends the process at once. */
  signals?: SignalHooks;
}

function withoutPr<T extends { pr?: string }>(options: T): Omit<T, 'pr'> {
  const { pr: _pr, ...rest } = options;
  return rest;
}

function pullRequestNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--pr must be a pull request number, not "${text}"`);
  return n;
}

const VERSION = '0.1.0';
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
    .version(VERSION, '-v, --version', 'print the version')
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

  program
    .command('validate')
    .argument('[dir]', 'folder of queue files, or one queue file (default: skillsDir from skillops.yaml, else skills/)')
    .description('Check queue files offline: YAML, schema and rules. Prints every problem with file:line:col.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Exit codes: 0 valid (warnings allowed), 1 any error.
With GITHUB_ACTIONS=true, problems are also printed as workflow annotations.

Examples:
  $ skillops validate
  $ skillops validate skills/ --format json`)
    .action((dir: string | undefined, options: { format: 'text' | 'json' }) =>
      run(async () => (await commands.validate()).validateCommand(dir, { config: globals().config, format: options.format }, io))());

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
    .addHelpText('after', `
Exit codes: 0 no changes (or changes without --detailed-exitcode), 2 changes with
--detailed-exitcode, 1 error or plan refused by policy.
Credentials come from CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID and
CXONE_ACCESS_KEY_SECRET; CXONE_API_BASE and CXONE_AUTH_URL override skillops.yaml.

Examples:
  $ skillops plan
  $ skillops plan --out plan.json --detailed-exitcode
  $ skillops plan --now 2026-12-01     # preview dated changes
  $ skillops plan --queue "Billing Support" --queue "sales-*" --out plan.json
  $ skillops plan --exclude-queue skills/holiday-overflow.yaml`)
    .action((options: { out?: string; format: PlanFormat; detailedExitcode?: boolean; force?: boolean; now?: string; queue: string[]; excludeQueue: string[] }) =>
      run(async () => (await commands.plan()).planCommand({ ...options, target: targetOf(options), config: globals().config }, io))());

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
    .addOption(new Option('--format <format>', 'output: text, or json (one skillops-apply/1 document; needs --auto-approve or plan.json)').choices(['text', 'json']).default('text'))
    .option('--scheduled', 'apply only changes that from/until dates made due; report other differences as drift')
    .option('--force-unlock <id>', 'take over a stale apply lock held under this id (recorded in the audit record)')
    .option('--pr <number>', 'with plan.json from reviewed-plan: the merged pull request, where a refusal is explained')
    .addOption(nowOption())
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', `
Without plan.json, apply plans from live state, shows the plan and asks "yes" on a terminal.
Exit codes: 0 everything applied and verified, 1 any failure or refusal (or the audit record
could not be written), 3 everything applied and verified but the audit record could not be
committed (it is kept in audit/, the job summary and the workflow artifact), 130/143 interrupted
(SIGINT/SIGTERM: no new batches, requests in flight get 2 s, the audit record is written within
about 5 s). A journal beside the record survives even kill -9; the next apply reports it.
Running apply again converges.
Outside the change windows of skillops.yaml (or on a freeze date) apply refuses when there is
something to change; \`skillops plan\` shows when the next window opens.
One apply at a time: a lock is taken before reading (a GitHub branch skillops-lock/apply when
GITHUB_TOKEN and GITHUB_REPOSITORY are set or with --commit-audit, else .skillops/apply.lock) and
released when apply ends. A refusal names the holder; --force-unlock <id> removes a stale one.
With --commit-audit, GitHub access and the audit branch (audit.branch, default skillops-audit)
are checked before any CXone write.
With SKILLOPS_WEBHOOK_URL (or webhook.url) and SKILLOPS_WEBHOOK_SECRET, a signed
skill_sync_complete event is POSTed afterwards; its failure never fails the apply.

Examples:
  $ skillops apply
  $ skillops plan --out plan.json && skillops apply plan.json
  $ skillops apply --auto-approve --audit-dir /tmp/audit
  $ skillops apply --force-window --reason "INC-4411: restore billing routing"
  $ skillops apply --scheduled --auto-approve         # the daily run: dated changes only`)
    .action((file: string | undefined, options: { autoApprove?: boolean; force?: boolean; forceWindow?: boolean; reason?: string; auditDir?: string; now?: string; commitAudit?: boolean; queue: string[]; excludeQueue: string[]; format: 'text' | 'json'; scheduled?: boolean; forceUnlock?: string; pr?: string }) =>
      run(async () => {
        // Reading CXone and the prompt have nothing to protect: a signal ends them at once. From
        // "yes" (or from the start with --auto-approve or a saved plan) signals are held so the
        // requests in flight finish and the audit record is written. HOOK for the apply use case:
        // call context.signals.graceful({ hold: true }) itself just before the first write.
        const confirm = io.confirm;
        const applyIo: Io = options.autoApprove || file || !confirm ? io : {
          ...io,
          confirm: async (question: string) => {
            const yes = await confirm(question);
            if (yes) context.signals?.graceful({ hold: true });
            return yes;
          },
        };
        if (applyIo === io) context.signals?.graceful({ hold: true });
        return (await commands.apply()).applyCommand({ ...withoutPr(options), ...(options.pr !== undefined ? { pr: pullRequestNumber(options.pr) } : {}), target: targetOf(options), config: globals().config, ...(file ? { planFile: file } : {}) }, applyIo, { ...(context.stop ? { stop: context.stop } : {}), ...(context.stopNow ? { stopNow: context.stopNow } : {}), ...(context.github ? { github: context.github } : {}) });
      })());

  program
    .command('show')
    .argument('<plan.json>', 'a plan saved with plan --out')
    .description('Render a saved plan.')
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  $ skillops show plan.json
  $ skillops show plan.json --format markdown > comment.md`)
    .action((file: string, options: { format: PlanFormat }) => run(async () => (await commands.plan()).showCommand(file, options, io))());

  program
    .command('drift')
    .description('Plan against the checked-out default branch; for the scheduled drift check.')
    .addOption(formatOption())
    .addOption(nowOption())
    .option('--issue', 'open, update or close the one drift issue in the repository (needs GITHUB_TOKEN)')
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .option('--pull-request', 'open or update one pull request that accepts the live changes (skillops refresh), linked from the issue; close it when nothing is left to accept')
    .option('--pr-author <login>', 'who the token acts as; the pull request is found by branch and this author', 'github-actions[bot]')
    .addHelpText('after', `
Exit codes: 0 live matches skills/, 2 drift found, 1 error. Safety thresholds do not apply.
--pull-request writes the branch skillops/drift (rebuilt each run) and needs a token with
contents: write and pull-requests: write; run it from the root of the checkout.

Examples:
  $ skillops drift
  $ skillops drift --format markdown > drift.md
  $ skillops drift --issue --pull-request     # in the scheduled workflow`)
    .action((options: { format: PlanFormat; now?: string; issue?: boolean; pullRequest?: boolean; prAuthor?: string; queue: string[]; excludeQueue: string[] }) =>
      run(async () => (await commands.plan()).driftCommand({ ...options, target: targetOf(options), config: globals().config, ...(context.github ? { github: context.github } : {}) }, io))());

  program
    .command('import')
    .description('Write queue files from the live tenant, so a plan right after shows no changes.')
    .option('--out <dir>', 'folder to write (default: skillsDir from skillops.yaml)')
    .option('--skill <name...>', 'only these skills (names or ids); default: every active skill')
    .option('--include-inactive', 'also import skills that are inactive in CXone')
    .option('--force', 'overwrite files that exist and differ')
    .option('--diff', 'show what import would change (unified diffs, existing files as refresh edits them), write nothing; exit 2 when anything differs')
    .addOption(new Option('--format <format>', 'output: text, or json (one skillops-import/1 document)').choices(['text', 'json']).default('text'))
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', `
One file per skill, named by its slug, with skillId pinned, mode authoritative, agents sorted
by user name and their full names as comments. Existing files are never overwritten without
--force; skills another file already manages are skipped. Importing twice gives the same bytes.
Also writes skillops.yaml with defaults when there is none.

Examples:
  $ skillops import
  $ skillops import --skill "Billing Support" "Sales - English"
  $ skillops import --out /tmp/skills --include-inactive
  $ skillops import --diff            # what changed in CXone since the files were written`)
    .action((options: { out?: string; skill?: string[]; force?: boolean; includeInactive?: boolean; diff?: boolean; queue: string[]; excludeQueue: string[]; format: 'text' | 'json' }) =>
      run(async () => (await commands.import()).importCommand({ ...options, target: targetOf(options), config: globals().config }, io))());

  program
    .command('refresh')
    .description('Accept live CXone into skills/: edit the queue files in place to match it (the plan in reverse).')
    .option('--diff', 'show a unified diff per file and write nothing; exit 2 when files would change')
    .option('--create-missing', 'also write files for active skills no file manages (as import would)')
    .addOption(nowOption())
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', `
Only entries that differ change; comments, notes, constraints, key and agent order, quoting and
styles stay byte for byte. Agents new in CXone are inserted in the file's order (by agent or by
proficiency) or at the end, with their name as a comment; agents gone from CXone are deleted with
their comments. Dated entries (with a from date, or past their until), agents of additive files
and proficiencies outside a queue's constraints are left as written and reported. Refreshing
twice changes nothing.
Exit codes: 0 done (or no differences with --diff), 2 differences with --diff, 1 error.

Examples:
  $ skillops refresh --diff          # what would be accepted
  $ skillops refresh && git diff     # accept, then review`)
    .action((options: { diff?: boolean; createMissing?: boolean; now?: string; queue: string[]; excludeQueue: string[] }) =>
      run(async () => (await commands.refresh()).refreshCommand({ ...options, target: targetOf(options), config: globals().config }, io))());

  program
    .command('export')
    .description('Flatten skills/ to one row per assignment for workforce-management spreadsheets.')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--offline', 'do not read CXone; ids the files do not state stay empty')
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', `
Columns: queue, skillId, agent, agentId, proficiency, active, from, until, file.
CSV follows RFC 4180; cells a spreadsheet would run as formulas start with an apostrophe.

Examples:
  $ skillops export --format csv --out assignments.csv
  $ skillops export --format json --offline`)
    .action((options: { format: 'csv' | 'json'; out?: string; offline?: boolean; queue: string[]; excludeQueue: string[] }) =>
      run(async () => (await commands.export()).exportCommand({ ...options, target: targetOf(options), config: globals().config }, io))());

  program
    .command('comment')
    .description('Post or update the plan comment on the current pull request, and write the job summary.')
    .option('--plan <plan.json>', 'the plan to show (from plan --out)')
    .option('--failure <log>', 'instead of a plan: the output of a failed step, shown in the comment')
    .option('--stage <name>', 'what failed, with --failure', 'plan')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--pr <number>', 'pull request (default: from GITHUB_EVENT_PATH)')
    .addHelpText('after', `
One comment per pull request, found by a hidden marker and updated in place on every push.
Plans longer than GitHub's 65,536-character limit are split into numbered comments; parts a
later, shorter plan no longer needs are deleted. Needs GITHUB_TOKEN with pull-requests: write.
GITHUB_API_URL points it at GitHub Enterprise Server.

Examples:
  $ skillops plan --out plan.json && skillops comment --plan plan.json
  $ skillops validate > out.txt || skillops comment --failure out.txt --stage validate`)
    .action((options: { plan?: string; failure?: string; stage: string; repo?: string; pr?: string }) =>
      run(async () => (await commands.comment()).commentCommand({ ...options, ...(context.github ? { github: context.github } : {}) }, io))());

  program
    .command('fmt')
    .argument('[paths...]', 'queue files or folders (default: skillsDir from skillops.yaml)')
    .description('Rewrite queue files in the canonical layout, keeping every comment.')
    .option('--check', 'write nothing; exit 1 when a file is not canonical (for CI)')
    .option('--diff', 'show what changes in each file')
    .addHelpText('after', `
Canonical layout: keys in the documented order (skill, skillId, mode, description, constraints,
agents last), each agent entry as a block with agent, proficiency, active, from, until, note;
agents sorted by user name when the file sets sortAgents: true; quotes only where YAML needs
them; two-space indentation. Comments and blank lines stay with their entries; values never change.
Exit codes: 0 done (or, with --check, nothing to change), 1 a file would change (--check) or
does not parse.

Examples:
  $ skillops fmt
  $ skillops fmt --check --diff
  $ skillops fmt skills/billing-support.yaml`)
    .action((paths: string[], options: { check?: boolean; diff?: boolean }) =>
      run(async () => (await commands.fmt()).fmtCommand(paths, { ...options, config: globals().config }, io))());

  program
    .command('revert')
    .argument('<audit-record>', 'an audit record written by apply (audit/YYYY/MM/*.json)')
    .description('Write the inverse of an applied run into skills/, to review and merge like any change.')
    .option('--keep-failed', 'leave entries of changes that failed or were not attempted as they are (the next apply retries them)')
    .option('--dry-run', 'show what would change (as a diff) without writing')
    .option('--diff', 'also show the diff of each file written')
    .addHelpText('after', `
Changes the run applied are set back in the queue files (an add is removed, an update or a
remove restored to the state before the run), so \`skillops plan\` then shows exactly the
inverse of what was applied. Changes that failed or were not attempted changed nothing in
CXone: their entries are set back too, so merging the undo does not retry them (unless
--keep-failed). Entries edited since the run are conflicts, left alone for a person.
Nothing is sent to CXone: the undo goes through review and apply like any change.
Exit codes: 0 written (or nothing to revert), 1 any conflict or error.

Examples:
  $ skillops revert audit/2026/11/20261125T150000123Z-1a2b3c4.json
  $ skillops revert audit/2026/11/20261125T150000123Z-1a2b3c4.json --dry-run`)
    .action((record: string, options: { keepFailed?: boolean; dryRun?: boolean; diff?: boolean }) =>
      run(async () => (await commands.revert()).revertCommand(record, { ...options, config: globals().config }, io))());

  program
    .command('init')
    .argument('[dir]', 'the config repository to set up (default: the current folder)')
    .description('Scaffold a config repository: skillops.yaml, skills/, plan/apply/drift workflows using the skillops action, CODEOWNERS, .gitignore.')
    .option('--import', 'also fill skills/ from the live tenant (skillops import; needs the CXONE_* credentials)')
    .option('--force', 'overwrite files that exist and differ (.gitignore is always merged, never replaced)')
    .option('--action <ref>', 'the skillops action the workflows use, pinned (default: this version\'s release, owner/skillops@vX.Y.Z)')
    .option('--branch <name>', 'the default branch: apply and drift run from it only', 'main')
    .option('--tenant-id <id>', 'write cxone.tenantId into skillops.yaml')
    .addHelpText('after', `
Nothing is overwritten without --force, and when a file would be, nothing is written at all.
Prints the next steps (credentials, secrets, environment, branch protection) in order.

Examples:
  $ npx skillops init
  $ npx skillops init my-skills --tenant-id acme-prod --import`)
    .action((dir: string | undefined, options: { import?: boolean; force?: boolean; action?: string; branch?: string; tenantId?: string }) =>
      run(async () => (await commands.init()).initCommand(dir, options, io))());

  program
    .command('reviewed-plan')
    .description('On a push to the default branch: fetch the plan reviewed on the merged pull request, for apply.')
    .requiredOption('--out <file>', 'where to save the reviewed plan')
    .option('--workflow <path>', 'the plan workflow file whose runs are trusted', '.github/workflows/skillops-plan.yml')
    .option('--artifact <name>', 'the artifact the plan workflow uploads', 'skillops-plan')
    .addHelpText('after', `
Finds the pull request merged as GITHUB_SHA (merged into the default branch, merge commit equal
to GITHUB_SHA), then the latest successful pull_request run of --workflow for its head commit
from this repository (not a fork), and downloads its --artifact (checked against GitHub's
SHA-256 digest). Writes pr=<number> and run-id=<id> to $GITHUB_OUTPUT. Then
skillops apply plan.json --pr <number> applies it only if a fresh plan is the same.
When no reviewed plan can be trusted, nothing is written, the reason goes to the job summary and
the pull request, and the exit code is 1. Needs GITHUB_TOKEN with actions: read,
pull-requests: write and contents: read.

Examples:
  $ skillops reviewed-plan --out plan.json && skillops apply plan.json --auto-approve --pr 12`)
    .action((options: { out: string; workflow: string; artifact: string }) =>
      run(async () => (await commands.reviewedPlan()).reviewedPlanCommand({ ...options, ...(context.github ? { github: context.github } : {}), ...(context.retryDelayMs !== undefined ? { retryDelayMs: context.retryDelayMs } : {}) }, io))());

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
    .option('--proficiency-range <endpoint=min-max>', 'proficiency accepted per write endpoint, repeatable (default skill-centric=1-5 as documented, agent-centric=1-20)', (v: string, all: string[] = []) => [...all, v])
    .option('--skill-agents-inactive', 'GET /skills/{id}/agents also lists inactive assignments (undocumented; default: active only)')
    .option('--failed-item-ids', 'failed items of a write result carry their agentId/skillId (only success is documented as required; default: no id)')
    .addHelpText('after', `
Knobs can also be changed while it runs: POST /__sim/faults with JSON, e.g.
  {"rateLimitPerSecond": 20, "retryAfter": false, "errorRate": 0.05, "latencyMs": 20,
   "tokenLifetimeSeconds": 60, "failingAgents": [4410001], "maxBatchSize": 100,
   "skillCentricProficiency": [1, 5], "skillAgentsListInactive": true, "failedItemsCarryId": true,
   "loseWriteResponses": 1}

Examples:
  $ skillops sim --port 8089
  $ skillops sim --fixture generate:2000x20000x500000 --latency 20 --rate-limit 20
  $ skillops sim --proficiency-range skill-centric=1-20   # as lenient as older simulators`)
    .action((options: SimCommandOptions) =>
      run(async () => {
        context.signals?.graceful();
        return (await commands.sim()).simCommand(options, io, context.stop ?? new Promise(() => undefined));
      })());

  program
    .command('version')
    .description('Print the version of skillops.')
    .action(() => {
      io.out(`${VERSION}\n`);
    });

  program
    .command('completion')
    .argument('<shell>', 'bash, zsh or fish')
    .description('Print a shell completion script, made from the commands and options of this version.')
    .addHelpText('after', `
Examples:
  $ source <(skillops completion bash)                 # in ~/.bashrc
  $ skillops completion zsh > "\${fpath[1]}/_skillops"
  $ skillops completion fish > ~/.config/fish/completions/skillops.fish`)
    .action((shell: string) =>
      run(async () => {
        if (!['bash', 'zsh', 'fish'].includes(shell)) throw new UsageError(`completion supports bash, zsh and fish, not "${shell}"`);
        io.out(completionScript(program, shell as Shell));
        return 0;
      })());

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
