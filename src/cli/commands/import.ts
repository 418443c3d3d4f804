import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDesiredState } from '../../config/load-desired-state.js';
import { SETTINGS_FILE } from '../../config/settings.js';
import { suggest } from '../../config/suggest.js';
import { schemaHeader, schemaRef } from '../../config/schema-ref.js';
import { queueFileNames, renderQueueFile, uniqueLogins } from '../../config/write-queue-yaml.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { readLiveState } from '../../cxone/read-live-state.js';
import type { LiveAssignment } from '../../cxone/types.js';
import { UsageError } from '../../errors.js';
import { fileDiff } from '../../render/file-diff.js';
import { printable } from '../../render/printable.js';
import type { Io } from '../io.js';
import { NO_TARGET, selectTargeted, type QueueTarget } from '../../plan/target.js';
import { loadValidSettings } from '../load-config.js';
import { plural } from '../../plural.js';

export interface ImportOptions {
  config: string;
  out?: string;
  skill?: string[];
  target?: QueueTarget;
  force?: boolean;
  includeInactive?: boolean;
  /** Show a unified diff for every existing file that differs from the live tenant. */
  diff?: boolean;
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
  requestsPerSecond: 10
safety:
  maxRemovePercent: 30
  maxChangePercent: 50
  minExistingAssignments: 10
`;

export async function importCommand(options: ImportOptions, io: Io): Promise<number> {
  const loaded = await loadValidSettings(options.config, io);
  const outDir = path.resolve(io.cwd, options.out ?? path.join(loaded.root, loaded.settings.skillsDir));
  const shown = (p: string) => path.relative(io.cwd, p) || p;

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
  try {
    await access(outDir);
    const existing = await loadDesiredState(path.relative(io.cwd, outDir) || '.', loaded.settings, io.cwd);
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

  await mkdir(outDir, { recursive: true });
  const queueSchema = schemaRef('queue', outDir, loaded.root);
  const counts = { written: 0, unchanged: 0, skipped: 0, assignments: 0 };
  for (const skill of [...selected].sort((a, b) => names.get(a.skillId)!.localeCompare(names.get(b.skillId)!))) {
    const target = path.join(outDir, names.get(skill.skillId)!);
    const assignments = bySkill.get(skill.skillId) ?? [];
    const text = renderQueueFile(skill, assignments, agents, logins, queueSchema);
    const owner = claimed.get(`id:${skill.skillId}`) ?? claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (owner && path.resolve(io.cwd, owner) !== target && !options.force) {
      io.out(`skipped ${shown(target)}: skill "${printable(skill.skillName)}" is already managed by ${owner}\n`);
      counts.skipped++;
      continue;
    }
    if (current === text) {
      counts.unchanged++;
      continue;
    }
    if (current !== undefined && options.diff) io.out(fileDiff(shown(target), current, text, io.color));
    if (current !== undefined && !options.force) {
      io.out(`skipped ${shown(target)}: the file exists and differs (use --force to overwrite${options.diff ? '' : ', --diff to see how'})\n`);
      counts.skipped++;
      continue;
    }
    await writeFile(target, text, 'utf8');
    counts.written++;
    counts.assignments += assignments.length;
    io.out(`${current === undefined ? 'wrote' : 'overwrote'} ${shown(target)} (${plural(assignments.length, 'agent')})\n`);
  }

  const settingsPath = path.join(loaded.root, SETTINGS_FILE);
  if (!loaded.file && path.resolve(io.cwd, options.config) === settingsPath) {
    await writeFile(settingsPath, settingsTemplate(schemaRef('settings', loaded.root, loaded.root)), { flag: 'wx' }).then(
      () => io.out(`wrote ${shown(settingsPath)} (defaults; set cxone.tenantId and timeZone)\n`),
      () => undefined,
    );
  }
  io.out(`\nImported ${plural(selected.length, 'skill')}: ${counts.written} written (${counts.assignments} assignments), ${counts.unchanged} unchanged, ${counts.skipped} skipped.\n`);
  if (inactive.length > 0) {
    io.out(options.includeInactive
      ? `Included ${plural(inactive.length, 'inactive skill')}.\n`
      : `Left out ${plural(inactive.length, 'inactive skill')} (use --include-inactive to import them).\n`);
  }
  io.out('Assignments of agents who are inactive in CXone are kept, marked "inactive in CXone", so the first plan shows no changes.\n');
  io.out('Next: `skillops plan` should report no changes.\n');
  return 0;
}
