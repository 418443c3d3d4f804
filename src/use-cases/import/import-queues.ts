// `skillops import`: read the live tenant, pick the skills to import, and either write one queue
// file per skill or work out what writing would change (--diff). Returns data; render/ turns it
// into text or JSON.
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type LoadResult, loadDesiredState } from '../../config/load-desired-state.js';
import { type LoadedSettings, SETTINGS_FILE } from '../../config/settings.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { readLiveState } from '../../cxone/read-live-state.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import type { Agent, LiveAssignment, LiveState, Skill } from '../../domain/live-state.js';
import { assignmentsBySkill } from '../../domain/live-state.js';
import { NO_TARGET, type QueueTarget } from '../../domain/target.js';
import { makePlan } from '../../plan/make-plan.js';
import { selectTargeted } from '../../plan/target.js';
import { schemaRef } from '../../queue-file/schema-ref.js';
import { queueFileNames, renderQueueFile, uniqueLogins } from '../../queue-file/write-queue-yaml.js';
import { suggest } from '../../text/suggest.js';
import { forTerminal } from '../../text/untrusted.js';
import { loadValidSettings } from '../planning/load-config.js';
import { resolveNow } from '../planning/resolve-now.js';
import { type RefreshResult, refreshFiles } from '../refresh/refresh-files.js';
import { settingsTemplate } from './settings-template.js';
import { type ImportedFile, writeImportedFiles } from './write-imported-files.js';

export interface ImportOptions {
  config: string;
  out?: string;
  skill?: string[];
  target?: QueueTarget;
  force?: boolean;
  includeInactive?: boolean;
  cxone?: CxonePort;
}

export interface ImportOutcome {
  files: ImportedFile[];
  /** Skills selected in CXone (after --skill, --queue and the inactive filter). */
  skills: number;
  inactive: { count: number; included: boolean };
  /** skillops.yaml written with defaults, when there was none. */
  settingsWritten?: string;
}

/** What import works from: the live tenant, the skills chosen, and what the folder already holds. */
interface ImportSource {
  loaded: LoadedSettings;
  live: LiveState;
  outDir: string;
  selected: Skill[];
  inactive: Skill[];
  existing: LoadResult | undefined;
  /** Files that already manage a skill, by `id:<skillId>` and `name:<lower-case name>`. */
  claimed: Map<string, string>;
  names: Map<number, string>;
  agents: Map<number, Agent>;
  logins: Set<string>;
  bySkill: Map<number, LiveAssignment[]>;
  queueSchema: string;
}

/**
 * Queue files name skills case-insensitively (two files claiming one name is an error), so two
 * live skills whose names differ only in case cannot both be imported: refused before any file
 * is written, naming both and how to pick one.
 */
function refuseCaseTwins(selected: Skill[]): void {
  const byName = new Map<string, Skill[]>();
  for (const skill of selected) {
    const key = skill.skillName.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), skill]);
  }
  const twins = [...byName.values()].filter((group) => group.length > 1);
  if (twins.length === 0) return;
  const described = twins.map((group) => group.map((s) => `${JSON.stringify(forTerminal(s.skillName))} (skill ${s.skillId})`).join(' and ')).join('; ');
  const drop = twins.flatMap((group) => group.slice(1).map((s) => `--exclude-queue ${s.skillId}`)).join(' ');
  throw new UsageError(
    `import would write one queue file per skill, but ${described} differ only in case, and queue files name skills case-insensitively; import one of them (e.g. ${drop})`,
  );
}

