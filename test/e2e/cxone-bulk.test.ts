// The tenant-wide bulk write (POST /agents/skills) against the simulator, under each knob for
// what NICE's definition leaves open: whether an existing assignment is modified or reported as
// failed, whether a partial answer is a 200 or a 207, the largest body, and a tenant without the
// endpoint. First the client alone, then apply end to end (verification and audit record).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import { BulkWriteUnavailableError } from '../../src/domain/errors.js';
import type { PairWrite } from '../../src/domain/live-state.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { bulkEligible, minimumWrites } from '../../src/use-cases/apply/batches.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { rejects } from '../helpers/rejects.js';
import { exampleRepo } from '../helpers/repo.js';
import { clientFor, startSim } from '../helpers/sim.js';

const test = suite('e2e: the bulk write under each knob');
const NOW = '2026-11-25';
const BULK = 'POST /agents/skills';
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>> | undefined;

test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
  await repo?.cleanup();
  repo = undefined;
});

// 4410041 and 4410042 hold nothing on 11012354; 4410001 holds Billing Support (11012345)
const ADD_A: PairWrite = { agentId: 4410041, skillId: 11012354, proficiency: 3, isActive: true };
const ADD_B: PairWrite = { agentId: 4410042, skillId: 11012354, proficiency: 3, isActive: true };
const UPDATE: PairWrite = { agentId: 4410001, skillId: 11012345, proficiency: 4, isActive: false };
const held = (p: PairWrite) => {
  const h = sim.tenant.get(p.skillId, p.agentId);
  return h ? { proficiency: h.proficiency, isActive: h.isActive } : undefined;
};

test('"Add or Modify" modifies (knob bulkExisting: update): adds and an update in one request, every pair applied', async () => {
  assert.ok(sim.tenant.get(UPDATE.skillId, UPDATE.agentId), 'the update target exists');
  const client = await clientFor(sim);
  const outcomes = await client.writePairs([ADD_A, ADD_B, UPDATE]);
  assert.equal(
    outcomes.map((o) => o.success),
    [true, true, true],
  );
  assert.is(sim.stats.byRoute[BULK], 1);
  for (const p of [ADD_A, ADD_B, UPDATE]) assert.equal(held(p), { proficiency: p.proficiency, isActive: p.isActive });
});

test('"Add or Modify" refuses existing assignments (knob bulkExisting: fail): the update is reported as not applied, the adds applied', async () => {
  sim.setFaults({ bulkExisting: 'fail' });
  const before = held(UPDATE);
  const client = await clientFor(sim);
  const outcomes = await client.writePairs([ADD_A, UPDATE, ADD_B]);
  assert.equal(
    outcomes.map((o) => [o.agentId, o.skillId, o.success]),
    [
      [ADD_A.agentId, ADD_A.skillId, true],
      [UPDATE.agentId, UPDATE.skillId, false],
      [ADD_B.agentId, ADD_B.skillId, true],
    ],
  );
  assert.equal(held(UPDATE), before);
});

for (const status of [200, 207, 206]) {
  test(`per-pair failures answered with ${status} are mapped to exactly the failing pairs`, async () => {
    sim.setFaults({ bulkPartialStatus: status, failingAgents: [ADD_B.agentId] });
    const client = await clientFor(sim);
    // the failing agent shares its skills with another agent: one detail, two agents, two skills
    const pairs = [ADD_A, ADD_B, { ...ADD_A, skillId: 11012398 }, { ...ADD_B, skillId: 11012398 }];
    const outcomes = await client.writePairs(pairs);
    assert.equal(
      outcomes.map((o) => `${o.agentId}:${o.skillId}:${o.success}`),
      pairs.map((p) => `${p.agentId}:${p.skillId}:${p.agentId !== ADD_B.agentId}`),
    );
    assert.is(sim.stats.byStatus[String(status)] !== undefined, true);
    assert.is(sim.stats.byRoute[BULK], 1);
    // nothing was read back: every pair was named in the answer
    assert.is(sim.stats.byRoute['GET /skills/{id}/agents'] ?? 0, 0);
    assert.is(sim.stats.byRoute['GET /agents/{id}/skills'] ?? 0, 0);
  });
}

