// A tenant with years of residue: 200 queues, 2,000 agents of whom 60 left the company but still
// hold about 590 assignments. Three queue files change; the plan must stay readable at 80 columns
// and the pull-request comment proportional to the change, with every warning still available.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import { planCommentParts } from '../../src/render/plan-comment.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt } from '../helpers/cli-in-process.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/golden/residue.md');
const test = suite('e2e: plan on a tenant with inactive-agent residue');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;
const cli = cliAt(() => ({ dir, env: sim.env, columns: 80 }));
const file = (name: string) => path.join(dir, 'skills', name);

async function edit(name: string, change: (text: string) => string) {
  const before = await readFile(file(name), 'utf8');
  const after = change(before);
  assert.is.not(after, before, `${name} was edited`);
  await writeFile(file(name), after);
}

test.before(async () => {
  sim = await startSim({ fixture: generateTenant({ skills: 200, agents: 2000, assignments: 20_000 }) });
  ({ dir, cleanup } = await tempDir());
  const imported = await cli(['import']);
  assert.is(imported.code, 0, imported.err);
});
test.after(async () => {
  await sim.close();
  await cleanup();
});

const lines = (text: string) => text.trimEnd().split('\n');

test('no changes: at most 10 lines, the inactive agents counted in one line', async () => {
  const plan = await cli(['plan']);
  assert.is(plan.code, 0, plan.err);
  assert.ok(lines(plan.out).length <= 10, `${lines(plan.out).length} lines:\n${plan.out}`);
  assert.match(plan.out, /\d{3} assignments of \d+ inactive agents are kept; they take no contacts/);
  assert.match(plan.out, 'No changes. Live CXone matches skills/.');
});

test('three files changed: at most 60 lines of at most 80 columns, changes and summary on them', async () => {
  await edit('queue-00001.yaml', (t) => t.replace(/(agent: agent0@generated\.example # Agent 0\n {4}proficiency: )\d+/, '$115'));
  await edit('queue-00002.yaml', (t) => t.replace(/ {2}- agent: [^\n]*\n {4}proficiency: \d+\n/, ''));
  await edit('queue-00003.yaml', (t) => `${t.trimEnd()}\n  - agent: agent1999@generated.example\n    proficiency: 4\n`);
  const plan = await cli(['plan']);
  assert.is(plan.code, 0, plan.err);
  const text = lines(plan.out);
  assert.ok(text.length <= 60, `${text.length} lines:\n${plan.out}`);
  for (const line of text) assert.ok(line.length <= 80, `longer than 80 columns: ${line}`);
  assert.match(plan.out, '~ agent0@generated.example');
  assert.match(plan.out, '+ agent1999@generated.example');
  assert.match(plan.out, /^ {4}- agent/m);
  // a wrapped line continues indented further
  assert.match(
    plan.out.replace(/\n {6,}/g, ' '),
    /\d{3} assignments of \d+ inactive agents are kept; they take no contacts \(skillops plan --verbose lists them\)/,
    plan.out,
  );
  assert.is(text.at(-1), 'Plan: 1 to add, 1 to change, 1 to remove across 3 queues.');
});

test('--verbose lists every warning the JSON plan holds, and JSON holds all of them', async () => {
  const json = JSON.parse((await cli(['plan', '--format', 'json'])).out) as { warnings: Array<{ message: string; code?: string }> };
  const inactive = json.warnings.filter((w) => w.message.includes('is inactive in CXone; the assignment is kept'));
  assert.ok(inactive.length >= 500, `${inactive.length} inactive-agent warnings`);
  const verbose = await cli(['plan', '--verbose']);
  assert.is(verbose.code, 0, verbose.err);
  // each warning is one entry starting with "!", however it wraps
  const listed = verbose.out.split('\n').filter((l) => /^ {2}! .*queue-\d+\.yaml:\d+:\d+/.test(l));
  assert.is(listed.length, json.warnings.length);
  for (const line of verbose.out.split('\n')) assert.ok(line.length <= 80, `longer than 80 columns: ${line}`);
});

test('the same plan as Markdown: under 8,000 characters, one comment, as the golden file shows', async () => {
  const md = await cli(['plan', '--format', 'markdown']);
  assert.is(md.code, 0, md.err);
  assert.ok(md.out.length <= 8_000, `${md.out.length} characters`);
  const plan = JSON.parse((await cli(['plan', '--format', 'json'])).out) as Plan;
  assert.is(planCommentParts(plan).length, 1);
  if (process.env.UPDATE_GOLDEN) await writeFile(GOLDEN, md.out);
  assert.fixture(md.out, await readFile(GOLDEN, 'utf8'));
});

test.run();
