// Plan integrity: a saved plan is only a record of what a reviewer saw. Apply recomputes the
// changes from skills/ and live CXone and requires the saved ones to be the same, compared as
// canonical JSON (keys sorted, changes in a fixed order): byte for byte after normalisation.
// Hashes in the file prove nothing about its changes, because anyone editing it can keep them.
import type { Change, PendingChange, Plan } from '../domain/plan.js';

/** JSON with object keys sorted at every level. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const changeKey = (c: Pick<Change, 'action' | 'skillId' | 'agentId'>) => `${c.action} ${c.skillId}:${c.agentId}`;
const pendingKey = (p: Pick<PendingChange, 'skillId' | 'agentId' | 'from'>) => `pending ${p.skillId}:${p.agentId} from ${p.from}`;

/** Every change and pending change, keyed, with its canonical text. Tolerates hostile shapes. */
function entries(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: unknown) => out.set(key, [...(out.get(key) ?? []), canonicalJson(value)]);
  for (const q of Array.isArray(plan.queues) ? plan.queues : []) {
    for (const c of Array.isArray(q?.changes) ? q.changes : []) add(changeKey(c), { ...c, queueSkillId: q.skillId });
    for (const p of Array.isArray(q?.pending) ? q.pending : []) add(pendingKey(p), { ...p, queueSkillId: q.skillId });
  }
  return out;
}

/** What differs between a saved plan's changes and the recomputed ones (empty: identical). */
export function planDifferences(saved: Plan, fresh: Plan): string[] {
  const a = entries(saved);
  const b = entries(fresh);
  const differences: string[] = [];
  for (const [key, values] of a) {
    const other = b.get(key);
    if (!other) differences.push(`${key} is in the saved plan, but skills/ and live CXone do not call for it`);
    else if (values.length !== other.length) differences.push(`${key} appears ${values.length} times in the saved plan`);
    else if (values.some((v, i) => v !== other[i])) differences.push(`${key} differs from the recomputed change`);
  }
  for (const key of b.keys()) if (!a.has(key)) differences.push(`${key} is called for by skills/ and live CXone, but missing from the saved plan`);
  const managed = (p: Plan) => canonicalJson([...(Array.isArray(p.managedSkillIds) ? p.managedSkillIds : [])].sort((x, y) => x - y));
  if (managed(saved) !== managed(fresh)) differences.push('the managed skills differ from the recomputed ones');
  return differences.map((d) => d.replace(/[^\x20-\x7e]/g, '?'));
}
