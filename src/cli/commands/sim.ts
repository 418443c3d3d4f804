import { loadFixture } from '../../sim/fixtures.js';
import { startSimulator } from '../../sim/server.js';
import type { Faults } from '../../sim/faults.js';
import { UsageError } from '../../errors.js';
import type { Io } from '../io.js';

export interface SimCommandOptions {
  port: string;
  fixture: string;
  seed: string;
  rateLimit?: string;
  rateLimitRate?: string;
  retryAfter: boolean;
  errorRate?: string;
  latency?: string;
  tokenLifetime?: string;
  failAgents?: string;
  maxBatch?: string;
  maxPage?: string;
}

const number = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number >= 0, not "${value}"`);
  return n;
};

export function faultsFromFlags(o: SimCommandOptions): Partial<Faults> {
  const faults: Partial<Faults> = { retryAfter: o.retryAfter };
  if (o.rateLimit !== undefined) faults.rateLimitPerSecond = number(o.rateLimit, '--rate-limit');
  if (o.rateLimitRate !== undefined) faults.rateLimitRate = number(o.rateLimitRate, '--rate-limit-rate');
  if (o.errorRate !== undefined) faults.errorRate = number(o.errorRate, '--error-rate');
  if (o.latency !== undefined) faults.latencyMs = number(o.latency, '--latency');
  if (o.tokenLifetime !== undefined) faults.tokenLifetimeSeconds = number(o.tokenLifetime, '--token-lifetime');
  if (o.maxBatch !== undefined) faults.maxBatchSize = number(o.maxBatch, '--max-batch');
  if (o.maxPage !== undefined) faults.maxPageSize = number(o.maxPage, '--max-page');
  if (o.failAgents) faults.failingAgents = o.failAgents.split(',').map((id) => number(id.trim(), '--fail-agents'));
  return faults;
}

/** Runs until `stop` resolves (SIGINT/SIGTERM in main). */
export async function simCommand(options: SimCommandOptions, io: Io, stop: Promise<unknown>): Promise<number> {
  const fixture = await loadFixture(options.fixture).catch((error: unknown) => {
    throw new UsageError(`cannot load fixture "${options.fixture}": ${error instanceof Error ? error.message : String(error)}`);
  });
  const sim = await startSimulator({ fixture, port: number(options.port, '--port'), seed: number(options.seed, '--seed'), faults: faultsFromFlags(options) });
  io.out(`CXone simulator listening on ${sim.url}\n`);
  io.out(`  ${sim.tenant.skills.size} skills, ${sim.tenant.agents.size} agents, ${sim.tenant.all().length} assignments (fixture ${options.fixture})\n`);
  io.out(`  point skillops at it with:\n${Object.entries(sim.env).map(([k, v]) => `    export ${k}=${v}\n`).join('')}`);
  io.out('  control: GET /__sim/stats, DELETE /__sim/stats, GET /__sim/state, GET|POST /__sim/faults, POST /__sim/revoke-tokens\n');
  await stop;
  await sim.close();
  io.out('simulator stopped\n');
  return 0;
}
