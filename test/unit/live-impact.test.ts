// Live impact in the pure planner: figures before → after per changed queue, the agents taken
// off while logged in, the liveImpact rules (ok, already broken, refused, forced, not judged),
// the real-time answers converted from CXone's shapes, and hostile CXone text escaped per sink.
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ResponseShapeError } from '../../src/cxone/normalize.js';
import { stateKind, toAgentState, toSkillActivity } from '../../src/cxone/normalize-real-time.js';
import type { CxonePort } from '../../src/cxone/port.js';
import { readRealTime } from '../../src/cxone/read-real-time.js';
import type { AgentState, RealTimeRead, SkillActivity } from '../../src/domain/live-impact.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { waitText } from '../../src/render/plan-impact.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { planText } from '../../src/render/plan-text.js';
import { AGENTS, desired, entry, live, liveState, NOW, queue, SKILLS, settings } from '../helpers/world.js';

const test = suite('plan: live impact');

const state = (agentId: number, name: string, skillId?: number): AgentState => ({
  agentId,
  state: name,
  kind: stateKind(name, false),
  ...(skillId !== undefined ? { skillId } : {}),
});
const activity = (skillId: number, extra: Partial<SkillActivity> = {}): SkillActivity => ({
  skillId,
  agentsLoggedIn: 3,
  agentsAvailable: 1,
  agentsWorking: 2,
  queueCount: 4,
  longestWaitSeconds: 95,
  serviceLevel: 72,
  serviceLevelGoal: 80,
  ...extra,
});
const read = (skills: SkillActivity[], agents: AgentState[]): RealTimeRead => ({ available: true, readAt: NOW.toISOString(), skills, agents });

// Billing holds ann, bob, cy, dee; the file keeps only ann and adds nobody: bob, cy, dee go
const billing = (extra: Parameters<typeof queue>[2] = {}) => queue('Billing', [entry(1, 1), entry(4, 2, { active: false })], { skillId: 100, ...extra });
const held = [live(100, 1, 1), live(100, 2, 2), live(100, 3, 2), live(100, 4, 2)];
const floor = [state(1, 'Available'), state(2, 'InboundContact', 100), state(3, 'LoggedOut'), state(4, 'InboundContact', 200)];

function plan(options: { realTime?: RealTimeRead; force?: boolean; rule?: { minLoggedInWhenWaiting?: number; maxLoggedInRemoved?: number } } = {}) {
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(billing(options.rule ? { liveImpact: options.rule } : {})),
    live: liveState(held),
    force: options.force ?? false,
    ...(options.realTime ? { realTime: options.realTime } : {}),
  });
  return result.plan!;
}

test('a changed queue: logged in before → after, available and working, the logged-in agents taken off', () => {
  const p = plan({ realTime: read([activity(100)], floor) });
  assert.ok(p.impact?.available);
  const [q] = p.impact!.available ? p.impact!.queues : [];
  // bob (working a Billing contact) is removed, dee (on a Sales contact) deactivated, cy logged out
  assert.equal(q!.loggedIn, { before: 3, after: 1 });
  assert.equal(q!.available, { before: 1, after: 1 });
  assert.equal(q!.working, { before: 2, after: 0 });
  assert.equal(
    q!.agentsOut.map((a) => [a.userName, a.state, a.onThisQueue]),
    [
      ['dee@x.com', 'InboundContact', false],
      ['bob@x.com', 'InboundContact', true],
    ],
  );
  assert.is(q!.contactsInQueue, 4);
});

test('an added agent who is logged in counts after; queues without changes have no row', () => {
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(
      queue('Billing', [entry(1, 1), entry(2, 2), entry(3, 2), entry(4, 2), entry(5, 3)], { skillId: 100 }),
      queue('Sales', [], { skillId: 200 }),
    ),
    live: liveState([...held]),
    realTime: read([activity(100), activity(200)], [...floor, state(5, 'Available')]),
  });
  // agent 5 is inactive in CXone: adding it changes nobody's floor
  const impact = result.plan!.impact!;
  assert.ok(impact.available && impact.queues.length === 1);
  assert.equal(impact.available && impact.queues[0]!.loggedIn, { before: 3, after: 3 });
});

test('without CXone counts for a skill, its active assignments and the agent states are counted', () => {
  const p = plan({ realTime: read([], floor) });
  const q = p.impact?.available ? p.impact.queues[0]! : undefined;
  // ann available, bob and dee working, cy logged out
  assert.equal(q!.loggedIn, { before: 3, after: 1 });
  assert.is(q!.contactsInQueue, 0);
});

