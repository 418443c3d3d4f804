// The body of CXone's tenant-wide bulk write (POST /agents/skills, "Add or Modify skill
// assignments for multiple agent"), as NICE's v34 definition shapes it:
//   { agentAndSkillDetails: [ { agentIds: ["…"], skills: [ { skillIds: ["…"], proficiency, isActive } ] } ] }
// A detail gives every one of its agents every skill of its skill items, so agents that get
// exactly the same (skill, proficiency, isActive) set share one detail, and within a detail the
// skills that share (proficiency, isActive) share one skill item. Pure: no I/O.
import type { PairWrite } from '../domain/live-state.js';

/** Highest proficiency the bulk write accepts by contract (an enum 1-5). */
export const BULK_MAX_PROFICIENCY = 5;

export interface BulkDetail {
  agentIds: string[];
  skills: Array<{ skillIds: string[]; proficiency: number; isActive: boolean }>;
}

interface AgentShare {
  agentId: number;
  pairs: PairWrite[];
  signature: string;
}

/** Pairs per agent (in first-seen order), each agent's pairs sorted by skill, with a signature of what it gets. */
function byAgent(items: PairWrite[]): AgentShare[] {
  const agents = new Map<number, PairWrite[]>();
  for (const item of items) {
    const list = agents.get(item.agentId);
    if (list) list.push(item);
    else agents.set(item.agentId, [item]);
  }
  return [...agents].map(([agentId, pairs]) => {
    pairs.sort((a, b) => a.skillId - b.skillId);
    return { agentId, pairs, signature: pairs.map((p) => `${p.skillId}/${p.proficiency}/${p.isActive ? 1 : 0}`).join(',') };
  });
}

/** Agents grouped by signature, groups in first-seen order. */
function groupsOf(items: PairWrite[]): AgentShare[][] {
  const groups = new Map<string, AgentShare[]>();
  for (const share of byAgent(items)) {
    const group = groups.get(share.signature);
    if (group) group.push(share);
    else groups.set(share.signature, [share]);
  }
  return [...groups.values()];
}

/**
 * Cuts the pairs into requests of at most `limit` pairs each, agents of one group kept together
 * as far as the limit allows (so each request needs as few details as possible); an agent with
 * more pairs than the limit is cut by skills. Every pair lands in exactly one request.
 */
export function chunkPairs(items: PairWrite[], limit: number): PairWrite[][] {
  const size = Math.max(1, Math.floor(limit));
  const chunks: PairWrite[][] = [];
  let current: PairWrite[] = [];
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  for (const group of groupsOf(items)) {
    for (const share of group) {
      if (current.length + share.pairs.length > size) close();
      for (let i = 0; i < share.pairs.length; i += size) {
        const slice = share.pairs.slice(i, i + size);
        if (current.length + slice.length > size) close();
        current.push(...slice);
      }
    }
  }
  close();
  return chunks;
}

/** The request body for one chunk of pairs (ids as strings, as the definition types them). */
export function bulkBody(items: PairWrite[]): { agentAndSkillDetails: BulkDetail[] } {
  const agentAndSkillDetails = groupsOf(items).map((group): BulkDetail => {
    const skills = new Map<string, { skillIds: string[]; proficiency: number; isActive: boolean }>();
    for (const p of group[0]!.pairs) {
      const key = `${p.proficiency}/${p.isActive}`;
      const item = skills.get(key) ?? { skillIds: [], proficiency: p.proficiency, isActive: p.isActive };
      item.skillIds.push(String(p.skillId));
      skills.set(key, item);
    }
    return { agentIds: group.map((s) => String(s.agentId)), skills: [...skills.values()] };
  });
  return { agentAndSkillDetails };
}

/** Agent x skill pairs a body asks for (what CXone counts against its limit). */
export const pairsOf = (body: { agentAndSkillDetails: BulkDetail[] }): number =>
  body.agentAndSkillDetails.reduce((n, d) => n + d.agentIds.length * d.skills.reduce((m, s) => m + s.skillIds.length, 0), 0);
