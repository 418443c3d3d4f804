import { type ClientTuning, createCxoneClient } from '../../src/cxone/create-client.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';
import { loadFixture } from '../../src/sim/fixtures.js';
import { type RunningSim, type SimOptions, startSimulator } from '../../src/sim/server.js';
import type { Fixture } from '../../src/sim/tenant.js';

/** Starts a simulator (demo fixture unless given) on a free loopback port. */
export async function startSim(options: Partial<SimOptions> & { fixture?: Fixture } = {}): Promise<RunningSim> {
  return startSimulator({ ...options, fixture: options.fixture ?? (await loadFixture('demo')) });
}

export function simSettings(overrides: Partial<Settings['apply']> = {}): Settings {
  return { ...DEFAULT_SETTINGS, apply: { ...DEFAULT_SETTINGS.apply, requestsPerSecond: 1000, ...overrides } };
}

/** A real client pointed at the simulator, with retries that do not sleep long. */
export function clientFor(sim: RunningSim, tuning: ClientTuning = {}, settings = simSettings()) {
  return createCxoneClient(settings, sim.env, { retry: { baseDelayMs: 1, maxDelayMs: 20 }, ...tuning });
}

/** Raw request to the simulator, for contract tests that bypass the client. */
export async function raw(sim: RunningSim, method: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

export async function simToken(sim: RunningSim): Promise<string> {
  const basic = Buffer.from(`${sim.env.CXONE_CLIENT_ID}:${sim.env.CXONE_CLIENT_SECRET}`).toString('base64');
  const r = await raw(sim, 'POST', '/auth/token', {
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `grant_type=password&username=${sim.env.CXONE_ACCESS_KEY_ID}&password=${sim.env.CXONE_ACCESS_KEY_SECRET}`,
  });
  return String(r.body?.access_token);
}

/** Write requests the simulator received: per skill, per agent and the tenant-wide bulk write. */
export function writeRequests(sim: RunningSim): number {
  return Object.entries(sim.stats.byRoute)
    .filter(([route]) => /^(POST|PUT|DELETE) \/(skills\/\{id\}\/agents|agents\/\{id\}\/skills|agents\/skills)$/.test(route))
    .reduce((n, [, count]) => n + count, 0);
}
