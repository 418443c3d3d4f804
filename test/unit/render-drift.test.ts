// Drift in words that cannot be misread: per difference what CXone has and what skills/ has, and
// both ways out (apply reverts the hand change, refresh accepts it). Never "will make these changes".
import { readFile, writeFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/plan/make-plan.js';
import { driftMarkdown, driftText } from '../../src/render/drift-text.js';
import { agent, desired, entry, live, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('render: drift (golden files)');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

const agents = [
  agent(1, 'ann@x.com', { firstName: 'Ann', lastName: 'Lee' }),
  agent(2, 'diego@x.com', { firstName: 'Diego', lastName: 'Ruiz' }),
  agent(3, 'cy@x.com', { firstName: 'Cy', lastName: 'Park' }),
  agent(4, 'hand@x.com', { firstName: 'Hana', lastName: 'Ito' }),
];
const skills = [skill(100, 'Billing'), skill(200, 'Sales')];
const at = (line: number) => ({ at: { file: 'skills/billing.yaml', line, col: 12 } });

// Someone in CXone removed diego from Billing, added hana to it, and moved cy from 2 to 5
function driftPlan() {
  return makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(
      queue('Billing', [entry(1, 1, at(5)), entry(2, 2, at(7)), entry(3, 2, at(9))], { skillId: 100, minActiveAgents: 1 }),
      queue('Sales', [entry(1, 3)], { skillId: 200 }),
    ),
    live: liveState([live(100, 1, 1), live(100, 3, 5), live(100, 4, 3), live(200, 1, 3)], agents, skills),
  }).plan!;
}

async function golden(name: string, actual: string) {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN) await writeFile(file, actual);
  assert.fixture(actual, await readFile(file, 'utf8'));
}

test('text: each difference in words, both ways out', async () => {
  const text = driftText(driftPlan(), new Chalk({ level: 0 }));
  await golden('hand-changes.txt', text);
  assert.not.match(text, 'will make these changes');
  assert.match(text, /diego@x\.com .*removed from Billing in CXone; skills\/billing\.yaml:7:12 lists them at proficiency 2/);
  assert.match(text, /hand@x\.com .*added to Billing in CXone at proficiency 3; skills\/billing\.yaml does not list them/);
  assert.match(text, 'skillops apply');
  assert.match(text, 'skillops refresh');
});

test('markdown: the same words, a row per difference', async () => {
  const md = driftMarkdown(driftPlan());
  await golden('hand-changes.md', md);
  assert.not.match(md, 'will make these changes');
  assert.match(md, 'removed from Billing in CXone');
  assert.match(md, 'added to Billing in CXone');
});

test('no drift: one line', () => {
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Sales', [entry(1, 3)], { skillId: 200 })),
    live: liveState([live(200, 1, 3)], agents, skills),
  }).plan!;
  assert.is(driftText(plan, new Chalk({ level: 0 })).trim(), 'No drift. Live CXone matches skills/.');
});

test.run();
