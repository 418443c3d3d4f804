// A saved plan is judged on the queues it covers: the plan made now from the files and live
// CXone of exactly those queues must have the saved changes. Another merge already applied, a
// hand change in another queue or a date turning elsewhere is left alone and reported; a hand
// change in its own queue refuses it, naming the queue and the agent. Simulator, temp folder.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: a saved plan is judged on the queues it covers');
const JANE = 4410001;
const WEB_CHAT = 11012350;
const ESCALATIONS = 11012352;
const BILLING = 11012345;
const KENJI = 4410008;
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
/** Writes to CXone (skill-centric and agent-centric routes). */
const writes = () => writeRequests(sim);
const file = (name: string) => path.join(repo.dir, 'skills', name);
const append = async (name: string, text: string) => writeFile(file(name), `${await readFile(file(name), 'utf8')}${text}`);
const planFile = () => path.join(repo.dir, 'plan.json');

/** Live CXone in line with skills/ on `now`. */
async function converged(now: string) {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, concurrency: 4 } });
  const r = await cli(['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', now]);
  assert.is(r.code, 0, r.err);
}
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('apply plan.json after an unrelated merge and an unrelated hand change: applies, leaves the other queues alone and says so', async () => {
  await converged('2026-11-25');
  // pull request A: Jane joins Web Chat; its plan is saved
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', '2026-11-25'])).code, 0);
  // pull request B (another queue) merges first and is applied
  const email = await readFile(file('email-care.yaml'), 'utf8');
  await writeFile(
    file('email-care.yaml'),
    email.replace('kira.sato@acme-contact.example\n    proficiency: 2', 'kira.sato@acme-contact.example\n    proficiency: 3'),
  );
  assert.is((await cli(['apply', '--auto-approve', '--queue', 'Email Care', '--audit-dir', path.join(repo.dir, '.audit-b'), '--now', '2026-11-25'])).code, 0);
  // a supervisor changes Escalations by hand
  const [handChanged] = sim.tenant.ofSkill(ESCALATIONS);
  sim.tenant.set(ESCALATIONS, handChanged!.agentId, 9, true);
  sim.resetStats();

  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', '2026-11-25']);
  assert.is(r.code, 0, r.err + r.out);
  assert.is(writes(), 1, 'only the saved change: Jane on Web Chat');
  assert.is(sim.tenant.get(WEB_CHAT, JANE)?.proficiency, 2);
  assert.is(sim.tenant.get(ESCALATIONS, handChanged!.agentId)?.proficiency, 9, 'the hand change is left in place');
  assert.match(r.out, 'Left alone (outside the queues this plan covers; nothing written there):');
  assert.match(r.out, /Escalations \(skills\/escalations\.yaml\): 1 difference; differs from live CXone \(drift/);
  assert.not.match(r.out, 'Email Care (skills/email-care.yaml)', 'the other merge is applied: nothing differs there');
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.plan.source, 'saved');
  assert.equal(
    record!.leftAlone?.map((q) => [q.skillName, q.changes]),
    [['Escalations', 1]],
  );
  assert.equal(
    record!.changes.map((c) => [c.skillId, c.agentId, c.status]),
    [[WEB_CHAT, JANE, 'applied']],
  );
});

test('a saved plan whose own queue got a hand change since: refused, naming the queue and the agent; nothing written', async () => {
  await converged('2026-11-25');
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', '2026-11-25'])).code, 0);
  const [touched] = sim.tenant.ofSkill(WEB_CHAT);
  sim.tenant.set(WEB_CHAT, touched!.agentId, 9, true);
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', '2026-11-25']);
  assert.is(r.code, 1, r.out);
  assert.is(writes(), 0);
  assert.is(sim.tenant.get(WEB_CHAT, JANE), undefined);
  assert.match(r.err, 'saved plan is stale: its queues changed since it was made');
  assert.match(
    r.err,
    new RegExp(
      `queue Web Chat, agent [a-z.]+@acme-contact\\.example \\(${touched!.agentId}\\): live CXone changed for that assignment since the plan was made`,
    ),
  );
  assert.not.match(r.err, 'Jane', 'the unchanged saved change is not blamed');
});

