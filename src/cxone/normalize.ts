// CXone responses are untrusted input: every field is checked and converted here, so the rest
// of skillops sees clean numbers and strings. Anything malformed is an error, never guessed.
import type { Agent, LiveAssignment, Skill, Team } from '../domain/live-state.js';

export class ResponseShapeError extends Error {}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function id(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new ResponseShapeError(`${field} is not a numeric id`);
  return n;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const flag = (value: unknown, fallback = true): boolean =>
  typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : fallback;

export function listOf(body: unknown, key: string): Json[] {
  if (!isRecord(body)) throw new ResponseShapeError('response is not a JSON object');
  const list = body[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new ResponseShapeError(`"${key}" is not a list`);
  return list.map((item, i) => {
    if (!isRecord(item)) throw new ResponseShapeError(`"${key}[${i}]" is not an object`);
    return item;
  });
}

export function totalRecords(body: unknown): number | undefined {
  if (!isRecord(body)) return undefined;
  const n = Number(body.totalRecords);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export const toSkill = (s: Json): Skill => ({
  skillId: id(s.skillId, 'skillId'),
  skillName: text(s.skillName),
  ...(s.mediaTypeName !== undefined ? { mediaTypeName: text(s.mediaTypeName) } : {}),
  isActive: flag(s.isActive),
});

export const toAgent = (a: Json): Agent => ({
  agentId: id(a.agentId, 'agentId'),
  userName: text(a.userName),
  firstName: text(a.firstName),
  lastName: text(a.lastName),
  ...(a.emailAddress ? { emailAddress: text(a.emailAddress) } : {}),
  ...(a.teamName ? { teamName: text(a.teamName) } : {}),
  isActive: flag(a.isActive),
});

export const toTeam = (t: Json): Team => ({ teamId: id(t.teamId, 'teamId'), teamName: text(t.teamName), isActive: flag(t.isActive) });

export function toAssignment(a: Json, known: { skillId?: number; agentId?: number } = {}): LiveAssignment {
  const proficiency = Number(a.agentProficiencyValue ?? a.proficiency);
  if (!Number.isInteger(proficiency)) throw new ResponseShapeError('agentProficiencyValue is not a whole number');
  return {
    skillId: known.skillId ?? id(a.skillId, 'skillId'),
    agentId: known.agentId ?? id(a.agentId, 'agentId'),
    proficiency,
    isActive: flag(a.isActive),
  };
}

/**
 * Per-item outcomes of a batch write, one per requested id, in request order. CXone answers 200
 * even when some items failed. Only `success` is required in a result item: the id may be missing
 * (the older description: returned only when the assignment succeeded), so an item without an id
 * is matched to the request by its position when the result list has one item per request.
 * A requested id the result set does not mention succeeded, unless the response counts errors
 * it does not attribute (then every unmentioned id failed: nothing is assumed).
 */
export function outcomesOf(
  body: unknown,
  requested: number[],
  resultsKey: 'agentResults' | 'skillResults',
): Array<{ id: number; success: boolean; error?: string }> {
  const idField = resultsKey === 'agentResults' ? 'agentId' : 'skillId';
  const resultSet = isRecord(body) && isRecord(body.resultSet) ? body.resultSet : undefined;
  const results = resultSet ? listOf(resultSet, resultsKey) : [];
  const byPosition = results.length === requested.length;
  const byId = new Map<number, { id: number; success: boolean; error?: string }>();
  let unplaced = 0;
  results.forEach((r, i) => {
    const success = flag(r.success, false);
    const key = r[idField] !== undefined && r[idField] !== null ? id(r[idField], idField) : byPosition ? requested[i]! : undefined;
    if (key === undefined) {
      if (!success) unplaced++;
      return;
    }
    // DELETE documents `error` as a boolean: a reason is only kept when it is text
    const reason = typeof r.error === 'string' ? r.error : typeof r.message === 'string' ? r.message : '';
    byId.set(key, { id: key, success, ...(success ? {} : { error: reason.slice(0, 300) || 'failed without a reason' }) });
  });
  const reportedErrors = Number(resultSet?.errorCount ?? 0);
  const attributed = [...byId.values()].filter((o) => !o.success).length;
  const unattributed = unplaced > 0 || (Number.isFinite(reportedErrors) && reportedErrors > attributed);
  return requested.map(
    (key) =>
      byId.get(key) ??
      (unattributed
        ? { id: key, success: false, error: `CXone reported errors without naming the ${idField === 'agentId' ? 'agents' : 'skills'}` }
        : { id: key, success: true }),
  );
}

/**
 * Per-pair outcomes of a bulk write (POST /agents/skills), one per requested pair in request
 * order; `undefined` where the answer does not say (to be read back). The definition's result
 * items are `{ agentId, skillId, success }` with the ids as strings and nothing required, and
 * `errorCount` is a string: items are matched by agentId + skillId only (a bulk answer has no
 * order to match by). A pair the result set does not mention succeeded, unless the answer counts
 * errors it does not attribute or names no pair at all; then it is unknown.
 */
export function pairOutcomesOf(
  body: unknown,
  requested: Array<{ agentId: number; skillId: number }>,
): Array<{ agentId: number; skillId: number; success: boolean; error?: string } | undefined> {
  const resultSet = isRecord(body) && isRecord(body.resultSet) ? body.resultSet : undefined;
  if (!resultSet) return requested.map(() => undefined);
  const results = listOf(resultSet, 'skillResults');
  const wanted = new Set(requested.map((p) => `${p.agentId}:${p.skillId}`));
  const byPair = new Map<string, boolean>();
  let unplaced = 0;
  for (const r of results) {
    const success = flag(r.success, false);
    const named = r.agentId !== undefined && r.agentId !== null && r.skillId !== undefined && r.skillId !== null;
    const key = named ? `${id(r.agentId, 'agentId')}:${id(r.skillId, 'skillId')}` : undefined;
    if (key === undefined || !wanted.has(key)) {
      if (!success) unplaced++;
      continue;
    }
    // a pair reported twice counts as failed if either says so
    byPair.set(key, (byPair.get(key) ?? true) && success);
  }
  const count = resultSet.errorCount;
  const reported = typeof count === 'string' && /^\d+$/.test(count.trim()) ? Number(count) : typeof count === 'number' ? count : 0;
  const attributed = [...byPair.values()].filter((ok) => !ok).length;
  const unattributed = unplaced > 0 || reported > attributed || (results.length === 0 && reported > 0);
  return requested.map((p) => {
    const ok = byPair.get(`${p.agentId}:${p.skillId}`);
    if (ok === true) return { agentId: p.agentId, skillId: p.skillId, success: true };
    if (ok === false)
      return { agentId: p.agentId, skillId: p.skillId, success: false, error: 'CXone reported this pair as not applied (the bulk write gives no reason)' };
    return unattributed ? undefined : { agentId: p.agentId, skillId: p.skillId, success: true };
  });
}
