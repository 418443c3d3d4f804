// Errors that help: refusals say what would help, unknown skills say skillops never creates
// them, and a saved plan records what it was made for.

import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import { checkPlanOrigin } from '../../src/plan/plan-origin.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: errors that help');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo();
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

test('plan --force refused by a routing constraint does not say "use --force"', async () => {
  for (const id of [4410041, 4410042, 4410019]) sim.tenant.agents.get(id)!.isActive = false;
  const forced = await cli(['plan', '--force', ...NOW]);
  assert.is(forced.code, 1);
  assert.match(forced.err, 'Escalations would have 1 active agent');
  assert.not.match(forced.err, 'Use --force');
  assert.match(forced.err, 'cannot be overridden, not even with --force');
});

test('a safety threshold refusal without --force still points at --force', async () => {
  await repo.cleanup();
  repo = await exampleRepo({ safety: { maxRemovePercent: 1, maxChangePercent: 100, minExistingAssignments: 0 } });
  const r = await cli(['plan', ...NOW]);
  assert.is(r.code, 1, r.err);
  assert.match(r.err, 'Use --force with --reason to override safety thresholds');
});

test('an unknown skill says skillops never creates skills', async () => {
  await writeFile(path.join(repo.dir, 'skills/new-queue.yaml'), 'skill: Brand New Queue\nagents: []\n');
  const r = await cli(['plan', ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'no CXone skill is named "Brand New Queue"');
  assert.match(r.err, 'never creates skills');
});

test('a saved plan records its tenant and skills folder; checkPlanOrigin names a mismatch', async () => {
  const r = await cli(['plan', '--format', 'json', ...NOW]);
  const plan = JSON.parse(r.out) as Plan;
  // the example skillops.yaml names the simulator's tenant by its UUID (cxone.tenantId must be one)
  assert.equal(plan.origin, { tenantId: sim.tenantId, apiBase: sim.env.CXONE_API_BASE, skillsDir: 'skills' });
  assert.is(
    checkPlanOrigin(plan, { tenantId: sim.tenantId, apiBase: `${sim.env.CXONE_API_BASE}/`, skillsDir: 'skills' }),
    undefined,
    'same tenant, same folder',
  );
  const otherTenant = checkPlanOrigin(plan, { tenantId: sim.tenantId, apiBase: 'https://api-eu.example.com', skillsDir: 'skills' });
  assert.match(
    otherTenant ?? '',
    `it was made for tenant "${sim.tenantId}" at ${sim.env.CXONE_API_BASE}, and this run is for tenant "${sim.tenantId}" at https://api-eu.example.com`,
  );
  const otherFolder = checkPlanOrigin(plan, { tenantId: sim.tenantId, apiBase: sim.env.CXONE_API_BASE!, skillsDir: 'skills-eu' });
  assert.match(otherFolder ?? '', 'it was made from skills/, and this run reads skills-eu/');
  assert.match(checkPlanOrigin({ origin: { tenantId: 'acme', skillsDir: 'skills' } }, { tenantId: 'globex', skillsDir: 'skills' }) ?? '', 'tenant "acme"');
  assert.match(checkPlanOrigin({}, { skillsDir: 'x' }) ?? '', 'does not say which tenant and skills folder', 'a plan without an origin is never waved through');
});

test('apply --force refused by a routing constraint does not say "use --force" either', async () => {
  for (const id of [4410041, 4410042, 4410019]) sim.tenant.agents.get(id)!.isActive = false;
  const forced = await cli(['apply', '--auto-approve', '--force', '--reason', 'test', '--audit-dir', repo.auditDir, ...NOW]);
  assert.is(forced.code, 1);
  assert.match(forced.err, 'Escalations would have 1 active agent');
  assert.not.match(forced.err, 'Use --force');
});

test('apply refuses a saved plan made from another skills folder, naming both, before any write', async () => {
  const planFile = path.join(repo.dir, 'plan.json');
  assert.is((await cli(['plan', '--out', planFile, ...NOW])).code, 0);
  await cp(path.join(repo.dir, 'skills'), path.join(repo.dir, 'skills-eu'), { recursive: true });
  const settings = path.join(repo.dir, 'skillops.yaml');
  await writeFile(settings, (await readFile(settings, 'utf8')).replace(/^skillsDir: skills$/m, 'skillsDir: skills-eu'));
  sim.resetStats();
  const r = await cli(['apply', planFile, '--audit-dir', repo.auditDir, ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'the saved plan is for somewhere else: it was made from skills/, and this run reads skills-eu/');
  assert.not.match(r.err, 'stale');
  assert.is(Object.keys(sim.stats.byRoute).filter((route) => /^(POST|PUT|DELETE) \/(skills|agents)/.test(route)).length, 0);
});

test.run();
