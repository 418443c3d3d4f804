// Safe by default: a plan that would leave an authoritative queue with no active agents is
// refused, naming the queue and the rule, unless its file or queueDefaults says
// minActiveAgents: 0 explicitly.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt } from '../helpers/cli-in-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: emptying a queue');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
const cli = cliAt(() => ({ dir: repo.dir, env: sim.env }));
const PLAN = ['plan', '--now', '2026-11-25', '--force'];

test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

/** Escalations with every agent removed and its constraints replaced by `constraints`. */
async function emptyEscalations(constraints: string) {
  const file = path.join(repo.dir, 'skills', 'escalations.yaml');
  const text = await readFile(file, 'utf8');
  const head = text.slice(0, text.indexOf('constraints:'));
  await writeFile(file, `${head}${constraints}agents: []\n`);
}

test('by default: refused, naming the queue and the rule; --force does not let it pass', async () => {
  sim = await startSim();
  repo = await exampleRepo();
  await emptyEscalations('');
  const plan = await cli(PLAN);
  assert.is(plan.code, 1, plan.out);
  assert.match(plan.out, /REFUSED +Escalations · minActiveAgents: at least 1 active agent/);
  assert.match(plan.out, 'Policy: REFUSED');
  assert.match(plan.err, 'Escalations would have 0 active agents');
  assert.match(plan.err, 'minActiveAgents: 0');
});

test('a refused plan saved with --out is not offered for apply', async () => {
  sim = await startSim();
  repo = await exampleRepo();
  await emptyEscalations('');
  const plan = await cli([...PLAN, '--out', 'plan.json']);
  assert.is(plan.code, 1, plan.out);
  assert.not.match(plan.out, 'Apply exactly this plan');
  assert.match(plan.out, 'Saved the plan to plan.json. Policy refuses it: apply will not run it; change skills/ and plan again.');
});

test('the file says minActiveAgents: 0: allowed', async () => {
  sim = await startSim();
  repo = await exampleRepo();
  await emptyEscalations('constraints:\n  minActiveAgents: 0\n');
  const plan = await cli(PLAN);
  assert.is(plan.code, 0, plan.out + plan.err);
  assert.not.match(plan.out, 'REFUSED');
  assert.match(plan.out, 'Escalations would have NO active agents after this plan');
});

test('queueDefaults says minActiveAgents: 0: allowed', async () => {
  sim = await startSim();
  repo = await exampleRepo({ queueDefaults: { minActiveAgents: 0 } });
  await emptyEscalations('');
  const plan = await cli(PLAN);
  assert.is(plan.code, 0, plan.out + plan.err);
});

test.run();
