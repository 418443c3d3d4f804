// The scheduled run applies what dates made due and leaves hand changes
// (drift) in place for a human, reported in the job summary and the drift issue; with
// schedule.selfHeal it reverts them and the audit record says so.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: scheduled apply');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const BILLING = 11012345;
const WEB_CHAT = 11012350;
const agentId = (userName: string) => [...sim.tenant.agents.values()].find((a) => a.userName === userName)!.agentId;

async function cli(args: string[], github?: FakeGitHub) {
  const summary = path.join(repo.dir, '.summary.md');
  await writeFile(summary, '');
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_REPOSITORY: 'acme/skills', GITHUB_STEP_SUMMARY: summary } });
  const code = await runCli(args, io, github ? { github } : {});
  return { code, out: io.stdout(), err: io.stderr(), summary: await readFile(summary, 'utf8') };
}

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  // CXone in line with skills/ on 25 November (Kenji's Billing Support entry starts 1 December)
  const first = await cli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', path.join(repo.dir, '.audit-base')]);
  assert.is(first.code, 0, first.err);
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('a dated entry becomes due and is applied; a hand change is reported as drift and left in place', async () => {
  const kenji = agentId('kenji.tanaka@acme-contact.example');
  const elena = agentId('elena.popescu@acme-contact.example');
  assert.is(sim.tenant.get(BILLING, kenji), undefined);
  // a supervisor moves Elena down on Web Chat by hand
  sim.tenant.set(WEB_CHAT, elena, 9, true);

  const gh = new FakeGitHub();
  const r = await cli(['apply', '--scheduled', '--auto-approve', '--now', '2026-12-01', '--audit-dir', repo.auditDir], gh);
  assert.is(r.code, 0, r.out + r.err);
  assert.is(sim.tenant.get(BILLING, kenji)?.proficiency, 2, 'the dated entry was applied');
  assert.is(sim.tenant.get(WEB_CHAT, elena)?.proficiency, 9, 'the hand change was left in place');
  assert.match(r.out, 'Left in place for review (schedule.selfHeal is off)');
  assert.match(r.out, `update Web Chat / elena.popescu@acme-contact.example (${elena}) proficiency 1 (live: proficiency 9)`);
  assert.match(r.summary, 'They were **left in place**');
  assert.match(r.summary, 'elena.popescu@acme-contact.example');
  // the drift issue is opened for a human
  assert.is(gh.issues.length, 1);
  assert.match(gh.issues[0]!.body, 'elena.popescu@acme-contact.example');
  assert.not.match(gh.issues[0]!.body, 'kenji.tanaka');
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(
    record!.changes.map((c) => `${c.action} ${c.skillId} ${c.userName}`).filter((c) => c.includes('kenji')),
    [`add ${BILLING} kenji.tanaka@acme-contact.example`],
  );
  assert.not.ok(
    record!.changes.some((c) => c.userName.startsWith('elena')),
    'drift is not in what was applied',
  );
  assert.equal({ ...record!.scheduled, driftChanges: undefined }, { selfHeal: false, due: record!.changes.length, drift: 1, driftChanges: undefined });

  // the drift check afterwards still sees the hand change
  assert.is((await cli(['drift', '--now', '2026-12-01'])).code, 2);
});

test('nothing due, drift only: nothing is written', async () => {
  const elena = agentId('elena.popescu@acme-contact.example');
  sim.tenant.set(WEB_CHAT, elena, 9, true);
  sim.resetStats();
  const r = await cli(['apply', '--scheduled', '--auto-approve', '--now', '2026-11-26', '--audit-dir', repo.auditDir]);
  assert.is(r.code, 0, r.err);
  assert.is(writeRequests(sim), 0);
  assert.is(sim.tenant.get(WEB_CHAT, elena)?.proficiency, 9);
  assert.match(r.out, 'Scheduled run: 0 changes made due by from/until dates; 1 other difference (drift).');
});

test('with schedule.selfHeal the hand change is reverted and recorded', async () => {
  const settings = path.join(repo.dir, 'skillops.yaml');
  await writeFile(settings, `${await readFile(settings, 'utf8')}schedule:\n  selfHeal: true\n`);
  const kenji = agentId('kenji.tanaka@acme-contact.example');
  const elena = agentId('elena.popescu@acme-contact.example');
  sim.tenant.set(WEB_CHAT, elena, 9, true);
  const gh = new FakeGitHub();
  await gh.createIssue('skillops: live CXone drifted from skills/', '<!-- skillops-drift -->\nold', 'skillops-drift');
  const r = await cli(['apply', '--scheduled', '--auto-approve', '--now', '2026-12-01', '--audit-dir', repo.auditDir], gh);
  assert.is(r.code, 0, r.err);
  assert.is(sim.tenant.get(WEB_CHAT, elena)?.proficiency, 1, 'reverted');
  assert.is(sim.tenant.get(BILLING, kenji)?.proficiency, 2);
  assert.match(r.out, 'Reverted (schedule.selfHeal is on)');
  const [record] = await auditRecords(repo.auditDir);
  assert.ok(record!.changes.some((c) => c.userName.startsWith('elena') && c.action === 'update' && c.status === 'applied'));
  assert.is(record!.scheduled!.selfHeal, true);
  assert.is(record!.scheduled!.drift, 1);
  assert.match(record!.scheduled!.driftChanges![0]!, 'elena.popescu');
  assert.is(gh.issues[0]!.state, 'closed', 'reverted drift closes the issue');
});

test.run();
