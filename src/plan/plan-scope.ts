// A saved plan answers for the queues it covers (those it changes; their pending changes too),
// not for the whole tenant. Apply re-plans exactly those queues and requires the same changes;
// a difference elsewhere (another merge already applied, a supervisor's hand change) is not the
// plan's business: left alone and reported. Pure: the caller plans, this judges.
import type { CoveredQueue, LeftAloneQueue, Plan } from '../domain/plan.js';
import { forMessage } from '../text/untrusted.js';
import { planDifferenceList } from './plan-integrity.js';

/**
 * The skills a saved plan answers for: those it lists under `covers` and every queue it has a
 * change in (so a hand-edited file cannot hide a change from the check). A queue with only
 * pending changes is not covered: a date turning there is the scheduled run's business.
 */
export function coveredSkillIds(saved: Plan): Set<number> {
  const ids = new Set<number>();
  for (const c of Array.isArray(saved.covers) ? saved.covers : []) if (typeof c?.skillId === 'number') ids.add(c.skillId);
  for (const q of saved.queues) if (q.changes.length > 0) ids.add(q.skillId);
  return ids;
}

/** The outcome of judging a saved plan on its covered queues. */
export type CoverVerdict =
  | { ok: true }
  /** Same inputs in every differing queue, yet other changes: the file was edited or made by another version. */
  | { ok: false; integrity: string[] }
  /** A covered queue's file or live assignments (or the date) changed: one line per queue and agent. */
  | { ok: false; stale: string[] };

const coverOf = (plan: Plan, skillId: number): CoveredQueue | undefined =>
  Array.isArray(plan.covers) ? plan.covers.find((c) => c?.skillId === skillId) : undefined;

/**
 * Compares a saved plan with `fresh`, the plan made now from the files and live CXone of exactly
 * the saved plan's covered queues (with every queue listed under `covers`).
 */
export function judgeCoveredQueues(saved: Plan, fresh: Plan): CoverVerdict {
  const covered = coveredSkillIds(saved);
  const within: Plan = {
    ...saved,
    queues: saved.queues.filter((q) => covered.has(q.skillId)),
    managedSkillIds: saved.managedSkillIds.filter((id) => covered.has(id)),
  };
  const differences = planDifferenceList(within, fresh).filter((d) => d.skillId !== undefined);
  const stale: string[] = [];
  const integrity: string[] = [];
  // names come from the saved file: untrusted
  const nameOf = (skillId: number) =>
    forMessage(String(coverOf(saved, skillId)?.skillName ?? saved.queues.find((q) => q.skillId === skillId)?.skillName ?? skillId), 200);
  const managedNow = new Set(fresh.managedSkillIds);
  // a covered queue no file manages now: said once per queue. One the planner never covered
  // (a change added to the file by hand) is judged below, as a difference of its own
  const unmanaged = new Set([...covered].filter((id) => !managedNow.has(id) && coverOf(saved, id)));
  for (const skillId of [...unmanaged].sort((a, b) => a - b))
    stale.push(`queue ${nameOf(skillId)}: no queue file manages it now (the files changed for that queue)`);
  for (const d of differences) {
    const skillId = d.skillId!;
    if (unmanaged.has(skillId)) continue;
    const before = coverOf(saved, skillId);
    const now = coverOf(fresh, skillId);
    const where = `queue ${nameOf(skillId)}, agent ${d.userName} (${d.agentId})`;
    if (!before || !now) {
      integrity.push(d.text);
      continue;
    }
    const files = before.desiredHash !== now.desiredHash;
    const live = before.liveFingerprint !== now.liveFingerprint;
    if (files && live) stale.push(`${where}: the files changed for that queue and live CXone changed there since the plan was made`);
    else if (files) stale.push(`${where}: the files changed for that queue since the plan was made`);
    else if (live) stale.push(`${where}: live CXone changed for that assignment since the plan was made`);
    else if (movedOnly(saved, fresh, skillId, d.agentId!))
      stale.push(`${where}: its entry moved to another line of the queue file since the plan was made (the files changed for that queue)`);
    else if (saved.effectiveDate !== fresh.effectiveDate)
      stale.push(`${where}: a dated entry came due or ended (planned on ${saved.effectiveDate}, it is now ${fresh.effectiveDate})`);
    else integrity.push(d.text);
  }
  if (stale.length > 0) return { ok: false, stale };
  if (integrity.length > 0) return { ok: false, integrity };
  return { ok: true };
}

/** The agent's changes in that queue are the same in both plans but for where their entry is written. */
function movedOnly(saved: Plan, fresh: Plan, skillId: number, agentId: number): boolean {
  const of = (plan: Plan) => {
    const q = plan.queues.find((x) => x.skillId === skillId);
    const rows = [...(q?.changes ?? []), ...(q?.pending ?? [])].filter((c) => c.agentId === agentId);
    return rows.map(({ source: _where, ...rest }) => JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))));
  };
  const [a, b] = [of(saved), of(fresh)];
  return a.length > 0 && a.length === b.length && a.every((row, i) => row === b[i]);
}

/** Queues outside the cover that a plan of them would change now: left alone, reported. */
export function leftAloneQueues(full: Plan, covered: Set<number>): LeftAloneQueue[] {
  return full.queues
    .filter((q) => !covered.has(q.skillId) && q.changes.length > 0)
    .map((q) => ({
      skillId: q.skillId,
      skillName: q.skillName,
      file: q.file,
      changes: q.changes.length,
      why: 'differs from live CXone (drift: a hand change in CXone, or a change not applied yet); not part of this plan',
    }));
}
