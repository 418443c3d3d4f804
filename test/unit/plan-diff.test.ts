import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import { makePlan, type PlanInput } from '../../src/plan/make-plan.js';
import { AGENTS, agent, desired, entry, live, liveState, NOW, queue, SKILLS, settings } from '../helpers/world.js';

const test = suite('planner: diff');

/** Compact view of a plan's changes: "add 100:1 p2", "update 100:2 p3→p1", "remove 100:4 (unlisted)". */
function changes(plan: Plan): string[] {
  return plan.queues.flatMap((q) =>
    q.changes.map((c) => {
      const key = `${c.skillId}:${c.agentId}`;
      const st = (s?: { proficiency: number; isActive: boolean }) => (s ? `p${s.proficiency}${s.isActive ? '' : ' inactive'}` : '');
      if (c.action === 'add') return `add ${key} ${st(c.after)}`;
      if (c.action === 'remove') return `remove ${key} (${c.reason})`;
      return `update ${key} ${st(c.before)}→${st(c.after)}`;
    }),
  );
}
const pending = (plan: Plan) => plan.queues.flatMap((q) => q.pending.map((p) => `${p.skillId}:${p.agentId} from ${p.from}`));

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'desired' | 'live'>): Plan {
  const result = makePlan({ now: NOW, settings: settings(), ...input });
  assert.ok(result.plan, JSON.stringify(result.problems));
  return result.plan!;
}

const cases: Array<{ name: string; input: Partial<PlanInput> & Pick<PlanInput, 'desired' | 'live'>; changes: string[]; pending?: string[] }> = [
  {
    name: 'add, update proficiency, update active flag, remove unlisted; unchanged agents stay out',
    input: {
      desired: desired(queue('Billing', [entry('ann@x.com', 2), entry('bob@x.com', 1), entry(3, 4, { active: false }), entry('dee@x.com', 5)])),
      live: liveState([live(100, 2, 3), live(100, 3, 4, true), live(100, 4, 5), live(100, 5, 9)]),
    },
    changes: ['add 100:1 p2', 'update 100:2 p3→p1', 'update 100:3 p4→p4 inactive', 'remove 100:5 (unlisted)'],
  },
  {
    name: 'additive mode never removes unlisted agents',
    input: { desired: desired(queue('Billing', [entry('ann@x.com', 1)], { mode: 'additive' })), live: liveState([live(100, 1, 1), live(100, 2, 7)]) },
    changes: [],
  },
  {
    name: 'skills without a file are never touched',
    input: { desired: desired(queue('Billing', [])), live: liveState([live(300, 1, 1), live(300, 2, 2)]) },
    changes: [],
  },
  {
    name: 'an empty authoritative file removes everyone from its skill',
    input: { desired: desired(queue('Sales', [])), live: liveState([live(200, 1, 1), live(200, 2, 2)]) },
    changes: ['remove 200:1 (unlisted)', 'remove 200:2 (unlisted)'],
  },
  {
    name: 'skill matched by id when the file pins skillId',
    input: { desired: desired(queue('Old Billing Name', [entry(1, 1)], { skillId: 100 })), live: liveState([]) },
    changes: ['add 100:1 p1'],
  },
  {
    name: 'effective dates: from today is active, from tomorrow pending, until today active, until yesterday removed',
    input: {
      desired: desired(
        queue('Billing', [
          entry(1, 1, { from: '2026-11-25' }),
          entry(2, 1, { from: '2026-11-26' }),
          entry(3, 1, { until: '2026-11-25' }),
          entry(4, 1, { until: '2026-11-24' }),
        ]),
      ),
      live: liveState([live(100, 3, 1), live(100, 4, 1)]),
    },
    changes: ['add 100:1 p1', 'remove 100:4 (expired)'],
    pending: ['100:2 from 2026-11-26'],
  },
  {
    name: 'a pending entry leaves an existing live assignment alone until its date',
    input: { desired: desired(queue('Billing', [entry(1, 2, { from: '2026-12-01' })])), live: liveState([live(100, 1, 5)]) },
    changes: [],
    pending: ['100:1 from 2026-12-01'],
  },
  {
    name: 'an expired entry in an additive file is not removed (warned instead)',
    input: { desired: desired(queue('Billing', [entry(1, 2, { until: '2026-11-01' })], { mode: 'additive' })), live: liveState([live(100, 1, 2)]) },
    changes: [],
  },
  {
    name: 'time zone decides the day: 03:00 UTC on 1 December is still 30 November in New York',
    input: {
      now: new Date('2026-12-01T03:00:00Z'),
      settings: settings({ timeZone: 'America/New_York' }),
      desired: desired(queue('Billing', [entry(1, 1, { from: '2026-12-01' }), entry(2, 1, { until: '2026-11-30' })])),
      live: liveState([live(100, 2, 1)]),
    },
    changes: [],
    pending: ['100:1 from 2026-12-01'],
  },
  {
    name: 'the same instant in UTC is already 1 December',
    input: {
      now: new Date('2026-12-01T03:00:00Z'),
      settings: settings({ timeZone: 'UTC' }),
      desired: desired(queue('Billing', [entry(1, 1, { from: '2026-12-01' }), entry(2, 1, { until: '2026-11-30' })])),
      live: liveState([live(100, 2, 1)]),
    },
    changes: ['add 100:1 p1', 'remove 100:2 (expired)'],
  },
  {
    name: 'agents matched by e-mail address as well as user name, case-insensitively',
    input: {
      desired: desired(queue('Billing', [entry('ZED.MAIL@corp.example', 3)])),
      live: liveState([], [...AGENTS, agent(9, 'zed', { emailAddress: 'zed.mail@corp.example' })]),
    },
    changes: ['add 100:9 p3'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const p = plan(c.input);
    assert.equal(changes(p), c.changes);
    assert.equal(pending(p), c.pending ?? []);
  });
}

