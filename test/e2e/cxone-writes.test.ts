// Per-item results without agentId give exact per-agent outcomes, and a
// POST whose answer is lost and is retried ends as applied, not failed. Plus the request deadline
// and the abort signal of the HTTP client (apply needs them to stop within its shutdown budget).

import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createCxoneClient } from '../../src/cxone/create-client.js';
import { CxoneApiError, InterruptedError, UsageError } from '../../src/domain/errors.js';
import type { Plan } from '../../src/domain/plan.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import type { RunningSim } from '../../src/sim/server.js';
import { faultsFromFlags } from '../../src/sim/start-from-flags.js';
import { planBatches } from '../../src/use-cases/apply/batches.js';
import { executeBatches } from '../../src/use-cases/apply/execute-batches.js';
import { rejects } from '../helpers/rejects.js';
import { clientFor, simSettings, startSim } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: CXone write results, retried writes, deadline and abort');
const HOLIDAY = 11012354;
let sim: RunningSim | undefined;

test.after.each(async () => {
  await sim?.close();
  sim = undefined;
});

for (const failedItemsCarryId of [false, true]) {
  test(`mixed success and failure in one request gives exact per-agent outcomes (failed items ${failedItemsCarryId ? 'with' : 'without'} agentId)`, async () => {
    sim = await startSim({ faults: { failingAgents: [4410042], failedItemsCarryId } });
    const client = await clientFor(sim);
    const plan = {
      queues: [
        {
          skillId: HOLIDAY,
          skillName: 'Holiday Overflow',
          changes: [4410041, 4410042, 99999999, 4410043].map((agentId) => ({
            action: 'add',
            skillId: HOLIDAY,
            agentId,
            userName: `u${agentId}`,
            name: '',
            after: { proficiency: 3, isActive: true },
          })),
        },
      ],
    } as unknown as Plan;
    const batches = planBatches(plan, 50);
    assert.is(new Set(batches.map((b) => b.request)).size, 1, 'one request');
    const { results } = await executeBatches(client, batches, { concurrency: 1 });
    assert.equal(
      results.map((r) => [r.change.agentId, r.status, r.error]),
      [
        [4410041, 'applied', undefined],
        [4410042, 'failed', 'Simulated failure for agent 4410042'],
        [99999999, 'failed', 'Agent not found'],
        [4410043, 'applied', undefined],
      ],
    );
    assert.ok(sim.tenant.get(HOLIDAY, 4410041) && sim.tenant.get(HOLIDAY, 4410043) && !sim.tenant.get(HOLIDAY, 4410042));
  });
}

test('agent-centric writes: results matched by position when skillId is missing', async () => {
  sim = await startSim({ faults: { failedItemsCarryId: false } });
  const client = await clientFor(sim);
  const outcomes = await client.addAgentSkills(4410041, [
    { skillId: HOLIDAY, proficiency: 12, isActive: true },
    { skillId: 424242, proficiency: 7, isActive: true },
    { skillId: 11012351, proficiency: 20, isActive: false },
  ]);
  assert.equal(outcomes, [
    { skillId: HOLIDAY, success: true },
    { skillId: 424242, success: false, error: 'Skill not found' },
    { skillId: 11012351, success: true },
  ]);
});

for (const via of ['skill-centric', 'agent-centric'] as const) {
  for (const isActive of [true, false]) {
    test(`a POST whose answer is lost is retried and ends as applied (${via}, ${isActive ? 'active' : 'inactive'} assignment)`, async () => {
      sim = await startSim({ faults: { loseWriteResponses: 1 } });
      const client = await clientFor(sim);
      const outcomes =
        via === 'skill-centric'
          ? await client.addAssignments(HOLIDAY, [
              { agentId: 4410041, proficiency: 4, isActive },
              { agentId: 4410043, proficiency: 2, isActive: true },
            ])
          : await client.addAgentSkills(4410041, [
              { skillId: HOLIDAY, proficiency: 14, isActive },
              { skillId: 11012351, proficiency: 2, isActive: true },
            ]);
      assert.ok(
        outcomes.every((o) => o.success),
        JSON.stringify(outcomes),
      );
      const route = via === 'skill-centric' ? 'POST /skills/{id}/agents' : 'POST /agents/{id}/skills';
      assert.is(sim.stats.byRoute[route], 2, 'sent twice: the first answer was lost');
      assert.equal(sim.tenant.get(HOLIDAY, 4410041) && { p: sim.tenant.get(HOLIDAY, 4410041)!.proficiency, a: sim.tenant.get(HOLIDAY, 4410041)!.isActive }, {
        p: via === 'skill-centric' ? 4 : 14,
        a: isActive,
      });
    });
  }
}

