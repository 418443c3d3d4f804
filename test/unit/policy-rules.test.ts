// Every policy rule, table-driven: pass, warning, refusal, and what --force does to it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { DesiredQueue } from '../../src/domain/desired-state.js';
import type { LiveAssignment } from '../../src/domain/live-state.js';
import type { PolicyRule, PolicyVerdict } from '../../src/domain/plan.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { agent, desired, entry, live, liveState, NOW, queue, SKILLS } from '../helpers/world.js';

const test = suite('policy: every rule');

// Agents 1-4 on team "Tier 2" or "Tier 1"; 6 is inactive in CXone
const AGENTS = [
  agent(1, 'ann@x.com', { teamName: 'Tier 2' }),
  agent(2, 'bob@x.com', { teamName: 'Tier 2' }),
  agent(3, 'cy@x.com', { teamName: 'Tier 1' }),
  agent(4, 'dee@x.com', { teamName: 'Tier 1' }),
  agent(6, 'old@x.com', { teamName: 'Tier 2', isActive: false }),
];

// Live: Billing (100) has agents 1-4, Sales (200) has 1 and 2, Unmanaged (300) has 1
const LIVE = [live(100, 1, 1), live(100, 2, 2), live(100, 3, 5), live(100, 4, 5), live(200, 1, 3), live(200, 2, 3), live(300, 1, 1)];

interface Case {
  name: string;
  /** Billing's desired entries (agent id → proficiency; negative: inactive) */
  billing: Record<number, number>;
  queue?: Partial<DesiredQueue>;
  settings?: Partial<Settings>;
  live?: LiveAssignment[];
  force?: boolean;
  expect: { rule: PolicyRule; verdict: PolicyVerdict['verdict']; before: number; after: number; scope?: string };
  ok: boolean;
}

const LOW_MIN = { safety: { ...DEFAULT_SETTINGS.safety, minExistingAssignments: 1 } };
const billing = (agents: Record<number, number>, extra: Partial<DesiredQueue> = {}) =>
  queue(
    'Billing',
    Object.entries(agents).map(([id, p]) => entry(Number(id), Math.abs(p), { active: p > 0 })),
    extra,
  );
const sales = queue('Sales', [entry(1, 3), entry(2, 3)]);
const ALL = { 1: 1, 2: 2, 3: 5, 4: 5 };

