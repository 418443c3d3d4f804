// Which changes a scheduled run applies: only those a from/until date made due within
// schedule.catchUpDays; everything else is drift.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CxonePort } from '../../src/cxone/port.js';
import { makePlan } from '../../src/plan/make-plan.js';
import type { PreparedApply } from '../../src/use-cases/apply/apply-types.js';
import { selectScheduled } from '../../src/use-cases/apply/scheduled/select-due.js';
import { desired, entry, live, liveState, queue, settings } from '../helpers/world.js';

const test = suite('scheduled apply: due changes vs drift');

function prepared(now: string, selfHeal = false): PreparedApply {
  const s = { ...settings(), schedule: { selfHeal, catchUpDays: 3 } };
  const d = desired(
    queue('Billing', [
      entry('ann@x.com', 1), // live says 5: a hand change (drift)
      entry('bob@x.com', 2, { from: '2026-12-01' }), // starts today: due
      entry('cy@x.com', 3, { until: '2026-11-30' }), // ended yesterday: due remove
      entry('dee@x.com', 4, { from: '2026-10-01' }), // started long ago, removed by hand: drift
    ]),
  );
  // live Billing: ann at 5, cy at 3, and agent 9 whom no file lists (added by hand: drift)
  const l = liveState([live(100, 1, 5), live(100, 3, 3), live(100, 9, 1), live(200, 1, 1)]);
  const nowDate = new Date(`${now}T12:00:00Z`);
  const result = makePlan({ desired: d, live: l, now: nowDate, settings: s });
  assert.ok(result.plan, JSON.stringify(result.problems));
  return {
    inputs: { settings: s, root: '/', cxone: {} as CxonePort, plan: result.plan!, live: l, desired: d, now: nowDate, readMs: 0, planMs: 0 },
    plan: result.plan!,
    source: 'fresh',
  };
}

const changes = (p: PreparedApply) => p.plan.queues.flatMap((q) => q.changes.map((c) => `${c.action} ${c.agentId}`)).sort();

test('only dated changes that became due are applied; the rest is drift', () => {
  const p = prepared('2026-12-01');
  assert.equal(changes(p), ['add 2', 'add 4', 'remove 3', 'remove 9', 'update 1']);
  const s = selectScheduled(p, { config: 'x', scheduled: true });
  assert.equal(changes(s), ['add 2', 'remove 3']);
  assert.equal({ add: s.plan.summary.add, update: s.plan.summary.update, remove: s.plan.summary.remove }, { add: 1, update: 0, remove: 1 });
  assert.is(s.scheduled!.due, 2);
  assert.equal(
    s.scheduled!.drift.map((d) => d.split(' (')[0]),
    ['add Billing / dee@x.com', 'update Billing / ann@x.com', 'remove Billing / agent 9'],
  );
  assert.equal(changes({ ...s, plan: s.scheduled!.driftPlan }), ['add 4', 'remove 9', 'update 1']);
});

test('beyond catchUpDays a dated change is no longer "due": it is drift', () => {
  const s = selectScheduled(prepared('2026-12-05'), { config: 'x', scheduled: true });
  assert.equal(changes(s), []);
  assert.is(s.scheduled!.drift.length, 5);
});

test('selfHeal applies everything and still lists the drift', () => {
  const s = selectScheduled(prepared('2026-12-01', true), { config: 'x', scheduled: true });
  assert.equal(changes(s), ['add 2', 'add 4', 'remove 3', 'remove 9', 'update 1']);
  assert.is(s.scheduled!.drift.length, 3);
  assert.is(s.scheduled!.selfHeal, true);
});

test('a run that is not scheduled passes through untouched', () => {
  const p = prepared('2026-12-01');
  assert.is(selectScheduled(p, { config: 'x' }), p);
});

test.run();
