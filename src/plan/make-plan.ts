// The planner: a pure function of (desired, live, now, settings) to a Plan. No I/O, no clock,
// no environment. Linear in the number of assignments: everything is keyed by skill and agent.
import type { DesiredState } from '../domain/desired-state.js';
import type { PlanImpact, RealTimeRead } from '../domain/live-impact.js';
import { type Agent, type LiveAssignment, type LiveState, liveIndexOf, type Skill } from '../domain/live-state.js';
import {
  type AgentLabel,
  type Change,
  type CoveredQueue,
  type PendingChange,
  PLAN_FORMAT,
  type Plan,
  type PlanQueue,
  type PlanWarning,
} from '../domain/plan.js';
import { hasErrors, type Problem, sortProblems } from '../domain/problem.js';
import type { Settings } from '../domain/settings.js';
import type { QueueTarget } from '../domain/target.js';
import { changeWindowStatus } from './change-window.js';
import { tenantDate, windowStatus } from './effective-date.js';
import { desiredHash, desiredHashSliced, liveFingerprint } from './fingerprint.js';
import { liveImpact } from './impact.js';
import { checkPolicy } from './policy.js';
import { agentDirectory, type Directory, type Resolution, type ResolvedQueue, resolveDesired, resolveDesiredSliced } from './resolve.js';
import { isTargeted } from './target.js';

export interface PlanInput {
  desired: DesiredState;
  live: LiveState;
  now: Date;
  settings: Settings;
  force?: boolean;
  /** Recorded in the plan when the desired state was narrowed to some queues. */
  target?: QueueTarget;
  /** Which queues `covers` lists: those with changes (default), or every planned queue. */
  covers?: 'changed' | 'all';
  /** CXone's real-time read, for live impact (absent: none was made, impact.enabled is off). */
  realTime?: RealTimeRead;
}

type PlanResult = { plan: Plan; problems: Problem[] } | { plan?: undefined; problems: Problem[] };

const ACTION_ORDER = { add: 0, update: 1, remove: 2 } as const;

/**
 * The part of planning that needs only the files, the skills and the agents: matching queues to
 * skills and entries to agents. Done while the assignments are still being read (see
 * computePlan), in slices; makePlan uses it when it was made from the same inputs.
 */
interface PreparedDesired {
  desired: DesiredState;
  skills: Skill[];
  agents: Agent[];
  exclude: string[];
  directory: Directory;
  resolved: Resolution;
  /** desiredHash of the resolved queues, so it is not left for after the read. */
  desiredHash: string;
}

export async function prepareDesired(desired: DesiredState, skills: Skill[], agents: Agent[], settings: Settings): Promise<PreparedDesired> {
  const directory = agentDirectory(agents);
  const resolved = await resolveDesiredSliced(desired, skills, directory, settings.exclude);
  const hash = await desiredHashSliced(resolved.queues);
  return { desired, skills, agents, exclude: settings.exclude, directory, resolved, desiredHash: hash };
}

export function makePlan(input: PlanInput, prepared?: PreparedDesired): PlanResult {
  const { desired, live, now, settings } = input;
  const usable =
    prepared && prepared.desired === desired && prepared.skills === live.skills && prepared.agents === live.agents && prepared.exclude === settings.exclude;
  const directory = usable ? prepared.directory : agentDirectory(live.agents);
  const resolved = usable ? prepared.resolved : resolveDesired(desired, live.skills, directory, settings.exclude);
  const problems = sortProblems(resolved.problems);
  if (hasErrors(problems)) return { problems };

  const today = tenantDate(now, settings.timeZone);
  const liveBySkill = liveIndexOf(live.assignments);
  const label = (agentId: number): AgentLabel => labelOf(agentId, directory.agentsById.get(agentId));
  const warnings: PlanWarning[] = problems.map((p) => ({
    message: p.message,
    at: `${p.file}:${p.line}:${p.col}`,
    code: p.code,
    file: p.file,
    ...(p.agentId !== undefined ? { agentId: p.agentId, agent: label(p.agentId).userName } : {}),
  }));

  const queues = resolved.queues.map((q) => planQueue(q, liveBySkill.get(q.skillId) ?? new Map(), today, label, directory.agentsById, warnings));
  queues.sort((a, b) => a.skillName.localeCompare(b.skillName) || a.skillId - b.skillId);

  const summary = {
    add: 0,
    update: 0,
    remove: 0,
    queuesChanged: queues.filter((q) => q.changes.length > 0).length,
    pending: queues.reduce((n, q) => n + q.pending.length, 0),
  };
  for (const q of queues) for (const c of q.changes) summary[c.action]++;

  const managedSkillIds = queues.map((q) => q.skillId);
  const coverage = overallCoverage(live, queues);
  for (const q of queues) {
    if (q.coverage.activeAfter === 0)
      warnings.push({ message: `${q.skillName} would have NO active agents after this plan`, code: 'empty-queue', file: q.file });
  }
  // A queue already below its minimum is a policy warning (see policy.ts), not repeated here
  const impact = impactOf(input, queues, liveBySkill, directory.agentsById);

  const plan: Plan = {
    format: PLAN_FORMAT,
    createdAt: now.toISOString(),
    effectiveDate: today,
    settings: {
      timeZone: settings.timeZone,
      proficiencyScale: settings.proficiencyScale,
      batchSize: settings.apply.batchSize,
      safety: settings.safety,
      exclude: settings.exclude,
      ...(settings.expectedWarnings.length > 0 ? { expectedWarnings: settings.expectedWarnings } : {}),
    },
    desiredHash: usable ? prepared.desiredHash : desiredHash(resolved.queues),
    liveFingerprint: liveFingerprint(managedSkillIds, liveBySkill),
    managedSkillIds: [...managedSkillIds].sort((a, b) => a - b),
    summary,
    queues,
    covers: coveredQueues(queues, resolved.queues, liveBySkill, input.covers ?? 'changed'),
    coverage,
    warnings,
    policy: judge(input, directory, resolved.queues, liveBySkill)(queues, impact),
    ...(impact ? { impact } : {}),
    ...(isTargeted(input.target) ? { target: input.target } : {}),
  };
  return { plan, problems };
}