const cases: Case[] = [
  // minActiveAgents (constraint)
  {
    name: 'minActiveAgents pass',
    billing: { 1: 1, 2: 2, 3: 5 },
    queue: { minActiveAgents: 3 },
    expect: { rule: 'minActiveAgents', verdict: 'ok', before: 4, after: 3 },
    ok: true,
  },
  {
    name: 'minActiveAgents refusal',
    billing: { 1: 1, 2: 2 },
    queue: { minActiveAgents: 3 },
    expect: { rule: 'minActiveAgents', verdict: 'refused', before: 4, after: 2 },
    ok: false,
  },
  {
    name: 'minActiveAgents warning: already short, not made worse',
    billing: { 1: 1, 2: 1 },
    queue: { minActiveAgents: 3 },
    live: [live(100, 1, 1), live(100, 2, 2)],
    expect: { rule: 'minActiveAgents', verdict: 'warning', before: 2, after: 2 },
    ok: true,
  },
  {
    name: 'minActiveAgents refusal survives --force',
    billing: { 1: 1, 2: 2 },
    queue: { minActiveAgents: 3 },
    force: true,
    expect: { rule: 'minActiveAgents', verdict: 'refused', before: 4, after: 2 },
    ok: false,
  },
  // staffing: at least 2 active agents at proficiency 1-2 (constraint)
  {
    name: 'staffing pass',
    billing: { 1: 1, 2: 2, 3: 2 },
    queue: { staffing: [{ minAgents: 2, maxProficiency: 2 }] },
    expect: { rule: 'staffing', verdict: 'ok', before: 2, after: 3 },
    ok: true,
  },
  {
    name: 'staffing refusal: a strong agent demoted',
    billing: { 1: 1, 2: 4, 3: 5, 4: 5 },
    queue: { staffing: [{ minAgents: 2, maxProficiency: 2 }] },
    expect: { rule: 'staffing', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  {
    name: 'staffing refusal: a strong agent deactivated',
    billing: { 1: 1, 2: -2, 3: 5, 4: 5 },
    queue: { staffing: [{ minAgents: 2, maxProficiency: 2 }] },
    expect: { rule: 'staffing', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  {
    name: 'staffing warning: short already, plan adds a weak agent',
    billing: { ...ALL, 6: 1 },
    queue: { staffing: [{ minAgents: 3, maxProficiency: 2 }] },
    expect: { rule: 'staffing', verdict: 'warning', before: 2, after: 2 },
    ok: true,
  },
  {
    name: 'staffing refusal survives --force',
    billing: { 1: 1, 2: 4, 3: 5, 4: 5 },
    queue: { staffing: [{ minAgents: 2, maxProficiency: 2 }] },
    force: true,
    expect: { rule: 'staffing', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  {
    name: 'staffing from settings.queueDefaults',
    billing: { 1: 1, 2: 4, 3: 5, 4: 5 },
    settings: { queueDefaults: { minActiveAgents: 0, staffing: [{ minAgents: 2, maxProficiency: 2 }], teams: [] } },
    expect: { rule: 'staffing', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  // team minimum: at least 2 active agents of Tier 2 (constraint)
  {
    name: 'team pass',
    billing: { 1: 1, 2: 2, 3: 5 },
    queue: { teams: [{ team: 'tier 2', minAgents: 2 }] },
    expect: { rule: 'team', verdict: 'ok', before: 2, after: 2 },
    ok: true,
  },
  {
    name: 'team refusal',
    billing: { 1: 1, 3: 5, 4: 5 },
    queue: { teams: [{ team: 'Tier 2', minAgents: 2 }] },
    expect: { rule: 'team', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  {
    name: 'team warning: an inactive CXone agent does not count',
    billing: { ...ALL, 6: 1 },
    queue: { teams: [{ team: 'Tier 2', minAgents: 3 }] },
    expect: { rule: 'team', verdict: 'warning', before: 2, after: 2 },
    ok: true,
  },
  {
    name: 'team refusal survives --force',
    billing: { 1: 1, 3: 5, 4: 5 },
    queue: { teams: [{ team: 'Tier 2', minAgents: 2 }] },
    force: true,
    expect: { rule: 'team', verdict: 'refused', before: 2, after: 1 },
    ok: false,
  },
  // agents.maxActiveSkills (constraint): ann holds 3 active skills live
  {
    name: 'maxActiveSkills pass',
    billing: { ...ALL },
    queue: {},
    settings: { agents: { maxActiveSkills: 3, protected: [] } },
    live: LIVE.filter((a) => !(a.skillId === 100 && a.agentId === 3)),
    expect: { rule: 'maxActiveSkills', verdict: 'ok', before: 0, after: 1, scope: 'all agents' },
    ok: true,
  },
  {
    name: 'maxActiveSkills refusal: bob gains a third skill',
    billing: { ...ALL },
    settings: { agents: { maxActiveSkills: 2, protected: [] } },
    live: [...LIVE.filter((a) => !(a.skillId === 100 && a.agentId === 2)), live(300, 2, 1)],
    expect: { rule: 'maxActiveSkills', verdict: 'refused', before: 2, after: 3, scope: 'bob@x.com' },
    ok: false,
  },
  {
    name: 'maxActiveSkills warning: ann already above, only her proficiency changes',
    billing: { ...ALL, 1: 2 },
    settings: { agents: { maxActiveSkills: 2, protected: [] } },
    expect: { rule: 'maxActiveSkills', verdict: 'warning', before: 3, after: 3, scope: 'ann@x.com' },
    ok: true,
  },
  {
    name: 'maxActiveSkills refusal survives --force',
    billing: { ...ALL },
    force: true,
    settings: { agents: { maxActiveSkills: 2, protected: [] } },
    live: [...LIVE.filter((a) => !(a.skillId === 100 && a.agentId === 2)), live(300, 2, 1)],
    expect: { rule: 'maxActiveSkills', verdict: 'refused', before: 2, after: 3, scope: 'bob@x.com' },
    ok: false,
  },
  // agents.protected (constraint): ann never loses Billing
  {
    name: 'protectedSkill pass',
    billing: { ...ALL, 1: 3 },
    settings: { agents: { protected: [{ agent: 'ann@x.com', skills: ['billing'] }] } },
    expect: { rule: 'protectedSkill', verdict: 'ok', before: 1, after: 1, scope: 'ann@x.com on Billing' },
    ok: true,
  },
  {
    name: 'protectedSkill refusal: removed',
    billing: { 2: 2, 3: 5, 4: 5 },
    settings: { agents: { protected: [{ agent: 'ann@x.com', skills: [100] }] } },
    expect: { rule: 'protectedSkill', verdict: 'refused', before: 1, after: 0, scope: 'ann@x.com on Billing' },
    ok: false,
  },
  {
    name: 'protectedSkill refusal: deactivated',
    billing: { ...ALL, 1: -1 },
    settings: { agents: { protected: [{ agent: 1, skills: ['Billing'] }] } },
    expect: { rule: 'protectedSkill', verdict: 'refused', before: 1, after: 0, scope: 'ann@x.com on Billing' },
    ok: false,
  },
  {
    name: 'protectedSkill warning: does not hold it',
    billing: { ...ALL },
    settings: { agents: { protected: [{ agent: 'cy@x.com', skills: ['Sales'] }] } },
    expect: { rule: 'protectedSkill', verdict: 'warning', before: 0, after: 0, scope: 'cy@x.com on Sales' },
    ok: true,
  },
  {
    name: 'protectedSkill refusal survives --force',
    billing: { 2: 2, 3: 5, 4: 5 },
    force: true,
    settings: { agents: { protected: [{ agent: 'ann@x.com', skills: ['Billing'] }] } },
    expect: { rule: 'protectedSkill', verdict: 'refused', before: 1, after: 0, scope: 'ann@x.com on Billing' },
    ok: false,
  },
  // global thresholds (6 live managed assignments on Billing and Sales)
  {
    name: 'maxRemovePercent pass',
    billing: { 1: 1, 2: 2, 3: 5 },
    settings: LOW_MIN,
    expect: { rule: 'maxRemovePercent', verdict: 'ok', before: 6, after: 1, scope: 'all queues' },
    ok: true,
  },
  {
    name: 'maxRemovePercent refusal',
    billing: { 1: 1 },
    settings: LOW_MIN,
    expect: { rule: 'maxRemovePercent', verdict: 'refused', before: 6, after: 3, scope: 'all queues' },
    ok: false,
  },
  {
    name: 'maxRemovePercent forced',
    billing: { 1: 1 },
    settings: LOW_MIN,
    force: true,
    expect: { rule: 'maxRemovePercent', verdict: 'forced', before: 6, after: 3, scope: 'all queues' },
    ok: true,
  },
  {
    name: 'maxRemovePercent not judged below minExistingAssignments',
    billing: { 1: 1 },
    expect: { rule: 'maxRemovePercent', verdict: 'ok', before: 6, after: 3, scope: 'all queues' },
    ok: true,
  },
  {
    name: 'maxChangePercent pass',
    billing: { 1: 2, 2: 2, 3: 5, 4: 5 },
    settings: LOW_MIN,
    expect: { rule: 'maxChangePercent', verdict: 'ok', before: 6, after: 1, scope: 'all queues' },
    ok: true,
  },
  {
    name: 'maxChangePercent refusal',
    billing: { 1: 2, 2: 3, 3: 4, 4: 4 },
    settings: LOW_MIN,
    expect: { rule: 'maxChangePercent', verdict: 'refused', before: 6, after: 4, scope: 'all queues' },
    ok: false,
  },
  {
    name: 'maxChangePercent forced',
    billing: { 1: 2, 2: 3, 3: 4, 4: 4 },
    settings: LOW_MIN,
    force: true,
    expect: { rule: 'maxChangePercent', verdict: 'forced', before: 6, after: 4, scope: 'all queues' },
    ok: true,
  },
  // a queue's own thresholds replace the global ones for it, and it leaves the global count
  {
    name: 'queue safety override lets a reskilling day pass',
    billing: { 1: 2, 2: 3, 3: 4, 4: 4 },
    queue: { safety: { maxChangePercent: 100 } },
    settings: LOW_MIN,
    expect: { rule: 'maxChangePercent', verdict: 'ok', before: 4, after: 4, scope: 'Billing' },
    ok: true,
  },
  {
    name: 'queue safety override refuses on its own numbers',
    billing: { 1: 1, 2: 2 },
    queue: { safety: { maxRemovePercent: 25, minExistingAssignments: 1 } },
    expect: { rule: 'maxRemovePercent', verdict: 'refused', before: 4, after: 2, scope: 'Billing' },
    ok: false,
  },
  {
    name: 'queue safety override forced',
    billing: { 1: 1, 2: 2 },
    queue: { safety: { maxRemovePercent: 25, minExistingAssignments: 1 } },
    force: true,
    expect: { rule: 'maxRemovePercent', verdict: 'forced', before: 4, after: 2, scope: 'Billing' },
    ok: true,
  },
  // maxQueueChangePercent: share of one queue changed in one run
  {
    name: 'maxQueueChangePercent pass',
    billing: { 1: 1, 2: 2, 3: 4, 4: 5 },
    settings: { safety: { ...LOW_MIN.safety, maxQueueChangePercent: 50 } },
    expect: { rule: 'maxQueueChangePercent', verdict: 'ok', before: 4, after: 1, scope: 'Billing' },
    ok: true,
  },
  {
    name: 'maxQueueChangePercent refusal',
    billing: { 1: 2, 2: 3, 3: 4 },
    settings: { safety: { ...LOW_MIN.safety, maxChangePercent: 100, maxRemovePercent: 100, maxQueueChangePercent: 50 } },
    expect: { rule: 'maxQueueChangePercent', verdict: 'refused', before: 4, after: 4, scope: 'Billing' },
    ok: false,
  },
  {
    name: 'maxQueueChangePercent forced',
    billing: { 1: 2, 2: 3, 3: 4 },
    force: true,
    settings: { safety: { ...LOW_MIN.safety, maxChangePercent: 100, maxRemovePercent: 100, maxQueueChangePercent: 50 } },
    expect: { rule: 'maxQueueChangePercent', verdict: 'forced', before: 4, after: 4, scope: 'Billing' },
    ok: true,
  },
  {
    name: 'maxQueueChangePercent per queue',
    billing: { 1: 2, 2: 3, 3: 4 },
    queue: { safety: { maxQueueChangePercent: 100, maxChangePercent: 100, maxRemovePercent: 100 } },
    settings: { safety: { ...LOW_MIN.safety, maxQueueChangePercent: 10 } },
    expect: { rule: 'maxQueueChangePercent', verdict: 'ok', before: 4, after: 4, scope: 'Billing' },
    ok: true,
  },
];

const scopeOf = (v: PolicyVerdict) =>
  v.queue && v.agent ? `${v.agent} on ${v.queue}` : (v.queue ?? v.agent ?? (v.rule === 'maxActiveSkills' ? 'all agents' : 'all queues'));

for (const c of cases) {
  test(c.name, () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings };
    const q = billing(c.billing, {
      ...(c.queue ?? {}),
      staffing: c.queue?.staffing ?? settings.queueDefaults.staffing,
      teams: c.queue?.teams ?? settings.queueDefaults.teams,
    });
    const result = makePlan({ now: NOW, settings, desired: desired(q, sales), live: liveState(c.live ?? LIVE, AGENTS, SKILLS), force: c.force ?? false });
    assert.ok(result.plan, JSON.stringify(result.problems));
    const policy = result.plan!.policy;
    const found = policy.verdicts.filter((v) => v.rule === c.expect.rule && (c.expect.scope ?? 'Billing') === scopeOf(v));
    assert.is(found.length, 1, `one ${c.expect.rule} verdict for ${c.expect.scope ?? 'Billing'} in ${JSON.stringify(policy.verdicts, null, 1)}`);
    const v = found[0]!;
    assert.equal(
      { verdict: v.verdict, before: v.before, after: v.after },
      { verdict: c.expect.verdict, before: c.expect.before, after: c.expect.after },
      v.message,
    );
    assert.is(policy.ok, c.ok);
    assert.is(policy.forced, c.expect.verdict === 'forced');
    // thresholds are the only kind --force can let pass
    assert.is(v.kind, ['maxRemovePercent', 'maxChangePercent', 'maxQueueChangePercent'].includes(v.rule) ? 'threshold' : 'constraint');
    // the violation list holds exactly the refused and forced verdicts
    assert.equal(
      policy.violations.map((x) => x.message),
      policy.verdicts.filter((x) => x.verdict === 'refused' || x.verdict === 'forced').map((x) => x.message),
    );
  });
}

test('unchanged queues report only rules that need attention; changed ones report every rule', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, queueDefaults: { minActiveAgents: 1, staffing: [{ minAgents: 5, maxProficiency: 3 }], teams: [] } };
  const q = billing({ ...ALL, 1: 2 }, { minActiveAgents: 1, staffing: settings.queueDefaults.staffing });
  const s = queue('Sales', [entry(1, 3), entry(2, 3)], { minActiveAgents: 1, staffing: settings.queueDefaults.staffing });
  const policy = makePlan({ now: NOW, settings, desired: desired(q, s), live: liveState(LIVE, AGENTS, SKILLS) }).plan!.policy;
  const byQueue = (name: string) => policy.verdicts.filter((v) => v.queue === name).map((v) => `${v.rule}:${v.verdict}`);
  assert.equal(byQueue('Billing'), ['minActiveAgents:ok', 'staffing:warning']);
  assert.equal(byQueue('Sales'), ['staffing:warning']);
});

test.run();
