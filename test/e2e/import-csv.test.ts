import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { converge, planLines } from '../helpers/plan-changes.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: import --csv, the spreadsheet round trip');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;
const cli = cliAt(() => ({ dir, env: { ...sim.env, SKILLOPS_NOW: '2026-11-25' } }));
const plan = async () => {
  const r = await cli(['plan', '--format', 'json', '--force']);
  assert.is(r.code, 0, r.err);
  return planLines(JSON.parse(r.out) as Plan);
};
const csvRows = (text: string) => text.trimEnd().split('\r\n');

async function generated() {
  sim = await startSim({ fixture: generateTenant({ skills: 200, agents: 2000, assignments: 8000, seed: 23 }) });
  ({ dir, cleanup } = await tempDir({ 'skillops.yaml': lines('skillsDir: skills', 'apply: { requestsPerSecond: 1000 }') }));
  assert.is((await cli(['import'])).code, 0);
}
test.after.each(async () => {
  await sim.close();
  await cleanup();
});

test('export → 50 rows changed → import --csv → plan shows exactly those 50 changes', async () => {
  await generated();
  assert.equal(await plan(), []);
  assert.is((await cli(['export', '--format', 'csv', '--out', 'matrix.csv'])).code, 0);
  const [header, ...rows] = csvRows(await readFile(path.join(dir, 'matrix.csv'), 'utf8'));
  assert.is(header, 'queue,skillId,agent,agentId,proficiency,active,from,until,file');
  const expected: string[] = [];
  const changed = rows.map((row, i) => {
    if (i % 150 !== 7 || expected.length >= 50) return row;
    const cells = row.split(',');
    const [queue, , agent, , p, active] = cells;
    const was = `${p}${active === 'true' ? '' : ' inactive'}`;
    if (expected.length % 2 === 0) {
      cells[4] = String(Number(p) === 20 ? 19 : Number(p) + 1);
    } else {
      cells[5] = active === 'true' ? 'false' : 'true';
    }
    expected.push(`~ ${queue} ${agent} ${was} -> ${cells[4]}${cells[5] === 'true' ? '' : ' inactive'}`);
    return cells.join(',');
  });
  assert.is(expected.length, 50);
  await writeFile(path.join(dir, 'matrix.csv'), `${[header, ...changed].join('\r\n')}\r\n`);
  const before = await skillFiles(dir);
  const r = await cli(['import', '--csv', 'matrix.csv']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'import --csv (merge): 50 entries updated;');
  const after = await skillFiles(dir);
  // exactly the changed lines: one proficiency line replaced, or one active line added or removed
  let changedLines = 0;
  for (const f of Object.keys(before)) {
    if (before[f] === after[f]) continue;
    const a = before[f]!.split('\n');
    const b = after[f]!.split('\n');
    changedLines += Math.max(a.length, b.length) - Math.min(a.length, b.length) + a.filter((l, i) => a.length === b.length && l !== b[i]).length;
  }
  assert.is(changedLines, 50);
  assert.equal(await plan(), expected.sort());
  // importing the same CSV again changes nothing
  const again = await cli(['import', '--csv', 'matrix.csv']);
  assert.match(again.out, 'No changes');
  assert.equal(await skillFiles(dir), after);
});

test('--mode replace removes entries absent from the CSV for the queues it names, and only those', async () => {
  await generated();
  assert.is((await cli(['export', '--out', 'all.csv'])).code, 0);
  const [header, ...rows] = csvRows(await readFile(path.join(dir, 'all.csv'), 'utf8'));
  const queues = [...new Set(rows.map((r) => r.split(',')[0]!))];
  const [q1, q2] = [queues[3]!, queues[120]!];
  const ofQueue = (q: string) => rows.filter((r) => r.split(',')[0] === q);
  const dropped = [ofQueue(q1)[0]!, ofQueue(q1)[5]!, ofQueue(q2)[2]!];
  const kept = [...ofQueue(q1), ...ofQueue(q2)].filter((r) => !dropped.includes(r));
  await writeFile(path.join(dir, 'two.csv'), `${[header, ...kept].join('\n')}\n`);
  const before = await skillFiles(dir);
  const merge = await cli(['import', '--csv', 'two.csv']);
  assert.is(merge.code, 0, merge.err);
  assert.match(merge.out, 'No changes', 'merge never removes');
  const r = await cli(['import', '--csv', 'two.csv', '--mode', 'replace']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'import --csv (replace): 3 entries removed; wrote 2 files.');
  const after = await skillFiles(dir);
  assert.is(Object.keys(after).filter((f) => after[f] !== before[f]).length, 2);
  const removed = dropped.map((row) => {
    const [q, , agent, , p, active] = row.split(',');
    return `- ${q} ${agent} ${p}${active === 'true' ? '' : ' inactive'}`;
  });
  assert.equal(await plan(), removed.sort());
});

async function example() {
  sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  ({ dir, cleanup } = repo);
  const r = await cli(['plan', '--format', 'json', '--force', '--now', '2026-11-25']);
  converge(JSON.parse(r.out) as Plan, sim.tenant);
}

