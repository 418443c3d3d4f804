// Ctrl-C and SIGTERM against the real process: read-only commands stop at once with 130/143;
// apply holds every signal until its audit record is written.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { collect, exited, spawnCli } from '../helpers/cli-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { textMatching, waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: signals');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 1, batchSize: 1 } });
});
test.after.each(async () => {
  sim.setFaults({ latencyMs: 0 });
  await sim.close();
  await repo.cleanup();
});

const requests = () => Object.values(sim.stats.byRoute).reduce((a, b) => a + b, 0);

for (const [command, signal, code] of [
  ['plan', 'SIGINT', 130],
  ['drift', 'SIGTERM', 143],
  ['import', 'SIGINT', 130],
] as const) {
  test(`${signal} while ${command} reads CXone ends it at once with ${code}`, async () => {
    // every request takes 10 s: without a prompt exit the command would still be reading
    sim.setFaults({ latencyMs: 10_000 });
    const child = spawnCli([command, ...(command === 'import' ? ['--out', 'fresh'] : ['--now', '2026-11-25'])], { cwd: repo.dir, env: sim.env });
    const output = collect(child.stderr);
    const done = exited(child);
    await waitFor('the first request to the simulator', () => requests() > 0, { unless: done, detail: output });
    child.kill(signal);
    const { code: exit } = await done;
    assert.is(exit, code, output());
    assert.not.match(output(), 'Internal error');
  });
}

test('a second and third signal during apply stop it now, but the audit record is still written, exit 143', async () => {
  sim.setFaults({ latencyMs: 150 });
  const child = spawnCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, '--now', '2026-11-25'], { cwd: repo.dir, env: sim.env });
  const err = collect(child.stderr);
  const out = collect(child.stdout);
  const done = exited(child);
  await waitFor('the first writes', () => (sim.stats.byRoute['PUT /skills/{id}/agents'] ?? 0) + (sim.stats.byRoute['DELETE /skills/{id}/agents'] ?? 0) >= 2, {
    unless: done,
    detail: err,
  });
  child.kill('SIGTERM');
  await waitFor('SIGTERM received', textMatching(err, 'SIGTERM received'), { unless: done, detail: err });
  child.kill('SIGTERM');
  child.kill('SIGINT');
  const { code } = await done;
  assert.is(code, 143, err() + out());
  assert.match(err(), 'received again: stopping now');
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record?.outcome, 'interrupted');
  assert.match(out(), 'Audit record:');
});

test.run();