/** The queues the plan answers for, each with the hashes of its own inputs. */
function coveredQueues(
  queues: PlanQueue[],
  resolved: ResolvedQueue[],
  liveBySkill: Map<number, Map<number, LiveAssignment>>,
  which: 'changed' | 'all',
): CoveredQueue[] {
  const bySkill = new Map(resolved.map((q) => [q.skillId, q]));
  return queues
    .filter((q) => which === 'all' || q.changes.length > 0)
    .map((q) => ({
      skillId: q.skillId,
      skillName: q.skillName,
      file: q.file,
      desiredHash: desiredHash([bySkill.get(q.skillId)!]),
      liveFingerprint: liveFingerprint([q.skillId], liveBySkill),
    }));
}

function labelOf(agentId: number, agent: Agent | undefined): AgentLabel {
  return { agentId, userName: agent?.userName ?? `agent ${agentId}`, name: agent ? `${agent.firstName} ${agent.lastName}`.trim() : '(unknown agent)' };
}

function planQueue(
  queue: ResolvedQueue,
  held: Map<number, LiveAssignment>,
  today: string,
  label: (agentId: number) => AgentLabel,
  agents: Map<number, Agent>,
  warnings: PlanWarning[],
): PlanQueue {
  const changes: Change[] = [];
  const pending: PendingChange[] = [];
  const listed = new Set<number>();
  const where = (line: number, col: number) => `${queue.file}:${line}:${col}`;

  for (let i = 0; i < queue.agents.length; i++) {
    const entry = queue.agents[i]!;
    const agentId = queue.agentIds[i]!;
    listed.add(agentId);
    const current = held.get(agentId);
    const status = entry.from === undefined && entry.until === undefined ? 'active' : windowStatus(today, entry.from, entry.until);
    // Most entries match live and are done here, before any label, position or closure is made
    if (status === 'active' && current && current.proficiency === entry.proficiency && current.isActive === entry.active) continue;
    const source = () => where(entry.at.line, entry.at.col);
    const wanted = () => ({ proficiency: entry.proficiency, isActive: entry.active });
    if (status === 'pending') {
      // Before `from` the entry does not govern yet: shown, not applied, and an existing live
      // assignment of the same agent is left as it is rather than removed until then.
      pending.push({ ...label(agentId), skillId: queue.skillId, from: entry.from!, after: wanted(), source: source() });
      continue;
    }
    if (status === 'expired') {
      if (!current) continue;
      if (queue.mode === 'additive') {
        warnings.push({
          message: `${label(agentId).userName} on ${queue.skillName} ended ${entry.until}, but additive queues never remove: remove it in CXone or switch the file to authoritative`,
          at: source(),
          code: 'ended-in-additive',
          file: queue.file,
          agentId,
          agent: label(agentId).userName,
        });
        continue;
      }
      changes.push({ action: 'remove', ...label(agentId), skillId: queue.skillId, before: state(current), reason: 'expired', source: source() });
      continue;
    }
    if (!current) {
      changes.push({ action: 'add', ...label(agentId), skillId: queue.skillId, after: wanted(), source: source() });
    } else if (current.proficiency !== entry.proficiency || current.isActive !== entry.active) {
      changes.push({ action: 'update', ...label(agentId), skillId: queue.skillId, before: state(current), after: wanted(), source: source() });
    }
  }
  if (queue.mode === 'authoritative') {
    for (const [agentId, current] of held) {
      if (!listed.has(agentId)) changes.push({ action: 'remove', ...label(agentId), skillId: queue.skillId, before: state(current), reason: 'unlisted' });
    }
  }
  changes.sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || a.userName.localeCompare(b.userName) || a.agentId - b.agentId);
  pending.sort((a, b) => a.from.localeCompare(b.from) || a.userName.localeCompare(b.userName));

  const activeAgent = (agentId: number) => agents.get(agentId)?.isActive ?? false;
  let activeBefore = 0;
  for (const [agentId, a] of held) if (a.isActive && activeAgent(agentId)) activeBefore++;
  let activeAfter = activeBefore;
  for (const c of changes) {
    if (!activeAgent(c.agentId)) continue;
    activeAfter += (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
  }
  return {
    skillId: queue.skillId,
    skillName: queue.skillName,
    file: queue.file,
    mode: queue.mode,
    changes,
    pending,
    coverage: { activeBefore, activeAfter, minActiveAgents: queue.minActiveAgents },
  };
}

