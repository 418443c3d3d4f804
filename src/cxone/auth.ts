// CXone access tokens: the password grant with an access key, client credentials as the form
// fields the token definition declares (client_id, client_secret; the refresh grant sends client_id).
// One token is shared by every request of a run, refreshed shortly before it expires, and only
// one refresh is ever in flight.
import type { AxiosInstance, AxiosResponse } from 'axios';
import { CxoneAuthError, InterruptedError } from '../domain/errors.js';
import { registerSecret } from '../text/redact.js';
import { forTerminal } from '../text/untrusted.js';
import { DEFAULT_TIMEOUT_MS } from './retry-policy.js';

interface Credentials {
  clientId: string;
  clientSecret: string;
  accessKeyId: string;
  accessKeySecret: string;
}

const CREDENTIAL_ENV = {
  clientId: 'CXONE_CLIENT_ID',
  clientSecret: 'CXONE_CLIENT_SECRET',
  accessKeyId: 'CXONE_ACCESS_KEY_ID',
  accessKeySecret: 'CXONE_ACCESS_KEY_SECRET',
} as const;

export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  const missing = Object.values(CREDENTIAL_ENV).filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new CxoneAuthError(`missing CXone credentials in the environment: ${missing.join(', ')}`);
  }
  const credentials = {
    clientId: env.CXONE_CLIENT_ID!,
    clientSecret: env.CXONE_CLIENT_SECRET!,
    accessKeyId: env.CXONE_ACCESS_KEY_ID!,
    accessKeySecret: env.CXONE_ACCESS_KEY_SECRET!,
  };
  return credentials;
}

interface CachedToken {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

interface TokenProviderOptions {
  http: AxiosInstance;
  tokenUrl: string;
  credentials: Credentials;
  now?: () => number;
  /** Overall deadline of one token request. */
  timeoutMs?: number;
  /** Cancels a token request in flight (InterruptedError). */
  abort?: AbortSignal;
}

export class TokenProvider {
  private cached: CachedToken | undefined;
  private inflight: Promise<string> | undefined;
  private readonly now: () => number;
  /** Token requests made (grants and refreshes), for the audit record. */
  grants = 0;

  constructor(private readonly options: TokenProviderOptions) {
    this.now = options.now ?? Date.now;
    // Whoever built the credentials, they are redacted from every message from now on
    Object.values(options.credentials).forEach(registerSecret);
  }

  /** A valid access token, fetched or refreshed when needed. */
  async accessToken(): Promise<string> {
    if (this.cached && this.now() < this.cached.expiresAt) return this.cached.accessToken;
    return this.renew();
  }

  /** The API refused `token` (401): forget it so the next call renews, unless already renewed. */
  reject(token: string): void {
    if (this.cached?.accessToken === token) this.cached = { ...this.cached, expiresAt: 0 };
  }

  private renew(): Promise<string> {
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchToken(): Promise<string> {
    const refreshToken = this.cached?.refreshToken;
    if (refreshToken) {
      try {
        // The refresh grant declares client_id (required) and no client secret
        return await this.grant({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: this.options.credentials.clientId });
      } catch (error) {
        // An expired or revoked refresh token: fall back to a new password grant
        if (!(error instanceof CxoneAuthError)) throw error;
      }
    }
    const { accessKeyId, accessKeySecret, clientId, clientSecret } = this.options.credentials;
    return this.grant({ grant_type: 'password', username: accessKeyId, password: accessKeySecret, client_id: clientId, client_secret: clientSecret });
  }

  private async grant(form: Record<string, string>): Promise<string> {
    this.grants++;
    const { abort } = this.options;
    const where = (() => {
      const u = new URL(this.options.tokenUrl);
      return `${u.host}${u.pathname}`;
    })();
    if (abort?.aborted) throw new InterruptedError(`interrupted: CXone token request to ${where} was cancelled`);
    const deadlineMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(deadlineMs);
    let response: AxiosResponse<unknown>;
    try {
      response = await this.options.http.post(this.options.tokenUrl, new URLSearchParams(form).toString(), {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        signal: abort ? AbortSignal.any([abort, deadline]) : deadline,
        validateStatus: () => true,
      });
    } catch (error) {
      if (abort?.aborted) throw new InterruptedError(`interrupted: CXone token request to ${where} was cancelled`);
      const code = deadline.aborted ? `no answer within ${deadlineMs / 1000} s` : ((error as { code?: string }).code ?? 'network error');
      throw new CxoneAuthError(`could not reach the CXone token endpoint ${where} (${code})`);
    }
    const data = response.data;
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    // a 200 that is no token (a proxy's login page, a captive portal) is not CXone refusing anything
    if (response.status === 200 && !isObject) {
      const type = String(response.headers?.['content-type'] ?? 'no content type')
        .split(';')[0]!
        .trim();
      throw new CxoneAuthError(
        `the CXone token endpoint ${where} answered HTTP 200 with ${forTerminal(type, 80)}, not a JSON token response; check the auth URL (CXONE_AUTH_URL or cxone.authUrl): a proxy or login page may be answering instead`,
        response.status,
      );
    }
    const body = (isObject ? data : {}) as Record<string, unknown>;
    if (response.status === 200 && typeof body.access_token !== 'string') {
      throw new CxoneAuthError(
        `the CXone token endpoint ${where} answered HTTP 200 without an access_token; check the auth URL (CXONE_AUTH_URL or cxone.authUrl)`,
        response.status,
      );
    }
    if (response.status !== 200 || typeof body.access_token !== 'string') {
      const reason =
        typeof body.error === 'string'
          ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description.slice(0, 200)}` : ''}`
          : `HTTP ${response.status}`;
      throw new CxoneAuthError(`CXone refused the ${form.grant_type === 'refresh_token' ? 'token refresh' : 'credentials'} (${reason})`, response.status);
    }
    const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600) * 1000;
    // Renew a little early so a token never expires in flight: 10% of its life, at most a minute
    const margin = Math.min(60_000, lifetimeMs * 0.1);
    registerSecret(body.access_token);
    if (typeof body.refresh_token === 'string') registerSecret(body.refresh_token);
    this.cached = {
      accessToken: body.access_token,
      ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
      expiresAt: this.now() + lifetimeMs - margin,
    };
    return body.access_token;
  }
}
