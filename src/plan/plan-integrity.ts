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

/** One keyed change or pending change: which assignment, and its canonical texts. */
interface Entry {
  skillId: number;
  agentId: number;
  userName: string;
  values: string[];
}

/** Every change and pending change, keyed, with its canonical text. Tolerates hostile shapes. */
function entries(plan: Plan): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const add = (key: string, c: Change | PendingChange, value: unknown) => {
    const entry = out.get(key) ?? { skillId: Number(c?.skillId), agentId: Number(c?.agentId), userName: String(c?.userName ?? ''), values: [] };
    entry.values.push(canonicalJson(value));
    out.set(key, entry);
  };
  for (const q of Array.isArray(plan.queues) ? plan.queues : []) {
    for (const c of Array.isArray(q?.changes) ? q.changes : []) add(changeKey(c), c, { ...c, queueSkillId: q.skillId });
    for (const p of Array.isArray(q?.pending) ? q.pending : []) add(pendingKey(p), p, { ...p, queueSkillId: q.skillId });
  }
  return out;
}

/** One difference between a saved plan and the recomputed one, and the assignment it is about. */
export interface PlanDifference {
  /** Absent for a difference that is about the whole plan (the managed skills). */
  skillId?: number;
  agentId?: number;
  userName?: string;
  text: string;
}

const printable = (d: string) => d.replace(/[^\x20-\x7e]/g, '?');

/** What differs between a saved plan's changes and the recomputed ones, per assignment (empty: identical). */
export function planDifferenceList(saved: Plan, fresh: Plan): PlanDifference[] {
  const a = entries(saved);
  const b = entries(fresh);
  const differences: PlanDifference[] = [];
  const about = (e: Entry, text: string): PlanDifference => ({
    skillId: e.skillId,
    agentId: e.agentId,
    userName: printable(e.userName),
    text: printable(text),
  });
  for (const [key, entry] of a) {
    const other = b.get(key);
    if (!other) differences.push(about(entry, `${key} is in the saved plan, but skills/ and live CXone do not call for it`));
    else if (entry.values.length !== other.values.length) differences.push(about(entry, `${key} appears ${entry.values.length} times in the saved plan`));
    else if (entry.values.some((v, i) => v !== other.values[i])) differences.push(about(entry, `${key} differs from the recomputed change`));
  }
  for (const [key, entry] of b)
    if (!a.has(key)) differences.push(about(entry, `${key} is called for by skills/ and live CXone, but missing from the saved plan`));
  const managed = (p: Plan) => canonicalJson([...(Array.isArray(p.managedSkillIds) ? p.managedSkillIds : [])].sort((x, y) => x - y));
  if (managed(saved) !== managed(fresh)) differences.push({ text: 'the managed skills differ from the recomputed ones' });
  return differences;
}

/** What differs between a saved plan's changes and the recomputed ones (empty: identical). */
export function planDifferences(saved: Plan, fresh: Plan): string[] {
  return planDifferenceList(saved, fresh).map((d) => d.text);
}
