// Builds the CXone client for a run from settings and the environment: where the tenant lives
// (explicit base or discovery by tenant id), credentials, and the run's rate limit.
import axios, { type AxiosInstance } from 'axios';
import { CxoneApiError, InterruptedError, UsageError } from '../domain/errors.js';
import { isTenantId, type Settings } from '../domain/settings.js';
import { isSecureOrLoopback } from '../text/url.js';
import { credentialsFromEnv, TokenProvider } from './auth.js';
import { CxoneHttpClient, type CxoneHttpClientOptions } from './http-client.js';

interface Endpoints {
  authUrl: string;
  apiBase: string;
}

function checked(url: string, what: string): string {
  if (!isSecureOrLoopback(url)) throw new UsageError(`${what} must be an https URL (http is allowed only for loopback addresses): ${url}`);
  return url.replace(/\/+$/, '');
}

async function resolveEndpoints(settings: Settings, env: NodeJS.ProcessEnv, http: AxiosInstance, abort?: AbortSignal): Promise<Endpoints> {
  const authUrl = checked(env.CXONE_AUTH_URL || settings.cxone.authUrl, 'the CXone auth URL');
  const explicit = env.CXONE_API_BASE || settings.cxone.apiBase;
  if (explicit) return { authUrl, apiBase: checked(explicit, 'the CXone API base') };
  const tenantId = settings.cxone.tenantId;
  if (!tenantId) throw new UsageError('set cxone.tenantId or cxone.apiBase in skillops.yaml (or CXONE_API_BASE) so skillops knows which tenant to read');
  if (!isTenantId(tenantId)) {
    throw new UsageError(
      `cxone.tenantId must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002; CXone discovery accepts nothing else), not "${tenantId.slice(0, 80)}". Find it in CXone under Admin › Account Settings, or set cxone.apiBase instead`,
    );
  }
  const path = '/.well-known/cxone-configuration';
  const where = `${new URL(authUrl).host}${path}`;
  let body: unknown;
  try {
    const response = await http.get(`${authUrl}${path}`, {
      params: { tenantId },
      signal: abort ? AbortSignal.any([abort, AbortSignal.timeout(15_000)]) : AbortSignal.timeout(15_000),
      validateStatus: () => true,
    });
    const why = response.status === 404 ? ' (unknown tenant id)' : '';
    if (response.status !== 200)
      throw new CxoneApiError(`CXone discovery for tenant "${tenantId}" at ${where} failed with ${response.status}${why}`, {
        status: response.status,
        method: 'GET',
        path,
        attempts: 1,
      });
    body = response.data;
  } catch (error) {
    if (error instanceof CxoneApiError) throw error;
    if (abort?.aborted) throw new InterruptedError(`interrupted: CXone discovery at ${where} was cancelled`);
    throw new CxoneApiError(
      `could not reach CXone discovery at ${where} for tenant "${tenantId}" (${(error as { code?: string }).code ?? 'no answer within 15 s'})`,
      { method: 'GET', path, attempts: 1 },
    );
  }
  const endpoint = (body as { api_endpoint?: unknown } | undefined)?.api_endpoint;
  if (typeof endpoint !== 'string')
    throw new CxoneApiError(`CXone discovery for tenant "${tenantId}" returned no api_endpoint`, { method: 'GET', path, attempts: 1 });
  return { authUrl, apiBase: checked(endpoint, 'the discovered CXone API endpoint') };
}

export type ClientTuning = Partial<Pick<CxoneHttpClientOptions, 'timeoutMs' | 'pageSize' | 'retry' | 'sleep' | 'random' | 'abort'>>;

export async function createCxoneClient(settings: Settings, env: NodeJS.ProcessEnv, tuning: ClientTuning = {}): Promise<CxoneHttpClient> {
  const credentials = credentialsFromEnv(env);
  // No proxy from the environment and no redirects: requests go only where settings say
  const http = axios.create({ proxy: false, maxRedirects: 0 });
  const endpoints = await resolveEndpoints(settings, env, http, tuning.abort);
  const auth = new TokenProvider({
    http,
    tokenUrl: `${endpoints.authUrl}/auth/token`,
    credentials,
    ...(tuning.abort ? { abort: tuning.abort } : {}),
    ...(tuning.timeoutMs !== undefined ? { timeoutMs: tuning.timeoutMs } : {}),
  });
  return new CxoneHttpClient({
    http,
    apiBase: endpoints.apiBase,
    apiVersion: settings.cxone.apiVersion,
    auth,
    requestsPerSecond: settings.apply.requestsPerSecond,
    pageSize: settings.read.pageSize,
    readConcurrency: settings.read.concurrency,
    bulkPairs: settings.apply.bulkPairs,
    ...tuning,
  });
}