test('after a retry, "already assigned" with a different proficiency stays a failure', async () => {
  sim = await startSim({ faults: { loseWriteResponses: 1 } });
  sim.tenant.set(HOLIDAY, 4410041, 2, true); // someone else's assignment, not ours
  const client = await clientFor(sim);
  const outcomes = await client.addAssignments(HOLIDAY, [{ agentId: 4410041, proficiency: 4, isActive: true }]);
  assert.equal(outcomes, [{ agentId: 4410041, success: false, error: 'Agent already assigned to skill' }]);
});

test('without a retry, "already assigned" is a failure and nothing is read back', async () => {
  sim = await startSim();
  sim.tenant.set(HOLIDAY, 4410041, 4, true);
  const client = await clientFor(sim);
  sim.resetStats();
  const outcomes = await client.addAssignments(HOLIDAY, [{ agentId: 4410041, proficiency: 4, isActive: true }]);
  assert.is(outcomes[0]!.success, false);
  assert.is(sim.stats.byRoute['GET /skills/{id}/agents'], undefined);
});

// ---- deadline and abort, against loopback servers ----------------------------------------------

async function listen(handler: (res: ServerResponse, path: string) => void): Promise<{ server: Server; url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/auth/token')) {
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Pragma: 'no-cache' })
        .end(JSON.stringify({ access_token: 't', token_type: 'Bearer', expires_in: 3600, refresh_token: 'r', id_token: 'a.b.c' }));
      return;
    }
    hits++;
    handler(res, req.url ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
const env = (url: string) => ({
  CXONE_AUTH_URL: url,
  CXONE_API_BASE: url,
  CXONE_CLIENT_ID: 'client-q7',
  CXONE_CLIENT_SECRET: 'secret-q8',
  CXONE_ACCESS_KEY_ID: 'key-q9',
  CXONE_ACCESS_KEY_SECRET: 'keysecret-q10',
});

test('a server that drips one byte at a time is cut at the overall deadline (not an idle timeout)', async () => {
  const timers: NodeJS.Timeout[] = [];
  const { server, url } = await listen((res) => {
    // a valid answer, one byte every 50 ms: never idle, complete only after ~4 s
    const body = JSON.stringify({ teams: [], padding: 'x'.repeat(60) });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    let i = 0;
    const drip = setInterval(() => {
      if (i >= body.length) {
        clearInterval(drip);
        res.end();
        return;
      }
      res.write(body[i++]!);
    }, 50);
    timers.push(drip);
  });
  try {
    const client = await createCxoneClient(simSettings(), env(url), { timeoutMs: 400, retry: { maxRetries: 0 } });
    const error = await rejects(client.listTeams(), CxoneApiError);
    assert.match(error.message, 'no complete answer within 0.4 s (ETIMEDOUT)');
    assert.match(error.message, `${new URL(url).host}/inContactAPI/services/v34.0/teams`);
  } finally {
    timers.forEach(clearInterval);
    await close(server);
  }
});

test('abort cancels a request in flight: InterruptedError (exit code 130)', async () => {
  const { server, url, hits } = await listen(() => undefined); // never answers
  try {
    const abort = new AbortController();
    const client = await createCxoneClient(simSettings(), env(url), { abort: abort.signal, timeoutMs: 60_000 });
    const pending = client.listTeams();
    await waitFor('the request to reach the server', () => hits() > 0);
    abort.abort();
    const error = await rejects(pending, InterruptedError);
    assert.is(error.exitCode, 130);
    assert.match(error.message, 'interrupted: CXone GET');
    // and nothing more is sent once aborted
    await rejects(client.listTeams(), InterruptedError);
    assert.is(hits(), 1);
  } finally {
    await close(server);
  }
});

test('abort ends a retry back-off wait at once', async () => {
  const { server, url, hits } = await listen((res) => res.writeHead(503).end());
  try {
    const abort = new AbortController();
    // a back-off of ten minutes: only the abort can end this call in time
    const client = await createCxoneClient(simSettings(), env(url), { abort: abort.signal, retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } });
    const pending = client.listTeams();
    // the 503 is in and the client is waiting out its back-off (it counts the retry as it starts to wait)
    await waitFor('the back-off wait', () => client.stats().retries === 1);
    abort.abort();
    const guard = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 5_000).unref());
    const outcome = await Promise.race([
      pending.then(
        () => 'resolved',
        (e: unknown) => e,
      ),
      guard,
    ]);
    assert.instance(outcome, InterruptedError);
    assert.is(hits(), 1);
  } finally {
    await close(server);
  }
});

