// Agent-level routing constraints from settings.agents: most active skills per agent (counted
// over every skill the agent holds, managed or not) and skills protected agents never lose.
import { agentRef } from '../../domain/desired-state.js';
import type { LiveAssignment, Skill } from '../../domain/live-state.js';
import type { Change, PlanQueue, PolicyVerdict } from '../../domain/plan.js';
import type { Settings } from '../../domain/settings.js';
import { plural } from '../../text/plural.js';
import type { Directory } from '../resolve.js';
import { ceilingVerdict } from './verdict.js';

export function maxActiveSkillsVerdicts(queues: PlanQueue[], assignments: LiveAssignment[], limit: number | undefined): PolicyVerdict[] {
  if (limit === undefined) return [];
  // Net change of active skills per agent touched by the plan
  const delta = new Map<number, { change: Change; n: number }>();
  for (const q of queues) {
    for (const c of q.changes) {
      const d = (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
      const seen = delta.get(c.agentId);
      delta.set(c.agentId, { change: seen?.change ?? c, n: (seen?.n ?? 0) + d });
    }
  }
  const before = new Map<number, number>();
  for (const a of assignments) {
    if (a.isActive && delta.has(a.agentId)) before.set(a.agentId, (before.get(a.agentId) ?? 0) + 1);
  }
  const verdicts: PolicyVerdict[] = [];
  let gaining = 0;
  let most = 0;
  let mostBefore = 0;
  for (const [agentId, { change, n }] of [...delta].sort((x, y) => x[1].change.userName.localeCompare(y[1].change.userName) || x[0] - y[0])) {
    const b = before.get(agentId) ?? 0;
    const after = b + n;
    if (n > 0) {
      gaining++;
      if (after > most) {
        most = after;
        mostBefore = b;
      }
    }
    if (after <= limit) continue;
    const who = change.userName;
    verdicts.push(
      ceilingVerdict(
        { rule: 'maxActiveSkills', agent: who, agentId, requirement: `at most ${plural(limit, 'active skill')} per agent`, before: b, after, limit },
        {
          refused: `${who} would hold ${plural(after, 'active skill')} (from ${b}), above agents.maxActiveSkills ${limit}`,
          warning: `${who} holds ${plural(after, 'active skill')}, above agents.maxActiveSkills ${limit} (not made worse by this plan)`,
          ok: '',
        },
      ),
    );
  }
  if (!verdicts.some((v) => v.verdict === 'refused')) {
    verdicts.unshift({
      rule: 'maxActiveSkills',
      kind: 'constraint',
      verdict: 'ok',
      requirement: `at most ${plural(limit, 'active skill')} per agent`,
      before: mostBefore,
      after: most,
      limit,
      message:
        gaining === 0
          ? 'no agent gains an active skill'
          : `${plural(gaining, 'agent')} ${gaining === 1 ? 'gains' : 'gain'} active skills; the most any will hold is ${most}, within agents.maxActiveSkills ${limit}`,
    });
  }
  return verdicts;
}

export function protectedSkillVerdicts(
  protectedAgents: Settings['agents']['protected'],
  queues: PlanQueue[],
  skills: Skill[],
  directory: Directory,
  held: (skillId: number, agentId: number) => LiveAssignment | undefined,
): PolicyVerdict[] {
  const verdicts: PolicyVerdict[] = [];
  const queuesById = new Map(queues.map((q) => [q.skillId, q]));
  const skillsById = new Map(skills.map((s) => [s.skillId, s]));
  const skillsByName = new Map<string, Skill[]>();
  for (const s of skills) skillsByName.set(s.skillName.toLowerCase(), [...(skillsByName.get(s.skillName.toLowerCase()) ?? []), s]);

  for (const entry of protectedAgents) {
    const found = directory.resolveAgent(agentRef(entry.agent));
    const why = entry.note ? ` (${entry.note})` : '';
    for (const wanted of entry.skills) {
      const requirement = `${String(entry.agent)} keeps ${String(wanted)}`;
      const base = { rule: 'protectedSkill' as const, kind: 'constraint' as const, requirement, limit: 1 };
      if ('error' in found) {
        verdicts.push({ ...base, verdict: 'warning', before: 0, after: 0, note: found.error, message: `agents.protected: ${found.error}` });
        continue;
      }
      const agent = found.agent;
      const matches =
        typeof wanted === 'number' ? [skillsById.get(wanted)].filter((s): s is Skill => s !== undefined) : (skillsByName.get(wanted.toLowerCase()) ?? []);
      if (matches.length !== 1) {
        verdicts.push({
          ...base,
          agent: agent.userName,
          agentId: agent.agentId,
          verdict: 'warning',
          before: 0,
          after: 0,
          note: `${matches.length === 0 ? 'no' : 'more than one'} CXone skill matches`,
          message: `agents.protected: ${matches.length === 0 ? 'no' : 'more than one'} CXone skill matches ${JSON.stringify(wanted)}`,
        });
        continue;
      }
      const skill = matches[0]!;
      const scope = { ...base, queue: skill.skillName, skillId: skill.skillId, agent: agent.userName, agentId: agent.agentId };
      const current = held(skill.skillId, agent.agentId);
      const change = queuesById.get(skill.skillId)?.changes.find((c) => c.agentId === agent.agentId);
      const before = current?.isActive ? 1 : 0;
      const after = change ? (change.after?.isActive ? 1 : 0) : before;
      if (after < before) {
        verdicts.push({
          ...scope,
          verdict: 'refused',
          before,
          after,
          ...(entry.note ? { note: entry.note } : {}),
          message: `${agent.userName} must never lose ${skill.skillName}${why}, and this plan would ${change?.action === 'remove' ? 'remove it' : 'deactivate it'}`,
        });
      } else if (after === 0) {
        verdicts.push({
          ...scope,
          verdict: 'warning',
          before,
          after,
          note: 'does not hold it active in CXone',
          message: `${agent.userName} must keep ${skill.skillName}${why}, but does not hold it active in CXone`,
        });
      } else {
        verdicts.push({ ...scope, verdict: 'ok', before, after, message: `${agent.userName} keeps ${skill.skillName}` });
      }
    }
  }
  return verdicts;
}
