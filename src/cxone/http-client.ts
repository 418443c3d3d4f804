// The CXone adapter: speaks the Admin REST API over axios. It owns auth headers, the run's one
// rate limiter, retries, paging and id conversion, and turns HTTP failures into typed errors.
// Nothing outside src/cxone/ sees axios.
import { setTimeout as wait } from 'node:timers/promises';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { BulkWriteUnavailableError, CxoneApiError, CxoneAuthError, InterruptedError } from '../domain/errors.js';
import type { AgentState, SkillActivity, SkillPerformance } from '../domain/live-impact.js';
import type {
  AgentOutcome,
  AssignmentFilter,
  AssignmentWrite,
  CallStats,
  LiveAssignment,
  PairOutcome,
  PairWrite,
  SkillOutcome,
  SkillWrite,
} from '../domain/live-state.js';
import { plural } from '../text/plural.js';
import { redact } from '../text/redact.js';
import type { TokenProvider } from './auth.js';
import { bulkBody, chunkPairs } from './bulk-body.js';
import { listOf, outcomesOf, pairOutcomesOf, ResponseShapeError, toAgent, toAssignment, toSkill, toTeam, totalRecords } from './normalize.js';
import { toAgentState, toSkillActivity, toSkillPerformance } from './normalize-real-time.js';
import type { CxonePort } from './port.js';
import { RateGate } from './rate-gate.js';
import {
  backoffMs,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
  isRetryableStatus,
  RETRYABLE_NETWORK_CODES,
  type RetryPolicy,
  retryAfterMs,
} from './retry-policy.js';

export interface CxoneHttpClientOptions {
  http: AxiosInstance;
  /** e.g. https://api-na1.niceincontact.com */
  apiBase: string;
  apiVersion: string;
  auth: TokenProvider;
  requestsPerSecond: number;
  /** Overall deadline of one request, connection to last byte (not an idle timeout). */
  timeoutMs?: number;
  /** When aborted, requests in flight are cancelled, waits end, and calls reject with InterruptedError. */
  abort?: AbortSignal;
  /** Items asked for per page of a listing (top); a tenant that refuses it with 400 gets smaller pages. */
  pageSize?: number;
  /** Pages of one listing fetched at once once the first page gave totalRecords (all under the rate limit). */
  readConcurrency?: number;
  /** Most agent x skill pairs in one bulk write (POST /agents/skills); halved for the run when a body is refused as too large. */
  bulkPairs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The role permission a 403 on this path is about, in the words of the CXone admin UI. */
function permissionArea(path: string): string {
  if (/^\/skills\/activity|^\/agents\/states/.test(path)) return 'real-time data (Reporting: real-time skill and agent data)';
  if (/^\/skills\/(\d+\/)?(sla-)?summary/.test(path)) return 'reporting data (Reporting: skill summaries)';
  if (/^\/skills\/\d+\/agents|^\/agents\/(skills|\d+\/skills)/.test(path)) return 'skill assignments (ACD › Skills: View and Edit; Users › Agents: Skills)';
  if (path.startsWith('/skills')) return 'ACD › Skills (View)';
  if (path.startsWith('/agents')) return 'Users › Agents (View)';
  if (path.startsWith('/teams')) return 'Users › Teams (View)';
  return 'the Admin API';
}

/** Large pages: the definitions document no maximum `top`; a 400 to it halves the page (down to MIN_PAGE_SIZE). */
const DEFAULT_PAGE_SIZE = 10_000;
/** Pages of 1,000 were read from every tenant so far: the fallback stops there. */
const MIN_PAGE_SIZE = 1000;
const DEFAULT_READ_CONCURRENCY = 4;
/** Pairs per bulk write unless settings say otherwise (apply.bulkPairs). */
const DEFAULT_BULK_PAIRS = 1000;
const BULK_PATH = '/agents/skills';
const ASSIGNMENT_FIELDS = 'skillId,agentId,agentProficiencyValue,isActive';
const ACTIVITY_FIELDS = 'skillId,agentsLoggedIn,agentsAvailable,agentsWorking,queueCount,earliestQueueTime,serverTime,serviceLevel,serviceLevelGoal';
const AGENT_STATE_FIELDS = 'agentId,agentStateName,isACW,skillId';
const SUMMARY_FIELDS = 'skillId,contactsHandled,contactsOffered,serviceLevel';

export class CxoneHttpClient implements CxonePort {
  private readonly base: string;
  private readonly policy: RetryPolicy;
  private readonly gate: RateGate;
  /** The page size in use: the setting, or smaller once the tenant refused a large `top`. */
  private top: number;
  /** Pairs per bulk write in use: the setting, or less once the tenant refused a body as too large. */
  private bulkLimit: number;
  /** Waits `ms`; an abort ends the wait and clears its timer (so no wait outlives the run). */
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly counts: CallStats = { requests: 0, retries: 0, byRoute: {} };

