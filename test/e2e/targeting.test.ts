import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: targeting with --queue / --exclude-queue');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
// the example repository as it is, but for the client's rate limit (20/s by default): every
// command here is checked for what it says and does, not for how it paces CXone (rate-gate tests do)
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_CACHE: 'off' } });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const changedQueues = (plan: Plan) => plan.queues.filter((q) => q.changes.length > 0).map((q) => q.skillName);
const writes = () =>
  Object.entries(sim.stats.byRoute)
    .filter(([route]) => /^(POST|PUT|DELETE) \/(skills|agents)/.test(route))
    .reduce((n, [, c]) => n + c, 0);

test.before(async () => {
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after(async () => {
  await repo.cleanup();
});
test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
});

test('plan --queue plans only that queue, says so, and records the target in the JSON plan', async () => {
  const all = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
  assert.ok(changedQueues(all).length > 2, 'the demo has changes in several queues');
  const target = changedQueues(all)[0]!;

  const text = await cli(['plan', '--queue', target, ...NOW]);
  assert.is(text.code, 0, text.err);
  assert.match(text.out, `Targeted run (--queue ${JSON.stringify(target)})`);
  const json = JSON.parse((await cli(['plan', '--format', 'json', '--queue', target, ...NOW])).out) as Plan;
  assert.equal(changedQueues(json), [target]);
  assert.equal(json.target, { queues: [target], excludeQueues: [] });
  assert.equal(json.queues.find((q) => q.skillName === target)?.changes, all.queues.find((q) => q.skillName === target)?.changes);

  const excluded = JSON.parse((await cli(['plan', '--format', 'json', '--exclude-queue', target, ...NOW])).out) as Plan;
  assert.equal(
    changedQueues(excluded),
    changedQueues(all).filter((q) => q !== target),
  );
  const markdown = await cli(['plan', '--format', 'markdown', '--exclude-queue', target, ...NOW]);
  assert.match(markdown.out, 'Targeted run');
});

test('a saved targeted plan is applied as targeted, the audit record says so, and other flags are refused', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const all = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
    const target = changedQueues(all)[0]!;
    const other = changedQueues(all)[1]!;
    const planFile = path.join(dir, 'plan.json');
    assert.is((await cli(['plan', '--queue', target, '--out', planFile, ...NOW])).code, 0);

    const refused = await cli(['apply', planFile, '--queue', other, '--audit-dir', dir, ...NOW]);
    assert.is(refused.code, 1);
    assert.match(refused.err, `was planned with --queue ${JSON.stringify(target)}`);
    assert.is(writes(), 0, 'nothing written');

    const applied = await cli(['apply', planFile, '--audit-dir', path.join(dir, 'audit'), ...NOW]);
    assert.is(applied.code, 0, applied.err + applied.out);
    const after = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
    assert.equal(
      changedQueues(after),
      changedQueues(all).filter((q) => q !== target),
      'only the targeted queue changed',
    );
    const [record] = await auditRecords(path.join(dir, 'audit'));
    assert.equal(record?.plan.target, { queues: [target], excludeQueues: [] });
    assert.ok(record?.changes.every((c) => c.skillName === target));
  } finally {
    await cleanup();
  }
});

test('apply --queue without a saved plan applies only that queue', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const all = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
    const [first, ...rest] = changedQueues(all);
    const r = await cli(['apply', '--auto-approve', '--queue', first!, '--audit-dir', dir, ...NOW]);
    assert.is(r.code, 0, r.err + r.out);
    const after = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
    assert.equal(changedQueues(after), rest);
  } finally {
    await cleanup();
  }
});

test('drift and export honour targeting; an unknown --queue is a usage error', async () => {
  const all = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
  const unchanged = all.queues.find((q) => q.changes.length === 0)!;
  const drift = await cli(['drift', '--queue', unchanged.skillName, ...NOW]);
  assert.is(drift.code, 0, drift.out + drift.err);
  assert.is((await cli(['drift', ...NOW])).code, 2);

  const csv = await cli(['export', '--offline', '--queue', 'billing-support.yaml']);
  assert.is(csv.code, 0, csv.err);
  const rows = csv.out.trim().split('\n').slice(1);
  assert.ok(rows.length > 0);
  assert.ok(
    rows.every((row) => row.startsWith('Billing Support,')),
    csv.out,
  );

  const bad = await cli(['plan', '--queue', 'No Such Queue', ...NOW]);
  assert.is(bad.code, 1);
  assert.match(bad.err, '--queue "No Such Queue" matches no queue');
});

test('import --queue writes only the selected skills', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFile(path.join(dir, 'skillops.yaml'), 'cxone:\n  apiBase: http://127.0.0.1:9\n');
    const io = captureIo({ cwd: dir, env: { ...sim.env, SKILLOPS_CACHE: 'off' } });
    const code = await runCli(['import', '--queue', 'sales-*'], io);
    assert.is(code, 0, io.stderr());
    const written = (await import('node:fs/promises')).readdir(path.join(dir, 'skills'));
    assert.equal((await written).sort(), ['sales-english.yaml', 'sales-spanish.yaml']);
    assert.match(await readFile(path.join(dir, 'skills', 'sales-english.yaml'), 'utf8'), 'skill: Sales - English');
  } finally {
    await cleanup();
  }
});

test.run();
