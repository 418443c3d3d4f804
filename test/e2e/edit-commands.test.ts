import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { converge, planLines } from '../helpers/plan-changes.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: assign, unassign and move edit the example queue files in place');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
let offline = false;
const cli = cliAt(() => ({ dir: repo.dir, env: offline ? { SKILLOPS_NOW: '2026-11-25' } : { ...sim.env, SKILLOPS_NOW: '2026-11-25' } }));
const changedLines = (diff: string) => diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) [ab]\//.test(l));

async function plan(): Promise<Plan> {
  const r = await cli(['plan', '--format', 'json', '--force', ...NOW]);
  assert.is(r.code, 0, r.err);
  return JSON.parse(r.out) as Plan;
}

test.before.each(async () => {
  offline = false;
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  // live CXone made equal to the files first, so every later plan line comes from the edit
  converge(await plan(), sim.tenant);
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('assign adds a new agent where the file order puts it and updates a listed one; plan shows exactly those', async () => {
  const pendingBefore = planLines(await plan());
  assert.ok(
    pendingBefore.every((l) => l.startsWith('pending ')),
    pendingBefore.join('\n'),
  );
  const before = await skillFiles(repo.dir);
  const r = await cli(['assign', 'Billing Support', 'diego.lopez@acme-contact.example', 'SAM.LEE@acme-contact.example', '--proficiency', '3']);
  assert.is(r.code, 0, r.err);
  assert.equal(changedLines(r.out), [
    '-    proficiency: 2',
    '+    proficiency: 3',
    '+  - agent: diego.lopez@acme-contact.example # Diego Lopez',
    '+    proficiency: 3',
  ]);
  assert.match(r.out, 'assign: 1 entry added, 1 entry updated; wrote 1 file.');
  const after = await skillFiles(repo.dir);
  for (const name of Object.keys(before)) if (name !== 'billing-support.yaml') assert.is(after[name], before[name], name);
  // the file has no order of its own: the new entry goes at the end; every other byte is kept
  assert.is(
    after['billing-support.yaml'],
    before['billing-support.yaml']!.replace('sam.lee@acme-contact.example\n    proficiency: 2', 'sam.lee@acme-contact.example\n    proficiency: 3') +
      '  - agent: diego.lopez@acme-contact.example # Diego Lopez\n    proficiency: 3\n',
  );
  assert.equal(
    planLines(await plan()).filter((l) => !pendingBefore.includes(l)),
    ['+ Billing Support diego.lopez@acme-contact.example 3', '~ Billing Support sam.lee@acme-contact.example 2 -> 3'],
  );
  // running it again changes nothing
  const again = await cli(['assign', 'Billing Support', 'diego.lopez@acme-contact.example', 'sam.lee@acme-contact.example', '--proficiency', '3']);
  assert.is(again.code, 0, again.err);
  assert.match(again.out, 'No changes');
  assert.equal(await skillFiles(repo.dir), after);
});

test('assign with dates, --inactive and a note; by id and by e-mail the same entry', async () => {
  const pendingBefore = planLines(await plan());
  const r = await cli(['assign', 'sales-spanish', '4410011', '--proficiency', '5', '--until', '2026-12-31', '--note', 'covers Fatima', '--inactive']);
  assert.is(r.code, 0, r.err);
  assert.equal(changedLines(r.out), ['-    proficiency: 2', '+    proficiency: 5', '+    active: false', '+    until: 2026-12-31', '+    note: covers Fatima']);
  assert.equal(
    planLines(await plan()).filter((l) => !pendingBefore.includes(l)),
    ['~ Sales - Spanish fatima.haddad@acme-contact.example 2 -> 5 inactive'],
  );
});

test('unassign now deletes entries; with --from it writes until the day before; plan shows exactly those', async () => {
  const pendingBefore = planLines(await plan());
  const now = await cli(['unassign', 'Web Chat', 'kira.sato@acme-contact.example']);
  assert.is(now.code, 0, now.err);
  const removed = changedLines(now.out);
  assert.ok(removed.length >= 2 && removed.every((l) => l.startsWith('-')), removed.join('\n'));
  assert.ok(removed.some((l) => l.includes('kira.sato@acme-contact.example')));
  const later = await cli(['unassign', 'tech-support-tier-1.yaml', 'hannah.becker@acme-contact.example', '--from', '2026-12-01']);
  assert.is(later.code, 0, later.err);
  assert.equal(
    changedLines(later.out).filter((l) => l.startsWith('+')),
    ['+    until: 2026-11-30'],
  );
  assert.equal(
    changedLines(later.out).filter((l) => l.startsWith('-')),
    [],
  );
  assert.equal(
    planLines(await plan()).filter((l) => !pendingBefore.includes(l)),
    ['- Web Chat kira.sato@acme-contact.example 6'],
  );
  // on 1 December the entry has ended
  const dec = await cli(['plan', '--format', 'json', '--force', '--now', '2026-12-01']);
  assert.ok(
    planLines(JSON.parse(dec.out) as Plan).some((l) => l.startsWith('- Tech Support Tier 1 hannah.becker@acme-contact.example ')),
    planLines(JSON.parse(dec.out) as Plan).join('\n'),
  );
});

test('move now and on a day: one entry ends, the other starts the same day', async () => {
  const pendingBefore = planLines(await plan());
  const r = await cli(['move', 'ravi.iyer@acme-contact.example', '--from', 'Sales - Spanish', '--to', 'Billing Support']);
  assert.is(r.code, 0, r.err);
  assert.equal(changedLines(r.out), [
    '-  - agent: ravi.iyer@acme-contact.example',
    '-    proficiency: 4',
    '+  - agent: ravi.iyer@acme-contact.example # Ravi Iyer',
    '+    proficiency: 4',
  ]);
  const dated = await cli([
    'move',
    'emma.wilson@acme-contact.example',
    '--from',
    'sales-spanish',
    '--to',
    'web-chat',
    '--proficiency',
    '2',
    '--on',
    '2026-12-07',
  ]);
  assert.is(dated.code, 0, dated.err);
  // web-chat.yaml is sorted by agent: Emma goes between Elena and Felix
  assert.equal(changedLines(dated.out), [
    '+    until: 2026-12-06',
    '+  - agent: emma.wilson@acme-contact.example # Emma Wilson',
    '+    proficiency: 2',
    '+    from: 2026-12-07',
  ]);
  assert.match(dated.out, '   - agent: elena.popescu@acme-contact.example\n     proficiency: 1\n+  - agent: emma.wilson');
  const lines = planLines(await plan()).filter((l) => !pendingBefore.includes(l));
  assert.equal(lines, [
    '+ Billing Support ravi.iyer@acme-contact.example 4',
    '- Sales - Spanish ravi.iyer@acme-contact.example 4',
    'pending Web Chat emma.wilson@acme-contact.example 2 from 2026-12-07',
  ]);
});

test('typos get a suggestion and nothing is written; offline matches as written', async () => {
  const before = await skillFiles(repo.dir);
  const typo = await cli(['assign', 'Billing Support', 'jane.doe@acme-contact.exampel', '--proficiency', '2']);
  assert.is(typo.code, 1);
  assert.match(typo.err, 'did you mean "jane.doe@acme-contact.example"');
  const queue = await cli(['assign', 'Biling Support', 'jane.doe@acme-contact.example', '--proficiency', '2']);
  assert.is(queue.code, 1);
  assert.match(queue.err, 'did you mean "Billing Support"');
  const range = await cli(['assign', 'Billing Support', 'jane.doe@acme-contact.example', '--proficiency', '7']);
  assert.is(range.code, 1);
  assert.match(range.err, /billing-support\.yaml:\d+:\d+.*proficiency 7 is above this queue's maximum 5/);
  assert.equal(await skillFiles(repo.dir), before);
  offline = true;
  const off = await cli(['unassign', 'Billing Support', '4410004', '--offline']);
  assert.is(off.code, 0, off.err);
  assert.equal(changedLines(off.out), ['-  - agent: 4410004', '-    proficiency: 3']);
  // offline by the form written: the entry by id 4410004 is not this name, and nothing is removed
  const missing = await cli(['unassign', 'Billing Support', 'marco.rossi@acme-contact.example', '--offline']);
  assert.is(missing.code, 0, missing.err);
  assert.match(missing.out, 'No changes');
  assert.match(missing.err, 'marco.rossi@acme-contact.example is not listed in Billing Support: nothing to remove.');
});

test('early warning when a queue would fall below minActiveAgents; --team takes the members from CXone', async () => {
  const r = await cli(['unassign', 'Billing Support', '--team', 'Billing']);
  assert.is(r.code, 0, r.err);
  assert.match(r.err, 'Warning: Billing Support would have 0 active agent(s) today, fewer than its minActiveAgents 3: plan will refuse it');
  const t = await cli(['assign', 'Escalations', '--team', 'Customer Relations', '--proficiency', '2']);
  assert.is(t.code, 0, t.err);
  assert.match(t.err, '1 inactive member(s) of team Customer Relations left out.');
});

test.run();
