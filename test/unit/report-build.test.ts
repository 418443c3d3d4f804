// The report's figures from plain data: coverage per day as dated entries begin and end, queues
// that fall below their minimum later in the period, and agents CXone has disabled (--live).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/plan/make-plan.js';
import { addDays, buildReport, type ReportInputs } from '../../src/use-cases/report/build-report.js';
import { desired, entry, live as liveRow, liveState, NOW, queue, settings } from '../helpers/world.js';

const test = suite('report: figures from the desired state');

const inputs = (d: ReturnType<typeof desired>, extra: Partial<ReportInputs> = {}): ReportInputs => ({
  desired: d,
  settings: settings(),
  today: '2026-11-25',
  generatedAt: NOW.toISOString(),
  days: 10,
  spofProficiency: 3,
  history: [],
  historySkipped: 0,
  repoPath: (f) => f,
  ...extra,
});

test('addDays crosses months and years', () => {
  assert.is(addDays('2026-11-25', 6), '2026-12-01');
  assert.is(addDays('2026-12-31', 1), '2027-01-01');
  assert.is(addDays('2028-02-28', 1), '2028-02-29');
});

test('coverage follows from and until; a queue fine today that goes short later is named with the day', () => {
  const d = desired(
    queue(
      'Billing',
      [
        entry('ann@x.com', 1),
        entry('bob@x.com', 2, { until: '2026-11-28' }),
        entry('cy@x.com', 2, { from: '2026-12-02' }),
        entry('dee@x.com', 4, { active: false }),
      ],
      { minActiveAgents: 2 },
    ),
  );
  const r = buildReport(inputs(d));
  assert.equal(r.queues[0]!.coverage, [2, 2, 2, 2, 1, 1, 1, 2, 2, 2]);
  assert.equal(r.overview.belowMinimum, []);
  assert.equal(r.overview.fallsBelow, [{ queue: 0, rule: 'minActiveAgents', have: 1, need: 2, from: '2026-11-29' }]);
  assert.equal(r.overview.nearMinimum, [{ queue: 0, rule: 'minActiveAgents', have: 2, need: 2 }]);
  assert.equal(
    r.queues[0]!.entries.map((e) => e.state),
    ['active', 'active', 'pending', 'inactive'],
  );
  assert.equal(r.overview.singlePointsOfFailure, [{ queue: 0, agents: [0, 1] }]);
});

test('with the tenant read, agents are one per CXone agent however the files name them; disabled agents do not count', () => {
  const d = desired(queue('Billing', [entry('ann@x.com', 1), entry(5, 1)], { minActiveAgents: 2 }), queue('Sales', [entry(1, 2)]));
  const state = liveState([liveRow(100, 1, 1), liveRow(100, 5, 1), liveRow(200, 1, 3)]);
  const { plan } = makePlan({ desired: d, live: state, now: NOW, settings: settings(), force: false, target: { queues: [], excludeQueues: [] } });
  const r = buildReport(inputs(d, { live: { state, plan: plan! } }));
  assert.equal(
    r.agents.map((a) => [a.name, a.agentId, a.inactive ?? false, a.activeSkills]),
    [
      ['ann@x.com', 1, false, 2],
      ['eve@x.com', 5, true, 0],
    ],
  );
  assert.equal(r.overview.belowMinimum, [{ queue: 0, rule: 'minActiveAgents', have: 1, need: 2 }]);
  assert.equal(r.overview.drift, { add: 0, update: 1, remove: 0, queues: 1 });
  assert.equal(
    r.queues.map((q) => q.drift),
    [0, 1],
  );
});

test.run();
