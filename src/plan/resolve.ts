// Matches the desired state to live data: each queue to exactly one skill, each agent entry to
// exactly one agent. Unknown or ambiguous names are errors at file:line:col with a suggestion.
import type { AgentRef, DesiredAssignment, DesiredQueue, DesiredState, SourcePosition } from '../domain/desired-state.js';
import type { Agent, Skill } from '../domain/live-state.js';
import type { Problem } from '../domain/problem.js';
import { SuggestionIndex, suggest } from '../text/suggest.js';
import { timeSlices } from '../text/time-slice.js';
import { forYamlName } from '../text/untrusted.js';

/**
 * A queue matched to its skill, every entry to its agent. The entries are the desired ones (the
 * same array when none was dropped) and their agent ids a parallel list: no copy per entry, which
 * at a million assignments was 76 MiB of the planner's memory.
 */
export interface ResolvedQueue extends Omit<DesiredQueue, 'agents'> {
  skillId: number;
  skillName: string;
  agents: DesiredAssignment[];
  /** agentIds[i] is the CXone agent of agents[i] */
  agentIds: number[];
}

export interface Directory {
  agentsById: Map<number, Agent>;
  resolveAgent(ref: AgentRef): { agent: Agent } | { error: string };
}

const NEVER_CREATES = 'skillops manages who has a skill but never creates skills: create it in CXone first, then plan again';

const problemAt = (at: SourcePosition, severity: Problem['severity'], code: string, message: string): Problem => ({ ...at, severity, code, message });

/** Index of agents by id, user name and e-mail (case-insensitive), built once per plan. */
export function agentDirectory(agents: Agent[]): Directory {
  const agentsById = new Map<number, Agent>();
  const byLogin = new Map<string, Agent[]>();
  const add = (key: string | undefined, agent: Agent) => {
    if (!key) return;
    const k = key.trim().toLowerCase();
    const list = byLogin.get(k);
    if (!list) byLogin.set(k, [agent]);
    else if (!list.includes(agent)) list.push(agent);
  };
  for (const agent of agents) {
    agentsById.set(agent.agentId, agent);
    add(agent.userName, agent);
    add(agent.emailAddress, agent);
  }
  let index: SuggestionIndex | undefined;
  return {
    agentsById,
    resolveAgent(ref) {
      if (ref.kind === 'id') {
        const agent = agentsById.get(ref.agentId);
        return agent ? { agent } : { error: `no CXone agent has agentId ${ref.agentId}` };
      }
      const matches = byLogin.get(ref.userName.toLowerCase()) ?? [];
      if (matches.length === 1) return { agent: matches[0]! };
      if (matches.length > 1) {
        return { error: `"${ref.userName}" matches ${matches.length} CXone agents (${matches.map((a) => a.agentId).join(', ')}); use the numeric agentId` };
      }
      index ??= new SuggestionIndex(byLogin.keys());
      const hint = index.suggest(ref.userName, 3);
      return { error: `no CXone agent has user name or e-mail "${ref.userName}"${hint ? ` (did you mean "${hint}"?)` : ''}` };
    },
  };
}

export interface Resolution {
  queues: ResolvedQueue[];
  problems: Problem[];
}

export function resolveDesired(desired: DesiredState, skills: Skill[], directory: Directory, exclude: string[]): Resolution {
  const steps = resolving(desired, skills, directory, exclude);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the event loop a turn every few milliseconds: plan resolves names while the
 * assignments are still arriving, and the requests and answers of that read must not wait.
 */
export async function resolveDesiredSliced(desired: DesiredState, skills: Skill[], directory: Directory, exclude: string[]): Promise<Resolution> {
  const steps = resolving(desired, skills, directory, exclude);
  const slices = timeSlices();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slices.pause();
  }
}