test('the rule: fewer logged-in agents than asked while contacts wait is refused; forced with --force; ok when nobody waits', () => {
  const busy = read([activity(100)], floor);
  const refused = plan({ realTime: busy, rule: { minLoggedInWhenWaiting: 2 } });
  assert.is(refused.policy.ok, false);
  const v = refused.policy.verdicts.find((x) => x.rule === 'liveMinLoggedIn')!;
  assert.is(v.verdict, 'refused');
  assert.is(v.message, 'Billing would have 3 → 1 logged-in agents with 4 contacts waiting, below liveImpact.minLoggedInWhenWaiting 2');
  const forced = plan({ realTime: busy, rule: { minLoggedInWhenWaiting: 2 }, force: true });
  assert.is(forced.policy.ok, true);
  assert.is(forced.policy.verdicts.find((x) => x.rule === 'liveMinLoggedIn')!.verdict, 'forced');
  const quiet = plan({ realTime: read([activity(100, { queueCount: 0 })], floor), rule: { minLoggedInWhenWaiting: 2 } });
  assert.is(quiet.policy.verdicts.find((x) => x.rule === 'liveMinLoggedIn')!.verdict, 'ok');
});

test('the rule: more logged-in agents removed than allowed is refused; within it is ok', () => {
  const busy = read([activity(100)], floor);
  const over = plan({ realTime: busy, rule: { maxLoggedInRemoved: 1 } }).policy.verdicts.find((x) => x.rule === 'liveMaxLoggedInRemoved')!;
  assert.is(over.verdict, 'refused');
  assert.is(over.message, 'Billing would lose 2 logged-in agents of 3 now, above liveImpact.maxLoggedInRemoved 1');
  const within = plan({ realTime: busy, rule: { maxLoggedInRemoved: 2 } }).policy.verdicts.find((x) => x.rule === 'liveMaxLoggedInRemoved')!;
  assert.is(within.verdict, 'ok');
});

test('a queue already below the floor is a warning when the plan does not make it worse', () => {
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 1), entry(2, 2), entry(3, 2), entry(4, 5)], { skillId: 100, liveImpact: { minLoggedInWhenWaiting: 5 } })),
    live: liveState(held),
    realTime: read([activity(100)], floor),
  });
  const v = result.plan!.policy.verdicts.find((x) => x.rule === 'liveMinLoggedIn')!;
  assert.is(v.verdict, 'warning');
  assert.is(result.plan!.policy.ok, true);
});

test('unavailable real-time data: the rule is not judged (one warning) and the plan says why', () => {
  const p = plan({ realTime: { available: false, reason: 'CXone GET /skills/activity failed with 403' }, rule: { maxLoggedInRemoved: 0 } });
  assert.is(p.policy.ok, true);
  const v = p.policy.verdicts.filter((x) => x.rule === 'liveMaxLoggedInRemoved');
  assert.is(v.length, 1);
  assert.is(v[0]!.verdict, 'warning');
  assert.match(v[0]!.message, 'not judged on Billing: live impact unavailable');
  assert.equal(p.impact, { available: false, reason: 'CXone GET /skills/activity failed with 403' });
  assert.match(planText(p, new Chalk({ level: 0 })), '\nLive impact unavailable: CXone GET /skills/activity failed with 403\n');
  assert.match(planMarkdown(p), '⚠️ Live impact unavailable: CXone GET /skills/activity failed with 403');
  // no real-time read at all (impact.enabled: false): no impact in the plan
  assert.is(plan().impact, undefined);
  // a plan without changes says nothing of live impact, not even that it is unavailable
  const unchanged = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 1), entry(2, 2), entry(3, 2), entry(4, 2)], { skillId: 100 })),
    live: liveState(held),
    realTime: { available: false, reason: 'CXone GET /skills/activity failed with 403' },
  }).plan!;
  assert.not.match(planText(unchanged, new Chalk({ level: 0 })), 'Live impact');
  assert.not.match(planMarkdown(unchanged), 'Live impact');
});

