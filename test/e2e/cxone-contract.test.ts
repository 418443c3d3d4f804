import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createCxoneClient } from '../../src/cxone/create-client.js';
import { readEveryAssignment } from '../../src/cxone/read-live-state.js';
import { CxoneApiError, CxoneAuthError } from '../../src/domain/errors.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { rejects } from '../helpers/rejects.js';
import { clientFor, raw, simToken, startSim } from '../helpers/sim.js';

const test = suite('cxone client against the simulator (contract)');
const API = '/inContactAPI/services/v34.0';
let sim: RunningSim;
const sortPairs = (rows: Array<{ skillId: number; agentId: number; proficiency: number; isActive: boolean }>) =>
  rows
    .map(({ skillId, agentId, proficiency, isActive }) => ({ skillId, agentId, proficiency, isActive }))
    .sort((a, b) => a.skillId - b.skillId || a.agentId - b.agentId);

test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
});

test('reads skills, agents, teams and assignments with the real shapes', async () => {
  const client = await clientFor(sim);
  const skills = await client.listSkills();
  const agents = await client.listAgents();
  const teams = await client.listTeams();
  assert.is(skills.length, sim.tenant.skills.size);
  assert.is(agents.length, sim.tenant.agents.size);
  assert.is(teams.length, sim.tenant.teams.size);
  const billing = skills.find((s) => s.skillName === 'Billing Support')!;
  assert.equal(billing, { skillId: 11012345, skillName: 'Billing Support', mediaTypeName: 'Phone Call', isActive: true });
  const one = await client.listSkillAssignments(billing.skillId);
  // the per-skill listing shows active assignments by default (knob skillAgentsListInactive)
  assert.equal(
    one,
    sim.tenant
      .ofSkill(billing.skillId)
      .filter((a) => a.isActive)
      .map(({ lastUpdateTime: _, ...a }) => a),
  );
  const all = await readEveryAssignment(client, skills, agents);
  assert.is(all.length, sim.tenant.all().length);
  assert.equal(sortPairs(all), sortPairs(sim.tenant.all()));
});

test('pages with skip/top across several pages, capped pages included, and stops at 204', async () => {
  sim.setFaults({ maxPageSize: 7 });
  const client = await clientFor(sim, { pageSize: 10 });
  const all = await client.listAllAssignments({ isActive: true, isAgentActive: true, isSkillActive: true });
  const expected = sim.tenant.all().filter((a) => a.isActive && sim.tenant.agents.get(a.agentId)!.isActive && sim.tenant.skills.get(a.skillId)!.isActive);
  assert.equal(
    all.map((a) => `${a.skillId}:${a.agentId}`),
    expected.map((a) => `${a.skillId}:${a.agentId}`),
  );
  // 7 per page although 10 were asked for: totalRecords, not the short page, ends the loop
  assert.is(sim.stats.byRoute['GET /agents/skills'], Math.ceil(expected.length / 7));
  const empty = await raw(sim, 'GET', `${API}/skills/11012354/agents?skip=0&top=10`, { token: await simToken(sim) });
  assert.is(empty.status, 200);
  const past = await raw(sim, 'GET', `${API}/skills?skip=1000&top=10`, { token: await simToken(sim) });
  assert.is(past.status, 204);
  assert.is(past.body, undefined);
});

test('an empty skill reads as no assignments (204 on the first page)', async () => {
  const client = await clientFor(sim);
  for (const a of sim.tenant.ofSkill(11012354)) sim.tenant.remove(a.skillId, a.agentId);
  assert.equal(await client.listSkillAssignments(11012354), []);
});

test('batch writes: add, update, remove, with per-agent outcomes inside a 200', async () => {
  sim.setFaults({ failingAgents: [4410048] });
  const client = await clientFor(sim);
  const added = await client.addAssignments(11012354, [
    { agentId: 4410041, proficiency: 3, isActive: true },
    { agentId: 4410048, proficiency: 3, isActive: true },
    { agentId: 99999999, proficiency: 3, isActive: true },
  ]);
  assert.equal(added, [
    { agentId: 4410041, success: true },
    { agentId: 4410048, success: false, error: 'Simulated failure for agent 4410048' },
    { agentId: 99999999, success: false, error: 'Agent not found' },
  ]);
  assert.equal(sim.tenant.get(11012354, 4410041)?.proficiency, 3);
  const again = await client.addAssignments(11012354, [{ agentId: 4410041, proficiency: 3, isActive: true }]);
  assert.equal(again, [{ agentId: 4410041, success: false, error: 'Agent already assigned to skill' }]);
  const updated = await client.updateAssignments(11012354, [{ agentId: 4410041, proficiency: 4, isActive: false }]);
  assert.equal(updated, [{ agentId: 4410041, success: true }]);
  assert.equal(sim.tenant.get(11012354, 4410041)?.proficiency, 4);
  assert.equal(sim.tenant.get(11012354, 4410041)?.isActive, false);
  const removed = await client.removeAssignments(11012354, [4410041, 4410042]);
  assert.equal(removed, [
    { agentId: 4410041, success: true },
    { agentId: 4410042, success: false, error: 'failed without a reason' },
  ]);
  assert.is(sim.tenant.get(11012354, 4410041), undefined);
  assert.equal(sim.stats.byRoute['POST /skills/{id}/agents'], 2);
  assert.equal(sim.stats.byRoute['PUT /skills/{id}/agents'], 1);
  assert.equal(sim.stats.byRoute['DELETE /skills/{id}/agents'], 1);
});

