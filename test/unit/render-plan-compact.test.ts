// The plan on a big tenant: the coverage table lists only queues whose coverage changes or that
// are below their minimum, plus totals; the summary is the last line (apply asks right below it).

import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/plan/make-plan.js';
import { planText } from '../../src/render/plan-text.js';
import { agent, desired, entry, live, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('render: compact plan for big tenants');
const plain = new Chalk({ level: 0 });

// 200 queues of 3 agents each; queue 7 loses an agent, queue 9 changes a proficiency only
const agents = Array.from({ length: 600 }, (_, i) => agent(i + 1, `a${i + 1}@x.com`));
const skills = Array.from({ length: 200 }, (_, s) => skill(1000 + s, `Queue ${s}`));
const liveRows = skills.flatMap((sk, s) => [1, 2, 3].map((k) => live(sk.skillId, s * 3 + k, 2)));

function bigPlan(change: boolean) {
  const queues = skills.map((sk, s) => {
    const ids = [1, 2, 3].map((k) => s * 3 + k);
    const kept = change && s === 7 ? ids.slice(0, 2) : ids;
    return queue(
      sk.skillName,
      kept.map((id) => entry(id, change && s === 9 && id === ids[0] ? 5 : 2)),
      { skillId: sk.skillId, minActiveAgents: 1 },
    );
  });
  return makePlan({
    now: NOW,
    settings: settings({ safety: { maxRemovePercent: 100, maxChangePercent: 100, minExistingAssignments: 0 } }),
    desired: desired(...queues),
    live: liveState(liveRows, agents, skills),
  }).plan!;
}

test('200 queues, 2 changed: the coverage table shows only the queue whose coverage changed, plus totals', () => {
  const text = planText(bigPlan(true), plain);
  const table = text.slice(text.indexOf('Coverage')).split('\n\n')[0]!;
  assert.match(table, 'Queue 7');
  assert.not.match(table, 'Queue 9 ', 'coverage of Queue 9 does not change');
  assert.not.match(table, 'Queue 8');
  assert.match(table, '199 other queues: coverage unchanged');
  assert.ok(text.split('\n').length < 30, `${text.split('\n').length} lines`);
});

test('a change that moves no coverage: every queue is counted, none called "other"', () => {
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 3)], { skillId: 100 }), queue('Sales', [entry(2, 2)], { skillId: 200 })),
    live: liveState([live(100, 1, 2), live(200, 2, 2)]),
  }).plan!;
  const text = planText(plan, plain);
  assert.match(text, '  2 queues: coverage unchanged and at or above minimum');
  assert.not.match(text, 'other queue');
  assert.not.match(text, 'before → after  min', 'no table header without rows');
});

test('the summary line is the last line, so it sits right above the confirmation prompt', () => {
  const lines = planText(bigPlan(true), plain).trimEnd().split('\n');
  assert.is(lines.at(-1), 'Plan: 0 to add, 1 to change, 1 to remove across 2 queues.');
});

test('no changes: no coverage table, just the summary', () => {
  const text = planText(bigPlan(false), plain);
  assert.not.match(text, 'Coverage');
  assert.is(text.trim(), 'No changes. Live CXone matches skills/.');
});

test('only pending changes: no "will make these changes", then "No changes"', () => {
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 2), entry(2, 3, { from: '2026-12-01' })], { skillId: 100 })),
    live: liveState([live(100, 1, 2)]),
  }).plan!;
  const text = planText(plan, plain);
  assert.not.match(text, 'will make these changes');
  assert.match(text, 'nothing to change now');
  assert.match(text, 'Pending: 1 dated change');
  assert.ok(text.trimEnd().endsWith('No changes. Live CXone matches skills/.'));
});

test.run();
