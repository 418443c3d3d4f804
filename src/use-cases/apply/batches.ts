// Turns a plan's changes into the fewest CXone write requests the contract allows.
//
// Adds and updates with proficiency 1-5 go through the tenant-wide bulk write (POST
// /agents/skills: many agents x many skills in one request, proficiency an enum 1-5), up to
// `bulkPairs` agent x skill pairs per request, agents that get the same skills sharing one
// detail (src/cxone/bulk-body.ts). Everything else (removes, proficiency above 5, or every change
// when bulkPairs is 0 or the tenant has no bulk endpoint) goes skill-centric (POST/PUT/DELETE
// /skills/{id}/agents: many agents, one skill; proficiency documented as 1-5) or agent-centric
// (POST/PUT/DELETE /agents/{id}/skills: many skills, one agent; proficiency an integer with no
// documented range). For those, per action, the changes are edges of a bipartite graph (skills x
// agents) and every edge must be covered by one of its two ends; an add or update above 5 must
// go through its agent. With batches large enough, the fewest requests is a minimum vertex
// cover of that graph with those agents forced in, which König's theorem gives from a maximum
// matching. Each group is then cut into batches:
//   requests = ceil(bulk pairs / bulkPairs) (one more where an agent group straddles a cut)
//            + sum over the other actions, over chosen skills and agents v, of ceil(edges(v) / batchSize)
//
// A Batch is one skill's share of one request: apply counts, shows progress and verifies per
// skill, so a request over three skills is three Batch entries with one `request` key, and
// executeBatches sends it once.
import { BULK_MAX_PROFICIENCY, chunkPairs } from '../../cxone/bulk-body.js';
import type { Change, Plan } from '../../domain/plan.js';

/** Highest proficiency the skill-centric writes accept by contract (an enum 1-5). */
export const SKILL_CENTRIC_MAX_PROFICIENCY = 5;

export interface Batch {
  skillId: number;
  skillName: string;
  action: Change['action'];
  changes: Change[];
  /** Which request carries these changes: `skill:<id>:<action>:<n>`, `agent:<id>:<action>:<n>` or `bulk:<n>`. */
  request: string;
  /** The endpoint used: one skill with many agents, one agent with many skills, or the tenant-wide bulk write. */
  via: 'skill' | 'agent' | 'bulk';
}

const ACTIONS = ['remove', 'update', 'add'] as const;

const needsAgentCentric = (c: Change) => c.action !== 'remove' && (c.after?.proficiency ?? 0) > SKILL_CENTRIC_MAX_PROFICIENCY;

/**
 * Minimum vertex cover of a bipartite graph (left: skills, right: agents) by König's theorem:
 * a maximum matching (augmenting paths), then the left vertices not reached by alternating paths
 * from unmatched left vertices, and the right vertices reached. Skills are on the left, so when
 * covers tie, skills are preferred (the request shape skillops has always sent).
 */
function minimumCover(edges: Array<[number, number]>): { skills: Set<number>; agents: Set<number> } {
  const adjacency = new Map<number, number[]>();
  for (const [s, a] of edges) {
    const list = adjacency.get(s);
    if (list) list.push(a);
    else adjacency.set(s, [a]);
  }
  const matchOfAgent = new Map<number, number>();
  const matchOfSkill = new Map<number, number>();
  const augment = (s: number, seen: Set<number>): boolean => {
    for (const a of adjacency.get(s) ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const other = matchOfAgent.get(a);
      if (other === undefined || augment(other, seen)) {
        matchOfAgent.set(a, s);
        matchOfSkill.set(s, a);
        return true;
      }
    }
    return false;
  };
  for (const s of adjacency.keys()) augment(s, new Set());
  // Alternating paths from unmatched skills: non-matching edges to agents, matching edges back
  const reachedSkills = new Set<number>();
  const reachedAgents = new Set<number>();
  const stack = [...adjacency.keys()].filter((s) => !matchOfSkill.has(s));
  for (const s of stack) reachedSkills.add(s);
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const a of adjacency.get(s) ?? []) {
      if (reachedAgents.has(a) || matchOfSkill.get(s) === a) continue;
      reachedAgents.add(a);
      const next = matchOfAgent.get(a);
      if (next !== undefined && !reachedSkills.has(next)) {
        reachedSkills.add(next);
        stack.push(next);
      }
    }
  }
  return { skills: new Set([...adjacency.keys()].filter((s) => !reachedSkills.has(s))), agents: reachedAgents };
}

