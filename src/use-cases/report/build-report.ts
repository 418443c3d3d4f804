// The report's figures from the desired state, the audit history and (with --live) the tenant:
// a pure function of its inputs, so the same repository on the same day gives the same report.
import { agentRefKey, type DesiredQueue, type DesiredState } from '../../domain/desired-state.js';
import type { LiveState } from '../../domain/live-state.js';
import type { Plan } from '../../domain/plan.js';
import type { Settings } from '../../domain/settings.js';
import { agentDirectory } from '../../plan/resolve.js';
import { addDays } from '../../text/calendar-day.js';
import type { EntryState, HistoryEntry, QueueFinding, ReportAgent, ReportData, ReportEntry, ReportQueue } from './report-data.js';

export interface ReportInputs {
  desired: DesiredState;
  settings: Settings;
  /** Tenant-local date (YYYY-MM-DD) the report is made for. */
  today: string;
  generatedAt: string;
  days: number;
  spofProficiency: number;
  history: HistoryEntry[];
  historySkipped: number;
  /** Path of a queue file as the repository names it. */
  repoPath: (file: string) => string;
  /** Link to a file in the repository, when it is known. */
  repoUrl?: (repoPath: string) => string;
  repositoryUrl?: string;
  live?: { state: LiveState; plan: Plan };
}

export { addDays };

const inWindow = (day: string, from?: string, until?: string) => (from === undefined || day >= from) && (until === undefined || day <= until);

function entryState(today: string, active: boolean, from?: string, until?: string): EntryState {
  if (from !== undefined && today < from) return 'pending';
  if (until !== undefined && today > until) return 'expired';
  return active ? 'active' : 'inactive';
}

/** How near the minimum counts as near: within one agent, or 10% of a large minimum. */
const nearMargin = (min: number) => Math.max(1, Math.ceil(min * 0.1));

export function buildReport(inputs: ReportInputs): ReportData {
  const { desired, settings, today } = inputs;
  const days = Array.from({ length: inputs.days }, (_, i) => addDays(today, i));
  const live = inputs.live;
  const directory = live ? agentDirectory(live.state.agents) : undefined;

  // one ReportAgent per agent: by CXone agentId when the tenant is read, else as the files name it
  const agents: ReportAgent[] = [];
  const agentIndex = new Map<string, number>();
  const agentOf = (ref: DesiredQueue['agents'][number]['agent'], written: string): number => {
    const found = directory?.resolveAgent(ref);
    const liveAgent = found && 'agent' in found ? found.agent : undefined;
    const key = liveAgent ? `id:${liveAgent.agentId}` : agentRefKey(ref);
    let index = agentIndex.get(key);
    if (index === undefined) {
      index = agents.length;
      agentIndex.set(key, index);
      agents.push(
        liveAgent
          ? {
              name: liveAgent.userName,
              agentId: liveAgent.agentId,
              fullName: `${liveAgent.firstName} ${liveAgent.lastName}`.trim(),
              ...(liveAgent.teamName ? { team: liveAgent.teamName } : {}),
              ...(liveAgent.isActive ? {} : { inactive: true }),
              entries: [],
              activeSkills: 0,
              applies: [],
            }
          : { name: written, ...(ref.kind === 'id' ? { agentId: ref.agentId } : {}), entries: [], activeSkills: 0, applies: [] },
      );
    }
    return index;
  };

  const driftBySkill = new Map<string, number>();
  if (live) for (const q of live.plan.queues) driftBySkill.set(q.file, q.changes.length);

  const queues: ReportQueue[] = [];
  let assignments = 0;
  let activeAssignments = 0;
  let pendingAssignments = 0;
  for (const q of desired.queues) {
    const qi = queues.length;
    const entries: ReportEntry[] = [];
    const coverage = new Array<number>(days.length).fill(0);
    for (const a of q.agents) {
      const agent = agentOf(a.agent, a.written);
      const state = entryState(today, a.active, a.from, a.until);
      const entry: ReportEntry = { agent, proficiency: a.proficiency, active: a.active, state, line: a.at.line };
      if (a.from !== undefined) entry.from = a.from;
      if (a.until !== undefined) entry.until = a.until;
      agents[agent]!.entries.push([qi, entries.length]);
      entries.push(entry);
      assignments++;
      if (state === 'active' && !agents[agent]!.inactive) {
        activeAssignments++;
        agents[agent]!.activeSkills++;
      }
      if (state === 'pending') pendingAssignments++;
      if (a.active && !agents[agent]!.inactive) for (let d = 0; d < days.length; d++) if (inWindow(days[d]!, a.from, a.until)) coverage[d]!++;
    }
    const repoPath = inputs.repoPath(q.file);
    const fileUrl = inputs.repoUrl?.(repoPath);
    const drift = live ? (driftBySkill.get(q.file) ?? 0) : undefined;
    queues.push({
      skill: q.skill,
      ...(q.skillId !== undefined ? { skillId: q.skillId } : {}),
      file: repoPath,
      ...(fileUrl ? { fileUrl } : {}),
      mode: q.mode,
      minActiveAgents: q.minActiveAgents,
      staffing: (q.staffing ?? []).map((r) => ({ minAgents: r.minAgents, maxProficiency: r.maxProficiency })),
      teams: (q.teams ?? []).map((r) => ({ team: r.team, minAgents: r.minAgents })),
      entries,
      coverage,
      activeToday: entries.filter((e) => e.state === 'active' && !agents[e.agent]!.inactive).length,
      ...(drift !== undefined ? { drift } : {}),
      applies: [],
    });
  }

  // queues and agents an apply changed, newest apply first (history is sorted newest first)
  const queueByName = new Map<string, number>();
  const queueById = new Map<number, number>();
  queues.forEach((q, i) => {
    queueByName.set(q.skill.toLowerCase(), i);
    if (q.skillId !== undefined) queueById.set(q.skillId, i);
  });
  const agentByName = new Map<string, number>();
  const agentById = new Map<number, number>();
  agents.forEach((a, i) => {
    agentByName.set(a.name.toLowerCase(), i);
    if (a.agentId !== undefined) agentById.set(a.agentId, i);
  });
  inputs.history.forEach((h, hi) => {
    const touchedQueues = new Set<number>();
    const touchedAgents = new Set<number>();
    for (const c of h.changes) {
      const q = queueById.get(c.skillId) ?? queueByName.get(c.skillName.toLowerCase());
      if (q !== undefined) touchedQueues.add(q);
      const a = agentById.get(c.agentId) ?? agentByName.get(c.userName.toLowerCase());
      if (a !== undefined) touchedAgents.add(a);
    }
    for (const q of touchedQueues) queues[q]!.applies.push(hi);
    for (const a of touchedAgents) agents[a]!.applies.push(hi);
  });

  return {
    generatedAt: inputs.generatedAt,
    today,
    days,
    timeZone: settings.timeZone,
    live: live !== undefined,
    ...(inputs.repositoryUrl ? { repositoryUrl: inputs.repositoryUrl } : {}),
    teamsKnown: agents.some((a) => a.team !== undefined),
    queues,
    agents,
    history: inputs.history,
    historySkipped: inputs.historySkipped,
    overview: {
      queues: queues.length,
      agents: agents.length,
      assignments,
      activeAssignments,
      pendingAssignments,
      ...staffingFindings(queues, agents, days),
      ...(settings.agents.maxActiveSkills !== undefined ? { maxActiveSkills: settings.agents.maxActiveSkills } : {}),
      overMaxSkills: overMaxSkills(agents, settings.agents.maxActiveSkills),
      spofProficiency: inputs.spofProficiency,
      singlePointsOfFailure: singlePointsOfFailure(queues, agents, inputs.spofProficiency),
      ...(live
        ? {
            drift: {
              add: live.plan.summary.add,
              update: live.plan.summary.update,
              remove: live.plan.summary.remove,
              queues: live.plan.queues.filter((q) => q.changes.length > 0).length,
            },
          }
        : {}),
    },
  };
}

