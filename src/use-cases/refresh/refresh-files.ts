// The plan in reverse: instead of changing CXone to match skills/, change the queue files to
// match CXone (`skillops refresh`, `import --diff`, the drift pull request). The planner says
// what differs; this turns each difference into an in-place edit of the file that holds it.
// Pure: file texts in, file texts out.

import type { DesiredState } from '../../domain/desired-state.js';
import type { LiveState, Skill } from '../../domain/live-state.js';
import type { AssignmentState, Plan } from '../../domain/plan.js';
import { editQueueFile, type QueueFileEdit } from '../../queue-file/edit-queue-file.js';
import { agentComment, agentWrittenAs, uniqueLogins } from '../../queue-file/write-queue-yaml.js';

export interface AcceptedChange {
  action: 'add' | 'update' | 'remove';
  agentId: number;
  userName: string;
  name: string;
  /** What the file said (absent for agents the file did not list). */
  file?: AssignmentState;
  /** What CXone holds (absent for agents CXone no longer has on the skill). */
  live?: AssignmentState;
}

export interface FileRefresh {
  file: string;
  skillId: number;
  skillName: string;
  before: string;
  after: string;
  changes: AcceptedChange[];
}

export interface LeftAlone {
  file: string;
  skillName: string;
  agentId: number;
  userName: string;
  reason: 'pending' | 'expired' | 'dated' | 'additive' | 'constraint';
  message: string;
}

export interface RefreshResult {
  files: FileRefresh[];
  leftAlone: LeftAlone[];
  /** Active live skills no queue file manages (and settings do not exclude). */
  unmanagedSkills: Skill[];
}

const stateText = (s: AssignmentState) => `proficiency ${s.proficiency}${s.isActive ? '' : ', inactive'}`;

/**
 * @param texts the current text of every queue file the plan names, by `PlanQueue.file`
 * @param only  refresh only these files (default: every file the plan touches)
 */
export function refreshFiles(
  plan: Plan,
  live: LiveState,
  texts: ReadonlyMap<string, string>,
  options: { exclude?: string[]; only?: Set<string>; desired?: DesiredState; constraints?: boolean } = {},
): RefreshResult {
  // a live proficiency the queue's constraints forbid is not accepted: the file would not validate
  const ranges = new Map(options.constraints === false ? [] : (options.desired?.queues ?? []).map((q) => [q.file, q.proficiency]));
  // entries with a `from` date, by the position the plan names them with
  const dated = new Map<string, string>();
  for (const q of options.desired?.queues ?? []) for (const e of q.agents) if (e.from !== undefined) dated.set(`${e.at.file}:${e.at.line}:${e.at.col}`, e.from);
  const agents = new Map(live.agents.map((a) => [a.agentId, a]));
  const logins = uniqueLogins(live.agents);
  const held = new Map(live.assignments.map((a) => [`${a.skillId}/${a.agentId}`, a]));
  const files: FileRefresh[] = [];
  const leftAlone: LeftAlone[] = [];

  for (const q of plan.queues) {
    if (options.only && !options.only.has(q.file)) continue;
    const edits: QueueFileEdit[] = [];
    const changes: AcceptedChange[] = [];
    const leave = (c: { agentId: number; userName: string }, reason: LeftAlone['reason'], message: string) =>
      leftAlone.push({ file: q.file, skillName: q.skillName, agentId: c.agentId, userName: c.userName, reason, message });
    const range = ranges.get(q.file);
    const allowed = (p: number) => !range || (p >= range.min && p <= range.max);
    for (const c of q.changes) {
      const agent = agents.get(c.agentId);
      // A dated entry that differs from CXone is, most likely, a change that has come due and
      // waits for apply, not a hand change: accepting it would drop what was planned.
      const from = c.source && c.reason !== 'expired' ? dated.get(c.source) : undefined;
      if (from !== undefined) {
        leave(
          c,
          'dated',
          `${c.userName}'s entry is dated (from ${from}) and CXone has ${c.before ? stateText(c.before) : 'no assignment'}; left as written, apply makes CXone match`,
        );
        continue;
      }
      if (c.before && !allowed(c.before.proficiency) && c.reason !== 'expired') {
        leave(
          c,
          'constraint',
          `${c.userName} has proficiency ${c.before.proficiency} in CXone, outside this queue's allowed ${range!.min}–${range!.max}; left as written (apply reverts it, or widen constraints.proficiency first)`,
        );
        continue;
      }
      const match = { agentId: c.agentId, names: [agent?.userName, agent?.emailAddress].filter((n): n is string => Boolean(n)) };
      const label = { agentId: c.agentId, userName: c.userName, name: c.name };
      if (c.action === 'update') {
        const before = c.after!;
        const now = c.before!;
        edits.push({
          agent: match,
          set: {
            ...(before.proficiency !== now.proficiency ? { proficiency: now.proficiency } : {}),
            ...(before.isActive !== now.isActive ? { active: now.isActive } : {}),
          },
        });
        changes.push({ action: 'update', ...label, file: before, live: now });
      } else if (c.action === 'add') {
        // listed in the file, gone from CXone
        if (q.mode === 'additive') {
          leave(c, 'additive', `${c.userName} is listed in an additive file but not assigned in CXone; additive files never lose agents`);
          continue;
        }
        edits.push({ agent: match, remove: true });
        changes.push({ action: 'remove', ...label, file: c.after! });
      } else if (c.reason === 'expired') {
        leave(c, 'expired', `${c.userName}'s entry ended (until has passed) but CXone still has ${stateText(c.before!)}; left as written, apply removes it`);
      } else {
        // in CXone, not in the (authoritative) file
        const now = c.before!;
        edits.push({
          add: { agent: agent ? agentWrittenAs(agent, logins) : c.agentId, proficiency: now.proficiency, active: now.isActive, comment: agentComment(agent) },
        });
        changes.push({ action: 'add', ...label, live: now });
      }
    }
    for (const p of q.pending) {
      const current = held.get(`${q.skillId}/${p.agentId}`);
      if (current && (current.proficiency !== p.after.proficiency || current.isActive !== p.after.isActive)) {
        leave(p, 'pending', `${p.userName}'s entry takes effect on ${p.from}; CXone has ${stateText(current)} until then; left as written`);
      }
    }
    if (edits.length === 0) continue;
    const before = texts.get(q.file);
    if (before === undefined) throw new Error(`no text for ${q.file}`);
    const after = editQueueFile(before, edits, { file: q.file });
    if (after !== before) files.push({ file: q.file, skillId: q.skillId, skillName: q.skillName, before, after, changes });
  }

  const managed = new Set(plan.managedSkillIds);
  const excluded = new Set((options.exclude ?? []).map((e) => e.toLowerCase()));
  const unmanagedSkills = live.skills
    .filter((s) => s.isActive && !managed.has(s.skillId) && !excluded.has(s.skillName.toLowerCase()))
    .sort((a, b) => a.skillName.localeCompare(b.skillName) || a.skillId - b.skillId);
  return { files, leftAlone, unmanagedSkills };
}
