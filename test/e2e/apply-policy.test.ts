// apply and policy: a broken threshold refuses; --force needs --reason and then applies, with the
// forced verdicts and the reason in the audit record. Routing constraints refuse even forced.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: apply and policy');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
const writes = () => writeRequests(sim);
const APPLY = ['apply', '--auto-approve', '--now', '2026-11-25'];

test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('a broken threshold refuses; --force --reason applies and the audit record keeps the forced verdict and the reason', async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 }, safety: { maxRemovePercent: 1, minExistingAssignments: 1 } });
  const refused = await cli([...APPLY, '--audit-dir', repo.auditDir]);
  assert.is(refused.code, 1);
  assert.match(refused.err, 'above safety.maxRemovePercent 1%');
  assert.match(refused.err, 'Use --force with --reason');
  assert.is(writes(), 0);
  const forced = await cli([...APPLY, '--force', '--reason', 'reskilling day, approved by ops', '--audit-dir', repo.auditDir]);
  assert.is(forced.code, 0, forced.err);
  assert.match(forced.out, 'Overrode safety thresholds: reskilling day, approved by ops');
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.policy!.reason, 'reskilling day, approved by ops');
  assert.is(record!.policy!.forced, true);
  assert.is(record!.plan.forced, true);
  assert.equal(
    record!.policy!.verdicts.filter((v) => v.verdict === 'forced').map((v) => v.rule),
    ['maxRemovePercent'],
  );
});

test('a routing constraint refuses even with --force --reason', async () => {
  sim = await startSim();
  // every queue must keep 50 agents at proficiency 1-2: the demo's removals break it
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 }, queueDefaults: { staffing: [{ minAgents: 50, maxProficiency: 2 }] } });
  const r = await cli([...APPLY, '--force', '--reason', 'try', '--audit-dir', repo.auditDir]);
  assert.is(r.code, 1);
  assert.match(r.err, 'below its staffing rule of 50');
  assert.is(writes(), 0);
});

test.run();
