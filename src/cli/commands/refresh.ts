// `skillops refresh`: accept live CXone into the queue files, editing them in place (the plan in
// reverse). --diff shows what would change and writes nothing.
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { queueFileNames, renderQueueFile, uniqueLogins } from '../../queue-file/write-queue-yaml.js';
import type { CxonePort } from '../../cxone/port.js';
import type { LiveAssignment } from '../../domain/live-state.js';
import { refreshFiles, type RefreshResult } from '../../use-cases/refresh/refresh-files.js';
import { fileDiff } from '../../render/file-diff.js';
import { forTerminal } from '../../text/untrusted.js';
import { refreshLines, unmanagedLines } from '../../render/refresh-text.js';
import { plural } from '../../text/plural.js';
import { computePlan, type PlanContext } from '../../use-cases/planning/compute-plan.js';
import type { Io } from '../../domain/io.js';
import type { QueueTarget } from '../../domain/target.js';

export interface RefreshOptions {
  config: string;
  diff?: boolean;
  now?: string;
  createMissing?: boolean;
  target?: QueueTarget;
  cxone?: CxonePort;
}

/** Reads the files the plan touches and works out their refreshed text. */
export async function planRefresh(ctx: PlanContext, io: Io, only?: Set<string>): Promise<RefreshResult> {
  const texts = new Map<string, string>();
  for (const q of ctx.plan.queues) {
    if (q.changes.length === 0 || (only && !only.has(q.file))) continue;
    texts.set(q.file, await readFile(path.resolve(io.cwd, q.file), 'utf8'));
  }
  return refreshFiles(ctx.plan, ctx.live, texts, { exclude: ctx.settings.exclude, desired: ctx.desired, ...(only ? { only } : {}) });
}

export async function refreshCommand(options: RefreshOptions, io: Io): Promise<number> {
  const ctx = await computePlan({ config: options.config, force: true, ...(options.now ? { now: options.now } : {}), ...(options.cxone ? { cxone: options.cxone } : {}), ...(options.target ? { target: options.target } : {}) }, io);
  const result = await planRefresh(ctx, io);
  // a targeted run sees only some files, so it cannot tell which skills have none
  const targeted = Boolean(options.target && (options.target.queues.length > 0 || options.target.excludeQueues.length > 0));
  if (targeted) result.unmanagedSkills = [];

  // Skills with no file: listed, and written only when asked
  const created: Array<{ file: string; text: string; agents: number }> = [];
  if (options.createMissing && result.unmanagedSkills.length > 0) {
    const dir = path.join(ctx.root, ctx.settings.skillsDir);
    const names = queueFileNames(ctx.live.skills);
    const agents = new Map(ctx.live.agents.map((a) => [a.agentId, a]));
    const logins = uniqueLogins(ctx.live.agents);
    const bySkill = new Map<number, LiveAssignment[]>();
    for (const a of ctx.live.assignments) bySkill.set(a.skillId, [...(bySkill.get(a.skillId) ?? []), a]);
    for (const skill of result.unmanagedSkills) {
      const target = path.join(dir, names.get(skill.skillId)!);
      const exists = await access(target).then(() => true, () => false);
      const shown = path.relative(io.cwd, target) || target;
      if (exists) {
        io.out(`skipped ${shown}: the file exists but does not manage skill "${forTerminal(skill.skillName)}"\n`);
        continue;
      }
      const assignments = bySkill.get(skill.skillId) ?? [];
      created.push({ file: shown, text: renderQueueFile(skill, assignments, agents, logins), agents: assignments.length });
    }
  }

  const differs = result.files.length + created.length > 0;
  if (options.diff) {
    for (const f of result.files) io.out(`${fileDiff(f.file, f.before, f.after, io.color)}\n`);
    for (const c of created) io.out(`${fileDiff(c.file, '', c.text, io.color)}\n`);
    io.out(refreshLines(result, io.color, 'would update'));
    for (const c of created) io.out(`would write ${forTerminal(c.file)} (${plural(c.agents, 'agent')})\n`);
    io.out(unmanagedLines(result.unmanagedSkills, Boolean(options.createMissing)));
    io.out(differs ? '' : 'No changes. The queue files already describe live CXone.\n');
    return differs ? 2 : 0;
  }

  for (const f of result.files) await writeFile(path.resolve(io.cwd, f.file), f.after, 'utf8');
  for (const c of created) await writeFile(path.resolve(io.cwd, c.file), c.text, { encoding: 'utf8', flag: 'wx' });
  io.out(refreshLines(result, io.color, 'updated'));
  for (const c of created) io.out(`wrote ${forTerminal(c.file)} (${plural(c.agents, 'agent')})\n`);
  io.out(unmanagedLines(result.unmanagedSkills, Boolean(options.createMissing)));
  const changes = result.files.reduce((n, f) => n + f.changes.length, 0);
  io.out(differs
    ? `\nRefreshed ${plural(result.files.length + created.length, 'file')} (${plural(changes, 'change')} accepted from CXone). Review with \`git diff\`; \`skillops plan\` should now show ${result.leftAlone.length > 0 ? 'only the entries left as written' : 'no changes'}.\n`
    : 'No changes. The queue files already describe live CXone.\n');
  return 0;
}
