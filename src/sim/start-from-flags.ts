// `skillops sim`: the simulator's flags checked and turned into its fixture and fault knobs.
import { UsageError } from '../domain/errors.js';
import { type Faults, parseProficiencyRange } from './faults.js';
import { loadFixture } from './fixtures.js';
import { type RunningSim, startSimulator } from './server.js';

export interface SimFlags {
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
  proficiencyRange?: string[];
  skillAgentsInactive?: boolean;
  failedItemIds?: boolean;
}

const number = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number >= 0, not "${value}"`);
  return n;
};

export function faultsFromFlags(o: SimFlags): Partial<Faults> {
  const faults: Partial<Faults> = { retryAfter: o.retryAfter };
  if (o.rateLimit !== undefined) faults.rateLimitPerSecond = number(o.rateLimit, '--rate-limit');
  if (o.rateLimitRate !== undefined) faults.rateLimitRate = number(o.rateLimitRate, '--rate-limit-rate');
  if (o.errorRate !== undefined) faults.errorRate = number(o.errorRate, '--error-rate');
  if (o.latency !== undefined) faults.latencyMs = number(o.latency, '--latency');
  if (o.tokenLifetime !== undefined) faults.tokenLifetimeSeconds = number(o.tokenLifetime, '--token-lifetime');
  if (o.maxBatch !== undefined) faults.maxBatchSize = number(o.maxBatch, '--max-batch');
  if (o.maxPage !== undefined) faults.maxPageSize = number(o.maxPage, '--max-page');
  for (const range of o.proficiencyRange ?? []) {
    const parsed = parseProficiencyRange(range);
    if (typeof parsed === 'string') throw new UsageError(`--proficiency-range: ${parsed}`);
    Object.assign(faults, parsed);
  }
  if (o.skillAgentsInactive) faults.skillAgentsListInactive = true;
  if (o.failedItemIds) faults.failedItemsCarryId = true;
  if (o.failAgents) faults.failingAgents = o.failAgents.split(',').map((id) => number(id.trim(), '--fail-agents'));
  return faults;
}

const GENERATE = /^generate:(\d+)x(\d+)x(\d+)$/;

function checkFixture(spec: string): void {
  if (spec.startsWith('generate:') && !GENERATE.test(spec)) {
    throw new UsageError(`--fixture ${spec}: a generated tenant is generate:SKILLSxAGENTSxASSIGNMENTS with whole numbers, e.g. generate:200x2000x20000`);
  }
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (0 picks a free one), not "${value}"`);
  return n;
}

/** Starts the simulator the flags describe, with a clear error for a bad fixture or port. */
export async function startFromFlags(options: SimFlags): Promise<RunningSim> {
  checkFixture(options.fixture);
  const listenOn = port(options.port);
  const fixture = await loadFixture(options.fixture).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file (use demo, a fixture JSON file, or generate:SKILLSxAGENTSxASSIGNMENTS)'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new UsageError(`cannot load fixture "${options.fixture}": ${why}`);
  });
  return startSimulator({ fixture, port: listenOn, seed: number(options.seed, '--seed'), faults: faultsFromFlags(options) }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new UsageError(`port ${listenOn} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for a free one`);
      if (error.code === 'EACCES') throw new UsageError(`not allowed to listen on port ${listenOn}; choose a port above 1023, or --port 0 for a free one`);
      throw error;
    },
  );
}
