import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: plan, show, drift against the simulator');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
// the example repository as it is, but for the client's rate limit (20/s by default): every
// command here is checked for what it says and does, not for how it paces CXone (rate-gate tests do)
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[], env: Record<string, string> = {}) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, ...env } });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

/** Make the simulator's tenant equal to what the plan wants, behind skillops' back. */
function converge(plan: Plan) {
  for (const q of plan.queues) {
    for (const c of q.changes) {
      if (c.action === 'remove') sim.tenant.remove(c.skillId, c.agentId);
      else sim.tenant.set(c.skillId, c.agentId, c.after!.proficiency, c.after!.isActive);
    }
  }
}

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

test('plan --detailed-exitcode exits 2 on the demo tenant and prints the Terraform summary', async () => {
  const r = await cli(['plan', '--detailed-exitcode', ...NOW]);
  assert.is(r.code, 2, r.err);
  assert.match(r.out, 'Plan: 6 to add, 3 to change, 3 to remove across 7 queues.');
  assert.match(r.out, '~ priya.shah@acme-contact.example (Priya Shah, 4410003)      proficiency 4 → 2');
  assert.match(r.out, 'Pending: 2 dated changes');
  // without the flag, changes still exit 0
  assert.is((await cli(['plan', ...NOW])).code, 0);
});

test('plan exits 0 with "No changes" once live equals desired', async () => {
  const json = await cli(['plan', '--format', 'json', ...NOW]);
  converge(JSON.parse(json.out) as Plan);
  const r = await cli(['plan', '--detailed-exitcode', ...NOW]);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'No changes. Live CXone matches skills/.');
});

test('plan --out then show reproduces the same text, in every format', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const file = path.join(dir, 'plan.json');
    const planned = await cli(['plan', '--out', file, ...NOW]);
    const shown = await cli(['show', file]);
    assert.is(shown.code, 0);
    assert.ok(planned.out.startsWith(shown.out), 'show prints what plan printed');
    assert.equal(JSON.parse(await readFile(file, 'utf8')), JSON.parse((await cli(['show', file, '--format', 'json'])).out));
    const md = await cli(['show', file, '--format', 'markdown']);
    assert.match(md.out, '**Plan: 6 to add, 3 to change, 3 to remove across 7 queues.**');
  } finally {
    await cleanup();
  }
});

test('the same inputs give byte-identical JSON plans', async () => {
  const a = await cli(['plan', '--format', 'json', ...NOW]);
  const b = await cli(['plan', '--format', 'json', ...NOW]);
  assert.is(a.out, b.out);
});

test("drift: 0 when in sync, 2 after the tenant is changed behind skillops' back", async () => {
  converge(JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan);
  assert.is((await cli(['drift', ...NOW])).code, 0);
  sim.tenant.set(11012345, 4410001, 9, true); // someone edits Jane's Billing proficiency in CXone
  const r = await cli(['drift', ...NOW]);
  assert.is(r.code, 2);
  assert.match(r.out, 'jane.doe@acme-contact.example (Jane Doe, 4410001)');
  // what CXone has and what skills/ has, not the plan that would revert it
  assert.match(r.out, /changed on Billing Support in CXone to proficiency 9; skills\/billing-support\.yaml:\d+:\d+ has proficiency 1/);
  assert.match(r.out, 'skillops refresh   accepts the hand changes');
});

test('a routing constraint refuses the plan with exit 1 and the reason', async () => {
  // Three Escalations agents are deactivated in CXone; the plan's removal of the unlisted
  // fourth would leave one active agent where the file asks for at least two.
  for (const id of [4410041, 4410042, 4410019]) sim.tenant.agents.get(id)!.isActive = false;
  const r = await cli(['plan', ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.out, 'Policy: REFUSED');
  assert.match(r.err, 'plan refused by policy');
  assert.match(r.err, 'Escalations would have 1 active agent (from 2), below its minActiveAgents 2');
});

test('unknown agents are reported with file:line:col and exit 1, before any write', async () => {
  sim.tenant.agents.delete(4410004);
  const r = await cli(['plan', ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'skills/billing-support.yaml:16:12 error no CXone agent has agentId 4410004');
  assert.is(sim.stats.byRoute['POST /skills/{id}/agents'] ?? 0, 0);
});

test('wrong credentials: a clear auth error with exit 1 and no secret in the output', async () => {
  const r = await cli(['plan', ...NOW], { CXONE_ACCESS_KEY_SECRET: 'not-the-right-secret' });
  assert.is(r.code, 1);
  assert.match(r.err, 'CXone refused the credentials (invalid_grant: Invalid access key)');
  assert.not.match(r.out + r.err, 'not-the-right-secret');
  assert.not.match(r.out + r.err, 'sim-client-secret');
});

test('show refuses a file that is not a plan', async () => {
  const { dir, cleanup } = await tempDir({ 'x.json': '{"format":"other"}', 'y.json': 'nope' });
  const a = await cli(['show', path.join(dir, 'x.json')]);
  const b = await cli(['show', path.join(dir, 'y.json')]);
  await cleanup();
  assert.is(a.code, 1);
  assert.match(a.err, 'is not a skillops-plan/1 plan');
  assert.match(b.err, 'is not JSON');
});

test.run();
