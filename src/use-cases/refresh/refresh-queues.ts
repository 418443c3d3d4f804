// `skillops refresh`: accept live CXone into the queue files, editing them in place (the plan in
// reverse), and with --create-missing write files for active skills no file manages. Works out
// every file's new text first; writing is a separate step, so --diff shares all of it.
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rewriteQueueFile } from '../../config/queue-file-gate.js';
import type { CxonePort } from '../../cxone/port.js';
import type { Io } from '../../domain/io.js';
import type { Skill } from '../../domain/live-state.js';
import { assignmentsBySkill } from '../../domain/live-state.js';
import type { QueueTarget } from '../../domain/target.js';
import { isTargeted } from '../../plan/target.js';
import { queueFileNames, renderQueueFile, uniqueLogins } from '../../queue-file/write-queue-yaml.js';
import { computePlan, type PlanContext } from '../planning/compute-plan.js';
import { type RefreshResult, refreshFiles } from './refresh-files.js';

export interface RefreshOptions {
  config: string;
  now?: string;
  createMissing?: boolean;
  target?: QueueTarget;
  cxone?: CxonePort;
}

interface CreatedFile {
  /** Relative to the working directory. */
  file: string;
  text: string;
  agents: number;
}

export interface RefreshOutcome {
  result: RefreshResult;
  /** Files --create-missing writes. */
  created: CreatedFile[];
  /** Skills --create-missing left alone: their file name is taken by a file for another skill. */
  skipped: Array<{ file: string; skill: Skill }>;
  createMissing: boolean;
}

/** Reads the files the plan touches and works out their refreshed text. */
export async function planRefresh(ctx: PlanContext, cwd: string, only?: Set<string>): Promise<RefreshResult> {
  const texts = new Map<string, string>();
  for (const q of ctx.plan.queues) {
    if (q.changes.length === 0 || (only && !only.has(q.file))) continue;
    texts.set(q.file, await readFile(path.resolve(cwd, q.file), 'utf8'));
  }
  return refreshFiles(ctx.plan, ctx.live, texts, { exclude: ctx.settings.exclude, desired: ctx.desired, ...(only ? { only } : {}) });
}

/** A queue file per skill with no file, as import would write it; never over an existing file. */
async function missingQueueFiles(ctx: PlanContext, skills: Skill[], cwd: string): Promise<Pick<RefreshOutcome, 'created' | 'skipped'>> {
  const dir = path.join(ctx.root, ctx.settings.skillsDir);
  const names = queueFileNames(ctx.live.skills);
  const agents = new Map(ctx.live.agents.map((a) => [a.agentId, a]));
  const logins = uniqueLogins(ctx.live.agents);
  const bySkill = assignmentsBySkill(ctx.live.assignments);
  const created: CreatedFile[] = [];
  const skipped: RefreshOutcome['skipped'] = [];
  for (const skill of skills) {
    const target = path.join(dir, names.get(skill.skillId)!);
    const shown = path.relative(cwd, target) || target;
    if (
      await access(target).then(
        () => true,
        () => false,
      )
    ) {
      skipped.push({ file: shown, skill });
      continue;
    }
    const assignments = bySkill.get(skill.skillId) ?? [];
    created.push({ file: shown, text: renderQueueFile(skill, assignments, agents, logins), agents: assignments.length });
  }
  return { created, skipped };
}

export async function refreshQueues(options: RefreshOptions, io: Io): Promise<RefreshOutcome> {
  const { cwd } = io;
  const ctx = await computePlan(
    {
      config: options.config,
      force: true,
      ...(options.now ? { now: options.now } : {}),
      ...(options.cxone ? { cxone: options.cxone } : {}),
      ...(options.target ? { target: options.target } : {}),
    },
    io,
  );
  const result = await planRefresh(ctx, cwd);
  // a targeted run sees only some files, so it cannot tell which skills have none
  if (isTargeted(options.target)) result.unmanagedSkills = [];
  const createMissing = options.createMissing ?? false;
  const missing = createMissing && result.unmanagedSkills.length > 0 ? await missingQueueFiles(ctx, result.unmanagedSkills, cwd) : { created: [], skipped: [] };
  return { result, ...missing, createMissing };
}

export const refreshDiffers = (outcome: RefreshOutcome): boolean => outcome.result.files.length + outcome.created.length > 0;

/** Writes the refreshed files and the created ones (a created file never replaces one). */
export async function writeRefresh(outcome: RefreshOutcome, cwd: string): Promise<void> {
  for (const f of outcome.result.files) await rewriteQueueFile(path.resolve(cwd, f.file), f.file, f.after);
  for (const c of outcome.created) await writeFile(path.resolve(cwd, c.file), c.text, { encoding: 'utf8', flag: 'wx' });
}
