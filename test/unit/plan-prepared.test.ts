// plan matches files to skills and agents while the assignments are still being read
// (prepareDesired); the plan it then makes must be exactly the plan made in one go, and a
// preparation made from other inputs must never be used.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan, prepareDesired } from '../../src/plan/make-plan.js';
import { AGENTS, desired, entry, live, liveState, NOW, queue, SKILLS, settings } from '../helpers/world.js';

const test = suite('planner: prepared while reading');

const wanted = () =>
  desired(
    queue('Billing', [entry('ann@x.com', 2), entry('bob@x.com', 1), entry(3, 4, { active: false }), entry('dee@x.com', 5, { from: '2026-12-01' })]),
    queue('Sales', [entry('ann@x.com', 4), entry(2, 3)]),
  );

test('the plan made from a preparation equals the plan made in one go, byte for byte', async () => {
  const input = { desired: wanted(), live: liveState([live(100, 2, 3), live(100, 3, 4, true), live(100, 5, 9)]), now: NOW, settings: settings() };
  const prepared = await prepareDesired(input.desired, input.live.skills, input.live.agents, input.settings);
  const oneGo = makePlan(input);
  const withPrepared = makePlan(input, prepared);
  assert.ok(oneGo.plan);
  assert.is(JSON.stringify(withPrepared), JSON.stringify(oneGo));
});

test('problems found while preparing are the same problems', async () => {
  const input = {
    desired: desired(queue('Billing', [entry('nobody@x.com', 2), entry('ann@x.com', 1), entry('ANN@x.com', 3)])),
    live: liveState([]),
    now: NOW,
    settings: settings(),
  };
  const prepared = await prepareDesired(input.desired, input.live.skills, input.live.agents, input.settings);
  const withPrepared = makePlan(input, prepared);
  assert.is(withPrepared.plan, undefined);
  assert.equal(withPrepared, makePlan(input));
  assert.equal(withPrepared.problems.map((p) => p.code).sort(), ['duplicate-agent', 'unknown-agent']);
});

test('a preparation from other files or another directory read is ignored', async () => {
  const input = { desired: wanted(), live: liveState([live(100, 2, 3)]), now: NOW, settings: settings() };
  const other = desired(queue('Billing', [entry('ann@x.com', 5)]));
  const stale = await prepareDesired(other, input.live.skills, input.live.agents, input.settings);
  assert.is(JSON.stringify(makePlan(input, stale)), JSON.stringify(makePlan(input)));
  // an earlier read in which ann had another login: used, it would make ann unknown
  const otherAgents = AGENTS.map((a) => (a.userName === 'ann@x.com' ? { ...a, userName: 'ann.old@x.com' } : a));
  const fromOtherRead = await prepareDesired(input.desired, SKILLS, otherAgents, input.settings);
  assert.ok(fromOtherRead.resolved.problems.some((p) => p.code === 'unknown-agent'));
  assert.is(JSON.stringify(makePlan(input, fromOtherRead)), JSON.stringify(makePlan(input)));
});

test.run();