/** --skill: each name (any case) or id must be one live skill. */
function skillsNamed(wanted: string[], skills: Skill[]): Skill[] {
  return wanted.map((name) => {
    const found = skills.find((s) => s.skillName.toLowerCase() === name.toLowerCase() || String(s.skillId) === name);
    if (found) return found;
    const hint = suggest(
      name,
      skills.map((s) => s.skillName),
      4,
    );
    throw new UsageError(`no CXone skill is named "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  });
}

/** Skills some file already claims are left to that file, whatever its name. */
async function claimedSkills(outDir: string, loaded: LoadedSettings, cwd: string): Promise<{ existing: LoadResult | undefined; claimed: Map<string, string> }> {
  const claimed = new Map<string, string>();
  let existing: LoadResult;
  try {
    await access(outDir);
    existing = await loadDesiredState(path.relative(cwd, outDir) || '.', loaded.settings, cwd);
  } catch {
    return { existing: undefined, claimed }; // no folder yet: nothing is claimed
  }
  for (const q of existing.desired.queues) {
    claimed.set(`name:${q.skill.toLowerCase()}`, q.file);
    if (q.skillId !== undefined) claimed.set(`id:${q.skillId}`, q.file);
  }
  return { existing, claimed };
}

async function readImportSource(options: ImportOptions, io: Io): Promise<ImportSource> {
  const loaded = await loadValidSettings(options.config, io);
  const outDir = path.resolve(io.cwd, options.out ?? path.join(loaded.root, loaded.settings.skillsDir));
  const cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env));
  const live = await readLiveState(cxone);
  const names = queueFileNames(live.skills);
  let selected = options.skill && options.skill.length > 0 ? skillsNamed(options.skill, live.skills) : live.skills;
  // --queue / --exclude-queue name skills, their ids, or the files import would write
  selected = selectTargeted(
    selected,
    (s) => ({ skill: s.skillName, skillId: s.skillId, file: names.get(s.skillId) ?? '' }),
    options.target ?? NO_TARGET,
    'CXone skill',
  );
  const inactive = selected.filter((s) => !s.isActive);
  if (!options.includeInactive) selected = selected.filter((s) => s.isActive);
  refuseCaseTwins(selected);
  const { existing, claimed } = await claimedSkills(outDir, loaded, io.cwd);
  return {
    loaded,
    live,
    outDir,
    selected,
    inactive,
    existing,
    claimed,
    names,
    agents: new Map(live.agents.map((a) => [a.agentId, a])),
    logins: uniqueLogins(live.agents),
    bySkill: assignmentsBySkill(live.assignments),
    queueSchema: schemaRef('queue', outDir, loaded.root),
  };
}

/** Writes the queue files (and skillops.yaml with defaults when there is none). */
export async function importQueues(options: ImportOptions, io: Io): Promise<ImportOutcome> {
  const source = await readImportSource(options, io);
  const { loaded } = source;
  const files = await writeImportedFiles({ ...source, cwd: io.cwd, force: options.force ?? false });
  let settingsWritten: string | undefined;
  const settingsPath = path.join(loaded.root, SETTINGS_FILE);
  if (!loaded.file && path.resolve(io.cwd, options.config) === settingsPath) {
    const text = settingsTemplate(schemaRef('settings', loaded.root, loaded.root));
    settingsWritten = await writeFile(settingsPath, text, { flag: 'wx' }).then(
      () => settingsPath,
      () => undefined,
    );
  }
  return {
    files,
    skills: source.selected.length,
    inactive: { count: source.inactive.length, included: options.includeInactive ?? false },
    ...(settingsWritten ? { settingsWritten } : {}),
  };
}

/** One file in `import --diff`: paths are absolute. */
type ImportDiffEntry =
  | { kind: 'differs'; file: string; before: string; after: string }
  | { kind: 'new'; file: string; agents: number }
  | { kind: 'skipped'; file: string; skillName: string; owner: string }
  | { kind: 'unchanged'; file: string };

export interface ImportDiff {
  entries: ImportDiffEntry[];
  /** Entries refresh would leave as written. */
  leftAlone: RefreshResult['leftAlone'];
  /** Why whole-file rewrites are shown instead of in-place edits, when they are. */
  wholeFilesBecause?: string;
  force: boolean;
}

/**
 * Existing files are shown as `refresh` would edit them (only the entries that differ), judged
 * on the same day `plan` would judge (the tenant's time zone), or, with --force, as the full
 * rewrite --force makes.
 */
async function refreshedExisting(source: ImportSource, io: Io): Promise<{ refreshed?: RefreshResult; why?: string }> {
  const { existing, loaded, live } = source;
  if (!existing) return {};
  if (hasErrors(existing.problems)) return { why: 'the queue files have problems (run `skillops validate`)' };
  const settings = loaded.settings;
  const now = resolveNow(undefined, io.env, settings.timeZone);
  const planned = makePlan({ desired: existing.desired, live, now, settings, force: true });
  if (!planned.plan) return { why: 'the queue files do not match the live tenant (run `skillops plan`)' };
  const texts = new Map<string, string>();
  for (const q of planned.plan.queues) if (q.changes.length > 0) texts.set(q.file, await readFile(path.resolve(io.cwd, q.file), 'utf8'));
  // every real difference is shown, even a proficiency the queue's constraints forbid
  return { refreshed: refreshFiles(planned.plan, live, texts, { exclude: settings.exclude, desired: existing.desired, constraints: false }) };
}

/** `import --diff`: what import would change, writing nothing. */
export async function diffImport(options: ImportOptions, io: Io): Promise<ImportDiff> {
  const source = await readImportSource(options, io);
  const force = options.force ?? false;
  const { refreshed, why } = force ? {} : await refreshedExisting(source, io);
  const { names } = source;
  const entries: ImportDiffEntry[] = [];
  for (const skill of [...source.selected].sort((a, b) => names.get(a.skillId)!.localeCompare(names.get(b.skillId)!))) {
    const target = path.join(source.outDir, names.get(skill.skillId)!);
    const owner = source.claimed.get(`id:${skill.skillId}`) ?? source.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const ownerPath = owner ? path.resolve(io.cwd, owner) : undefined;
    if (refreshed && ownerPath) {
      const edited = refreshed.files.find((f) => path.resolve(io.cwd, f.file) === ownerPath);
      entries.push(edited ? { kind: 'differs', file: ownerPath, before: edited.before, after: edited.after } : { kind: 'unchanged', file: ownerPath });
      continue;
    }
    if (owner && ownerPath !== target && !force) {
      entries.push({ kind: 'skipped', file: target, skillName: skill.skillName, owner });
      continue;
    }
    const assignments = source.bySkill.get(skill.skillId) ?? [];
    const text = renderQueueFile(skill, assignments, source.agents, source.logins, source.queueSchema);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === text) entries.push({ kind: 'unchanged', file: target });
    else if (current === undefined) entries.push({ kind: 'new', file: target, agents: assignments.length });
    else entries.push({ kind: 'differs', file: target, before: current, after: text });
  }
  return { entries, leftAlone: refreshed?.leftAlone ?? [], ...(why ? { wholeFilesBecause: why } : {}), force };
}
