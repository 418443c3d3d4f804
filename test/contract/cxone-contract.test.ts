// Two-direction contract tests: every request the client sends and every answer the
// simulator gives, recorded by a proxy between them, is checked against JSON Schemas written
// from NICE's official definitions (test/contract/schemas.ts names the operation of each).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createCxoneClient } from '../../src/cxone/create-client.js';
import { readLiveState } from '../../src/cxone/read-live-state.js';
import { BulkWriteUnavailableError, CxoneAuthError } from '../../src/domain/errors.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import type { RunningSim } from '../../src/sim/server.js';
import { rejects } from '../helpers/rejects.js';
import { simSettings, startSim } from '../helpers/sim.js';
import { type Exchange, type RecordingProxy, startRecordingProxy } from './recording-proxy.js';
import {
  API_OPERATIONS,
  AUTH_OPERATIONS,
  addSkillAgents,
  bulkWrite,
  listAgentStates,
  listAllAssignments,
  listSkillActivity,
  listSkillAssignments,
  skillSummaries,
  token,
} from './schemas.js';
import { operationOf, requestProblems, responseProblems } from './validate.js';

const test = suite('contract: client and simulator against the official CXone definitions');
const API = '/inContactAPI/services/v34.0';
let sim: RunningSim;
let proxy: RecordingProxy;

test.before.each(async () => {
  sim = await startSim();
  proxy = await startRecordingProxy(sim.url);
});
test.after.each(async () => {
  await proxy.close();
  await sim.close();
});

const throughProxy = () => ({ ...sim.env, CXONE_AUTH_URL: proxy.url, CXONE_API_BASE: proxy.url });
const label = (e: Exchange) => `${e.method} ${e.path}${Object.keys(e.query).length ? `?${new URLSearchParams(e.query)}` : ''} -> ${e.status}`;