  constructor(private readonly options: CxoneHttpClientOptions) {
    this.base = `${options.apiBase.replace(/\/+$/, '')}/inContactAPI/services/${options.apiVersion}`;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sleep = options.sleep ?? ((ms, signal) => wait(ms, undefined, signal ? { signal } : {}).catch(() => undefined));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    // One limiter for every request of the run, retries included; 429s lower its rate
    this.gate = new RateGate({ perSecond: options.requestsPerSecond });
    this.top = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.bulkLimit = Math.max(1, options.bulkPairs ?? DEFAULT_BULK_PAIRS);
  }

  /** Pairs per bulk write the client sends now (lower than the setting after a body was refused as too large). */
  get bulkPairs(): number {
    return this.bulkLimit;
  }

  /** Requests per second the limiter allows now (lower than the setting after 429s). */
  get currentRate(): number {
    return this.gate.current;
  }

  stats(): CallStats {
    return { ...this.counts, byRoute: { ...this.counts.byRoute } };
  }

  get pageSize(): number {
    return this.top;
  }

  listSkills() {
    return this.readAll('/skills', 'skills', toSkill);
  }

  listAgents() {
    return this.readAll('/agents', 'agents', toAgent);
  }

  listTeams() {
    return this.readAll('/teams', 'teams', toTeam);
  }

  // Real-time and reporting reads (live impact): one tenant-wide listing each, never per skill
  listSkillActivity(): Promise<SkillActivity[]> {
    return this.readAll('/skills/activity', 'skillActivity', toSkillActivity, { fields: ACTIVITY_FIELDS });
  }

  listAgentStates(): Promise<AgentState[]> {
    return this.readAll('/agents/states', 'agentStates', toAgentState, { fields: AGENT_STATE_FIELDS });
  }

  /** GET /skills/summary documents no paging: one request for every skill. */
  async skillSummaries(startDate: string, endDate: string): Promise<SkillPerformance[]> {
    const path = '/skills/summary';
    const response = await this.request('GET', path, { params: { startDate, endDate, fields: SUMMARY_FIELDS } });
    if (!response || response.status === 204) return [];
    return this.shaped('GET', path, () => listOf(response.data, 'skillSummaries').map(toSkillPerformance));
  }

  listSkillAssignments(skillId: number): Promise<LiveAssignment[]> {
    return this.readAll(`/skills/${skillId}/agents`, 'agentSkillAssignments', (a) => toAssignment(a, { skillId }));
  }

  listAgentAssignments(agentId: number): Promise<LiveAssignment[]> {
    // Items carry no agentId (the definition names it agentID_alt): the path says whose they are
    return this.readAll(`/agents/${agentId}/skills`, 'agentSkillAssignments', (a) => toAssignment(a, { agentId }));
  }

  /** Every filter is sent: CXone's defaults (all true) would hide inactive assignments. */
  listAllAssignments(filter: AssignmentFilter, onItems?: (items: LiveAssignment[]) => void): Promise<LiveAssignment[]> {
    // Only the fields skillops reads: a tenant-wide page is otherwise ~30 fields per assignment
    const params = { isActive: filter.isActive, isAgentActive: filter.isAgentActive, isSkillActive: filter.isSkillActive, fields: ASSIGNMENT_FIELDS };
    return this.readAll('/agents/skills', 'agentSkillAssignments', (a) => toAssignment(a), params, onItems);
  }

  async addAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]> {
    const { outcomes, attempts } = await this.skillWrite(
      'POST',
      skillId,
      items.map(writeBody),
      items.map((i) => i.agentId),
    );
    return attempts > 1 ? this.confirmRetriedAdds(skillId, items, outcomes) : outcomes;
  }