/** Whether a change may travel in the bulk write: an add or update with proficiency 1-5. */
export const bulkEligible = (c: Change): boolean =>
  c.action !== 'remove' && c.after !== undefined && c.after.proficiency >= 1 && c.after.proficiency <= BULK_MAX_PROFICIENCY;

export function planBatches(plan: Plan, batchSize: number, bulkPairs = 0): Batch[] {
  const skillName = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  const all = plan.queues.flatMap((q) => q.changes);
  const bulk = bulkPairs > 0 ? all.filter(bulkEligible) : [];
  const rest = bulk.length > 0 ? all.filter((c) => !bulkEligible(c)) : all;
  return [...coverBatches(rest, batchSize, skillName), ...bulkBatches(bulk, bulkPairs, skillName)];
}

/** Bulk requests of at most `bulkPairs` pairs, one entry per skill and action of each. */
function bulkBatches(changes: Change[], bulkPairs: number, skillName: Map<number, string>): Batch[] {
  if (changes.length === 0) return [];
  const byPair = new Map(changes.map((c) => [`${c.agentId}:${c.skillId}`, c]));
  const pairs = changes.map((c) => ({ agentId: c.agentId, skillId: c.skillId, proficiency: c.after!.proficiency, isActive: c.after!.isActive }));
  const batches: Batch[] = [];
  chunkPairs(pairs, bulkPairs).forEach((chunk, n) => {
    const entries = new Map<string, Change[]>();
    for (const p of chunk) {
      const c = byPair.get(`${p.agentId}:${p.skillId}`)!;
      const key = `${c.skillId}:${c.action}`;
      const list = entries.get(key);
      if (list) list.push(c);
      else entries.set(key, [c]);
    }
    for (const list of entries.values()) {
      const { skillId, action } = list[0]!;
      batches.push({ skillId, skillName: skillName.get(skillId) ?? String(skillId), action, changes: list, request: `bulk:${n}`, via: 'bulk' });
    }
  });
  return batches;
}

/** Skill-centric and agent-centric requests for some changes: the König cover per action, cut into batches. */
export function coverBatches(all: Change[], batchSize: number, skillName: Map<number, string> = new Map()): Batch[] {
  const size = Math.max(1, batchSize);
  const batches: Batch[] = [];
  for (const action of ACTIONS) {
    const changes = all.filter((c) => c.action === action);
    if (changes.length === 0) continue;
    const forced = new Set(changes.filter(needsAgentCentric).map((c) => c.agentId));
    const cover = minimumCover(changes.filter((c) => !forced.has(c.agentId)).map((c) => [c.skillId, c.agentId]));
    const groups = new Map<string, { via: 'skill' | 'agent'; id: number; changes: Change[] }>();
    for (const c of changes) {
      const via = forced.has(c.agentId) || !cover.skills.has(c.skillId) ? 'agent' : 'skill';
      const id = via === 'agent' ? c.agentId : c.skillId;
      const key = `${via}:${id}`;
      const group = groups.get(key) ?? { via, id, changes: [] };
      group.changes.push(c);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      for (let i = 0, n = 0; i < group.changes.length; i += size, n++) {
        const chunk = group.changes.slice(i, i + size);
        const request = `${group.via}:${group.id}:${action}:${n}`;
        // one entry per skill of the request, in the order the plan lists them
        const bySkill = new Map<number, Change[]>();
        for (const c of chunk) bySkill.set(c.skillId, [...(bySkill.get(c.skillId) ?? []), c]);
        for (const [skillId, skillChanges] of bySkill) {
          batches.push({ skillId, skillName: skillName.get(skillId) ?? String(skillId), action, changes: skillChanges, request, via: group.via });
        }
      }
    }
  }
  return batches;
}

/** Requests the batches are sent in: the minimum for those sizes (see the top of this file). */
export const minimumWrites = (plan: Plan, batchSize: number, bulkPairs = 0): number =>
  new Set(planBatches(plan, batchSize, bulkPairs).map((b) => b.request)).size;
