// Builds the CXone client for a run from settings and the environment: where the tenant lives
// (explicit base or discovery by tenant id), credentials, and the run's rate limit.
import axios, { type AxiosInstance } from 'axios';
import { isSecureOrLoopback, type Settings } from '../config/settings.js';
import { CxoneApiError, UsageError } from '../errors.js';
import { credentialsFromEnv, TokenProvider } from './auth.js';
import { CxoneHttpClient, type CxoneHttpClientOptions } from './http-client.js';

export interface Endpoints {
  authUrl: string;
  apiBase: string;
}

function checked(url: string, what: string): string {
  if (!isSecureOrLoopback(url)) throw new UsageError(`${what} must be an https URL (http is allowed only for loopback addresses): ${url}`);
  return url.replace(/\/+$/, '');
}

export async function resolveEndpoints(settings: Settings, env: NodeJS.ProcessEnv, http: AxiosInstance): Promise<Endpoints> {
  const authUrl = checked(env.CXONE_AUTH_URL || settings.cxone.authUrl, 'the CXone auth URL');
  const explicit = env.CXONE_API_BASE || settings.cxone.apiBase;
  if (explicit) return { authUrl, apiBase: checked(explicit, 'the CXone API base') };
  const tenantId = settings.cxone.tenantId;
  if (!tenantId) throw new UsageError('set cxone.tenantId or cxone.apiBase in skillops.yaml (or CXONE_API_BASE) so skillops knows which tenant to read');
  const path = '/.well-known/cxone-configuration';
  let body: unknown;
  try {
    const response = await http.get(`${authUrl}${path}`, { params: { tenantId }, timeout: 15_000, validateStatus: () => true });
    if (response.status !== 200) throw new CxoneApiError(`CXone discovery for tenant "${tenantId}" failed with ${response.status}`, { status: response.status, method: 'GET', path, attempts: 1 });
    body = response.data;
  } catch (error) {
    if (error instanceof CxoneApiError) throw error;
    throw new CxoneApiError(`could not reach CXone discovery for tenant "${tenantId}" (${(error as { code?: string }).code ?? 'network error'})`, { method: 'GET', path, attempts: 1 });
  }
  const endpoint = (body as { api_endpoint?: unknown } | undefined)?.api_endpoint;
  if (typeof endpoint !== 'string') throw new CxoneApiError(`CXone discovery for tenant "${tenantId}" returned no api_endpoint`, { method: 'GET', path, attempts: 1 });
  return { authUrl, apiBase: checked(endpoint, 'the discovered CXone API endpoint') };
}

export type ClientTuning = Partial<Pick<CxoneHttpClientOptions, 'timeoutMs' | 'pageSize' | 'retry' | 'sleep' | 'random'>>;

export async function createCxoneClient(settings: Settings, env: NodeJS.ProcessEnv, tuning: ClientTuning = {}): Promise<CxoneHttpClient> {
  const credentials = credentialsFromEnv(env);
  // No proxy from the environment and no redirects: requests go only where settings say
  const http = axios.create({ proxy: false, maxRedirects: 0 });
  const endpoints = await resolveEndpoints(settings, env, http);
  const auth = new TokenProvider({ http, tokenUrl: `${endpoints.authUrl}/auth/token`, credentials });
  return new CxoneHttpClient({
    http,
    apiBase: endpoints.apiBase,
    apiVersion: settings.cxone.apiVersion,
    auth,
    requestsPerSecond: settings.apply.requestsPerSecond,
    ...tuning,
  });
}
