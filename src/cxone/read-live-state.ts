// Reads what the planner needs from the tenant: skills, agents, and every assignment whatever
// its flags. GET /agents/skills filters on isActive and isAgentActive (required, default true)
// and isSkillActive (default true), so "every assignment" is one paged read per combination of
// those filters; combinations that cannot match anything (no inactive agent, no inactive skill)
// are skipped, which is why skills and agents are read first.
import pLimit from 'p-limit';
import { type Agent, AssignmentCollector, type AssignmentFilter, type LiveAssignment, type LiveState, type Skill } from '../domain/live-state.js';
import type { CxonePort } from './port.js';

/** The filter combinations that can hold assignments of this tenant. */
function filtersFor(skills: Skill[], agents: Agent[]): AssignmentFilter[] {
  const agentStates = agents.some((a) => !a.isActive) ? [true, false] : [true];
  const skillStates = skills.some((s) => !s.isActive) ? [true, false] : [true];
  const filters: AssignmentFilter[] = [];
  for (const isActive of [true, false]) {
    for (const isAgentActive of agentStates) {
      for (const isSkillActive of skillStates) filters.push({ isActive, isAgentActive, isSkillActive });
    }
  }
  return filters;
}

/**
 * Every assignment, one filtered tenant-wide read per combination, each kept once: the all-active
 * combination first, taken in page by page while it is read, then the others in order.
 * @param allActive the all-active combination's read, when it was started earlier (with `collector`)
 */
export async function readEveryAssignment(
  cxone: CxonePort,
  skills: Skill[],
  agents: Agent[],
  started?: { allActive: Promise<LiveAssignment[]>; collector: StreamedCollector },
): Promise<LiveAssignment[]> {
  const collector = started?.collector ?? streamedCollector();
  const parts = filtersFor(skills, agents).map((f) =>
    isAllActive(f) ? (started?.allActive ?? cxone.listAllAssignments(f, collector.onItems)) : cxone.listAllAssignments(f),
  );
  // the others' reads run meanwhile; their items are taken in once the all-active ones are. The
  // first read to fail fails the whole read at once, whichever combination it was.
  const [first, ...rest] = await Promise.all(parts);
  collector.finish(first!);
  for (const part of rest) collector.collector.add(part);
  return collector.collector.done();
}

/** A collector fed by a listing as it is read, and given the listing's result at its end. */
interface StreamedCollector {
  collector: AssignmentCollector;
  onItems: (items: LiveAssignment[]) => void;
  /** The listing's result: what it did not hand over on the way (a port that hands nothing) is taken now. */
  finish: (all: LiveAssignment[]) => void;
}

function streamedCollector(): StreamedCollector {
  const collector = new AssignmentCollector();
  let streamed = 0;
  return {
    collector,
    onItems: (items) => {
      streamed += items.length;
      collector.add(items);
    },
    finish: (all) => {
      if (streamed < all.length) collector.add(all.slice(streamed));
    },
  };
}

/** @param onDirectory called with skills and agents as soon as they are read, before the assignments */
export async function readLiveState(cxone: CxonePort, onDirectory?: (skills: Skill[], agents: Agent[]) => void): Promise<LiveState> {
  // The all-active combination is always read and holds nearly every assignment: it starts at
  // once, beside skills and agents, instead of waiting for them (their answers only decide which
  // other combinations to read)
  const collector = streamedCollector();
  const allActive = cxone.listAllAssignments(ALL_ACTIVE, collector.onItems);
  allActive.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const [skills, agents] = await Promise.all([cxone.listSkills(), cxone.listAgents()]);
  onDirectory?.(skills, agents);
  return { skills, agents, assignments: await readEveryAssignment(cxone, skills, agents, { allActive, collector }) };
}

const ALL_ACTIVE: AssignmentFilter = { isActive: true, isAgentActive: true, isSkillActive: true };
const isAllActive = (f: AssignmentFilter) => f.isActive && f.isAgentActive && f.isSkillActive;

/** Drops repeats (a server that ignored a filter would list an assignment twice), in order. */
function unique(parts: LiveAssignment[][]): LiveAssignment[] {
  const collector = new AssignmentCollector();
  for (const part of parts) collector.add(part);
  return collector.done();
}

const pages = (n: number, pageSize: number) => Math.max(1, Math.ceil(n / pageSize));

/**
 * The touched skills' assignments read again, by whichever way takes fewer requests (counted
 * from the previous read, per filter combination):
 * - tenant-wide: sum over combinations c of pages(n_c);
 * - per skill: sum over touched active skills s of pages(active assignments of active agents
 *   on s), plus the tenant-wide reads of every other combination (the per-skill listing is not
 *   documented to include inactive assignments, so those come from the filtered reads, and only
 *   all-active items are kept from the per-skill listing).
 */
export async function rereadSkills(cxone: CxonePort, live: LiveState, skillIds: number[], concurrency: number): Promise<LiveState> {
  const touched = new Set(skillIds);
  const agentActive = new Map(live.agents.map((a) => [a.agentId, a.isActive]));
  const skillActive = new Map(live.skills.map((s) => [s.skillId, s.isActive]));
  const allActive = (a: LiveAssignment) => a.isActive && agentActive.get(a.agentId) !== false && skillActive.get(a.skillId) !== false;
  const filters = filtersFor(live.skills, live.agents);
  const keyOf = (f: AssignmentFilter) => `${f.isActive}/${f.isAgentActive}/${f.isSkillActive}`;
  const counts = new Map<string, number>();
  const perSkill = new Map<number, number>();
  for (const a of live.assignments) {
    const k = keyOf({ isActive: a.isActive, isAgentActive: agentActive.get(a.agentId) !== false, isSkillActive: skillActive.get(a.skillId) !== false });
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (allActive(a)) perSkill.set(a.skillId, (perSkill.get(a.skillId) ?? 0) + 1);
  }
  const size = cxone.pageSize;
  const others = filters.filter((f) => !isAllActive(f));
  const activeSkills = skillIds.filter((id) => skillActive.get(id) !== false);
  const tenantWide = filters.reduce((n, f) => n + pages(counts.get(keyOf(f)) ?? 0, size), 0);
  const bySkill =
    activeSkills.reduce((n, id) => n + pages(perSkill.get(id) ?? 0, size), 0) + others.reduce((n, f) => n + pages(counts.get(keyOf(f)) ?? 0, size), 0);

  let fresh: LiveAssignment[];
  if (tenantWide <= bySkill) {
    fresh = await readEveryAssignment(cxone, live.skills, live.agents);
  } else {
    const limit = pLimit(Math.max(1, concurrency));
    const [listed, rest] = await Promise.all([
      Promise.all(activeSkills.map((id) => limit(() => cxone.listSkillAssignments(id)))),
      Promise.all(others.map((f) => limit(() => cxone.listAllAssignments(f)))),
    ]);
    fresh = unique([...listed.map((part) => part.filter(allActive)), ...rest]);
  }
  return { ...live, assignments: [...live.assignments.filter((a) => !touched.has(a.skillId)), ...fresh.filter((a) => touched.has(a.skillId))] };
}