test("a saved plan whose queue's file changed since (another merge on the same queue): refused, naming the file cause", async () => {
  await converged('2026-11-25');
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', '2026-11-25'])).code, 0);
  const chat = await readFile(file('web-chat.yaml'), 'utf8');
  await writeFile(
    file('web-chat.yaml'),
    chat.replace('jane.doe@acme-contact.example\n    proficiency: 2', 'jane.doe@acme-contact.example\n    proficiency: 4'),
  );
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', '2026-11-25']);
  assert.is(r.code, 1, r.out);
  assert.is(writes(), 0);
  assert.match(r.err, `queue Web Chat, agent jane.doe@acme-contact.example (${JANE}): the files changed for that queue since the plan was made`);
});

test('a saved change whose entry moved to another line (another merge edited the same file) is refused as a file change, not as tampering', async () => {
  await converged('2026-11-25');
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', '2026-11-25'])).code, 0);
  const chat = await readFile(file('web-chat.yaml'), 'utf8');
  await writeFile(file('web-chat.yaml'), chat.replace('agents:\n', 'agents:\n  # the chat team, by seniority\n'));
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', '2026-11-25']);
  assert.is(r.code, 1, r.out);
  assert.is(writes(), 0);
  assert.match(
    r.err,
    `queue Web Chat, agent jane.doe@acme-contact.example (${JANE}): its entry moved to another line of the queue file since the plan was made`,
  );
  assert.not.match(r.err, 'tampered');
});

// America/New_York (skillops.yaml); Billing has an entry from 2026-12-01, Web Chat none
const BEFORE_MIDNIGHT = '2026-11-30T23:30:00-05:00';
const AFTER_MIDNIGHT = '2026-12-01T00:30:00-05:00';

test('a plan made before midnight in the tenant zone and applied after it, no dated entry of its queues turning: applies', async () => {
  await converged('2026-11-25');
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', BEFORE_MIDNIGHT])).code, 0);
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', AFTER_MIDNIGHT]);
  assert.is(r.code, 0, r.err + r.out);
  assert.is(writes(), 1);
  assert.is(sim.tenant.get(WEB_CHAT, JANE)?.proficiency, 2);
  // the entry that came due on Billing is not this plan's: left for the scheduled run
  assert.is(sim.tenant.get(BILLING, KENJI), undefined);
  assert.match(r.out, 'Billing Support (skills/billing-support.yaml): 1 difference');
});

test('a dated entry of its own queue coming due after midnight refuses the plan, naming the agent', async () => {
  await converged('2026-11-25');
  const billing = await readFile(file('billing-support.yaml'), 'utf8');
  await writeFile(
    file('billing-support.yaml'),
    billing.replace('lucia.garcia@acme-contact.example\n    proficiency: 5', 'lucia.garcia@acme-contact.example\n    proficiency: 4'),
  );
  assert.is((await cli(['plan', '--out', planFile(), '--now', BEFORE_MIDNIGHT])).code, 0);
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', AFTER_MIDNIGHT]);
  assert.is(r.code, 1, r.out);
  assert.is(writes(), 0);
  assert.match(
    r.err,
    /queue Billing Support, agent kenji\.tanaka@acme-contact\.example \(\d+\): a dated entry came due or ended \(planned on 2026-11-30, it is now 2026-12-01\)/,
  );
});

test('a saved plan without `covers` is refused as damaged: no release wrote one, and nothing is written', async () => {
  await converged('2026-11-25');
  await append('web-chat.yaml', '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n');
  assert.is((await cli(['plan', '--out', planFile(), '--now', '2026-11-25'])).code, 0);
  const { covers, ...older } = JSON.parse(await readFile(planFile(), 'utf8')) as Record<string, unknown>;
  assert.equal(
    (covers as Array<{ skillId: number }>).map((c) => c.skillId),
    [WEB_CHAT],
    'the plan covers the queue it changes, and only that one',
  );
  await writeFile(planFile(), JSON.stringify(older));
  sim.resetStats();
  const r = await cli(['apply', planFile(), '--audit-dir', repo.auditDir, '--now', '2026-11-25']);
  assert.is(r.code, 1, r.out);
  assert.match(r.err, 'is a damaged plan file');
  assert.is(writes(), 0);
});

test.run();
