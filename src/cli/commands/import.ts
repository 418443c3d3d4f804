import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, loadDesiredState, type LoadResult } from '../../config/load-desired-state.js';
import type { Settings } from '../../domain/settings.js';
import type { LiveState } from '../../domain/live-state.js';
import type { Agent, Skill } from '../../domain/live-state.js';
import { makePlan } from '../../plan/make-plan.js';
import { refreshFiles, type RefreshResult } from '../../use-cases/refresh/refresh-files.js';
import { resolveNow } from '../../use-cases/planning/compute-plan.js';
import { SETTINGS_FILE } from '../../config/settings.js';
import { suggest } from '../../text/suggest.js';
import { schemaHeader, schemaRef } from '../../queue-file/schema-ref.js';
import { queueFileNames, renderQueueFile, uniqueLogins } from '../../queue-file/write-queue-yaml.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { readLiveState } from '../../cxone/read-live-state.js';
import type { LiveAssignment } from '../../domain/live-state.js';
import { UsageError } from '../../domain/errors.js';
import { fileDiff } from '../../render/file-diff.js';
import { forTerminal } from '../../text/untrusted.js';
import type { Io } from '../../domain/io.js';
import { selectTargeted } from '../../plan/target.js';
import { NO_TARGET, type QueueTarget } from '../../domain/target.js';
import { loadValidSettings } from '../../use-cases/planning/load-config.js';
import { plural } from '../../text/plural.js';
import { writeImportedFiles } from '../../use-cases/import/write-imported-files.js';
import { importJson, importText, type ImportOutcome } from '../../render/import-output.js';

export interface ImportOptions {
  config: string;
  out?: string;
  skill?: string[];
  target?: QueueTarget;
  force?: boolean;
  includeInactive?: boolean;
  /** Show a unified diff for every existing file that differs from the live tenant. */
  diff?: boolean;
  /** text (default) or json: one skillops-import/1 document (schemas/import-output.schema.json). */
  format?: 'text' | 'json';
  cxone?: CxonePort;
}

const settingsTemplate = (schema: string) => `# ${schemaHeader(schema)}
# Written by \`skillops import\`. Every key is optional; see the schema above.
# Secrets never go here: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID and
# CXONE_ACCESS_KEY_SECRET come from the environment.
cxone:
  # tenantId: your-tenant-id     # or apiBase: https://api-na1.niceincontact.com
  apiVersion: v34.0
skillsDir: skills
timeZone: UTC                    # the tenant's IANA time zone, for from/until dates
apply:
  batchSize: 50
  concurrency: 4
  requestsPerSecond: 20
safety:
  maxRemovePercent: 30
  maxChangePercent: 50
  minExistingAssignments: 10
`;