test('summary counts and the plan is deterministic for the same inputs', () => {
  const input = cases[0]!.input;
  const a = plan(input);
  const b = plan({ ...input, live: { ...input.live, assignments: [...input.live.assignments].reverse() } });
  assert.equal(a.summary, { add: 1, update: 2, remove: 1, queuesChanged: 1, pending: 0 });
  assert.is(JSON.stringify(a), JSON.stringify(b));
});

test('the fingerprint covers managed skills only', () => {
  const d = desired(queue('Billing', [entry(1, 1)]));
  const base = plan({ desired: d, live: liveState([live(100, 1, 1), live(300, 2, 2)]) });
  const unmanagedChanged = plan({ desired: d, live: liveState([live(100, 1, 1), live(300, 2, 9)]) });
  const managedChanged = plan({ desired: d, live: liveState([live(100, 1, 1), live(100, 3, 1), live(300, 2, 2)]) });
  assert.is(base.liveFingerprint, unmanagedChanged.liveFingerprint);
  assert.is.not(base.liveFingerprint, managedChanged.liveFingerprint);
});

test('unknown and ambiguous names are errors at file:line:col with suggestions', () => {
  const agents = [...AGENTS, agent(7, 'shared@x.com'), agent(8, 'other', { emailAddress: 'shared@x.com' })];
  const bill = entry('ann@x.co', 1);
  const amb = entry('shared@x.com', 1);
  const gone = entry(999, 1);
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [bill, amb, gone]), queue('Salse', [])),
    live: liveState([], agents, [...SKILLS, { skillId: 201, skillName: 'sales', isActive: true }]),
  });
  assert.is(result.plan, undefined);
  const messages = result.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.code}: ${p.message}`);
  assert.equal(messages, [
    `skills/q.yaml:${bill.at.line}:12 unknown-agent: no CXone agent has user name or e-mail "ann@x.co" (did you mean "ann@x.com"?)`,
    `skills/q.yaml:${amb.at.line}:12 unknown-agent: "shared@x.com" matches 2 CXone agents (7, 8); use the numeric agentId`,
    `skills/q.yaml:${gone.at.line}:12 unknown-agent: no CXone agent has agentId 999`,
    'skills/salse.yaml:1:8 unknown-skill: no CXone skill is named "Salse" (did you mean "Sales"?); skillops manages who has a skill but never creates skills: create it in CXone first, then plan again',
  ]);
});

test('the same agent reached by name and by id in one file is an error', () => {
  const byName = entry('bob@x.com', 1);
  const byId = entry(2, 3);
  const result = makePlan({ now: NOW, settings: settings(), desired: desired(queue('Billing', [byName, byId])), live: liveState([]) });
  assert.equal(
    result.problems.map((p) => [p.line, p.code]),
    [[byId.at.line, 'duplicate-agent']],
  );
  assert.is(result.problems[0]!.message, `"2" is the same agent (2, bob@x.com) as "bob@x.com" at line ${byName.at.line}`);
});

test('an agent inactive in CXone is a warning in the plan, not an error', () => {
  const p = plan({ desired: desired(queue('Billing', [entry('eve@x.com', 1)])), live: liveState([]) });
  assert.equal(
    p.warnings.map((w) => w.message),
    ['agent eve@x.com (5) is inactive in CXone; the assignment is kept but they take no contacts', 'Billing would have NO active agents after this plan'],
  );
  assert.is(p.summary.add, 1);
});

test('settings.exclude skips a file with a warning', () => {
  const p = plan({ desired: desired(queue('Billing', [entry(1, 1)])), live: liveState([]), settings: settings({ exclude: ['billing'] }) });
  assert.is(p.summary.add, 0);
  assert.match(p.warnings[0]!.message, 'is in settings.exclude');
});

test.run();
