import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt } from '../helpers/cli-in-process.js';
import { converge } from '../helpers/plan-changes.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite("e2e: skillops agent, the agent's view across the queue files and CXone");
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
let env: () => NodeJS.ProcessEnv = () => sim.env;
const cli = cliAt(() => ({ dir: repo.dir, env: env() }));
const NOW = ['--now', '2026-11-25'];

test.before.each(async () => {
  env = () => sim.env;
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('every queue the agent is in, with file:line, proficiency, dates and status; an entry by id found by user name', async () => {
  const r = await cli(['agent', 'kenji.tanaka@acme-contact.example', ...NOW]);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'kenji.tanaka@acme-contact.example (Kenji Tanaka, 4410008): ');
  assert.match(r.out, /Billing Support\s+skills\/billing-support\.yaml:\d+\s+2\s+from 2026-12-01\s+pending/);
  // billing-support.yaml lists Marco by id: live names find the entry by user name
  const marco = await cli(['agent', 'marco.rossi@acme-contact.example', ...NOW]);
  assert.match(marco.out, /Billing Support\s+skills\/billing-support\.yaml:16\s+3\s+-\s+in effect/);
  env = () => ({});
  const offline = await cli(['agent', '4410004', ...NOW]);
  assert.is(offline.code, 0, offline.err);
  assert.match(offline.out, /Billing Support\s+skills\/billing-support\.yaml:16\s+3/);
  const typo = await cli(['agent', 'marco.rossi@acme-contact.exampel', '--live', ...NOW]);
  assert.is(typo.code, 1);
});

test('--live puts what CXone has beside each entry, and the skills no file lists for the agent', async () => {
  const plan = await cli(['plan', '--format', 'json', '--force', ...NOW]);
  converge(JSON.parse(plan.out) as Plan, sim.tenant);
  sim.tenant.set(11012345, 4410001, 4, true); // Jane's Billing proficiency changed in the admin UI
  const r = await cli(['agent', 'jane.doe@acme-contact.example', '--live', ...NOW]);
  assert.is(r.code, 0, r.err);
  const rows = r.out.split('\n');
  const header = rows.find((l) => l.startsWith('queue '))!;
  assert.match(header, /file:line\s+proficiency\s+dates\s+status\s+CXone has/);
  assert.ok(
    rows.some((l) => /^Billing Support\s+skills\/billing-support\.yaml:10\s+1\s+-\s+in effect\s+4$/.test(l)),
    r.out,
  );
  assert.ok(
    rows.some((l) => /^Escalations\s+skills\/escalations\.yaml:\d+\s+2\s+-\s+in effect\s+2$/.test(l)),
    r.out,
  );
  assert.match(r.out, 'Where the files and CXone differ');
  sim.tenant.set(11012350, 4410001, 5, true); // Web Chat in CXone, not in the file
  const extra = await cli(['agent', '4410001', '--live', ...NOW]);
  assert.ok(
    extra.out.split('\n').some((l) => /^Web Chat\s+not listed\s+-\s+-\s+-\s+5$/.test(l)),
    extra.out,
  );
  env = () => ({});
  const needs = await cli(['agent', '4410001', '--live', ...NOW]);
  assert.is(needs.code, 1);
  assert.match(needs.err, '--live needs live CXone');
});

test.run();