test('a body above the largest the tenant takes is halved until it fits, and the smaller size is kept for the run', async () => {
  sim.setFaults({ bulkMaxPairs: 3 });
  const client = await clientFor(sim, {}, undefined);
  const agents = [4410041, 4410042, 4410043, 4410044, 4410045];
  const pairs = agents.flatMap((agentId) => [11012354, 11012398].map((skillId) => ({ agentId, skillId, proficiency: 2, isActive: true })));
  const outcomes = await client.writePairs(pairs);
  assert.ok(outcomes.every((o) => o.success));
  // 10 pairs: refused at 1000 (the setting), then at 5, then 5 requests of 2
  assert.is(client.bulkPairs, 2);
  assert.is(sim.stats.byStatus['400'], 2);
  assert.is(sim.stats.byRoute[BULK], 7);
  for (const p of pairs) assert.equal(held(p), { proficiency: 2, isActive: true });
  // remembered: the next write goes at 2 pairs per request straight away
  sim.resetStats();
  await client.writePairs(pairs.map((p) => ({ ...p, proficiency: 1 })));
  assert.is(sim.stats.byRoute[BULK], 5);
  assert.is(sim.stats.byStatus['400'], undefined);
});

test('a bulk write whose answer was lost is sent again; pairs it reports as existing are read back and count as applied', async () => {
  sim.setFaults({ bulkExisting: 'fail', loseWriteResponses: 1 });
  const client = await clientFor(sim);
  const outcomes = await client.writePairs([ADD_A, ADD_B]);
  assert.equal(
    outcomes.map((o) => o.success),
    [true, true],
  );
  assert.is(sim.stats.byRoute[BULK], 2);
  assert.ok((sim.stats.byRoute['GET /skills/{id}/agents'] ?? 0) + (sim.stats.byRoute['GET /agents/{id}/skills'] ?? 0) > 0, 'read back');
  // a pair that exists with other values is not ours: it stays a failure
  sim.tenant.set(ADD_A.skillId, ADD_A.agentId, 5, true);
  sim.setFaults({ loseWriteResponses: 1 });
  const again = await client.writePairs([{ ...ADD_A, proficiency: 1 }]);
  assert.is(again[0]!.success, false);
});

for (const status of [404, 405]) {
  test(`a tenant without the endpoint (${status}) is a typed error the apply falls back on`, async () => {
    sim.setFaults({ bulkAbsent: status });
    const client = await clientFor(sim);
    const error = await rejects(client.writePairs([ADD_A]), BulkWriteUnavailableError);
    assert.is(error.detail.status, status);
    assert.equal(error.settled, []);
    assert.is(held(ADD_A), undefined);
  });
}

// ---- apply end to end ------------------------------------------------------------------------

const io = () => captureIo({ cwd: repo!.dir, env: { ...sim.env } });
async function planOf(): Promise<Plan> {
  const i = io();
  assert.is(await runCli(['plan', '--format', 'json', '--now', NOW], i), 0, i.stderr());
  return JSON.parse(i.stdout()) as Plan;
}
async function apply() {
  const i = io();
  const report = await runApply({ config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: repo!.auditDir }, i);
  const [record] = await auditRecords(repo!.auditDir);
  return { report, stderr: i.stderr(), record: record! };
}
const FAILING = [4410003, 4410040];
const oldRoutes = () =>
  ['POST', 'PUT', 'DELETE'].reduce(
    (n, m) => n + (sim.stats.byRoute[`${m} /skills/{id}/agents`] ?? 0) + (sim.stats.byRoute[`${m} /agents/{id}/skills`] ?? 0),
    0,
  );