  async updateAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]> {
    return (
      await this.skillWrite(
        'PUT',
        skillId,
        items.map(writeBody),
        items.map((i) => i.agentId),
      )
    ).outcomes;
  }

  async removeAssignments(skillId: number, agentIds: number[]): Promise<AgentOutcome[]> {
    return (
      await this.skillWrite(
        'DELETE',
        skillId,
        agentIds.map((agentId) => ({ agentId: String(agentId) })),
        agentIds,
      )
    ).outcomes;
  }

  async addAgentSkills(agentId: number, items: SkillWrite[]): Promise<SkillOutcome[]> {
    const { outcomes, attempts } = await this.agentWrite(
      'POST',
      agentId,
      items.map(skillBody),
      items.map((i) => i.skillId),
    );
    if (attempts === 1 || !outcomes.some(alreadyAssigned)) return outcomes;
    const live = new Map((await this.listAgentAssignments(agentId)).map((a) => [a.skillId, a]));
    return outcomes.map((o, i) => (alreadyAssigned(o) && matches(live.get(o.skillId), items[i]!) ? { skillId: o.skillId, success: true } : o));
  }

  async updateAgentSkills(agentId: number, items: SkillWrite[]): Promise<SkillOutcome[]> {
    return (
      await this.agentWrite(
        'PUT',
        agentId,
        items.map(skillBody),
        items.map((i) => i.skillId),
      )
    ).outcomes;
  }

  async removeAgentSkills(agentId: number, skillIds: number[]): Promise<SkillOutcome[]> {
    return (
      await this.agentWrite(
        'DELETE',
        agentId,
        skillIds.map((skillId) => ({ skillId: String(skillId) })),
        skillIds,
      )
    ).outcomes;
  }

  /**
   * Adds and updates for many agents and skills in as few requests as the pair limit allows
   * (POST /agents/skills); outcomes in request order. A body refused as too large (413, or a 400
   * that says so) halves the limit for the rest of the run and is sent again in halves. 404 or
   * 405 (a tenant or API version without the endpoint) throws BulkWriteUnavailableError with what
   * was settled before. Pairs the answer does not name (a 206/207 without results, errors it does
   * not attribute), and failures of a request that was sent more than once, are read back.
   */
  async writePairs(items: PairWrite[]): Promise<PairOutcome[]> {
    const outcomes = new Map<string, PairOutcome>();
    const pending = chunkPairs(items, this.bulkLimit);
    for (let chunk = pending.shift(); chunk; chunk = pending.shift()) {
      if (chunk.length > this.bulkLimit) {
        pending.unshift(...chunkPairs(chunk, this.bulkLimit));
        continue;
      }
      let answer: { response: AxiosResponse | undefined; attempts: number };
      try {
        answer = await this.send('POST', BULK_PATH, { data: bulkBody(chunk) });
      } catch (error) {
        if (!(error instanceof CxoneApiError)) throw error;
        const { status } = error.detail;
        if (status === 404 || status === 405) throw new BulkWriteUnavailableError(error.message, error.detail, [...outcomes.values()]);
        if (tooLarge(error) && chunk.length > 1) {
          this.bulkLimit = Math.max(1, Math.floor(Math.min(this.bulkLimit, chunk.length) / 2));
          pending.unshift(...chunkPairs(chunk, this.bulkLimit));
          continue;
        }
        throw error;
      }
      const said = this.shaped('POST', BULK_PATH, () => pairOutcomesOf(answer.response?.data, chunk));
      // Unnamed pairs, and failures that may be our own earlier attempt (a lost answer), are read back
      const doubtful = chunk.filter((_, i) => said[i] === undefined || (answer.attempts > 1 && !said[i]!.success));
      const held = doubtful.length > 0 ? await this.readPairs(doubtful) : new Map<string, LiveAssignment>();
      chunk.forEach((pair, i) => {
        const key = pairKey(pair);
        const known = said[i];
        if (known && (known.success || answer.attempts === 1)) outcomes.set(key, known);
        else if (matches(held.get(key), pair)) outcomes.set(key, { agentId: pair.agentId, skillId: pair.skillId, success: true });
        else
          outcomes.set(key, {
            agentId: pair.agentId,
            skillId: pair.skillId,
            success: false,
            error: known
              ? known.error!
              : `CXone answered ${answer.response?.status ?? 'without a body'} without naming this pair, and reading it back shows it was not applied`,
          });
      });
    }
    return items.map((p) => outcomes.get(pairKey(p))!);
  }

  /** Live assignments of some pairs, by whichever reads fewer: per skill (inactive ones then per agent) or per agent. */
  private async readPairs(pairs: PairWrite[]): Promise<Map<string, LiveAssignment>> {
    const skills = [...new Set(pairs.map((p) => p.skillId))];
    const agents = [...new Set(pairs.map((p) => p.agentId))];
    const held = new Map<string, LiveAssignment>();
    if (skills.length < agents.length) {
      for (const skillId of skills) for (const a of await this.listSkillAssignments(skillId)) held.set(pairKey(a), a);
    }
    const missing = [...new Set(pairs.filter((p) => !held.has(pairKey(p))).map((p) => p.agentId))];
    for (const agentId of missing) for (const a of await this.listAgentAssignments(agentId)) held.set(pairKey(a), a);
    return held;
  }

  /**
   * A POST that was sent more than once may have been applied by an attempt whose answer was
   * lost: its "already assigned" is then our own write. Each such item is read back and counted
   * as applied when live CXone holds exactly what was asked. The per-skill listing may leave out
   * inactive assignments, so agents it does not show are read agent by agent.
   */
  private async confirmRetriedAdds(skillId: number, items: AssignmentWrite[], outcomes: AgentOutcome[]): Promise<AgentOutcome[]> {
    const suspects = outcomes.map((o, i) => (alreadyAssigned(o) ? i : -1)).filter((i) => i >= 0);
    if (suspects.length === 0) return outcomes;
    const bySkill = new Map((await this.listSkillAssignments(skillId)).map((a) => [a.agentId, a]));
    const confirmed = new Set<number>();
    for (const i of suspects) {
      const want = items[i]!;
      let held = bySkill.get(want.agentId);
      if (!held) held = (await this.listAgentAssignments(want.agentId)).find((a) => a.skillId === skillId);
      if (matches(held, want)) confirmed.add(i);
    }
    return outcomes.map((o, i) => (confirmed.has(i) ? { agentId: o.agentId, success: true } : o));
  }

  private async skillWrite(method: Method, skillId: number, agents: object[], requested: number[]): Promise<{ outcomes: AgentOutcome[]; attempts: number }> {
    const path = `/skills/${skillId}/agents`;
    const { response, attempts } = await this.send(method, path, { data: { agents } });
    const outcomes = this.shaped(method, path, () => outcomesOf(response?.data, requested, 'agentResults')).map(({ id, ...o }) => ({ agentId: id, ...o }));
    return { outcomes, attempts };
  }

  private async agentWrite(method: Method, agentId: number, skills: object[], requested: number[]): Promise<{ outcomes: SkillOutcome[]; attempts: number }> {
    const path = `/agents/${agentId}/skills`;
    const { response, attempts } = await this.send(method, path, { data: { skills } });
    const outcomes = this.shaped(method, path, () => outcomesOf(response?.data, requested, 'skillResults')).map(({ id, ...o }) => ({ skillId: id, ...o }));
    return { outcomes, attempts };
  }

  /**
   * Every item of a listing. The first page says how many there are (totalRecords); the rest are
   * then fetched up to `readConcurrency` at a time, all under the one rate limiter, and put back
   * in order. A page shorter than asked (a server may cap `top`) is continued from where it
   * stopped, so every item is read exactly once. Without totalRecords (the documented listings
   * all give it), pages follow one another until a short or empty page (204). A 400 to the first page with a large `top` halves the
   * page size (a tenant may refuse large pages; none is documented) and remembers it.
   * @param onItems given each page's items in listing order as soon as every page before it is in
   */
  private async readAll<T>(
    path: string,
    key: string,
    convert: (item: Record<string, unknown>) => T,
    filters: Record<string, unknown> = {},
    onItems?: (items: T[]) => void,
  ): Promise<T[]> {
    const page = async (skip: number, top: number): Promise<{ items: T[]; total: number | undefined }> => {
      const response = await this.request('GET', path, { params: { ...filters, skip, top } });
      if (!response || response.status === 204) return { items: [], total: undefined };
      return { items: this.shaped('GET', path, () => listOf(response.data, key).map(convert)), total: totalRecords(response.data) };
    };
    const first = await this.firstPage(page);
    const top = this.top;
    const items = [...first.items];
    onItems?.(first.items);
    if (first.items.length === 0) return items;
    if (first.total === undefined) {
      // No count: one page after another until a short or empty one (204)
      for (let last = first.items.length; last >= top; ) {
        const next = await page(items.length, top);
        items.push(...next.items);
        onItems?.(next.items);
        last = next.items.length;
      }
      return items;
    }
    // The rest in slices of the first page's length, fetched concurrently
    const step = first.items.length;
    const offsets: number[] = [];
    for (let skip = step; skip < first.total; skip += step) offsets.push(skip);
    const slices = new Array<T[]>(offsets.length);
    let nextIndex = 0;
    // slices handed to onItems so far: each goes once every slice before it is in
    let handed = 0;
    const hand = () => {
      for (; handed < slices.length && slices[handed]; handed++) onItems?.(slices[handed]!);
    };
    const worker = async () => {
      while (nextIndex < offsets.length) {
        const i = nextIndex++;
        const skip = offsets[i]!;
        const want = Math.min(step, first.total! - skip);
        const slice: T[] = [];
        // a short answer is continued from where it stopped; an empty one ends the slice
        while (slice.length < want) {
          const got = await page(skip + slice.length, top);
          if (got.items.length === 0) break;
          slice.push(...got.items.slice(0, want - slice.length));
        }
        slices[i] = slice;
        hand();
      }
    };
    const workers = Math.max(1, Math.min(this.options.readConcurrency ?? DEFAULT_READ_CONCURRENCY, offsets.length));
    await Promise.all(Array.from({ length: workers }, worker));
    for (const slice of slices) items.push(...slice);
    return items;
  }

  /** The first page, with the page size halved (not below 1,000) while the tenant answers 400 to a large `top`. */
  private async firstPage<R>(page: (skip: number, top: number) => Promise<R>): Promise<R> {
    for (;;) {
      try {
        return await page(0, this.top);
      } catch (error) {
        if (!(error instanceof CxoneApiError) || error.detail.status !== 400 || this.top <= MIN_PAGE_SIZE) throw error;
        this.top = Math.max(MIN_PAGE_SIZE, Math.floor(this.top / 2));
      }
    }
  }

  private shaped<T>(method: Method, path: string, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ResponseShapeError)) throw error;
      throw new CxoneApiError(`CXone ${method} ${path} returned an unexpected response: ${error.message}`, { method, path, attempts: 1 });
    }
  }

  private async request(method: Method, path: string, extra: { params?: Record<string, unknown>; data?: unknown }): Promise<AxiosResponse | undefined> {
    return (await this.send(method, path, extra)).response;
  }

  private interrupted(method: Method, path: string): InterruptedError {
    return new InterruptedError(`interrupted: CXone ${method} ${this.where(path)} was cancelled`);
  }

  /** Host and path of a request, for messages: never the query, never credentials. */
  private where(path: string): string {
    const url = new URL(`${this.base}${path}`);
    return `${url.host}${url.pathname}`;
  }

  private async send(
    method: Method,
    path: string,
    extra: { params?: Record<string, unknown>; data?: unknown },
  ): Promise<{ response: AxiosResponse | undefined; attempts: number }> {
    const route = `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
    let attempt = 0;
    let rateLimited = 0;
    let reauthenticated = false;
    const abort = this.options.abort;
    const deadlineMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (;;) {
      attempt++;
      if (abort?.aborted) throw this.interrupted(method, path);
      const token = await this.options.auth.accessToken();
      let response: AxiosResponse;
      // One deadline for the whole exchange, from connecting to the last byte of the answer
      const deadline = AbortSignal.timeout(deadlineMs);
      try {
        await this.gate.wait();
        response = await (() => {
          if (abort?.aborted) throw this.interrupted(method, path);
          this.counts.requests++;
          this.counts.byRoute[route] = (this.counts.byRoute[route] ?? 0) + 1;
          return this.options.http.request({
            method,
            url: `${this.base}${path}`,
            params: extra.params,
            data: extra.data,
            headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(extra.data ? { 'Content-Type': 'application/json' } : {}) },
            signal: abort ? AbortSignal.any([abort, deadline]) : deadline,
            validateStatus: () => true,
          });
        })();
      } catch (error) {
        if (error instanceof InterruptedError) throw error;
        if (abort?.aborted) throw this.interrupted(method, path);
        const code = deadline.aborted ? 'ETIMEDOUT' : ((error as { code?: string }).code ?? 'network error');
        if (RETRYABLE_NETWORK_CODES.has(code) && attempt <= this.policy.maxRetries) {
          await this.retryWait(backoffMs(attempt, this.policy, this.random), method, path);
          continue;
        }
        const why = code === 'ETIMEDOUT' ? `no complete answer within ${deadlineMs / 1000} s (ETIMEDOUT)` : code;
        throw new CxoneApiError(`CXone ${method} ${this.where(path)} failed: ${why} (after ${plural(attempt, 'attempt')})`, {
          method,
          path,
          attempts: attempt,
        });
      }

      const { status } = response;
      if (status === 429) this.gate.slowDown();
      else this.gate.recovered();
      if (status < 300) return { response, attempts: attempt };
      if (status === 401 && !reauthenticated) {
        reauthenticated = true;
        this.options.auth.reject(token);
        this.counts.retries++;
        continue;
      }
      if (status === 429 && rateLimited < this.policy.maxRateLimitRetries) {
        rateLimited++;
        const wait = retryAfterMs(response.headers['retry-after'], this.now());
        await this.retryWait(Math.min(wait ?? backoffMs(rateLimited, this.policy, this.random), this.policy.maxDelayMs * 4), method, path);
        continue;
      }
      if (isRetryableStatus(status) && attempt <= this.policy.maxRetries) {
        await this.retryWait(backoffMs(attempt, this.policy, this.random), method, path);
        continue;
      }
      throw this.httpError(method, path, response, attempt);
    }
  }

  /** Waits before a retry; an abort ends the wait at once and interrupts the call. */
  private async retryWait(ms: number, method: Method, path: string): Promise<void> {
    this.counts.retries++;
    const abort = this.options.abort;
    if (!abort) return this.sleep(ms);
    if (abort.aborted) throw this.interrupted(method, path);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<'aborted'>((resolve) => {
      onAbort = () => resolve('aborted');
      abort.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const result = await Promise.race([this.sleep(ms, abort), aborted]);
      if (result === 'aborted') throw this.interrupted(method, path);
    } finally {
      abort.removeEventListener('abort', onAbort!);
    }
  }

  private httpError(method: Method, path: string, response: AxiosResponse, attempts: number): Error {
    const { status } = response;
    const cxoneError = redact(errorText(response.data));
    const requestId = response.headers['x-request-id'] ?? response.headers['x-correlation-id'];
    const area = permissionArea(path);
    const explain: Record<number, string> = {
      400: 'CXone rejected the request',
      401: 'CXone refused the access token even after a fresh one',
      403: `the access key's role lacks the permission for ${area}; ask a CXone administrator to grant it to the role of this access key`,
      404: 'not found (unknown skill or agent id)',
      409: 'conflict',
      429: 'still rate limited after retrying',
    };
    const why = explain[status] ?? (status >= 500 ? 'CXone server error' : `HTTP ${status}`);
    const message = `CXone ${method} ${path} failed with ${status}: ${why}${cxoneError ? ` (${cxoneError})` : ''} after ${plural(attempts, 'attempt')}`;
    const detail = { status, method, path, attempts, ...(cxoneError ? { cxoneError } : {}), ...(typeof requestId === 'string' ? { requestId } : {}) };
    return status === 401 ? new CxoneAuthError(message, status) : new CxoneApiError(message, detail);
  }
}

const writeBody = (item: AssignmentWrite) => ({ agentId: String(item.agentId), proficiency: item.proficiency, isActive: item.isActive });
const skillBody = (item: SkillWrite) => ({ skillId: String(item.skillId), proficiency: item.proficiency, isActive: item.isActive });
const pairKey = (p: { agentId: number; skillId: number }) => `${p.agentId}:${p.skillId}`;
/** A 413, or a 400 whose text says the body was too large or held too many records. */
const tooLarge = (error: CxoneApiError) =>
  error.detail.status === 413 ||
  (error.detail.status === 400 && /too (large|big|long|many)|more than \d+|exceed|maximum|payload|body size|limit/i.test(error.detail.cxoneError ?? ''));
const alreadyAssigned = (o: { success: boolean; error?: string }) => !o.success && /already/i.test(o.error ?? '');
const matches = (held: LiveAssignment | undefined, want: { proficiency: number; isActive: boolean }) =>
  held !== undefined && held.proficiency === want.proficiency && held.isActive === want.isActive;

function errorText(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300);
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const parts = [b.error, b.error_description, b.message, b.Message].filter((v): v is string => typeof v === 'string');
  return parts.join(': ').slice(0, 300);
}
