// After writing, the touched skills are read again and planned again: what remains must be
// exactly the changes that were reported as failed or not attempted. Anything else is an error.
import type { CxonePort } from '../../cxone/port.js';
import { rereadSkills } from '../../cxone/read-live-state.js';
import type { ChangeResult } from '../../domain/change-result.js';
import type { LiveState } from '../../domain/live-state.js';
import type { Plan } from '../../domain/plan.js';

export interface Verification {
  ok: boolean;
  checkedSkills: number;
  /** Differences nobody reported: each says what and where. */
  unexpected: string[];
}

/**
 * Live state with the touched skills read again; every other skill as it was. Reads by whichever
 * way costs fewer requests (per skill or tenant-wide; see rereadSkills), inactive assignments,
 * agents and skills included.
 */
export function rereadTouched(cxone: CxonePort, live: LiveState, skillIds: number[], concurrency: number): Promise<LiveState> {
  return rereadSkills(cxone, live, skillIds, concurrency);
}

const key = (c: { action: string; skillId: number; agentId: number }) => `${c.action} ${c.skillId}:${c.agentId}`;

export function compareAfterApply(fresh: Plan, results: ChangeResult[], touched: number[]): Verification {
  const touchedSet = new Set(touched);
  const remaining = fresh.queues.filter((q) => touchedSet.has(q.skillId)).flatMap((q) => q.changes);
  const expected = new Set(results.filter((r) => r.status !== 'applied').map((r) => key(r.change)));
  const unexpected: string[] = [];
  for (const c of remaining) {
    if (!expected.delete(key(c)))
      unexpected.push(`${c.skillId} ${c.userName} (${c.agentId}): still needs ${c.action} although it was reported applied or was never planned`);
  }
  for (const k of expected) unexpected.push(`${k}: reported as failed, but live CXone already matches the desired state`);
  return { ok: unexpected.length === 0, checkedSkills: touched.length, unexpected };
}
