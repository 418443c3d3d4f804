import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { collect, spawnCli } from '../helpers/cli-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: apply under faults');
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 10, maxRetries: 6, maxRateLimitRetries: 40 } };
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const io = () => captureIo({ cwd: repo.dir, env: { ...sim.env } });
const apply = (extra: Record<string, unknown> = {}) =>
  runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir, tuning: FAST, ...extra }, io());
const remaining = async () => {
  const i = io();
  await runCli(['plan', '--format', 'json', '--now', '2026-11-25'], i);
  return (JSON.parse(i.stdout()) as Plan).queues.flatMap((q) => q.changes.map((c) => `${c.action} ${c.skillId}:${c.agentId}`));
};

async function setup(apply: Record<string, number>, faults: Parameters<RunningSim['setFaults']>[0] = {}) {
  sim = await startSim({ seed: 11 });
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4, ...apply } });
  sim.setFaults(faults);
}
test.after.each(async () => {
  sim.setFaults({ rateLimitRate: 0, errorRate: 0, latencyMs: 0 });
  await sim.close();
  await repo.cleanup();
});

for (const retryAfter of [true, false]) {
  test(`429 storm (${retryAfter ? 'with' : 'without'} Retry-After) and 5% 5xx: converges, audit counts the retries`, async () => {
    await setup({ batchSize: 1 }, { rateLimitRate: 0.4, errorRate: 0.05, retryAfter });
    const r = await apply();
    assert.is(r.exitCode, 0);
    sim.setFaults({ rateLimitRate: 0, errorRate: 0 });
    assert.equal(await remaining(), []);
    const [record] = await auditRecords(repo.auditDir);
    assert.is(record!.outcome, 'applied');
    assert.ok(record!.requests.retries > 0, 'retries were needed and counted');
    assert.is(record!.requests.retries, (sim.stats.byStatus['429'] ?? 0) + (sim.stats.byStatus['503'] ?? 0));
  });
}

test('chosen agents fail per item: the rest applies, failures listed, exit 1, audit says partial', async () => {
  await setup({ batchSize: 50 }, { failingAgents: [4410003, 4410040] });
  const r = await apply();
  assert.is(r.exitCode, 1);
  const failed = r.results.filter((x) => x.status === 'failed').map((x) => `${x.change.action} ${x.change.agentId}: ${x.error}`);
  assert.equal(failed.sort(), ['add 4410040: Simulated failure for agent 4410040', 'update 4410003: Simulated failure for agent 4410003']);
  assert.ok(r.verification?.ok, 'verification found nothing beyond the reported failures');
  sim.setFaults({ failingAgents: [] });
  assert.equal((await remaining()).sort(), ['add 11012351:4410040', 'update 11012345:4410003']);
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.outcome, 'partial');
  assert.equal(
    record!.changes
      .filter((c) => c.status === 'failed')
      .map((c) => c.error)
      .sort(),
    ['Simulated failure for agent 4410003', 'Simulated failure for agent 4410040'],
  );
  // running again after the cause is fixed converges
  assert.is((await apply()).exitCode, 0);
  assert.equal(await remaining(), []);
});

test('a whole batch failing (server errors past the retry cap) is reported and the others still apply', async () => {
  await setup({ batchSize: 50, concurrency: 1 });
  // CXone goes down once the first write has gone through, and stays down past the retry cap
  const i = io();
  const started = runApply(
    {
      config: 'skillops.yaml',
      autoApprove: true,
      now: '2026-11-25',
      auditDir: repo.auditDir,
      tuning: { retry: { baseDelayMs: 1, maxDelayMs: 2, maxRetries: 1 } },
    },
    i,
  );
  const flip = setInterval(() => {
    if ((sim.stats.byRoute['DELETE /skills/{id}/agents'] ?? 0) >= 1 && sim.faults.errorRate === 0) sim.setFaults({ errorRate: 1 });
  }, 1);
  const r = await started.finally(() => clearInterval(flip));
  sim.setFaults({ errorRate: 0 });
  assert.is(r.exitCode, 1);
  assert.match(i.stdout(), 'Not verified: could not re-read the touched skills');
  assert.is((await auditRecords(repo.auditDir))[0]!.outcome, 'partial');
  const failed = r.results.filter((x) => x.status === 'failed');
  assert.ok(failed.length > 0 && failed.length < r.results.length, `${failed.length} of ${r.results.length} failed`);
  assert.match(failed[0]!.error!, 'failed with 503');
  assert.match(i.stdout(), 'Not applied:');
});

test('a token that expires mid-run is renewed and the apply completes', async () => {
  await setup({ batchSize: 1, concurrency: 1 }, { tokenLifetimeSeconds: 1, latencyMs: 120 });
  const r = await apply();
  assert.is(r.exitCode, 0);
  assert.ok((sim.stats.byRoute['POST /auth/token'] ?? 0) >= 2, `tokens issued: ${sim.stats.byRoute['POST /auth/token']}`);
  sim.setFaults({ latencyMs: 0 });
  assert.equal(await remaining(), []);
});

test('killed mid-run (SIGTERM): in-flight requests finish, audit says interrupted, exit 143; running again converges', async () => {
  await setup({ batchSize: 1, concurrency: 1 }, { latencyMs: 150 });
  const child = spawnCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, '--now', '2026-11-25'], { cwd: repo.dir, env: sim.env });
  const [stdout, stderr] = [collect(child.stdout), collect(child.stderr)];
  const code = await new Promise<number | null>((resolve) => {
    const poll = setInterval(() => {
      if ((sim.stats.byRoute['DELETE /skills/{id}/agents'] ?? 0) + (sim.stats.byRoute['PUT /skills/{id}/agents'] ?? 0) >= 3) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 5);
    child.on('exit', (c) => {
      clearInterval(poll);
      resolve(c);
    });
  });
  assert.is(code, 143, stdout() + stderr());
  assert.match(stdout() + stderr(), 'SIGTERM received: finishing the requests in flight');
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.outcome, 'interrupted');
  const applied = record!.changes.filter((c) => c.status === 'applied').length;
  const skipped = record!.changes.filter((c) => c.status === 'not-attempted').length;
  assert.ok(applied >= 3 && skipped > 0 && applied + skipped === 12, `applied ${applied}, not attempted ${skipped}`);
  sim.setFaults({ latencyMs: 0 });
  assert.is((await remaining()).length, 12 - applied, 'live reflects exactly what the record says was applied');
  assert.is((await apply()).exitCode, 0);
  assert.equal(await remaining(), []);
});

test.run();