test('a connection error names the URL (host and path), never credentials', async () => {
  const { server, url } = await listen(() => undefined);
  await close(server); // nothing listens there now
  const error = await rejects(async () => {
    const client = await createCxoneClient(simSettings(), { ...env(url), CXONE_AUTH_URL: 'http://127.0.0.1:9' }, { retry: { maxRetries: 0 } });
    await client.listTeams();
  }, Error);
  assert.match(error.message, 'could not reach the CXone token endpoint 127.0.0.1:9/auth/token (ECONNREFUSED)');
  for (const secret of ['secret-q8', 'keysecret-q10']) assert.not.match(error.message, secret);
});

test('tenantId must be a UUID: a clear message before any request', async () => {
  const settings = { ...DEFAULT_SETTINGS, cxone: { ...DEFAULT_SETTINGS.cxone, tenantId: 'acme-demo' } };
  const error = await rejects(
    createCxoneClient(settings, { CXONE_CLIENT_ID: 'c', CXONE_CLIENT_SECRET: 's', CXONE_ACCESS_KEY_ID: 'k', CXONE_ACCESS_KEY_SECRET: 'x' }),
    UsageError,
  );
  assert.match(error.message, "cxone.tenantId must be the tenant's UUID");
  assert.match(error.message, '"acme-demo"');
});

test('discovery: an unknown tenant is a 404 named as such', async () => {
  sim = await startSim();
  const settings = { ...DEFAULT_SETTINGS, cxone: { ...DEFAULT_SETTINGS.cxone, tenantId: '00000000-0000-4000-8000-000000000000', authUrl: sim.url } };
  const { CXONE_API_BASE: _a, CXONE_AUTH_URL: _b, ...rest } = sim.env;
  const error = await rejects(createCxoneClient(settings, rest), CxoneApiError);
  assert.match(error.message, 'failed with 404 (unknown tenant id)');
});

test('the proficiency knob: documented 1-5 on skill-centric writes by default, relaxable per endpoint', async () => {
  const faults = faultsFromFlags({
    port: '0',
    fixture: 'demo',
    seed: '1',
    retryAfter: true,
    proficiencyRange: ['skill-centric=1-20', 'agent-centric=1-10'],
    skillAgentsInactive: true,
    failedItemIds: true,
  });
  assert.equal(faults.skillCentricProficiency, [1, 20]);
  assert.equal(faults.agentCentricProficiency, [1, 10]);
  assert.is(faults.skillAgentsListInactive, true);
  assert.is(faults.failedItemsCarryId, true);
  assert.throws(
    () => faultsFromFlags({ port: '0', fixture: 'demo', seed: '1', retryAfter: true, proficiencyRange: ['skills=1-5'] }),
    /--proficiency-range: "skills=1-5" is not/,
  );
  sim = await startSim();
  const client = await clientFor(sim);
  const strict = await rejects(client.addAssignments(HOLIDAY, [{ agentId: 4410041, proficiency: 12, isActive: true }]), CxoneApiError);
  assert.match(strict.message, 'proficiency must be a whole number from 1 to 5 on the skill-centric endpoint');
  sim.setFaults({ skillCentricProficiency: [1, 20], agentCentricProficiency: [1, 10] });
  assert.equal(await client.addAssignments(HOLIDAY, [{ agentId: 4410041, proficiency: 12, isActive: true }]), [{ agentId: 4410041, success: true }]);
  const agentSide = await rejects(client.addAgentSkills(4410042, [{ skillId: HOLIDAY, proficiency: 11, isActive: true }]), CxoneApiError);
  assert.match(agentSide.message, 'from 1 to 10 on the agent-centric endpoint');
});

test.run();