test('the example repository: an unchanged export imports as no change; an Excel file (BOM, ;, CRLF, quotes, empty rows) works', async () => {
  await example();
  const before = await skillFiles(dir);
  assert.is((await cli(['export', '--out', 'm.csv'])).code, 0);
  const same = await cli(['import', '--csv', 'm.csv', '--mode', 'replace']);
  assert.is(same.code, 0, same.err);
  assert.match(same.out, 'No changes');
  const excel = [
    'Queue;Agent;Proficiency;Active;From;Until;Note',
    'Billing Support;"jane.doe@acme-contact.example";2;TRUE;;;"Lead; keeps ""2"""',
    'Web Chat;maya.levi@acme-contact.example;3;FALSE;2026-12-01;2027-01-31;',
    ';;;;;;',
    ';;;;;;',
  ];
  await writeFile(path.join(dir, 'excel.csv'), `\uFEFF${excel.join('\r\n')}\r\n`);
  const r = await cli(['import', '--csv', 'excel.csv']);
  assert.is(r.code, 0, r.err);
  const after = await skillFiles(dir);
  assert.is(
    after['billing-support.yaml'],
    before['billing-support.yaml']!.replace(
      '  - agent: jane.doe@acme-contact.example\n    proficiency: 1\n',
      '  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n    note: Lead; keeps "2"\n',
    ),
  );
  assert.match(
    after['web-chat.yaml']!,
    '  - agent: maya.levi@acme-contact.example # Maya Levi\n    proficiency: 3\n    active: false\n    from: 2026-12-01\n    until: 2027-01-31\n',
  );
  const lines = (await plan()).filter((l) => !l.includes('kenji') && !l.includes('omar'));
  assert.equal(lines, ['pending Web Chat maya.levi@acme-contact.example 3 inactive from 2026-12-01', '~ Billing Support jane.doe@acme-contact.example 1 -> 2']);
});

test('bad CSVs: every problem with line and column, a suggestion for typos, nothing written', async () => {
  await example();
  const before = await skillFiles(dir);
  const bad = [
    'queue,agent,proficiency,active,from,until',
    'Billing Support,jane.doe@acme-contact.example,2,true,,', // line 2: fine
    'Biling Support,sam.lee@acme-contact.example,2,true,,', // line 3: unknown queue
    'Billing Support,priya.shah@acme-contact.exampel,2,true,,', // line 4: unknown agent
    'Billing Support,aisha.khan@acme-contact.example,9,true,,', // line 5: above the queue's max 5
    'Web Chat,kira.sato@acme-contact.example,25,true,,', // line 6: outside the tenant scale
    'Billing Support,JANE.DOE@acme-contact.example,3,true,,', // line 7: duplicate of line 2
    'Web Chat,maya.levi@acme-contact.example,2,maybe,12/01/2026,', // line 8: active and from
    '"Web Chat","nico.romano@acme-contact.example",2,true,2027-02-01,2027-01-01', // line 9: until before from
  ];
  await writeFile(path.join(dir, 'bad.csv'), `${bad.join('\n')}\n`);
  const r = await cli(['import', '--csv', 'bad.csv']);
  assert.is(r.code, 1);
  const problems = r.err.split('\n').filter((l) => l.startsWith('bad.csv:'));
  assert.equal(problems.length, 8, r.err);
  const has = (at: string, text: string) =>
    assert.ok(
      problems.some((p) => p.startsWith(`bad.csv:${at} `) && p.includes(text)),
      `${at} ${text}\n${r.err}`,
    );
  has('3:1', 'no queue file manages "Biling Support" (did you mean "Billing Support"?)');
  has('4:2', 'did you mean "priya.shah@acme-contact.example"?');
  has('5:3', "9 is outside Billing Support's allowed 1–5");
  has('6:3', '25 is outside the tenant scale 1–20');
  has('7:2', 'listed for Billing Support twice (first on line 2)');
  has('8:4', '"maybe" is not true or false');
  has('8:5', '"12/01/2026" is not a day written YYYY-MM-DD');
  has('9:6', '2027-01-01 is before from 2027-02-01');
  assert.match(r.err, 'nothing was written');
  assert.equal(await skillFiles(dir), before);

  // an Excel file with the same kind of mistake: the line counts lines, quoted line breaks too
  const excel = [
    'queue;agent;proficiency;note',
    'Billing Support;jane.doe@acme-contact.example;2;"two',
    'lines"',
    'Billing Support;sam.lee@acme-contact.example;x;',
  ];
  await writeFile(path.join(dir, 'excel.csv'), `\uFEFF${excel.join('\r\n')}\r\n;;;\r\n`);
  const e = await cli(['import', '--csv', 'excel.csv']);
  assert.is(e.code, 1);
  assert.match(e.err, 'excel.csv:4:3 error proficiency: "x" is not a whole number');
  const header = await writeFile(path.join(dir, 'header.csv'), 'queue,agent,proficency\nWeb Chat,kira.sato@acme-contact.example,2\n');
  assert.is(header, undefined);
  const h = await cli(['import', '--csv', 'header.csv']);
  assert.is(h.code, 1);
  assert.match(h.err, 'header.csv:1:3 error unknown column "proficency" (did you mean "proficiency"?)');
  assert.equal(await skillFiles(dir), before);
});

test.run();