/** Resolves queue after queue, pausing (yield) before each. */
function* resolving(desired: DesiredState, skills: Skill[], directory: Directory, exclude: string[]): Generator<void, Resolution> {
  const problems: Problem[] = [];
  const skillsById = new Map(skills.map((s) => [s.skillId, s]));
  const skillsByName = new Map<string, Skill[]>();
  for (const skill of skills) {
    const key = skill.skillName.toLowerCase();
    skillsByName.set(key, [...(skillsByName.get(key) ?? []), skill]);
  }
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  const claimedBy = new Map<number, DesiredQueue>();
  const queues: ResolvedQueue[] = [];

  for (const queue of desired.queues) {
    yield;
    const skill = resolveSkill(queue, skillsById, skillsByName, problems);
    if (!skill) continue;
    if (excluded.has(skill.skillName.toLowerCase())) {
      problems.push(problemAt(queue.at, 'warning', 'excluded-skill', `skill "${skill.skillName}" is in settings.exclude; this file is ignored`));
      continue;
    }
    const other = claimedBy.get(skill.skillId);
    if (other) {
      problems.push(
        problemAt(
          queue.at,
          'error',
          'duplicate-skill',
          `this file and ${other.file}:${other.at.line}:${other.at.col} both resolve to skill ${skill.skillId} "${skill.skillName}"`,
        ),
      );
      continue;
    }
    claimedBy.set(skill.skillId, queue);
    if (!skill.isActive)
      problems.push(
        problemAt(queue.at, 'warning', 'inactive-skill', `skill "${skill.skillName}" is inactive in CXone; assignments are kept but route nothing`),
      );

    const agentIds: number[] = [];
    // a new list only once an entry is dropped; until then the desired one is used as it is
    let kept: DesiredAssignment[] | undefined;
    const seen = new Map<number, DesiredAssignment>();
    for (let i = 0; i < queue.agents.length; i++) {
      const entry = queue.agents[i]!;
      const found = directory.resolveAgent(entry.agent);
      if ('error' in found) {
        problems.push(problemAt(entry.at, 'error', 'unknown-agent', found.error));
        kept ??= queue.agents.slice(0, i);
        continue;
      }
      const { agent } = found;
      const earlier = seen.get(agent.agentId);
      if (earlier) {
        problems.push(
          problemAt(
            entry.at,
            'error',
            'duplicate-agent',
            `"${entry.written}" is the same agent (${agent.agentId}, ${agent.userName}) as "${earlier.written}" at line ${earlier.at.line}`,
          ),
        );
        kept ??= queue.agents.slice(0, i);
        continue;
      }
      if (!agent.isActive) {
        problems.push({
          ...problemAt(
            entry.at,
            'warning',
            'inactive-agent',
            `agent ${agent.userName} (${agent.agentId}) is inactive in CXone; the assignment is kept but they take no contacts`,
          ),
          agentId: agent.agentId,
        });
      }
      seen.set(agent.agentId, entry);
      kept?.push(entry);
      agentIds.push(agent.agentId);
    }
    queues.push({ ...queue, skillId: skill.skillId, skillName: skill.skillName, agents: kept ?? queue.agents, agentIds });
  }
  return { queues, problems };
}

function resolveSkill(queue: DesiredQueue, byId: Map<number, Skill>, byName: Map<string, Skill[]>, problems: Problem[]): Skill | undefined {
  if (queue.skillId !== undefined) {
    const skill = byId.get(queue.skillId);
    if (!skill) {
      problems.push(problemAt(queue.at, 'error', 'unknown-skill', `no CXone skill has skillId ${queue.skillId}; ${NEVER_CREATES}`));
      return undefined;
    }
    // import writes over-long or unprintable names shortened (forYamlName): not a rename
    if (skill.skillName !== queue.skill && forYamlName(skill.skillName) !== queue.skill) {
      problems.push(
        problemAt(queue.at, 'warning', 'skill-renamed', `skillId ${queue.skillId} is called "${skill.skillName}" in CXone, not "${queue.skill}"; the id wins`),
      );
    }
    return skill;
  }
  const candidates = byName.get(queue.skill.toLowerCase()) ?? [];
  const exact = candidates.filter((s) => s.skillName === queue.skill);
  const matches = exact.length > 0 ? exact : candidates;
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    problems.push(
      problemAt(
        queue.at,
        'error',
        'ambiguous-skill',
        `"${queue.skill}" matches ${matches.length} CXone skills (${matches.map((s) => s.skillId).join(', ')}); pin one with skillId`,
      ),
    );
    return undefined;
  }
  const hint = suggest(
    queue.skill,
    [...byName.values()].flat().map((s) => s.skillName),
    4,
  );
  problems.push(
    problemAt(queue.at, 'error', 'unknown-skill', `no CXone skill is named "${queue.skill}"${hint ? ` (did you mean "${hint}"?)` : ''}; ${NEVER_CREATES}`),
  );
  return undefined;
}
