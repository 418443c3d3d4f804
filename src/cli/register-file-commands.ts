// Commands that write queue files: import, refresh, export, fmt, revert, init.
import { type Command, Option } from 'commander';
import { UsageError } from '../domain/errors.js';
import { HELP } from '../render/command-help.js';
import { type CliRuntime, commands, excludeQueueOption, nowOption, queueOption, targetOf } from './cli-runtime.js';
import { pullRequestHelp } from './register-edit-commands.js';

export function registerFileCommands(program: Command, { io, context, run, globals, inDir }: CliRuntime): void {
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
    .option('--csv <file>', "instead of the live tenant: apply a skill matrix in export's columns to the queue files, in place")
    .addOption(
      new Option('--mode <mode>', 'with --csv: merge adds and updates; replace also removes what the CSV leaves out of the queues it names').choices([
        'merge',
        'replace',
      ]),
    )
    .option('--offline', 'with --csv: match agents as the files write them, without reading CXone')
    .option('--dry-run', 'with --csv: show the diff, write nothing')
    .option('--pull-request', `with --csv: ${pullRequestHelp}`)
    .addHelpText('after', HELP.import)
    .action(
      (options: {
        out?: string;
        skill?: string[];
        force?: boolean;
        includeInactive?: boolean;
        diff?: boolean;
        queue: string[];
        excludeQueue: string[];
        format: 'text' | 'json';
        csv?: string;
        mode?: 'merge' | 'replace';
        offline?: boolean;
        dryRun?: boolean;
        pullRequest?: boolean;
      }) =>
        run(async () =>
          options.csv !== undefined
            ? (await commands.edit()).importCsvCommand(
                { ...options, ...(context.github ? { github: context.github } : {}), csv: inDir(options.csv), config: globals().config },
                io,
              )
            : (await commands.import()).importCommand({ ...withoutCsvOptions(options), target: targetOf(options), config: globals().config }, io),
        )(),
    );

  program
    .command('refresh')
    .description('Accept live CXone into skills/: edit the queue files in place to match it (the plan in reverse).')
    .option('--diff', 'show a unified diff per file and write nothing; exit 2 when files would change')
    .option('--create-missing', 'also write files for active skills no file manages (as import would)')
    .addOption(nowOption())
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', HELP.refresh)
    .action((options: { diff?: boolean; createMissing?: boolean; now?: string; queue: string[]; excludeQueue: string[] }) =>
      run(async () => (await commands.refresh()).refreshCommand({ ...options, target: targetOf(options), config: globals().config }, io))(),
    );

  program
    .command('export')
    .description('Flatten skills/ to one row per assignment for workforce-management spreadsheets.')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--offline', 'do not read CXone; ids the files do not state stay empty')
    .addOption(queueOption())
    .addOption(excludeQueueOption())
    .addHelpText('after', HELP.export)
    .action((options: { format: 'csv' | 'json'; out?: string; offline?: boolean; queue: string[]; excludeQueue: string[] }) =>
      run(async () =>
        (await commands.export()).exportCommand(
          { ...options, ...(options.out ? { out: inDir(options.out) } : {}), target: targetOf(options), config: globals().config },
          io,
        ),
      )(),
    );

  program
    .command('report')
    .description('Write the skill-matrix site (plain HTML, no server) from skills/, the settings and audit/; --live adds drift and teams from CXone.')
    .requiredOption('--out <dir>', 'folder to write the site to (new, empty, or one a report was written to)')
    .option('--live', 'also read live CXone: drift, teams, agents disabled there')
    .option('--days <n>', 'days of the coverage charts, from today', '30')
    .option('--audit-dir <dir>', 'read the audit records from this folder (e.g. a checkout of the audit branch) instead of audit.directory')
    .option('--spof-proficiency <p>', 'single points of failure: queues with one or two active agents at proficiency 1..p', '3')
    .addOption(nowOption())
    .addHelpText('after', HELP.report)
    .action((options: { out: string; live?: boolean; days: string; spofProficiency: string; now?: string; auditDir?: string }) =>
      run(async () =>
        (await commands.report()).reportCommand(
          {
            config: globals().config,
            out: inDir(options.out),
            live: options.live ?? false,
            days: Number(options.days),
            spofProficiency: Number(options.spofProficiency),
            ...(options.now ? { now: options.now } : {}),
            ...(options.auditDir ? { auditDir: inDir(options.auditDir) } : {}),
          },
          io,
        ),
      )(),
    );

  program
    .command('fmt')
    .argument('[paths...]', 'queue files or folders (default: skillsDir from skillops.yaml)')
    .description('Rewrite queue files in the canonical layout, keeping every comment.')
    .option('--check', 'write nothing; exit 1 when a file is not canonical (for CI)')
    .option('--diff', 'show what changes in each file')
    .addHelpText('after', HELP.fmt)
    .action((paths: string[], options: { check?: boolean; diff?: boolean }) =>
      run(async () => (await commands.fmt()).fmtCommand(paths, { ...options, config: globals().config }, io))(),
    );

  program
    .command('revert')
    .argument('<audit-record>', 'an audit record written by apply (audit/YYYY/MM/*.json)')
    .description('Write the inverse of an applied run into skills/, to review and merge like any change.')
    .option('--keep-failed', 'leave entries of changes that failed or were not attempted as they are (the next apply retries them)')
    .option('--dry-run', 'show what would change (as a diff) without writing')
    .option('--diff', 'also show the diff of each file written')
    .addHelpText('after', HELP.revert)
    .action((record: string, options: { keepFailed?: boolean; dryRun?: boolean; diff?: boolean }) =>
      run(async () => (await commands.revert()).revertCommand(record, { ...options, config: globals().config }, io))(),
    );

  program
    .command('init')
    .argument('[dir]', 'the config repository to set up (default: the current folder)')
    .description('Scaffold a config repository: skillops.yaml, skills/, plan/apply/drift workflows using the skillops action, CODEOWNERS, .gitignore.')
    .option('--import', 'also fill skills/ from the live tenant (skillops import; needs the CXONE_* credentials)')
    .option('--force', 'overwrite files that exist and differ (.gitignore is always merged, never replaced)')
    .option('--action <ref>', "the skillops action the workflows use, pinned (default: this version's release, owner/skillops@vX.Y.Z)")
    .option('--branch <name>', 'the default branch: apply and drift run from it only', 'main')
    .option('--tenant-id <id>', 'write cxone.tenantId into skillops.yaml')
    .option('--tenants <names>', 'many tenants, comma-separated (e.g. uk,de,uk-uat): tenants/<name>/ folders and workflows with one job per tenant')
    .option('--pages', 'the apply workflow also publishes the report (skillops report) to GitHub Pages after each apply')
    .addHelpText('after', HELP.init)
    .action(
      (
        dir: string | undefined,
        options: { import?: boolean; force?: boolean; action?: string; branch?: string; tenantId?: string; tenants?: string; pages?: boolean },
      ) => run(async () => (await commands.init()).initCommand(dir, options, io))(),
    );
}

/**
 * Import from the live tenant: the options of `--csv` do not apply, and are refused rather than
 * ignored (`--dry-run` ignored would write every file).
 */
function withoutCsvOptions<T extends { mode?: string; offline?: boolean; dryRun?: boolean; pullRequest?: boolean }>(options: T): T {
  const clash = [
    options.dryRun && '--dry-run (to see what import would change without writing, use --diff)',
    options.mode !== undefined && '--mode',
    options.offline && '--offline',
    options.pullRequest && '--pull-request',
  ].filter(Boolean);
  if (clash.length > 0) throw new UsageError(`${clash.join(', ')} ${clash.length === 1 ? 'works' : 'work'} only with --csv; nothing was written`);
  return options;
}