export async function importCommand(options: ImportOptions, io: Io): Promise<number> {
  if (options.format === 'json' && options.diff) throw new UsageError('import --diff shows diffs for people; use it without --format json');
  const loaded = await loadValidSettings(options.config, io);
  const outDir = path.resolve(io.cwd, options.out ?? path.join(loaded.root, loaded.settings.skillsDir));

  const cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env));
  const live = await readLiveState(cxone);

  let selected = live.skills;
  if (options.skill && options.skill.length > 0) {
    selected = options.skill.map((wanted) => {
      const found = live.skills.find((s) => s.skillName.toLowerCase() === wanted.toLowerCase() || String(s.skillId) === wanted);
      if (!found) {
        const hint = suggest(wanted, live.skills.map((s) => s.skillName), 4);
        throw new UsageError(`no CXone skill is named "${wanted}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
      }
      return found;
    });
  }
  // --queue / --exclude-queue name skills, their ids, or the files import would write
  const fileNames = queueFileNames(live.skills);
  selected = selectTargeted(selected, (s) => ({ skill: s.skillName, skillId: s.skillId, file: fileNames.get(s.skillId) ?? '' }), options.target ?? NO_TARGET, 'CXone skill');
  const inactive = selected.filter((s) => !s.isActive);
  if (!options.includeInactive) selected = selected.filter((s) => s.isActive);

  // Skills some file already claims are left to that file, whatever its name
  const claimed = new Map<string, string>();
  let existing: LoadResult | undefined;
  try {
    await access(outDir);
    existing = await loadDesiredState(path.relative(io.cwd, outDir) || '.', loaded.settings, io.cwd);
    for (const q of existing.desired.queues) {
      claimed.set(`name:${q.skill.toLowerCase()}`, q.file);
      if (q.skillId !== undefined) claimed.set(`id:${q.skillId}`, q.file);
    }
  } catch {
    // no folder yet: nothing is claimed
  }

  const names = queueFileNames(live.skills);
  const agents = new Map(live.agents.map((a) => [a.agentId, a]));
  const logins = uniqueLogins(live.agents);
  const bySkill = new Map<number, LiveAssignment[]>();
  for (const a of live.assignments) {
    const list = bySkill.get(a.skillId);
    if (list) list.push(a);
    else bySkill.set(a.skillId, [a]);
  }

  if (options.diff) return importDiff({ selected, existing, claimed, live, outDir, names, agents, logins, bySkill, force: options.force ?? false, settings: loaded.settings, queueSchema: schemaRef('queue', outDir, loaded.root) }, io);

  const queueSchema = schemaRef('queue', outDir, loaded.root);
  const files = await writeImportedFiles({ selected, outDir, cwd: io.cwd, names, claimed, agents, logins, bySkill, force: options.force ?? false, queueSchema });
  let settingsWritten: string | undefined;
  const settingsPath = path.join(loaded.root, SETTINGS_FILE);
  if (!loaded.file && path.resolve(io.cwd, options.config) === settingsPath) {
    settingsWritten = await writeFile(settingsPath, settingsTemplate(schemaRef('settings', loaded.root, loaded.root)), { flag: 'wx' }).then(() => settingsPath, () => undefined);
  }
  const outcome: ImportOutcome = { files, skills: selected.length, inactive: { count: inactive.length, included: options.includeInactive ?? false }, ...(settingsWritten ? { settingsWritten } : {}) };
  io.out(options.format === 'json' ? importJson(outcome, io.cwd) : importText(outcome, io.cwd));
  return 0;
}

interface DiffInput {
  selected: Skill[];
  existing: LoadResult | undefined;
  claimed: Map<string, string>;
  live: LiveState;
  outDir: string;
  names: Map<number, string>;
  agents: Map<number, Agent>;
  logins: Set<string>;
  bySkill: Map<number, LiveAssignment[]>;
  force: boolean;
  settings: Settings;
  /** The `$schema` reference import writes (schema-ref.ts). */
  queueSchema: string;
}

/**
 * `import --diff`: what import would change, writing nothing; 2 when anything differs. Existing
 * files are shown as `refresh` would edit them (only the entries that differ), or, with --force,
 * as the full rewrite --force makes.
 */
async function importDiff(input: DiffInput, io: Io): Promise<number> {
  const shown = (p: string) => path.relative(io.cwd, p) || p;
  let refreshed: RefreshResult | undefined;
  let why = '';
  if (!input.force && input.existing) {
    if (hasErrors(input.existing.problems)) {
      why = 'the queue files have problems (run `skillops validate`)';
    } else {
      const planned = makePlan({ desired: input.existing.desired, live: input.live, now: resolveNow(undefined, io.env), settings: input.settings, force: true });
      if (planned.plan) {
        const texts = new Map<string, string>();
        for (const q of planned.plan.queues) if (q.changes.length > 0) texts.set(q.file, await readFile(path.resolve(io.cwd, q.file), 'utf8'));
        // every real difference is shown, even a proficiency the queue's constraints forbid
        refreshed = refreshFiles(planned.plan, input.live, texts, { exclude: input.settings.exclude, desired: input.existing.desired, constraints: false });
      } else {
        why = 'the queue files do not match the live tenant (run `skillops plan`)';
      }
    }
  }
  const counts = { differ: 0, unchanged: 0, skipped: 0 };
  const names = input.names;
  for (const skill of [...input.selected].sort((a, b) => names.get(a.skillId)!.localeCompare(names.get(b.skillId)!))) {
    const target = path.join(input.outDir, names.get(skill.skillId)!);
    const owner = input.claimed.get(`id:${skill.skillId}`) ?? input.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const ownerPath = owner ? path.resolve(io.cwd, owner) : undefined;
    if (refreshed && ownerPath) {
      const edited = refreshed.files.find((f) => path.resolve(io.cwd, f.file) === ownerPath);
      if (edited) {
        io.out(`${fileDiff(shown(ownerPath), edited.before, edited.after, io.color)}\n`);
        counts.differ++;
      } else {
        counts.unchanged++;
      }
      continue;
    }
    if (ownerPath && ownerPath !== target && !input.force) {
      io.out(`skipped ${shown(target)}: skill "${forTerminal(skill.skillName)}" is already managed by ${owner}\n`);
      counts.skipped++;
      continue;
    }
    const assignments = input.bySkill.get(skill.skillId) ?? [];
    const text = renderQueueFile(skill, assignments, input.agents, input.logins, input.queueSchema);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === text) {
      counts.unchanged++;
    } else if (current === undefined) {
      io.out(`would write ${shown(target)} (${plural(assignments.length, 'agent')})\n`);
      counts.differ++;
    } else {
      io.out(`${fileDiff(shown(target), current, text, io.color)}\n`);
      counts.differ++;
    }
  }
  if (refreshed) for (const l of refreshed.leftAlone) io.out(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}\n`);
  if (why) io.out(`Showing whole-file rewrites: ${why}.\n`);
  io.out(`\n${counts.differ} ${counts.differ === 1 ? 'file differs' : 'files differ'} from the live tenant, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ''}. Nothing was written.\n`);
  if (counts.differ > 0 && !input.force) io.out('`skillops refresh` accepts these changes in place; `skillops import --force` rewrites whole files.\n');
  return counts.differ > 0 ? 2 : 0;
}