/** Active today and counted: in effect, enabled, and (with --live) an enabled agent. */
const countsToday = (e: ReportEntry, agents: ReportAgent[]) => e.state === 'active' && !agents[e.agent]!.inactive;

function staffingFindings(
  queues: ReportQueue[],
  agents: ReportAgent[],
  days: string[],
): { belowMinimum: QueueFinding[]; nearMinimum: QueueFinding[]; fallsBelow: QueueFinding[] } {
  const below: QueueFinding[] = [];
  const near: QueueFinding[] = [];
  const falls: QueueFinding[] = [];
  queues.forEach((q, qi) => {
    const rules: { rule: string; need: number; have: number; perDay?: number[] }[] = [];
    if (q.minActiveAgents > 0) rules.push({ rule: 'minActiveAgents', need: q.minActiveAgents, have: q.activeToday, perDay: q.coverage });
    for (const s of q.staffing) {
      const have = q.entries.filter((e) => countsToday(e, agents) && e.proficiency <= s.maxProficiency).length;
      rules.push({ rule: `staffing: ${s.minAgents} at proficiency 1-${s.maxProficiency}`, need: s.minAgents, have });
    }
    for (const t of q.teams) {
      // a team rule can only be judged when the tenant says who is in which team
      if (!agents.some((a) => a.team !== undefined)) continue;
      const have = q.entries.filter((e) => countsToday(e, agents) && agents[e.agent]!.team?.toLowerCase() === t.team.toLowerCase()).length;
      rules.push({ rule: `team ${t.team}: ${t.minAgents}`, need: t.minAgents, have });
    }
    for (const r of rules) {
      if (r.have < r.need) below.push({ queue: qi, rule: r.rule, have: r.have, need: r.need });
      else if (r.have < r.need + nearMargin(r.need)) near.push({ queue: qi, rule: r.rule, have: r.have, need: r.need });
      // fine today, short on a later day of the period as dated entries end or begin
      const dip = r.have >= r.need ? (r.perDay?.findIndex((n) => n < r.need) ?? -1) : -1;
      if (dip > 0) falls.push({ queue: qi, rule: r.rule, have: r.perDay![dip]!, need: r.need, from: days[dip]! });
    }
  });
  return { belowMinimum: below, nearMinimum: near, fallsBelow: falls };
}

function overMaxSkills(agents: ReportAgent[], max: number | undefined): { agent: number; active: number }[] {
  if (max === undefined) return [];
  return agents
    .map((a, i) => ({ agent: i, active: a.activeSkills }))
    .filter((a) => a.active >= max)
    .sort((a, b) => b.active - a.active || a.agent - b.agent);
}

/** Queues whose active agents at proficiency P or better are one or two people. */
function singlePointsOfFailure(queues: ReportQueue[], agents: ReportAgent[], p: number): { queue: number; agents: number[] }[] {
  const found: { queue: number; agents: number[] }[] = [];
  queues.forEach((q, qi) => {
    const skilled = q.entries.filter((e) => countsToday(e, agents) && e.proficiency <= p).map((e) => e.agent);
    if (skilled.length >= 1 && skilled.length <= 2) found.push({ queue: qi, agents: skilled });
  });
  return found;
}