for (const status of [404, 405]) {
  test(`apply on a tenant without the bulk endpoint (${status}): one bulk request, one line, then today's grouping; verified`, async () => {
    repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4, bulkPairs: 2 } });
    sim.setFaults({ bulkAbsent: status });
    const plan = await planOf();
    assert.ok(minimumWrites(plan, 50, 2) > 1, 'more than one bulk request was planned');
    sim.resetStats();
    const { report, stderr, record } = await apply();
    assert.is(report.exitCode, 0, stderr);
    assert.is(sim.stats.byRoute[BULK], 1, 'the endpoint was asked once');
    assert.is(stderr.split('\n').filter((l) => l.includes('POST /agents/skills')).length, 1, stderr);
    assert.match(stderr, `CXone answered ${status} to the bulk write`);
    assert.is(oldRoutes(), minimumWrites(plan, 50, 0));
    assert.ok(record.verification.ok, JSON.stringify(record.verification));
    assert.ok(record.changes.every((c) => c.status === 'applied'));
    assert.is(await runCli(['plan', '--detailed-exitcode', '--now', NOW], io()), 0);
  });
}

test('apply where "Add or Modify" does not modify: the updates go with PUT after one bulk answer, one line; verified', async () => {
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4 } });
  sim.setFaults({ bulkExisting: 'fail' });
  const plan = await planOf();
  const updates = plan.queues.flatMap((q) => q.changes).filter((c) => c.action === 'update' && bulkEligible(c));
  assert.ok(updates.length > 0);
  sim.resetStats();
  const { report, stderr, record } = await apply();
  assert.is(report.exitCode, 0, stderr);
  assert.is(stderr.split('\n').filter((l) => l.includes('did not modify')).length, 1, stderr);
  assert.ok((sim.stats.byRoute['PUT /skills/{id}/agents'] ?? 0) + (sim.stats.byRoute['PUT /agents/{id}/skills'] ?? 0) > 0);
  assert.ok(record.verification.ok, JSON.stringify(record.verification));
  assert.ok(record.changes.every((c) => c.status === 'applied'));
  assert.is(await runCli(['plan', '--detailed-exitcode', '--now', NOW], io()), 0);
});

test('a mixed bulk answer: the audit record and the verification show per-pair outcomes exactly as today’s batches do', async () => {
  // Priya (an update to 2) and Nico (an add at 4) fail every write: both travel in the bulk request
  const outcomeOf = async (bulkPairs: number, status = 200) => {
    await sim.close();
    sim = await startSim();
    await repo?.cleanup();
    repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4, bulkPairs } });
    sim.setFaults({ failingAgents: FAILING, bulkPartialStatus: status });
    const plan = await planOf();
    sim.resetStats();
    const run = await apply();
    return { ...run, plan };
  };
  const today = await outcomeOf(0);
  const viaBulk = await outcomeOf(1000);
  const via207 = await outcomeOf(1000, 207);
  assert.ok((sim.stats.byRoute[BULK] ?? 0) > 0, 'the bulk write was used');
  const bulkChanges = viaBulk.plan.queues.flatMap((q) => q.changes).filter(bulkEligible);
  assert.equal(
    bulkChanges
      .filter((c) => FAILING.includes(c.agentId))
      .map((c) => c.action)
      .sort(),
    ['add', 'update'],
    'the failing agents travel in the bulk request',
  );
  assert.ok(
    bulkChanges.some((c) => !FAILING.includes(c.agentId)),
    'and so do others',
  );
  const errors = (r: typeof today) =>
    r.record.changes
      .filter((c) => c.error)
      .map((c) => `${c.skillId}:${c.agentId} ${c.error}`)
      .sort();
  const rows = (r: typeof today) => r.record.changes.map((c) => `${c.action} ${c.skillId}:${c.agentId} ${c.status}`).sort();
  for (const run of [viaBulk, via207]) {
    assert.is(run.report.exitCode, 1);
    assert.equal(rows(run), rows(today));
    // and the same reasons: a pair the bulk answer failed went again per skill, which names it
    assert.equal(errors(run), errors(today));
    assert.equal(run.record.verification, today.record.verification);
    assert.ok(run.record.verification.ok, JSON.stringify(run.record.verification));
    const failed = run.record.changes.filter((c) => c.status === 'failed');
    assert.ok(
      failed.length > 0 && failed.length === 2 && failed.every((c) => FAILING.includes(c.agentId) && typeof c.error === 'string' && c.error.length > 0),
    );
    assert.is(run.record.outcome, today.record.outcome);
  }
});

test.run();
