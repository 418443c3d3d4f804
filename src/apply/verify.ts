// After writing, the touched skills are read again and planned again: what remains must be
// exactly the changes that were reported as failed or not attempted. Anything else is an error.
import pLimit from 'p-limit';
import type { CxonePort } from '../cxone/port.js';
import type { LiveState } from '../cxone/read-live-state.js';
import type { Plan } from '../plan/plan-types.js';
import type { ChangeResult } from './execute-batches.js';

export interface Verification {
  ok: boolean;
  checkedSkills: number;
  /** Differences nobody reported: each says what and where. */
  unexpected: string[];
}

/** Page size the tenant-wide read uses (the client's default), to compare the two ways. */
const ASSIGNMENTS_PER_PAGE = 1000;

/**
 * Live state with the touched skills read again; every other skill as it was. One request per
 * touched skill, unless reading the whole tenant in pages takes fewer requests.
 */
export async function rereadTouched(cxone: CxonePort, live: LiveState, skillIds: number[], concurrency: number): Promise<LiveState> {
  const touched = new Set(skillIds);
  const wholeTenantPages = Math.ceil(live.assignments.length / ASSIGNMENTS_PER_PAGE) + 1;
  if (skillIds.length > wholeTenantPages) {
    const all = await cxone.listAllAssignments();
    return { ...live, assignments: [...live.assignments.filter((a) => !touched.has(a.skillId)), ...all.filter((a) => touched.has(a.skillId))] };
  }
  const limit = pLimit(Math.max(1, concurrency));
  const fresh = await Promise.all(skillIds.map((id) => limit(() => cxone.listSkillAssignments(id))));
  return { ...live, assignments: [...live.assignments.filter((a) => !touched.has(a.skillId)), ...fresh.flat()] };
}

const key = (c: { action: string; skillId: number; agentId: number }) => `${c.action} ${c.skillId}:${c.agentId}`;

export function compareAfterApply(fresh: Plan, results: ChangeResult[], touched: number[]): Verification {
  const touchedSet = new Set(touched);
  const remaining = fresh.queues.filter((q) => touchedSet.has(q.skillId)).flatMap((q) => q.changes);
  const expected = new Set(results.filter((r) => r.status !== 'applied').map((r) => key(r.change)));
  const unexpected: string[] = [];
  for (const c of remaining) {
    if (!expected.delete(key(c))) unexpected.push(`${c.skillId} ${c.userName} (${c.agentId}): still needs ${c.action} although it was reported applied or was never planned`);
  }
  for (const k of expected) unexpected.push(`${k}: reported as failed, but live CXone already matches the desired state`);
  return { ok: unexpected.length === 0, checkedSkills: touched.length, unexpected };
}