test('CXone shapes: states counted by name, the wait measured on the server clock, bad ids refused', () => {
  assert.is(stateKind('Available', false), 'available');
  assert.is(stateKind('InboundContact', false), 'working');
  assert.is(stateKind('OutboundConsult', false), 'working');
  assert.is(stateKind('Unavailable', true), 'unavailable');
  assert.is(stateKind('LoggedOut', false), 'loggedOut');
  assert.is(stateKind('Lunch', false), 'unavailable');
  const a = toSkillActivity({
    skillId: '7',
    agentsLoggedIn: 4,
    queueCount: 2,
    earliestQueueTime: '2026-11-25T14:58:00Z',
    serverTime: '2026-11-25T15:00:05Z',
    serviceLevel: 81,
  });
  assert.equal(a, { skillId: 7, agentsLoggedIn: 4, agentsAvailable: 0, agentsWorking: 0, queueCount: 2, longestWaitSeconds: 125, serviceLevel: 81 });
  // nobody waiting: no wait, whatever earliestQueueTime says; a blank time is no time
  assert.is(
    toSkillActivity({ skillId: 7, queueCount: 0, earliestQueueTime: '2026-11-25T14:58:00Z', serverTime: '2026-11-25T15:00:05Z' }).longestWaitSeconds,
    undefined,
  );
  assert.is(toSkillActivity({ skillId: 7, queueCount: 3, earliestQueueTime: '', serverTime: '2026-11-25T15:00:05Z' }).longestWaitSeconds, undefined);
  assert.throws(
    () => toSkillActivity({ skillId: 'x' }),
    (e: unknown) => e instanceof ResponseShapeError,
  );
  // the skill of a contact only counts while the agent is on one
  assert.equal(toAgentState({ agentId: 5, agentStateName: 'Available', skillId: 7 }), { agentId: 5, state: 'Available', kind: 'available' });
  assert.equal(toAgentState({ agentId: 5, agentStateName: 'InboundContact', skillId: 7 }), {
    agentId: 5,
    state: 'InboundContact',
    kind: 'working',
    skillId: 7,
  });
  assert.is(waitText(45), '45s');
  assert.is(waitText(125), '2m 05s');
  assert.is(waitText(3780), '1h 03m');
});

test('the read: a failure of the real-time reads is one reason; a failed summary only loses recent figures', async () => {
  const port = (overrides: Partial<CxonePort>) =>
    ({
      listSkillActivity: async () => [activity(100)],
      listAgentStates: async () => floor,
      skillSummaries: async () => [{ skillId: 100, contactsHandled: 90, contactsOffered: 100, serviceLevel: 77 }],
      ...overrides,
    }) as unknown as CxonePort;
  const refused = await readRealTime(
    port({
      listAgentStates: async () => {
        throw new Error('CXone GET /agents/states failed with 403: no permission\nsecond line');
      },
    }),
    { now: NOW, lookbackDays: 0 },
  );
  assert.equal(refused, { available: false, reason: 'CXone GET /agents/states failed with 403: no permission' });
  let asked: string[] = [];
  const withRecent = await readRealTime(
    port({
      skillSummaries: async (start, end) => {
        asked = [start, end];
        return [];
      },
    }),
    { now: NOW, lookbackDays: 7 },
  );
  assert.equal(asked, ['2026-11-18T15:00:00.000Z', '2026-11-25T15:00:00.000Z']);
  assert.ok(withRecent.available && withRecent.recent && 'skills' in withRecent.recent);
  const noSummary = await readRealTime(
    port({
      skillSummaries: async () => {
        throw new Error('CXone GET /skills/summary failed with 403');
      },
    }),
    { now: NOW, lookbackDays: 7 },
  );
  assert.ok(noSummary.available);
  assert.equal(noSummary.available && noSummary.recent, { days: 7, unavailable: 'CXone GET /skills/summary failed with 403' });
  // no look-back: no summary request at all
  let summaries = 0;
  const counting = async () => {
    summaries++;
    return [];
  };
  await readRealTime(port({ skillSummaries: counting }), { now: NOW, lookbackDays: 0 });
  assert.is(summaries, 0);
});

test('hostile CXone text (skill names, state names, user names) is escaped in the terminal and in Markdown', () => {
  const hostile = [...AGENTS.slice(0, 1), { ...AGENTS[1]!, userName: 'bob|**x**@x.com' }, ...AGENTS.slice(2)];
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 1)], { skillId: 100 })),
    live: liveState(held, hostile, [{ ...SKILLS[0]!, skillName: 'Billing' }, ...SKILLS.slice(1)]),
    realTime: read([activity(100)], [state(2, 'Inbound\u001b[31mContact|<b>', 100)]),
  });
  const md = planMarkdown(result.plan!);
  const taken = md.split('\n').find((l) => l.startsWith('- **Billing**'))!;
  assert.is(taken, '- **Billing**: bob&#124;&#42;&#42;x&#42;&#42;&#64;x.com (Inbound&#92;x1b&#91;31mContact&#124;&lt;b&gt;, on a contact of this queue)');
  const text = planText(result.plan!, new Chalk({ level: 0 }));
  assert.not.match(text, '\u001b[31m');
  assert.match(text, 'Live impact now');
});

test.run();
