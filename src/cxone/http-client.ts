// The CXone adapter: speaks the Admin REST API over axios. It owns auth headers, the run's one
// rate limiter, retries, paging and id conversion, and turns HTTP failures into typed errors.
// Nothing outside src/cxone/ sees axios.
import type { AxiosInstance, AxiosResponse } from 'axios';
import pThrottle from 'p-throttle';
import { CxoneApiError, CxoneAuthError } from '../errors.js';
import { redact } from '../redact.js';
import type { TokenProvider } from './auth.js';
import { listOf, outcomesOf, ResponseShapeError, toAgent, toAssignment, toSkill, toTeam, totalRecords } from './normalize.js';
import type { CxonePort } from './port.js';
import { backoffMs, DEFAULT_RETRY_POLICY, isRetryableStatus, RETRYABLE_NETWORK_CODES, retryAfterMs, type RetryPolicy, DEFAULT_TIMEOUT_MS } from './retry-policy.js';
import type { AgentOutcome, AssignmentWrite, CallStats, LiveAssignment } from './types.js';
import { plural } from '../plural.js';

export interface CxoneHttpClientOptions {
  http: AxiosInstance;
  /** e.g. https://api-na1.niceincontact.com */
  apiBase: string;
  apiVersion: string;
  auth: TokenProvider;
  requestsPerSecond: number;
  timeoutMs?: number;
  pageSize?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const PERMISSION_AREA: Record<string, string> = {
  skills: 'ACD › Skills (view/edit skill assignments)',
  agents: 'Users › Agents (view users and their skills)',
  teams: 'Users › Teams (view teams)',
};

export class CxoneHttpClient implements CxonePort {
  private readonly base: string;
  private readonly policy: RetryPolicy;
  private readonly throttled: <T>(fn: () => Promise<T>) => Promise<T>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly counts: CallStats = { requests: 0, retries: 0, byRoute: {} };

  constructor(private readonly options: CxoneHttpClientOptions) {
    this.base = `${options.apiBase.replace(/\/+$/, '')}/inContactAPI/services/${options.apiVersion}`;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    // One limiter for every request of the run, retries included
    const rps = options.requestsPerSecond;
    const limit = Math.max(1, Math.round(rps));
    const throttle = pThrottle({ limit, interval: Math.round((1000 * limit) / rps), strict: true });
    const gate = throttle(() => undefined);
    this.throttled = async (fn) => {
      await gate();
      return fn();
    };
  }

  stats(): CallStats {
    return { ...this.counts, byRoute: { ...this.counts.byRoute } };
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

  listSkillAssignments(skillId: number): Promise<LiveAssignment[]> {
    return this.readAll(`/skills/${skillId}/agents`, 'agentSkillAssignments', (a) => toAssignment(a, skillId));
  }

  listAllAssignments(): Promise<LiveAssignment[]> {
    return this.readAll('/agents/skills', 'agentSkillAssignments', (a) => toAssignment(a));
  }

  addAssignments(skillId: number, items: AssignmentWrite[]) {
    return this.write('POST', skillId, items.map(writeBody), items.map((i) => i.agentId));
  }

  updateAssignments(skillId: number, items: AssignmentWrite[]) {
    return this.write('PUT', skillId, items.map(writeBody), items.map((i) => i.agentId));
  }

  removeAssignments(skillId: number, agentIds: number[]) {
    return this.write('DELETE', skillId, agentIds.map((agentId) => ({ agentId: String(agentId) })), agentIds);
  }

  private async write(method: Method, skillId: number, agents: object[], requested: number[]): Promise<AgentOutcome[]> {
    const path = `/skills/${skillId}/agents`;
    const response = await this.request(method, path, { data: { agents } });
    return this.shaped(method, path, () => outcomesOf(response?.data, requested, 'agentResults'));
  }

  /** Pages through a listing with skip/top until totalRecords is reached (else a short page), or 204. */
  private async readAll<T>(path: string, key: string, convert: (item: Record<string, unknown>) => T): Promise<T[]> {
    const top = this.options.pageSize ?? 1000;
    const items: T[] = [];
    for (let skip = 0; ; ) {
      const response = await this.request('GET', path, { params: { skip, top } });
      if (!response || response.status === 204) break;
      const page = this.shaped('GET', path, () => listOf(response.data, key).map(convert));
      items.push(...page);
      skip += page.length;
      // totalRecords decides when present: a server may cap `top`, so a short page is not the end
      const total = totalRecords(response.data);
      if (page.length === 0 || (total !== undefined ? items.length >= total : page.length < top)) break;
    }
    return items;
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
    const route = `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
    let attempt = 0;
    let rateLimited = 0;
    let reauthenticated = false;
    for (;;) {
      attempt++;
      const token = await this.options.auth.accessToken();
      let response: AxiosResponse;
      try {
        response = await this.throttled(() => {
          this.counts.requests++;
          this.counts.byRoute[route] = (this.counts.byRoute[route] ?? 0) + 1;
          return this.options.http.request({
            method,
            url: `${this.base}${path}`,
            params: extra.params,
            data: extra.data,
            headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(extra.data ? { 'Content-Type': 'application/json' } : {}) },
            timeout: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            validateStatus: () => true,
          });
        });
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'network error';
        if (RETRYABLE_NETWORK_CODES.has(code) && attempt <= this.policy.maxRetries) {
          await this.retryWait(backoffMs(attempt, this.policy, this.random));
          continue;
        }
        throw new CxoneApiError(`CXone ${method} ${path} failed: ${code} (after ${plural(attempt, 'attempt')})`, { method, path, attempts: attempt });
      }

      const { status } = response;
      if (status < 300) return response;
      if (status === 401 && !reauthenticated) {
        reauthenticated = true;
        this.options.auth.reject(token);
        this.counts.retries++;
        continue;
      }
      if (status === 429 && rateLimited < this.policy.maxRateLimitRetries) {
        rateLimited++;
        const wait = retryAfterMs(response.headers['retry-after'], this.now());
        await this.retryWait(Math.min(wait ?? backoffMs(rateLimited, this.policy, this.random), this.policy.maxDelayMs * 4));
        continue;
      }
      if (isRetryableStatus(status) && attempt <= this.policy.maxRetries) {
        await this.retryWait(backoffMs(attempt, this.policy, this.random));
        continue;
      }
      throw this.httpError(method, path, response, attempt);
    }
  }

  private async retryWait(ms: number): Promise<void> {
    this.counts.retries++;
    await this.sleep(ms);
  }

  private httpError(method: Method, path: string, response: AxiosResponse, attempts: number): Error {
    const { status } = response;
    const cxoneError = redact(errorText(response.data));
    const requestId = response.headers['x-request-id'] ?? response.headers['x-correlation-id'];
    const area = PERMISSION_AREA[path.split('/')[1] ?? ''] ?? 'the API';
    const explain: Record<number, string> = {
      400: 'CXone rejected the request',
      401: 'CXone refused the access token even after a fresh one',
      403: `the access key's role lacks the permission for ${area}`,
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

function errorText(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300);
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const parts = [b.error, b.error_description, b.message, b.Message].filter((v): v is string => typeof v === 'string');
  return parts.join(': ').slice(0, 300);
}