test('discovery by tenant id finds the API endpoint', async () => {
  const settings = { ...DEFAULT_SETTINGS, cxone: { ...DEFAULT_SETTINGS.cxone, tenantId: sim.tenantId, authUrl: sim.url } };
  const { CXONE_API_BASE: _drop, CXONE_AUTH_URL: _drop2, ...env } = sim.env;
  const client = await createCxoneClient(settings, env);
  assert.is((await client.listSkills()).length, sim.tenant.skills.size);
  assert.is(sim.stats.byRoute['GET /.well-known/cxone-configuration'], 1);
});

test('any vNN.0 version is served', async () => {
  const token = await simToken(sim);
  for (const v of ['v2.0', 'v26.0', 'v34.0']) {
    assert.is((await raw(sim, 'GET', `/inContactAPI/services/${v}/skills?top=1`, { token })).status, 200);
  }
  assert.is((await raw(sim, 'GET', '/inContactAPI/services/v34/skills', { token })).status, 404);
});

test('the simulator rejects malformed requests the way CXone does', async () => {
  const token = await simToken(sim);
  const skillPath = `${API}/skills/11012345/agents`;
  assert.is((await raw(sim, 'GET', `${API}/skills`)).status, 401, 'no bearer token');
  assert.is((await raw(sim, 'GET', `${API}/skills`, { token: 'forged' })).status, 401, 'unknown token');
  assert.is((await raw(sim, 'GET', `${API}/skills/123/agents`, { token })).status, 404, 'unknown skill');
  const numericId = await raw(sim, 'POST', skillPath, { token, body: { agents: [{ agentId: 4410041, proficiency: 2, isActive: true }] } });
  assert.is(numericId.status, 400, 'ids must be strings in bodies');
  assert.match(String(numericId.body?.error), 'agentId must be a string of digits');
  const range = await raw(sim, 'POST', skillPath, { token, body: { agents: [{ agentId: '4410041', proficiency: 6 }] } });
  assert.is(range.status, 400);
  assert.match(String(range.body?.error), 'proficiency must be a whole number from 1 to 5 on the skill-centric endpoint');
  assert.is((await raw(sim, 'POST', skillPath, { token, body: { agentz: [] } })).status, 400, 'wrong shape');
  assert.is((await raw(sim, 'POST', skillPath, { token, body: '{not json' })).status, 400, 'bad JSON');
  sim.setFaults({ maxBatchSize: 2 });
  const big = await raw(sim, 'DELETE', skillPath, { token, body: { agents: [{ agentId: '1' }, { agentId: '2' }, { agentId: '3' }] } });
  assert.is(big.status, 400);
  assert.match(String(big.body?.error), 'Cannot send more than 2 records in a single call');
  assert.is((await raw(sim, 'GET', `${API}/skills?skip=-1`, { token })).status, 400);
});

test('token endpoint: bad client is 400 invalid_client, bad access key is 400 invalid_grant, and the client says so without secrets', async () => {
  const basic = Buffer.from('wrong:creds').toString('base64');
  const badClient = await raw(sim, 'POST', '/auth/token', {
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=password&username=a&password=b',
  });
  assert.is(badClient.status, 400);
  assert.is(badClient.body?.error, 'invalid_client');
  const env = { ...sim.env, CXONE_ACCESS_KEY_SECRET: 'wrong-secret-value' };
  const error = await rejects(async () => {
    const client = await createCxoneClient({ ...DEFAULT_SETTINGS }, env);
    await client.listSkills();
  }, CxoneAuthError);
  assert.match(error.message, 'CXone refused the credentials (invalid_grant: Invalid access key)');
  assert.not.match(error.message, 'wrong-secret-value');
});

test('missing credentials are named, not shown', async () => {
  const error = await rejects(createCxoneClient(DEFAULT_SETTINGS, { CXONE_CLIENT_ID: 'x', CXONE_API_BASE: sim.url, CXONE_AUTH_URL: sim.url }), CxoneAuthError);
  assert.is(error.message, 'missing CXone credentials in the environment: CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET');
});

test('403 and 404 become typed errors naming the route', async () => {
  const client = await clientFor(sim);
  const error = await rejects(client.listSkillAssignments(999), CxoneApiError);
  assert.is(error.detail.status, 404);
  assert.is(error.message, 'CXone GET /skills/999/agents failed with 404: not found (unknown skill or agent id) (Skill not found) after 1 attempt');
});

test('the large-tenant generator makes distinct assignments', () => {
  const fixture = generateTenant({ skills: 30, agents: 100, assignments: 1000 });
  assert.is(fixture.assignments.length, 1000);
  assert.is(new Set(fixture.assignments.map((a) => `${a.skillId}:${a.agentId}`)).size, 1000);
});

test.run();
