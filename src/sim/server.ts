// The CXone simulator: a real HTTP server on loopback serving the token endpoint, discovery and
// the Admin API on one origin, with fault knobs for tests, the demo and benchmarks.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimActivity } from './activity.js';
import { handleApi, routeOf } from './api-routes.js';
import { DEFAULT_FAULTS, type Faults, patchFaults } from './faults.js';
import { seededRandom } from './random.js';
import { type Fixture, SimTenant } from './tenant.js';

const SIM_CREDENTIALS = {
  CXONE_CLIENT_ID: 'sim-client-id',
  CXONE_CLIENT_SECRET: 'sim-client-secret',
  CXONE_ACCESS_KEY_ID: 'sim-access-key-id',
  CXONE_ACCESS_KEY_SECRET: 'sim-access-key-secret',
} as const;

export interface SimOptions {
  fixture: Fixture;
  port?: number;
  seed?: number;
  faults?: Partial<Faults>;
  credentials?: typeof SIM_CREDENTIALS;
  /** The tenant's id for discovery (a UUID, as CXone requires). */
  tenantId?: string;
}

/** The simulated tenant's id: discovery answers only for it. */
const SIM_TENANT_ID = '5e1b0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c55';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface SimStats {
  requests: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface RunningSim {
  url: string;
  tenant: SimTenant;
  faults: Faults;
  stats: SimStats;
  /** Environment that points skillops at this simulator. */
  env: Record<string, string>;
  /** The tenant id discovery answers for. */
  tenantId: string;
  /** Real-time and reporting figures (also set with POST /__sim/activity). */
  activity: SimActivity;
  setFaults(patch: Partial<Faults>): void;
  resetStats(): void;
  revokeTokens(): void;
  close(): Promise<void>;
}

const API_PREFIX = /^\/inContactAPI\/services\/v\d{1,3}\.0(\/.*)$/;
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function startSimulator(options: SimOptions): Promise<RunningSim> {
  const tenant = new SimTenant(options.fixture);
  const activity = new SimActivity(tenant);
  const tenantId = options.tenantId ?? SIM_TENANT_ID;
  const credentials = options.credentials ?? SIM_CREDENTIALS;
  let faults: Faults = { ...DEFAULT_FAULTS, ...options.faults };
  const random = seededRandom(options.seed ?? 42);
  const tokens = new Map<string, number>(); // access token → expiry (ms)
  const refreshTokens = new Set<string>();
  let stats: SimStats = { requests: 0, byRoute: {}, byStatus: {} };
  let window = { second: 0, count: 0 };
  let origin = '';
  // API requests held by `holdWrites` / `holdReads`, each let go when its knob is switched off
  let held: Array<{ write: boolean; go: () => void }> = [];
  const holding = (write: boolean) => (write ? faults.holdWrites : faults.holdReads);
  const setFaultsTo = (next: Faults) => {
    faults = next;
    const release = held.filter((h) => !holding(h.write));
    held = held.filter((h) => holding(h.write));
    for (const h of release) h.go();
  };

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    if (body === undefined || status === 204) {
      res.writeHead(status, headers).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  };

  // Token answers, success or error, are never cached (headers required by the definition)
  const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  const tokenError = (res: ServerResponse, error: string, description: string) => send(res, 400, { error, error_description: description }, NO_STORE);

  const issueToken = (res: ServerResponse) => {
    const access = `sim-at-${randomBytes(12).toString('hex')}`;
    const refresh = `sim-rt-${randomBytes(12).toString('hex')}`;
    tokens.set(access, Date.now() + faults.tokenLifetimeSeconds * 1000);
    refreshTokens.add(refresh);
    const now = Math.floor(Date.now() / 1000);
    // A JWT in form (header.payload.signature); the simulator does not sign it
    const idToken = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: origin, sub: `user:${credentials.CXONE_ACCESS_KEY_ID}`, aud: credentials.CXONE_CLIENT_ID, iat: now, exp: now + faults.tokenLifetimeSeconds, tenantId })}.${randomBytes(16).toString('base64url')}`;
    send(
      res,
      200,
      {
        access_token: access,
        token_type: 'Bearer',
        expires_in: faults.tokenLifetimeSeconds,
        refresh_token: refresh,
        id_token: idToken,
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      },
      NO_STORE,
    );
  };

  /**
   * Client credentials from the form (as the definition declares) or Basic auth (RFC 6749). With
   * Basic, a form `client_id` naming the same client is accepted (the refresh grant requires it);
   * a second secret in the form, or a form id naming another client, is two ways at once.
   */
  const clientOf = (req: IncomingMessage, form: URLSearchParams): { id?: string; secret?: string } | 'both' => {
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (basic) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const fromBasic = colon < 0 ? {} : { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
      if (form.has('client_secret') || (form.has('client_id') && form.get('client_id') !== fromBasic.id)) return 'both';
      return fromBasic;
    }
    return { ...(form.has('client_id') ? { id: form.get('client_id')! } : {}), ...(form.has('client_secret') ? { secret: form.get('client_secret')! } : {}) };
  };

  const token = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return tokenError(res, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(raw);
    const client = clientOf(req, form);
    if (client === 'both') return tokenError(res, 'invalid_request', 'client credentials must be sent one way only (form fields or Basic auth)');
    const grant = form.get('grant_type');
    if (grant === 'password') {
      // A bad client is a 400 invalid_client (the definition documents 200 and 400 only)
      if (client.id !== credentials.CXONE_CLIENT_ID || client.secret !== credentials.CXONE_CLIENT_SECRET)
        return tokenError(res, 'invalid_client', 'Client authentication failed');
      if (!form.get('username') || !form.get('password')) return tokenError(res, 'invalid_request', 'username and password are required');
      if (form.get('username') !== credentials.CXONE_ACCESS_KEY_ID || form.get('password') !== credentials.CXONE_ACCESS_KEY_SECRET) {
        return tokenError(res, 'invalid_grant', 'Invalid access key');
      }
      return issueToken(res);
    }
    if (grant === 'refresh_token') {
      // client_id is required on the refresh grant
      if (!client.id) return tokenError(res, 'invalid_request', 'client_id is required');
      if (client.id !== credentials.CXONE_CLIENT_ID || (client.secret !== undefined && client.secret !== credentials.CXONE_CLIENT_SECRET))
        return tokenError(res, 'invalid_client', 'Client authentication failed');
      const refresh = form.get('refresh_token') ?? '';
      if (!refresh) return tokenError(res, 'invalid_request', 'refresh_token is required');
      if (!refreshTokens.delete(refresh)) return tokenError(res, 'invalid_grant', 'Invalid refresh token');
      return issueToken(res);
    }
    return tokenError(res, 'unsupported_grant_type', 'grant_type must be password or refresh_token');
  };

  const control = (req: IncomingMessage, res: ServerResponse, path: string, raw: string) => {
    if (req.method === 'GET' && path === '/__sim/stats') return send(res, 200, stats);
    if (req.method === 'DELETE' && path === '/__sim/stats') {
      stats = { requests: 0, byRoute: {}, byStatus: {} };
      return send(res, 200, stats);
    }
    if (req.method === 'GET' && path === '/__sim/state') return send(res, 200, tenant.toFixture());
    if (req.method === 'GET' && path === '/__sim/faults') return send(res, 200, faults);
    if (req.method === 'POST' && path === '/__sim/faults') {
      let patch: unknown;
      try {
        patch = JSON.parse(raw || '{}');
      } catch {
        return send(res, 400, { error: 'body must be JSON' });
      }
      const next = patchFaults(faults, patch);
      if (typeof next === 'string') return send(res, 400, { error: next });
      setFaultsTo(next);
      return send(res, 200, faults);
    }
    if (req.method === 'GET' && path === '/__sim/activity') return send(res, 200, activity.snapshot());
    if (req.method === 'POST' && path === '/__sim/activity') {
      let patch: unknown;
      try {
        patch = JSON.parse(raw || '{}');
      } catch {
        return send(res, 400, { error: 'body must be JSON' });
      }
      const problem = activity.patch(patch);
      return problem ? send(res, 400, { error: problem }) : send(res, 200, activity.snapshot());
    }
    if (req.method === 'POST' && path === '/__sim/revoke-tokens') {
      tokens.clear();
      return send(res, 200, { revoked: true });
    }
    return send(res, 404, { error: `No simulator control ${req.method} ${path}` });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    if (path.startsWith('/__sim/')) return control(req, res, path, raw);

    const api = API_PREFIX.exec(path);
    const route = api ? routeOf(req.method ?? 'GET', api[1]!) : `${req.method} ${path}`;
    stats.requests++;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (api && holding(req.method !== 'GET')) await new Promise<void>((go) => held.push({ write: req.method !== 'GET', go }));

    if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      return send(res, 200, { issuer: origin, token_endpoint: `${origin}/auth/token`, jwks_uri: `${origin}/.well-known/jwks` });
    }
    if (req.method === 'GET' && path === '/.well-known/cxone-configuration') {
      // The definition documents 200 and 404 only: no tenant, or no such tenant, is a 404
      const asked = url.searchParams.get('tenantId') ?? '';
      if (asked.toLowerCase() !== tenantId.toLowerCase()) return send(res, 404);
      return send(res, 200, {
        private: false,
        area: 'sim1',
        cluster: 'sim1',
        region: 'sim',
        domain: '127.0.0.1',
        uhDomain: '127.0.0.1',
        acdDomain: '127.0.0.1',
        api_endpoint: origin,
        ui_endpoint: origin,
        auth_endpoint: origin,
        tenantId,
      });
    }
    if (req.method === 'POST' && path === '/auth/token') return token(req, res, raw);
    if (!api) return send(res, 404, { error: `No route for ${req.method} ${path}` });

    // Faults come before authentication, as a gateway in front of the API would answer
    const second = Math.floor(Date.now() / 1000);
    if (window.second !== second) window = { second, count: 0 };
    window.count++;
    const overRate = faults.rateLimitPerSecond > 0 && window.count > faults.rateLimitPerSecond;
    if (overRate || (faults.rateLimitRate > 0 && random() < faults.rateLimitRate)) {
      return send(res, 429, { error: 'Too Many Requests' }, faults.retryAfter ? { 'Retry-After': '1' } : {});
    }
    if (faults.errorRate > 0 && random() < faults.errorRate) return send(res, 503, { error: 'Service Unavailable' });

    const auth = req.headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/.exec(auth)?.[1];
    const expiry = bearer ? tokens.get(bearer) : undefined;
    if (!bearer || expiry === undefined || expiry < Date.now())
      return send(res, 401, { error: 'invalid_token', error_description: 'Access token missing or expired' });

    let body: unknown;
    if (raw !== '') {
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 400, { error: 'Content-Type must be application/json' });
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { error: 'Request body is not valid JSON' });
      }
    }
    const result =
      activity.route(req.method ?? 'GET', api[1]!, url.searchParams, url.href) ??
      handleApi({ method: req.method ?? 'GET', path: api[1]!, query: url.searchParams, body }, tenant, faults);
    if (req.method !== 'GET' && faults.loseWriteResponses > 0) {
      // Applied, but the answer never arrives: the client sees a reset connection
      faults = { ...faults, loseWriteResponses: faults.loseWriteResponses - 1 };
      req.socket.destroy();
      return;
    }
    return send(res, result.status, result.body, result.headers);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        send(res, 413, { error: 'Request body too large' });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        send(res, 500, { error: `simulator bug: ${error instanceof Error ? error.message : String(error)}` });
      });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    tenant,
    activity,
    get faults() {
      return faults;
    },
    get stats() {
      return stats;
    },
    env: { CXONE_AUTH_URL: origin, CXONE_API_BASE: origin, ...credentials },
    tenantId,
    setFaults(patch) {
      const next = patchFaults(faults, patch);
      if (typeof next === 'string') throw new Error(next);
      setFaultsTo(next);
    },
    resetStats() {
      stats = { requests: 0, byRoute: {}, byStatus: {} };
    },
    revokeTokens() {
      tokens.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        held = []; // their connections close below; nothing is applied after the end
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
