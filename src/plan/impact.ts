// Live impact: what a plan does to the floor right now, per queue it changes. Pure: the
// real-time read is passed in. "Before" is CXone's own count for the skill; "after" takes away
// the logged-in agents the plan removes or deactivates and adds those it gives the skill.
import type { AgentOut, AgentState, PlanImpact, QueueImpact, RealTimeRead, SkillActivity } from '../domain/live-impact.js';
import type { Agent, LiveAssignment } from '../domain/live-state.js';
import type { PlanQueue } from '../domain/plan.js';

interface ImpactInput {
  realTime: RealTimeRead;
  queues: PlanQueue[];
  liveBySkill: Map<number, Map<number, LiveAssignment>>;
  agents: Map<number, Agent>;
}

const LOGGED_OUT: AgentState = { agentId: 0, state: 'LoggedOut', kind: 'loggedOut' };

export function liveImpact(input: ImpactInput): PlanImpact {
  const { realTime } = input;
  if (!realTime.available) return { available: false, reason: realTime.reason };
  const activity = new Map(realTime.skills.map((s) => [s.skillId, s]));
  const states = new Map(realTime.agents.map((a) => [a.agentId, a]));
  const recent = realTime.recent && 'skills' in realTime.recent ? new Map(realTime.recent.skills.map((s) => [s.skillId, s])) : undefined;
  const queues = input.queues
    .filter((q) => q.changes.length > 0)
    .map((q) => {
      const impact = queueImpact(q, activity.get(q.skillId), input.liveBySkill.get(q.skillId), (id) => states.get(id) ?? LOGGED_OUT, input.agents);
      const r = recent?.get(q.skillId);
      return r
        ? {
            ...impact,
            recent: {
              contactsHandled: r.contactsHandled,
              contactsOffered: r.contactsOffered,
              ...(r.serviceLevel !== undefined ? { serviceLevel: r.serviceLevel } : {}),
            },
          }
        : impact;
    });
  return {
    available: true,
    readAt: realTime.readAt,
    queues,
    ...(realTime.recent ? { lookbackDays: realTime.recent.days } : {}),
    ...(realTime.recent && 'unavailable' in realTime.recent ? { recentUnavailable: realTime.recent.unavailable } : {}),
  };
}

function queueImpact(
  q: PlanQueue,
  activity: SkillActivity | undefined,
  held: Map<number, LiveAssignment> | undefined,
  stateOf: (agentId: number) => AgentState,
  agents: Map<number, Agent>,
): QueueImpact {
  const activeAgent = (id: number) => agents.get(id)?.isActive ?? false;
  // Without CXone's counts for the skill (none listed), count its active assignments' states
  const counted = { loggedIn: 0, available: 0, working: 0 };
  if (!activity) {
    for (const [agentId, a] of held ?? []) {
      if (!a.isActive || !activeAgent(agentId)) continue;
      const s = stateOf(agentId);
      if (s.kind === 'loggedOut') continue;
      counted.loggedIn++;
      if (s.kind === 'available') counted.available++;
      if (s.kind === 'working') counted.working++;
    }
  }
  const before = activity ? { loggedIn: activity.agentsLoggedIn, available: activity.agentsAvailable, working: activity.agentsWorking } : counted;
  const after = { ...before };
  const agentsOut: AgentOut[] = [];
  for (const c of q.changes) {
    if (!activeAgent(c.agentId)) continue;
    const was = c.before?.isActive ?? false;
    const will = c.after?.isActive ?? false;
    if (was === will) continue;
    const s = stateOf(c.agentId);
    if (s.kind === 'loggedOut') continue;
    const delta = will ? 1 : -1;
    after.loggedIn += delta;
    if (s.kind === 'available') after.available += delta;
    if (s.kind === 'working') after.working += delta;
    if (!will)
      agentsOut.push({ agentId: c.agentId, userName: c.userName, name: c.name, state: s.state, onThisQueue: s.kind === 'working' && s.skillId === q.skillId });
  }
  const floor = (n: number) => Math.max(0, n);
  return {
    skillId: q.skillId,
    skillName: q.skillName,
    loggedIn: { before: before.loggedIn, after: floor(after.loggedIn) },
    available: { before: before.available, after: floor(after.available) },
    working: { before: before.working, after: floor(after.working) },
    contactsInQueue: activity?.queueCount ?? 0,
    ...(activity?.longestWaitSeconds !== undefined ? { longestWaitSeconds: activity.longestWaitSeconds } : {}),
    ...(activity?.serviceLevel !== undefined ? { serviceLevel: activity.serviceLevel } : {}),
    ...(activity?.serviceLevelGoal !== undefined ? { serviceLevelGoal: activity.serviceLevelGoal } : {}),
    agentsOut,
  };
}