const state = (a: LiveAssignment) => ({ proficiency: a.proficiency, isActive: a.isActive });

function overallCoverage(live: LiveState, queues: PlanQueue[]): Plan['coverage'] {
  const activeSkills = new Map<number, number>();
  for (const a of live.assignments) {
    if (a.isActive) activeSkills.set(a.agentId, (activeSkills.get(a.agentId) ?? 0) + 1);
  }
  const activeAgentIds = live.agents.filter((a) => a.isActive).map((a) => a.agentId);
  const withSkill = () => activeAgentIds.filter((id) => (activeSkills.get(id) ?? 0) > 0).length;
  const withSkillBefore = withSkill();
  for (const q of queues) {
    for (const c of q.changes) {
      const delta = (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
      if (delta !== 0) activeSkills.set(c.agentId, (activeSkills.get(c.agentId) ?? 0) + delta);
    }
  }
  return {
    activeAgents: activeAgentIds.length,
    withSkillBefore,
    withSkillAfter: withSkill(),
    queuesMeetingMinBefore: queues.filter((q) => q.coverage.activeBefore >= q.coverage.minActiveAgents).length,
    queuesMeetingMinAfter: queues.filter((q) => q.coverage.activeAfter >= q.coverage.minActiveAgents).length,
    managedQueues: queues.length,
    emptyQueuesAfter: queues.filter((q) => q.coverage.activeAfter === 0).map((q) => q.skillName),
  };
}

/** Live impact of the planned queues, when a real-time read was made. */
function impactOf(
  input: PlanInput,
  queues: PlanQueue[],
  liveBySkill: Map<number, Map<number, LiveAssignment>>,
  agents: Map<number, Agent>,
): PlanImpact | undefined {
  return input.realTime ? liveImpact({ realTime: input.realTime, queues, liveBySkill, agents }) : undefined;
}

function judge(input: PlanInput, directory: Directory, resolved: ResolvedQueue[], liveBySkill: Map<number, Map<number, LiveAssignment>>) {
  const { live, settings, now } = input;
  return (queues: PlanQueue[], impact = impactOf(input, queues, liveBySkill, directory.agentsById)): Plan['policy'] =>
    checkPolicy({
      queues,
      resolved,
      liveBySkill,
      assignments: live.assignments,
      agents: directory.agentsById,
      skills: live.skills,
      directory,
      settings,
      force: input.force ?? false,
      ...(impact ? { impact } : {}),
      ...(settings.changeWindows ? { window: changeWindowStatus(now, settings.changeWindows) } : {}),
    });
}

/** The live impact of any set of planned queues (a narrowed plan's own), as makePlan computes it. */
export function impactJudge(input: PlanInput): (queues: PlanQueue[]) => PlanImpact | undefined {
  const directory = agentDirectory(input.live.agents);
  const liveBySkill = liveIndexOf(input.live.assignments);
  return (queues) => impactOf(input, queues, liveBySkill, directory.agentsById);
}

/**
 * The planner's own policy check for any set of planned queues, for callers that narrow a plan
 * and judge it again (scheduled runs keep only the changes dated entries made due).
 */
export function policyJudge(input: PlanInput): (queues: PlanQueue[]) => Plan['policy'] {
  const directory = agentDirectory(input.live.agents);
  const resolved = resolveDesired(input.desired, input.live.skills, directory, input.settings.exclude);
  return judge(input, directory, resolved.queues, liveIndexOf(input.live.assignments));
}