async function raw(method: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  await fetch(`${proxy.url}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  }).then((r) => r.text());
}

test('every request the client sends and every answer the simulator gives keep to the definitions, for every endpoint skillops uses', async () => {
  // Small pages so paging is exercised; the demo tenant has an inactive agent, inactive
  // assignments and an inactive skill, so every filter combination of GET /agents/skills is read
  const client = await createCxoneClient(simSettings(), throughProxy(), { pageSize: 10, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const live = await readLiveState(client);
  assert.ok(live.assignments.length > 0);
  await client.listTeams();
  // live impact: real-time reads (paged: the demo has 47 agents) and the summary
  assert.ok((await client.listSkillActivity()).length > 0);
  assert.ok((await client.listAgentStates()).length > 10);
  assert.ok((await client.skillSummaries('2026-11-18T15:00:00.000Z', '2026-11-25T15:00:00.000Z')).length > 0);
  await client.listSkillAssignments(11012345);
  await client.listAgentAssignments(4410001);
  // skill-centric writes: a success and a failure (unknown agent) in each
  await client.addAssignments(11012354, [
    { agentId: 4410041, proficiency: 3, isActive: true },
    { agentId: 99999999, proficiency: 2, isActive: true },
  ]);
  await client.updateAssignments(11012354, [
    { agentId: 4410041, proficiency: 4, isActive: false },
    { agentId: 4410042, proficiency: 1, isActive: true },
  ]);
  await client.removeAssignments(11012354, [4410041, 4410042]);
  // agent-centric writes, proficiency above 5
  await client.addAgentSkills(4410041, [
    { skillId: 11012354, proficiency: 12, isActive: true },
    { skillId: 11012398, proficiency: 7, isActive: false },
  ]);
  await client.updateAgentSkills(4410041, [
    { skillId: 11012354, proficiency: 15, isActive: false },
    { skillId: 11012345, proficiency: 2, isActive: true },
  ]);
  await client.removeAgentSkills(4410041, [11012354, 11012398, 11012346]);
  // the tenant-wide bulk write: a success, an update and a failure (unknown agent) in a 200, then
  // the same as a 207, a body too large (400, then halves), and a tenant without the endpoint (404)
  const pairs = [
    { agentId: 4410041, skillId: 11012354, proficiency: 3, isActive: true },
    { agentId: 4410042, skillId: 11012354, proficiency: 3, isActive: true },
    { agentId: 4410001, skillId: 11012345, proficiency: 2, isActive: false },
    { agentId: 99999999, skillId: 11012354, proficiency: 1, isActive: true },
  ];
  await client.writePairs(pairs);
  sim.setFaults({ bulkPartialStatus: 207, bulkExisting: 'fail' });
  await client.writePairs(pairs);
  sim.setFaults({ bulkMaxPairs: 2 });
  await client.writePairs(pairs);
  sim.setFaults({ bulkAbsent: 404 });
  await rejects(client.writePairs(pairs), BulkWriteUnavailableError);
  sim.setFaults({ bulkAbsent: 0, bulkPartialStatus: 200, bulkExisting: 'update', bulkMaxPairs: 10_000 });
  // a revoked token: 401, then the refresh grant
  sim.revokeTokens();
  await client.listTeams();
  // discovery by tenant id (the discovered endpoint is the simulator itself, past the proxy)
  const { CXONE_API_BASE: _a, ...discoveryEnv } = throughProxy();
  await (
    await createCxoneClient({ ...simSettings(), cxone: { ...DEFAULT_SETTINGS.cxone, tenantId: sim.tenantId, authUrl: proxy.url } }, discoveryEnv)
  ).listTeams();
  // a refused client: the token endpoint's 400
  await rejects(async () => (await createCxoneClient(simSettings(), { ...throughProxy(), CXONE_CLIENT_SECRET: 'not-the-secret' })).listTeams(), CxoneAuthError);
  const clientExchanges = proxy.exchanges.length;

  // Answers the client's traffic does not reach: the simulator side only
  const bearer = live.skills.length > 0 ? await tokenFor() : '';
  await raw('GET', `${API}/skills/11012345`, { token: bearer });
  await raw('GET', `${API}/agents/skills?isActive=true&isAgentActive=true`, { token: bearer });
  await raw('GET', `${API}/skills/11012345/agents?skip=1000`, { token: bearer });
  await raw('GET', `${API}/skills/999/agents`, { token: bearer });
  // the real-time reads refused to a role without the permission; the summary without its dates
  await raw('GET', `${API}/skills/summary`, { token: bearer });
  sim.activity.patch({ forbidden: { realTime: true } });
  await raw('GET', `${API}/skills/activity`, { token: bearer });
  await raw('GET', `${API}/agents/states`, { token: bearer });
  await raw('GET', '/.well-known/cxone-configuration?tenantId=00000000-0000-4000-8000-000000000000');
  await raw('POST', '/auth/token', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: undefined });
  // what the definitions allow and the client does not send: the simulator accepts it too
  const addWithoutProficiency = await answer('POST', `${API}/skills/11012354/agents`, { token: bearer, body: { agents: [{ agentId: '4410043' }] } });
  assert.is(addWithoutProficiency, 200);
  assert.is(await answer('GET', '/.well-known/cxone-configuration'), 404);
  assert.is(await answer('GET', '/.well-known/cxone-configuration?tenantId=not-a-uuid'), 404);
  assert.is(
    await answer('POST', `${API}/agents/skills`, {
      token: bearer,
      body: { agentAndSkillDetails: [{ agentIds: ['4410043'], skills: [{ skillIds: ['11012398'] }] }] },
    }),
    200,
  );
  const refresh = await refreshWithBasic();
  assert.is(refresh, 200);

  const problems: string[] = [];
  const seen = new Set<string>();
  proxy.exchanges.forEach((e, i) => {
    const op = operationOf(e);
    if (!op) {
      problems.push(`${label(e)}: not an operation of the definitions`);
      return;
    }
    seen.add(op.source);
    if (i < clientExchanges) problems.push(...requestProblems(e, op).map((p) => `${label(e)} request: ${p}`));
    problems.push(...responseProblems(e, op).map((p) => `${label(e)} answer: ${p}`));
  });
  assert.equal(problems, []);
  // every endpoint skillops uses was exercised, both ways
  assert.equal(
    [...AUTH_OPERATIONS, ...API_OPERATIONS].map((op) => op.source).filter((s) => !seen.has(s)),
    [],
  );
  // and the statuses that matter were among them
  const statuses = new Set(proxy.exchanges.map((e) => `${e.method} ${e.status}`));
  for (const s of ['POST 200', 'POST 207', 'POST 400', 'POST 404', 'GET 200', 'GET 204', 'GET 400', 'GET 401', 'GET 403', 'GET 404'])
    assert.ok(statuses.has(s), `saw ${s}`);
  // the bulk write's answers were among them: a 200 with a failed pair, a 207, a 400 for the body, a 404
  const bulkStatuses = proxy.exchanges.filter((e) => e.method === 'POST' && e.path === `${API}/agents/skills`).map((e) => e.status);
  for (const status of [200, 207, 400, 404]) assert.ok(bulkStatuses.includes(status), `bulk write answered ${status}`);

  async function answer(method: string, path: string, init: { token?: string; body?: unknown } = {}): Promise<number> {
    const r = await fetch(`${proxy.url}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    await r.text();
    return r.status;
  }

  /** The refresh grant with Basic client authentication and the client_id the grant requires. */
  async function refreshWithBasic(): Promise<number> {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const first = await fetch(`${proxy.url}/auth/token`, {
      method: 'POST',
      headers: form,
      body: new URLSearchParams({
        grant_type: 'password',
        username: sim.env.CXONE_ACCESS_KEY_ID!,
        password: sim.env.CXONE_ACCESS_KEY_SECRET!,
        client_id: sim.env.CXONE_CLIENT_ID!,
        client_secret: sim.env.CXONE_CLIENT_SECRET!,
      }),
    });
    const { refresh_token } = (await first.json()) as { refresh_token: string };
    const basic = Buffer.from(`${sim.env.CXONE_CLIENT_ID}:${sim.env.CXONE_CLIENT_SECRET}`).toString('base64');
    const r = await fetch(`${proxy.url}/auth/token`, {
      method: 'POST',
      headers: { ...form, Authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token, client_id: sim.env.CXONE_CLIENT_ID! }),
    });
    await r.text();
    return r.status;
  }

  async function tokenFor(): Promise<string> {
    const r = await fetch(`${proxy.url}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: sim.env.CXONE_ACCESS_KEY_ID!,
        password: sim.env.CXONE_ACCESS_KEY_SECRET!,
        client_id: sim.env.CXONE_CLIENT_ID!,
        client_secret: sim.env.CXONE_CLIENT_SECRET!,
      }),
    });
    return String(((await r.json()) as { access_token: string }).access_token);
  }
});

// The checks themselves can fail: each breaks one documented rule
const exchange = (patch: Partial<Exchange>): Exchange => ({
  method: 'GET',
  path: '/',
  query: {},
  requestHeaders: { authorization: 'Bearer t', accept: 'application/json' },
  requestBody: '',
  status: 200,
  responseHeaders: {},
  responseBody: '{}',
  ...patch,
});

test('the request checks refuse what the definitions forbid', () => {
  const tenantWide = exchange({ path: `${API}/agents/skills`, query: { skip: '0', top: '10' } });
  assert.match(requestProblems(tenantWide, listAllAssignments).join('\n'), "must have required property 'isAgentActive'");
  const high = exchange({
    method: 'POST',
    path: `${API}/skills/1/agents`,
    requestHeaders: { authorization: 'Bearer t', accept: 'application/json', 'content-type': 'application/json' },
    requestBody: JSON.stringify({ agents: [{ agentId: '7', proficiency: 12, isActive: true }] }),
  });
  assert.match(requestProblems(high, addSkillAgents).join('\n'), 'must be equal to one of the allowed values');
  const numericId = { ...high, requestBody: JSON.stringify({ agents: [{ agentId: 7, proficiency: 2 }] }) };
  assert.match(requestProblems(numericId, addSkillAgents).join('\n'), 'must be string');
  const refreshWithoutClient = exchange({
    method: 'POST',
    path: '/auth/token',
    requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
    requestBody: 'grant_type=refresh_token&refresh_token=r',
  });
  assert.ok(requestProblems(refreshWithoutClient, token).length > 0);
  const undated = exchange({ path: `${API}/skills/summary`, query: { fields: 'skillId' } });
  assert.match(requestProblems(undated, skillSummaries).join('\n'), "must have required property 'startDate'");
  const perSkillFilter = exchange({ path: `${API}/agents/states`, query: { skillId: '1' } });
  assert.match(requestProblems(perSkillFilter, listAgentStates).join('\n'), 'must NOT have additional properties');
  const bulk = (body: unknown) =>
    exchange({
      method: 'POST',
      path: `${API}/agents/skills`,
      requestHeaders: { authorization: 'Bearer t', accept: 'application/json', 'content-type': 'application/json' },
      requestBody: JSON.stringify(body),
    });
  assert.equal(
    requestProblems(bulk({ agentAndSkillDetails: [{ agentIds: ['7'], skills: [{ skillIds: ['9'], proficiency: 5, isActive: true }] }] }), bulkWrite),
    [],
  );
  assert.match(
    requestProblems(bulk({ agentAndSkillDetails: [{ agentIds: [7], skills: [{ skillIds: ['9'], proficiency: 2 }] }] }), bulkWrite).join('\n'),
    'must be string',
  );
  assert.match(
    requestProblems(bulk({ agentAndSkillDetails: [{ agentIds: ['7'], skills: [{ skillIds: ['9'], proficiency: 6 }] }] }), bulkWrite).join('\n'),
    'must be equal to one of the allowed values',
  );
  assert.match(
    requestProblems(bulk({ agentAndSkillDetails: [{ agentIds: ['7'], skills: [{ proficiency: 2 }] }] }), bulkWrite).join('\n'),
    "must have required property 'skillIds'",
  );
});

test('the answer checks refuse what the definitions forbid', () => {
  const missing = exchange({
    path: `${API}/skills/1/agents`,
    responseBody: JSON.stringify({
      businessUnitId: 1,
      totalRecords: 1,
      lastPollTime: '2026-11-25T00:00:00Z',
      agentSkillAssignments: [{ agentId: 1, skillId: 1 }],
    }),
  });
  assert.match(responseProblems(missing, listSkillAssignments).join('\n'), "must have required property 'firstName'");
  const wrapped = exchange({ path: `${API}/skills/1/agents`, responseBody: JSON.stringify({ skills: [] }) });
  assert.match(responseProblems(wrapped, listSkillAssignments).join('\n'), "must have required property 'businessUnitId'");
  const cached = exchange({
    method: 'POST',
    path: '/auth/token',
    responseBody: JSON.stringify({ access_token: 'a', token_type: 'Bearer', expires_in: 1, refresh_token: 'r', id_token: 'not-a-jwt' }),
  });
  const why = responseProblems(cached, token).join('\n');
  assert.match(why, 'must match format "jwt"');
  assert.match(why, 'header cache-control');
  assert.match(responseProblems(exchange({ status: 418 }), token).join('\n'), 'status 418 is not documented');
  const textLevel = exchange({
    path: `${API}/skills/activity`,
    responseBody: JSON.stringify({ _links: { self: 'http://x/skills/activity' }, skillActivity: [{ skillId: 1, serviceLevel: '80%' }] }),
  });
  assert.match(responseProblems(textLevel, listSkillActivity).join('\n'), 'must be integer');
  const relativeSelf = exchange({ path: `${API}/skills/activity`, responseBody: JSON.stringify({ _links: { self: '/skills/activity' }, skillActivity: [] }) });
  assert.match(responseProblems(relativeSelf, listSkillActivity).join('\n'), 'must match format "URL"');
  const wrappedStates = exchange({ path: `${API}/agents/states`, responseBody: JSON.stringify({ businessUnitId: 1, agentStates: [] }) });
  assert.match(responseProblems(wrappedStates, listAgentStates).join('\n'), 'must NOT have additional properties');
  assert.match(responseProblems(exchange({ path: `${API}/skills/summary`, status: 403 }), skillSummaries).join('\n'), 'status 403 is not documented');
  const bulkAnswer = (status: number, body: unknown) => exchange({ method: 'POST', path: `${API}/agents/skills`, status, responseBody: JSON.stringify(body) });
  assert.match(responseProblems(bulkAnswer(200, { resultSet: { errorCount: 1, skillResults: [] } }), bulkWrite).join('\n'), 'must be string');
  assert.match(
    responseProblems(bulkAnswer(200, { resultSet: { errorCount: '0', skillResults: [{ agentId: 7, skillId: '9', success: true }] } }), bulkWrite).join('\n'),
    'must be string',
  );
  assert.match(responseProblems(bulkAnswer(200, { resultSet: {}, extra: 1 }), bulkWrite).join('\n'), 'must NOT have additional properties');
  assert.match(responseProblems(bulkAnswer(413, {}), bulkWrite).join('\n'), 'status 413 is not documented');
});

test.run();
