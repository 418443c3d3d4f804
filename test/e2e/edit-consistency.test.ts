// The edit commands against the example repository and the simulator, where a reviewer found
// them surprising: a dated entry in the queue moved into, queue names that --queue did not
// take, a second unassign, positions in a file that is not on disk, days in the past, and
// agents matched offline by the form written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import { HELP } from '../../src/render/command-help.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: the edit commands do what a careful user expects');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
let offline = false;
let sub = '';
const cli = cliAt(() => ({
  dir: path.join(repo.dir, sub),
  env: offline ? { SKILLOPS_NOW: '2026-11-25' } : { ...sim.env, SKILLOPS_NOW: '2026-11-25' },
}));
const changedLines = (diff: string) => diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) [ab]\//.test(l));

test.before.each(async () => {
  offline = false;
  sub = '';
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('move into a queue where the agent has a dated entry refuses, naming the entry on disk and its dates', async () => {
  const before = await skillFiles(repo.dir);
  for (const on of [[], ['--on', '2026-12-10']]) {
    const r = await cli(['move', 'sam.lee@acme-contact.example', '--from', 'billing-support', '--to', 'holiday-overflow', ...on]);
    assert.is(r.code, 1, r.out);
    assert.match(r.err, 'already has an entry in Holiday Overflow at skills/holiday-overflow.yaml:9 with from 2026-11-20 until 2027-01-05');
    assert.match(r.err, 'skillops assign "Holiday Overflow" sam.lee@acme-contact.example --proficiency N');
    assert.equal(await skillFiles(repo.dir), before);
  }
  // a move into a queue the agent is not in still works
  const ok = await cli(['move', 'sam.lee@acme-contact.example', '--from', 'billing-support', '--to', 'web-chat', '--on', '2026-12-10']);
  assert.is(ok.code, 0, ok.err);
  assert.ok(changedLines(ok.out).includes('+    from: 2026-12-10'), ok.out);
});

test('move run twice: the second run is No changes; an agent in neither queue is still an error', async () => {
  const move = ['move', 'ravi.iyer@acme-contact.example', '--from', 'Sales - Spanish', '--to', 'Billing Support', '--proficiency', '3'];
  const first = await cli(move);
  assert.is(first.code, 0, first.err);
  const files = await skillFiles(repo.dir);
  const again = await cli(move);
  assert.is(again.code, 0, again.err);
  assert.match(again.out, 'No changes');
  assert.match(again.err, 'ravi.iyer@acme-contact.example is not listed in Sales - Spanish and is in Billing Support already.');
  assert.equal(await skillFiles(repo.dir), files);
  const neither = await cli(['move', 'ben.cohen@acme-contact.example', '--from', 'Sales - Spanish', '--to', 'Billing Support', '--proficiency', '3']);
  assert.is(neither.code, 1);
  assert.match(neither.err, 'ben.cohen@acme-contact.example is not listed in Sales - Spanish');
});

test('edit commands and --queue take the same queue names: a path from a sub-folder, the skill slug', async () => {
  sub = 'skills';
  const plan = await cli(['plan', '--format', 'json', '--force', '--queue', '../skills/billing-support.yaml']);
  assert.is(plan.code, 0, plan.err);
  assert.equal(
    (JSON.parse(plan.out) as Plan).queues.map((q) => q.skillName),
    ['Billing Support'],
  );
  const assign = await cli(['assign', '../skills/billing-support.yaml', 'sam.lee@acme-contact.example', '--proficiency', '3', '--dry-run']);
  assert.is(assign.code, 0, assign.err);
  sub = '';
  // the slug of "Sales - Spanish" is its file's stem; "Tech Support Tier 1" has a slug too
  const slug = await cli(['plan', '--format', 'json', '--force', '--queue', 'tech-support-tier-1']);
  assert.is(slug.code, 0, slug.err);
  assert.equal(
    (JSON.parse(slug.out) as Plan).queues.map((q) => q.skillName),
    ['Tech Support Tier 1'],
  );
  // a name that fits several queues equally is refused by the edit commands, never guessed
  const glob = await cli(['assign', 'sales-*', 'sam.lee@acme-contact.example', '--proficiency', '3', '--dry-run']);
  assert.is(glob.code, 1);
  assert.match(glob.err, '"sales-*" names 2 queues (Sales - English, Sales - Spanish): name one');
  // the unknown-queue message is the same one in the CSV import
  const typo = await cli(['assign', 'Biling Support', 'sam.lee@acme-contact.example', '--proficiency', '3']);
  assert.match(typo.err, 'no queue file manages "Biling Support" (did you mean "Billing Support"?)');
});

test('unassign run twice exits 0 with No changes and says who was not listed', async () => {
  const first = await cli(['unassign', 'Web Chat', 'kira.sato@acme-contact.example']);
  assert.is(first.code, 0, first.err);
  const files = await skillFiles(repo.dir);
  const again = await cli(['unassign', 'Web Chat', 'kira.sato@acme-contact.example']);
  assert.is(again.code, 0, again.err);
  assert.match(again.out, 'No changes');
  assert.match(again.err, 'kira.sato@acme-contact.example is not listed in Web Chat: nothing to remove.');
  const team = await cli(['unassign', 'Billing Support', '--team', 'Billing']);
  assert.is(team.code, 0, team.err);
  const teamAgain = await cli(['unassign', 'Billing Support', '--team', 'Billing']);
  assert.is(teamAgain.code, 0, teamAgain.err);
  assert.match(teamAgain.out, 'No changes');
  assert.not.equal(await skillFiles(repo.dir), files);
});

test('an error in the proposed change names a line of the file on disk and says it is the proposed change', async () => {
  const lines = (await readFile(path.join(repo.dir, 'skills', 'billing-support.yaml'), 'utf8')).split('\n').length;
  const added = await cli(['assign', 'Billing Support', 'diego.lopez@acme-contact.example', '--proficiency', '6']);
  assert.is(added.code, 1);
  const at = /skills\/billing-support\.yaml:(\d+):(\d+) error .*proficiency 6.*\(in the proposed lines after this one, not yet in the file\)/.exec(added.err);
  assert.ok(at, added.err);
  assert.ok(Number(at[1]) <= lines, `${at[1]} is past the file's ${lines} lines`);
  // an entry that is there: the line of that entry on disk
  const updated = await cli(['assign', 'Billing Support', 'sam.lee@acme-contact.example', '--proficiency', '6']);
  assert.is(updated.code, 1);
  assert.match(updated.err, /skills\/billing-support\.yaml:13:1 error .*proficiency 6.*\(in the proposed change to this line, not yet in the file\)/);
});

test('a day before today in the tenant time zone is written with a warning', async () => {
  const r = await cli(['unassign', 'Web Chat', 'kira.sato@acme-contact.example', '--from', '2026-01-01']);
  assert.is(r.code, 0, r.err);
  assert.ok(changedLines(r.out).includes('+    until: 2025-12-31'), r.out);
  assert.match(r.err, /Warning:.*--from 2026-01-01 is before today \(2026-11-25 in [^)]+\)/);
  const move = await cli(['move', 'ravi.iyer@acme-contact.example', '--from', 'Sales - Spanish', '--to', 'Billing Support', '--on', '2025-06-01']);
  assert.is(move.code, 0, move.err);
  assert.match(move.err, '--on 2025-06-01 is before today');
  const today = await cli(['assign', 'Billing Support', 'diego.lopez@acme-contact.example', '--proficiency', '3', '--from', '2026-11-25']);
  assert.is(today.code, 0, today.err);
  assert.not.match(today.err, 'before today');
});

test('offline, an agent named another way than the file writes them is warned about; agent says how it matched', async () => {
  offline = true;
  const r = await cli(['assign', 'billing-support', '4410002', '--proficiency', '4', '--offline', '--dry-run']);
  assert.is(r.code, 0, r.err);
  assert.match(r.err, /Warning: offline, 4410002 is matched as written: Billing Support lists \d+ agent\(s\) by user name or e-mail/);
  const view = await cli(['agent', '4410002', '--offline']);
  assert.is(view.code, 0, view.err);
  assert.match(view.out, '0 queue file entries');
  assert.match(view.err, 'Matched offline by the form given: entries that name 4410002 by user name or e-mail are not counted.');
  const noCredentials = await cli(['agent', '4410002']);
  assert.match(noCredentials.err, 'Matched offline by the form given');
  offline = false;
  const live = await cli(['agent', '4410002']);
  assert.is(live.code, 0, live.err);
  assert.not.match(live.err, 'Matched offline');
  assert.not.match(live.out, '0 queue file entries');
});

test('every --help example of the edit commands runs against the demo tenant as written', async () => {
  const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  let ran = 0;
  for (const command of ['assign', 'unassign', 'move', 'agent'] as const) {
    for (const line of HELP[command].split('\n').filter((l) => l.trim().startsWith('$ skillops '))) {
      const args = words(line.trim().slice('$ skillops '.length));
      const r = await cli(command === 'agent' ? args : [...args, '--dry-run']);
      assert.is(r.code, 0, `${line}\n${r.err}`);
      assert.not.match(r.err, 'Matched offline', line);
      ran++;
    }
  }
  assert.ok(ran >= 6, String(ran));
});

test.run();
