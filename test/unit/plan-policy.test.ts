import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { desired, entry, live, liveState, NOW, queue, settings } from '../helpers/world.js';

const test = suite('planner: policy');

const safety = (patch: Partial<typeof DEFAULT_SETTINGS.safety>) => settings({ safety: { ...DEFAULT_SETTINGS.safety, ...patch } });
// ten live assignments on Billing, agents 1-4 plus generated ones that the directory knows
const tenLive = [1, 2, 3, 4].map((id) => live(100, id, 5));

function run(opts: { keep: number[]; update?: number[]; minActive?: number; patch?: Partial<typeof DEFAULT_SETTINGS.safety>; force?: boolean }) {
  const agents = opts.keep.map((id) => entry(id, opts.update?.includes(id) ? 1 : 5));
  const result = makePlan({
    now: NOW,
    settings: safety({ minExistingAssignments: 4, ...opts.patch }),
    desired: desired(queue('Billing', agents, { minActiveAgents: opts.minActive ?? 0 })),
    live: liveState(tenLive),
    force: opts.force ?? false,
  });
  return result.plan!;
}

test('within thresholds: ok, no violations', () => {
  const p = run({ keep: [1, 2, 3, 4], update: [1] });
  assert.equal({ ok: p.policy.ok, forced: p.policy.forced, violations: p.policy.violations }, { ok: true, forced: false, violations: [] });
  assert.equal(
    p.policy.verdicts.map((v) => `${v.rule}:${v.verdict}`),
    ['maxRemovePercent:ok', 'maxChangePercent:ok'],
  );
});

test('removing more than maxRemovePercent refuses with its reason', () => {
  const p = run({ keep: [1], patch: { maxRemovePercent: 50 } });
  assert.is(p.policy.ok, false);
  assert.equal(p.policy.violations, [
    { kind: 'threshold', message: 'would remove 3 of 4 live managed assignments (75.0%), above safety.maxRemovePercent 50%' },
  ]);
});

test('changing more than maxChangePercent refuses with its reason', () => {
  const p = run({ keep: [1, 2, 3, 4], update: [1, 2, 3], patch: { maxChangePercent: 50 } });
  assert.is(p.policy.ok, false);
  assert.equal(p.policy.violations, [
    { kind: 'threshold', message: 'would change 3 of 4 live managed assignments (75.0%), above safety.maxChangePercent 50%' },
  ]);
});

test('thresholds apply only from minExistingAssignments on', () => {
  const p = run({ keep: [1], patch: { maxRemovePercent: 50, minExistingAssignments: 5 } });
  assert.is(p.policy.ok, true);
  assert.equal(p.policy.violations, []);
});

test('--force overrides thresholds and says so', () => {
  const p = run({ keep: [1], patch: { maxRemovePercent: 50 }, force: true });
  assert.equal({ ok: p.policy.ok, forced: p.policy.forced, kinds: p.policy.violations.map((v) => v.kind) }, { ok: true, forced: true, kinds: ['threshold'] });
});

test('minActiveAgents refuses a plan that leaves a queue below it, and --force cannot override it', () => {
  for (const force of [false, true]) {
    const p = run({ keep: [1, 2], minActive: 3, force });
    assert.is(p.policy.ok, false);
    assert.equal(
      p.policy.violations.filter((v) => v.kind === 'constraint'),
      [{ kind: 'constraint', message: 'Billing would have 2 active agents (from 4), below its minActiveAgents 3' }],
    );
  }
});

test('a queue already below its minimum is a warning when the plan does not make it worse', () => {
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 5), entry(2, 1)], { minActiveAgents: 3 })),
    live: liveState([live(100, 1, 5), live(100, 2, 5)]),
  });
  const p = result.plan!;
  assert.is(p.policy.ok, true);
  // reported once, as the rule's verdict, not repeated among the plan warnings
  assert.equal(p.warnings, []);
  assert.equal(
    p.policy.verdicts.filter((v) => v.verdict === 'warning').map((v) => v.message),
    ['Billing has 2 active agents, below its minActiveAgents 3 (not made worse by this plan)'],
  );
});

test.run();
