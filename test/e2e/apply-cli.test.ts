import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { minimumWrites } from '../../src/use-cases/apply/batches.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: apply against the simulator');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const io = (extra: { confirm?: (q: string) => Promise<boolean> } = {}) => captureIo({ cwd: repo.dir, env: { ...sim.env }, ...extra });
const cli = async (args: string[]) => {
  const i = io();
  return { code: await runCli(args, i), out: i.stdout(), err: i.stderr() };
};
const planJson = async () => JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
// skill-centric and agent-centric writes (proficiency above 5 goes agent-centric)
const writes = () =>
  ['POST', 'PUT', 'DELETE'].reduce(
    (n, m) => n + (sim.stats.byRoute[`${m} /skills/{id}/agents`] ?? 0) + (sim.stats.byRoute[`${m} /agents/{id}/skills`] ?? 0),
    0,
  );

async function setup(apply: Record<string, number>, faults: Parameters<RunningSim['setFaults']>[0] = {}) {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4, ...apply } });
  sim.setFaults(faults);
}
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

for (const batchSize of [50, 2, 1]) {
  test(`without the bulk write, the demo converges with the minimum number of writes (batch size ${batchSize})`, async () => {
    await setup({ batchSize, bulkPairs: 0 });
    const plan = await planJson();
    sim.resetStats();
    const r = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io());
    assert.is(r.exitCode, 0);
    assert.is(writes(), minimumWrites(plan, batchSize));
    // 12 at every batch size: the four adds above proficiency 5 go agent-centric, one request per
    // agent (the skill-centric contract allows 1-5 only), and no two other changes share a skill or agent
    assert.is(writes(), 12);
    const after = await cli(['plan', '--detailed-exitcode', ...NOW]);
    assert.is(after.code, 0);
    const [record] = await auditRecords(repo.auditDir);
    assert.is(record!.outcome, 'applied');
    assert.is(record!.changes.length, 12);
    assert.is(record!.requests.writes, writes());
    assert.ok(record!.verification.ok);
  });
}

test('a saved plan is refused as stale when live CXone changed since', async () => {
  await setup({ batchSize: 50 });
  const file = path.join(repo.dir, 'plan.json');
  assert.is((await cli(['plan', '--out', file, ...NOW])).code, 0);
  sim.tenant.set(11012345, 4410001, 7, true);
  sim.resetStats();
  const r = await cli(['apply', file, ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'saved plan is stale: its queues changed since it was made');
  assert.match(r.err, 'queue Billing Support, agent jane.doe@acme-contact.example (4410001): live CXone changed for that assignment since the plan was made');
  assert.is(writes(), 0);
});

test('a saved plan edited to add a change for an unmanaged skill (hashes unchanged) is refused; nothing is written', async () => {
  await setup({ batchSize: 50 });
  const file = path.join(repo.dir, 'plan.json');
  assert.is((await cli(['plan', '--out', file, ...NOW])).code, 0);
  const plan = JSON.parse(await readFile(file, 'utf8')) as Plan;
  const { agentId, proficiency } = sim.tenant.ofSkill(11012399)[0]!;
  const template = plan.queues[0]!;
  plan.queues.push({
    ...template,
    skillId: 11012399,
    skillName: 'Legacy IVR Callback',
    file: 'skills/billing-support.yaml',
    pending: [],
    changes: [{ action: 'remove', skillId: 11012399, agentId, userName: 'x', name: 'x', before: { proficiency, isActive: true }, reason: 'unlisted' }],
  });
  plan.summary.remove += 1;
  await writeFile(file, JSON.stringify(plan, null, 2));
  sim.resetStats();
  const r = await cli(['apply', file, '--audit-dir', repo.auditDir, ...NOW]);
  assert.is(r.code, 1, r.out);
  assert.match(r.err, 'saved plan refused: its changes are not the changes recomputed from skills/ and live CXone');
  assert.match(r.err, `remove 11012399:${agentId}`);
  assert.is(writes(), 0);
});

test('a saved plan with one change edited (proficiency) is refused', async () => {
  await setup({ batchSize: 50 });
  const file = path.join(repo.dir, 'plan.json');
  await cli(['plan', '--out', file, ...NOW]);
  const plan = JSON.parse(await readFile(file, 'utf8')) as Plan;
  const change = plan.queues.flatMap((q) => q.changes).find((c) => c.action === 'add')!;
  change.after = { ...change.after!, proficiency: change.after!.proficiency === 1 ? 2 : 1 };
  await writeFile(file, JSON.stringify(plan, null, 2));
  sim.resetStats();
  const r = await cli(['apply', file, ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, `add ${change.skillId}:${change.agentId} differs`);
  assert.is(writes(), 0);
});

test('a saved plan applies without asking, exactly as planned', async () => {
  await setup({ batchSize: 50 });
  const file = path.join(repo.dir, 'plan.json');
  await cli(['plan', '--out', file, ...NOW]);
  const r = await cli(['apply', file, '--audit-dir', repo.auditDir, ...NOW]);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'Apply complete: 12 applied, 0 failed, 0 not attempted.');
  assert.is((await auditRecords(repo.auditDir))[0]!.plan.source, 'saved');
});

test('confirmation: required without --auto-approve; "no" changes nothing; "yes" applies', async () => {
  await setup({ batchSize: 50 });
  const noTty = await cli(['apply', ...NOW]);
  assert.is(noTty.code, 1);
  assert.match(noTty.err, 'apply needs --auto-approve when there is no terminal');
  let asked = '';
  const declined = io({
    confirm: async (q) => {
      asked = q;
      return false;
    },
  });
  assert.is(await runCli(['apply', ...NOW], declined), 1);
  assert.match(asked, 'Only "yes" is accepted');
  // the prompt names the tenant it is about to change
  assert.match(asked, `Apply these changes to CXone (tenant ${(await planJson()).origin?.tenantId}`);
  assert.match(asked, String(sim.env.CXONE_API_BASE));
  assert.match(declined.stdout(), 'Apply cancelled. Nothing was changed.');
  assert.is(writes(), 0);
  const accepted = io({ confirm: async () => true });
  assert.is(await runCli(['apply', '--audit-dir', repo.auditDir, ...NOW], accepted), 0);
  assert.is((await planJson()).summary.add, 0);
});

test('nothing to apply: exit 0 and no audit record', async () => {
  await setup({ batchSize: 50 });
  await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io());
  const again = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: path.join(repo.dir, 'audit2') }, io());
  assert.is(again.exitCode, 0);
  assert.is(again.auditPath, undefined);
});

test.run();
