// The simulator's real-time figures: generated from the fixture (repeatable, believable shares,
// counts that agree with the agents' states), set through the control route's patch, and the
// patch refusing what it cannot mean.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SimActivity } from '../../src/sim/activity.js';
import { generateTenant, loadFixture } from '../../src/sim/fixtures.js';
import { SimTenant } from '../../src/sim/tenant.js';

const test = suite('sim: real-time activity');
const NOW = new Date('2026-11-25T15:00:00Z');

test('generated states: about 70% of active agents logged in, inactive ones logged out, the same every time', () => {
  const fixture = generateTenant({ skills: 50, agents: 2000, assignments: 20_000 });
  const activity = new SimActivity(new SimTenant(fixture), () => NOW);
  const states = activity.agentStates();
  const active = states.filter((s) => s.isActive);
  const loggedIn = active.filter((s) => s.agentStateName !== 'LoggedOut').length / active.length;
  assert.ok(loggedIn > 0.62 && loggedIn < 0.78, `logged in: ${loggedIn}`);
  assert.ok(states.filter((s) => !s.isActive).every((s) => s.agentStateName === 'LoggedOut'));
  assert.equal(new SimActivity(new SimTenant(fixture), () => NOW).agentStates(), states);
});

test("a skill's counts agree with its agents' states, and the control patch moves them", async () => {
  const tenant = new SimTenant(await loadFixture('demo'));
  const activity = new SimActivity(tenant, () => NOW);
  const escalations = () => activity.skillActivity().find((s) => s.skillId === 11012352)!;
  const holders = tenant.ofSkill(11012352).filter((a) => a.isActive);
  const set = Object.fromEntries(holders.map((a, i) => [a.agentId, i === 0 ? { state: 'InboundContact', skillId: 11012352 } : { state: 'LoggedOut' }]));
  assert.is(activity.patch({ agents: set, skills: { 11012352: { queueCount: 6, longestWaitSeconds: 90 } } }), undefined);
  const s = escalations();
  assert.equal([s.agentsLoggedIn, s.agentsWorking, s.agentsAvailable, s.contactsActive, s.queueCount], [1, 1, 0, 1, 6]);
  assert.is(s.earliestQueueTime, '2026-11-25T14:58:30.000Z');
  assert.is(s.serverTime, NOW.toISOString());
  // an assignment removed takes the agent out of the skill's counts
  tenant.remove(11012352, holders[0]!.agentId);
  assert.is(escalations().agentsLoggedIn, 0);
  // reset puts every figure back to generated
  assert.is(activity.patch({ reset: true }), undefined);
  assert.is(escalations().queueCount === 6, false);
});

test('the patch refuses unknown fields, agents and skills, and figures that are not whole numbers', () => {
  const activity = new SimActivity(new SimTenant(generateTenant({ skills: 2, agents: 3, assignments: 6 })), () => NOW);
  assert.match(activity.patch({ agent: {} })!, 'unknown field "agent"');
  assert.match(activity.patch({ agents: { 1: { state: 'Available' } } })!, 'agent 1 is not in the tenant');
  assert.match(activity.patch({ agents: { 30000000: { state: '' } } })!, 'must be a state name');
  assert.match(activity.patch({ skills: { 20000000: { queueCount: -1 } } })!, 'must be a whole number >= 0');
  assert.match(activity.patch({ skills: { 20000000: { waiting: 1 } } })!, 'is not a queue figure');
  assert.match(activity.patch([])!, 'body must be a JSON object');
});

test('the reads: 403 when the role lacks the permission, 400 without the summary dates, paging by skip and top', () => {
  const activity = new SimActivity(new SimTenant(generateTenant({ skills: 3, agents: 25, assignments: 60 })), () => NOW);
  const q = (s: string) => new URLSearchParams(s);
  const page = activity.route('GET', '/agents/states', q('skip=20&top=10'), 'http://sim/agents/states?skip=20&top=10')!;
  assert.is(page.status, 200);
  const body = page.body as { totalRecords: number; agentStates: unknown[]; _links: { self: string } };
  assert.equal([body.totalRecords, body.agentStates.length, body._links.self], [25, 5, 'http://sim/agents/states?skip=20&top=10']);
  assert.is(activity.route('GET', '/skills/summary', q(''), 'http://sim')!.status, 400);
  assert.is(activity.route('GET', '/skills/summary', q('startDate=2026-11-18T00:00:00Z&endDate=2026-11-25T00:00:00Z'), 'http://sim')!.status, 200);
  assert.is(activity.route('GET', '/skills/12', q(''), 'http://sim'), undefined);
  activity.patch({ forbidden: { realTime: true } });
  assert.is(activity.route('GET', '/skills/activity', q(''), 'http://sim')!.status, 403);
  assert.is(activity.route('GET', '/agents/states', q(''), 'http://sim')!.status, 403);
});

test.run();
