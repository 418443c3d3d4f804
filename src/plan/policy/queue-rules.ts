// Routing constraints judged per queue: minActiveAgents, staffing rules (at least N active agents
// at proficiency P or better) and team minimums. Counts are of assignments that route: active
// on the skill, held by an agent who is active in CXone. Linear in the queue's assignments.
import type { Agent, LiveAssignment } from '../../domain/live-state.js';
import type { AssignmentState, PlanQueue, PolicyVerdict } from '../../domain/plan.js';
import { plural } from '../../text/plural.js';
import type { ResolvedQueue } from '../resolve.js';
import { floorVerdict } from './verdict.js';

type Counts = (agent: Agent, state: AssignmentState) => boolean;

/** Routing assignments that satisfy `counts`, before and after the queue's changes. */
function countBeforeAfter(queue: PlanQueue, held: Map<number, LiveAssignment>, agents: Map<number, Agent>, counts: Counts): { before: number; after: number } {
  const routes = (agentId: number, state: AssignmentState | undefined) => {
    if (!state?.isActive) return 0;
    const agent = agents.get(agentId);
    return agent?.isActive && counts(agent, state) ? 1 : 0;
  };
  let before = 0;
  for (const [agentId, a] of held) before += routes(agentId, a);
  let after = before;
  for (const c of queue.changes) after += routes(c.agentId, c.after) - routes(c.agentId, c.before);
  return { before, after };
}

export function queueRuleVerdicts(queue: PlanQueue, config: ResolvedQueue, held: Map<number, LiveAssignment>, agents: Map<number, Agent>): PolicyVerdict[] {
  const verdicts: PolicyVerdict[] = [];
  const name = queue.skillName;
  const scope = { queue: name, skillId: queue.skillId };

  const { activeBefore: before, activeAfter: after, minActiveAgents: limit } = queue.coverage;
  if (limit > 0) {
    verdicts.push(
      floorVerdict(
        { rule: 'minActiveAgents', ...scope, requirement: `at least ${plural(limit, 'active agent')}`, before, after, limit },
        {
          refused: `${name} would have ${plural(after, 'active agent')} (from ${before}), below its minActiveAgents ${limit}`,
          warning: `${name} has ${plural(after, 'active agent')}, below its minActiveAgents ${limit} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(after, 'active agent')} (from ${before}), at least ${limit}`,
        },
      ),
    );
  } else if (queue.mode === 'authoritative' && !config.allowEmpty && before > 0 && after === 0) {
    // safe by default: a queue that routes contacts is never emptied unless its file says so
    verdicts.push(
      floorVerdict(
        {
          rule: 'minActiveAgents',
          ...scope,
          requirement: 'at least 1 active agent',
          before,
          after,
          limit: 1,
          note: 'the default for authoritative queues; minActiveAgents: 0 in the file allows an empty queue',
        },
        {
          refused: `${name} would have 0 active agents (from ${before}); an authoritative queue is never emptied unless its file (or queueDefaults) sets minActiveAgents: 0`,
          warning: '',
          ok: '',
        },
      ),
    );
  }

  for (const rule of config.staffing ?? []) {
    const p = rule.maxProficiency;
    const counted = countBeforeAfter(queue, held, agents, (_agent, state) => state.proficiency <= p);
    const requirement = `at least ${plural(rule.minAgents, 'active agent')} at proficiency ${p === 1 ? '1' : `1–${p}`}`;
    verdicts.push(
      floorVerdict(
        { rule: 'staffing', ...scope, requirement, ...counted, limit: rule.minAgents },
        {
          refused: `${name} would have ${plural(counted.after, 'active agent')} at proficiency 1–${p} (from ${counted.before}), below its staffing rule of ${rule.minAgents}`,
          warning: `${name} has ${plural(counted.after, 'active agent')} at proficiency 1–${p}, below its staffing rule of ${rule.minAgents} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(counted.after, 'active agent')} at proficiency 1–${p} (from ${counted.before}), at least ${rule.minAgents}`,
        },
      ),
    );
  }

  for (const rule of config.teams ?? []) {
    const team = rule.team.trim().toLowerCase();
    const counted = countBeforeAfter(queue, held, agents, (agent) => agent.teamName?.trim().toLowerCase() === team);
    verdicts.push(
      floorVerdict(
        { rule: 'team', ...scope, requirement: `at least ${plural(rule.minAgents, 'active agent')} of team ${rule.team}`, ...counted, limit: rule.minAgents },
        {
          refused: `${name} would have ${plural(counted.after, 'active agent')} of team ${rule.team} (from ${counted.before}), below its team minimum of ${rule.minAgents}`,
          warning: `${name} has ${plural(counted.after, 'active agent')} of team ${rule.team}, below its team minimum of ${rule.minAgents} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(counted.after, 'active agent')} of team ${rule.team} (from ${counted.before}), at least ${rule.minAgents}`,
        },
      ),
    );
  }
  return verdicts;
}
