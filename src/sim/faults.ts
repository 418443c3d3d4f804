// Fault knobs of the simulator, settable by flags and at run time with POST /__sim/faults.

export interface Faults {
  /** Requests per second accepted before answering 429 (0: unlimited). */
  rateLimitPerSecond: number;
  /** Share of API requests answered 429 at random (0..1), independent of the rate. */
  rateLimitRate: number;
  /** Whether a 429 carries Retry-After (CXone may send it or not). */
  retryAfter: boolean;
  /** Share of API requests answered 5xx at random (0..1). */
  errorRate: number;
  /** Delay added to every request, in milliseconds. */
  latencyMs: number;
  /** Lifetime of new access tokens, in seconds. */
  tokenLifetimeSeconds: number;
  /** Agents whose writes fail with a per-item error inside a 200. */
  failingAgents: number[];
  /** Largest number of agents accepted in one write request (400 above). */
  maxBatchSize: number;
  /** Largest page served, whatever `top` asks for. */
  maxPageSize: number;
  /** Proficiency accepted by the skill-centric writes (documented: an enum 1-5). */
  skillCentricProficiency: [number, number];
  /** Proficiency accepted by the agent-centric writes (documented: any integer; the admin UI uses 1-20). */
  agentCentricProficiency: [number, number];
  /** Whether GET /skills/{id}/agents lists inactive assignments (undocumented; the older description says it lists active ones). */
  skillAgentsListInactive: boolean;
  /** Whether a failed item of a batch write carries its id (only `success` is required; the older description: ids only on success). */
  failedItemsCarryId: boolean;
  /** The next N write requests are applied but their answer is lost (the connection is cut). */
  loseWriteResponses: number;
  /** Write requests wait, unanswered and not yet applied, until this is set back to false. */
  holdWrites: boolean;
  /** API reads (GET) wait, unanswered, until this is set back to false (the token endpoint answers). */
  holdReads: boolean;
  /** Proficiency CXone gives an assignment added without one (only the id is required; the default is not documented). */
  defaultProficiency: number;
  /** The bulk write (POST /agents/skills) is missing: answered with this status (404 or 405; 0: the endpoint exists). */
  bulkAbsent: number;
  /** What the bulk write ("Add or Modify") does to an assignment that exists: update it, or report the pair as failed (not documented). */
  bulkExisting: 'update' | 'fail';
  /** Status of a bulk answer in which some pairs failed: 200, 206 or 207 (all documented; when each is used is not). */
  bulkPartialStatus: number;
  /** Largest bulk body accepted, in agent x skill pairs (400 "too large" above; not documented). */
  bulkMaxPairs: number;
}

export const DEFAULT_FAULTS: Faults = {
  rateLimitPerSecond: 0,
  rateLimitRate: 0,
  retryAfter: true,
  errorRate: 0,
  latencyMs: 0,
  tokenLifetimeSeconds: 3600,
  failingAgents: [],
  maxBatchSize: 500,
  maxPageSize: 10_000,
  skillCentricProficiency: [1, 5],
  agentCentricProficiency: [1, 20],
  skillAgentsListInactive: false,
  failedItemsCarryId: false,
  loseWriteResponses: 0,
  holdWrites: false,
  holdReads: false,
  defaultProficiency: 1,
  bulkAbsent: 0,
  bulkExisting: 'update',
  bulkPartialStatus: 200,
  bulkMaxPairs: 10_000,
};

/** Parses "skill-centric=1-5" (or agent-centric=...) into the knob it sets. */
export function parseProficiencyRange(text: string): Partial<Faults> | string {
  const m = /^(skill-centric|agent-centric)=(\d{1,3})-(\d{1,3})$/.exec(text.trim());
  if (!m || Number(m[2]) > Number(m[3])) return `"${text}" is not <skill-centric|agent-centric>=<min>-<max>, e.g. skill-centric=1-5`;
  const range: [number, number] = [Number(m[2]), Number(m[3])];
  return m[1] === 'skill-centric' ? { skillCentricProficiency: range } : { agentCentricProficiency: range };
}

/** Merges a JSON patch into the knobs, refusing unknown keys and wrong types. */
export function patchFaults(current: Faults, patch: unknown): Faults | string {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return 'body must be a JSON object';
  const next: Faults = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in DEFAULT_FAULTS)) return `unknown fault "${key}"; known: ${Object.keys(DEFAULT_FAULTS).join(', ')}`;
    const k = key as keyof Faults;
    if (k === 'failingAgents') {
      if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v))) return 'failingAgents must be a list of agent ids';
      next.failingAgents = value as number[];
    } else if (k === 'retryAfter' || k === 'skillAgentsListInactive' || k === 'failedItemsCarryId' || k === 'holdWrites' || k === 'holdReads') {
      if (typeof value !== 'boolean') return `${k} must be true or false`;
      next[k] = value;
    } else if (k === 'bulkExisting') {
      if (value !== 'update' && value !== 'fail') return 'bulkExisting must be "update" or "fail"';
      next.bulkExisting = value;
    } else if (k === 'bulkAbsent' && ![0, 404, 405].includes(value as number)) {
      return 'bulkAbsent must be 0, 404 or 405';
    } else if (k === 'bulkPartialStatus' && ![200, 206, 207].includes(value as number)) {
      return 'bulkPartialStatus must be 200, 206 or 207';
    } else if (k === 'skillCentricProficiency' || k === 'agentCentricProficiency') {
      if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => Number.isSafeInteger(v)) || value[0] > value[1]) return `${k} must be [min, max]`;
      next[k] = [value[0], value[1]];
    } else {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `${k} must be a number >= 0`;
      if ((k === 'rateLimitRate' || k === 'errorRate') && value > 1) return `${k} is a share between 0 and 1`;
      (next as unknown as Record<string, number>)[k] = value;
    }
  }
  return next;
}
