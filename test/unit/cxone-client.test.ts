import axios from 'axios';
import nock from 'nock';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TokenProvider } from '../../src/cxone/auth.js';
import { CxoneHttpClient } from '../../src/cxone/http-client.js';
import { CxoneApiError, CxoneAuthError } from '../../src/domain/errors.js';
import { redact } from '../../src/text/redact.js';
import { useNock } from '../helpers/nock.js';
import { rejects } from '../helpers/rejects.js';

const suiteOf = suite('cxone client (nock, no network)');
/** Each case also checks that every request it expected was made. */
const test = Object.assign(
  (name: string, fn: () => Promise<void>) =>
    suiteOf(name, async () => {
      await fn();
      assert.equal(nock.pendingMocks(), [], 'every expected request was made');
    }),
  { before: suiteOf.before, after: suiteOf.after, run: () => suiteOf.run() },
);
const AUTH = 'https://cxone.niceincontact.com';
const API = 'https://api-na1.niceincontact.com';
const V = '/inContactAPI/services/v34.0';
const credentials = { clientId: 'client-id-123', clientSecret: 'client-secret-456', accessKeyId: 'key-id-789', accessKeySecret: 'key-secret-abc' };
const basic = `Basic ${Buffer.from('client-id-123:client-secret-456').toString('base64')}`;

let clock = 0;
let sleeps: number[] = [];

function makeClient(options: { retry?: { maxRetries?: number; maxRateLimitRetries?: number }; timeoutMs?: number; pageSize?: number } = {}) {
  const http = axios.create({ proxy: false });
  const auth = new TokenProvider({ http, tokenUrl: `${AUTH}/auth/token`, credentials, now: () => clock });
  const client = new CxoneHttpClient({
    http,
    apiBase: API,
    apiVersion: 'v34.0',
    auth,
    requestsPerSecond: 1000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => clock,
    ...options,
  });
  return { client, auth };
}

const tokenReply = (access: string, expiresIn = 3600) => ({
  access_token: access,
  token_type: 'Bearer',
  expires_in: expiresIn,
  refresh_token: `refresh-of-${access}`,
  id_token: 'x',
  issued_token_type: 'y',
});
/** nock hands a form body to matchers already parsed; compare it as a form either way. */
const form = (expected: Record<string, string>) => (body: string | Record<string, string>) =>
  new URLSearchParams(body).toString() === new URLSearchParams(expected).toString();
// What the token definition declares: client credentials as form fields; the refresh grant with client_id
const passwordGrant = form({
  grant_type: 'password',
  username: 'key-id-789',
  password: 'key-secret-abc',
  client_id: 'client-id-123',
  client_secret: 'client-secret-456',
});
const refreshGrant = (token: string) => form({ grant_type: 'refresh_token', refresh_token: token, client_id: 'client-id-123' });
const skillsPage = (skills: object[], total?: number) => ({
  businessUnitId: 1,
  lastPollTime: 'x',
  ...(total !== undefined ? { totalRecords: total } : {}),
  skills,
});

useNock(suiteOf);
suiteOf.before.each(() => {
  clock = 1_000_000;
  sleeps = [];
});

test('token: password grant with the client credentials as form fields (no Basic header), cached and reused', async () => {
  nock(AUTH)
    .post('/auth/token', passwordGrant)
    .matchHeader('authorization', (v) => v === undefined)
    .matchHeader('content-type', 'application/x-www-form-urlencoded')
    .once()
    .reply(200, tokenReply('tok-1'));
  nock(API)
    .get(`${V}/teams`)
    .query(true)
    .times(3)
    .matchHeader('authorization', 'Bearer tok-1')
    .reply(200, { teams: [{ teamId: 1, teamName: 'A', isActive: true }], totalRecords: 1 });
  const { client, auth } = makeClient();
  for (let i = 0; i < 3; i++) await client.listTeams();
  assert.is(auth.grants, 1);
});

test('token: renewed by refresh shortly before expiry (10% margin, at most 60 s)', async () => {
  nock(AUTH).post('/auth/token', passwordGrant).reply(200, tokenReply('tok-1', 3600));
  nock(AUTH).post('/auth/token', refreshGrant('refresh-of-tok-1')).reply(200, tokenReply('tok-2', 3600));
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-1').times(2).reply(200, { teams: [] });
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-2').reply(200, { teams: [] });
  const { client } = makeClient();
  await client.listTeams();
  clock += 3539_000; // still inside the margin: reuse
  await client.listTeams();
  clock += 2_000; // past expiry minus 60 s: refresh
  await client.listTeams();
});

test('token: a refused refresh falls back to a new password grant', async () => {
  nock(AUTH).post('/auth/token', passwordGrant).reply(200, tokenReply('tok-1', 100));
  nock(AUTH).post('/auth/token', refreshGrant('refresh-of-tok-1')).reply(400, { error: 'invalid_grant', error_description: 'expired' });
  nock(AUTH).post('/auth/token', passwordGrant).reply(200, tokenReply('tok-3', 100));
  nock(API).get(`${V}/teams`).query(true).reply(200, { teams: [] });
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-3').reply(200, { teams: [] });
  const { client, auth } = makeClient();
  await client.listTeams();
  clock += 200_000;
  await client.listTeams();
  assert.is(auth.grants, 3);
});

test('token: 20 concurrent calls share one token request', async () => {
  nock(AUTH).post('/auth/token').once().delay(20).reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/teams`).query(true).times(20).reply(200, { teams: [] });
  const { client, auth } = makeClient();
  await Promise.all(Array.from({ length: 20 }, () => client.listTeams()));
  assert.is(auth.grants, 1);
});

test('token: 20 concurrent calls at expiry share one refresh', async () => {
  nock(AUTH).post('/auth/token', passwordGrant).once().reply(200, tokenReply('tok-1'));
  nock(AUTH).post('/auth/token', refreshGrant('refresh-of-tok-1')).once().delay(20).reply(200, tokenReply('tok-2'));
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-1').once().reply(200, { teams: [] });
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-2').times(20).reply(200, { teams: [] });
  const { client, auth } = makeClient();
  await client.listTeams();
  clock += 3600_000;
  await Promise.all(Array.from({ length: 20 }, () => client.listTeams()));
  assert.is(auth.grants, 2);
});

test('token: 20 concurrent calls refused with 401 share one refresh, and each retries once', async () => {
  nock(AUTH).post('/auth/token', passwordGrant).once().reply(200, tokenReply('tok-1'));
  nock(AUTH).post('/auth/token', refreshGrant('refresh-of-tok-1')).once().delay(20).reply(200, tokenReply('tok-2'));
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-1').times(20).delay(5).reply(401, { error: 'invalid_token' });
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-2').times(20).reply(200, { teams: [] });
  const { client, auth } = makeClient();
  await Promise.all(Array.from({ length: 20 }, () => client.listTeams()));
  assert.is(auth.grants, 2);
  assert.is(client.stats().retries, 20);
});

test('401 on an API call renews the token once and retries once', async () => {
  nock(AUTH).post('/auth/token', passwordGrant).reply(200, tokenReply('tok-1'));
  nock(AUTH).post('/auth/token', refreshGrant('refresh-of-tok-1')).reply(200, tokenReply('tok-2'));
  nock(API).get(`${V}/teams`).query(true).matchHeader('authorization', 'Bearer tok-1').reply(401, { error: 'invalid_token' });
  nock(API)
    .get(`${V}/teams`)
    .query(true)
    .matchHeader('authorization', 'Bearer tok-2')
    .reply(200, { teams: [{ teamId: 5, teamName: 'T', isActive: true }] });
  const { client } = makeClient();
  assert.equal(await client.listTeams(), [{ teamId: 5, teamName: 'T', isActive: true }]);
  assert.is(client.stats().retries, 1);
});

test('a second 401 is an auth error, not a loop', async () => {
  nock(AUTH).post('/auth/token').times(2).reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/teams`).query(true).times(2).reply(401, { error: 'invalid_token' });
  const { client } = makeClient();
  const error = await rejects(client.listTeams(), CxoneAuthError);
  assert.match(error.message, 'failed with 401');
});

test('429 waits for Retry-After in seconds or as an HTTP date, else backs off with jitter', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/teams`).query(true).reply(429, {}, { 'Retry-After': '2' });
  nock(API)
    .get(`${V}/teams`)
    .query(true)
    .reply(429, {}, { 'Retry-After': new Date(1_000_000 + 3_000).toUTCString() });
  nock(API).get(`${V}/teams`).query(true).reply(429, {});
  nock(API).get(`${V}/teams`).query(true).reply(429, {});
  nock(API).get(`${V}/teams`).query(true).reply(200, { teams: [] });
  const { client } = makeClient();
  await client.listTeams();
  // 2 s; the date is 3 s after "now"; then the 3rd and 4th consecutive 429 back off
  // exponentially (2 s and 4 s steps) with half jitter at random() = 0.5
  assert.equal(sleeps, [2000, 3000, 1500, 3000]);
  assert.is(client.stats().retries, 4);
});

test('5xx is retried up to the cap, then a typed error with the attempt count', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/skills`).query(true).times(3).reply(503, { error: 'Service Unavailable' });
  const { client } = makeClient({ retry: { maxRetries: 2 } });
  const e = await rejects(client.listSkills(), CxoneApiError);
  assert.equal(
    { status: e.detail.status, attempts: e.detail.attempts, method: e.detail.method, path: e.detail.path },
    { status: 503, attempts: 3, method: 'GET', path: '/skills' },
  );
  assert.is(e.message, 'CXone GET /skills failed with 503: CXone server error (Service Unavailable) after 3 attempts');
  assert.equal(sleeps, [375, 750]);
});

test('a request that exceeds its timeout is retried, then reported', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/skills`).query(true).times(2).delay(300).reply(200, skillsPage([]));
  const { client } = makeClient({ timeoutMs: 30, retry: { maxRetries: 1 } });
  const error = await rejects(client.listSkills(), CxoneApiError);
  assert.is(
    error.message,
    'CXone GET api-na1.niceincontact.com/inContactAPI/services/v34.0/skills failed: no complete answer within 0.03 s (ETIMEDOUT) (after 2 attempts)',
  );
});

test('paging: skip/top across pages until totalRecords, and until 204 without it', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  const s = (id: number) => ({ skillId: id, skillName: `S${id}`, isActive: true });
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 0, top: 2 })
    .reply(200, skillsPage([s(1), s(2)], 5));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 2, top: 2 })
    .reply(200, skillsPage([s(3), s(4)], 5));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 4, top: 2 })
    .reply(200, skillsPage([s(5)], 5));
  nock(API)
    .get(`${V}/agents`)
    .query({ skip: 0, top: 2 })
    .reply(200, {
      agents: [
        { agentId: '7', userName: 'u7', isActive: true },
        { agentId: 8, userName: 'u8' },
      ],
    });
  nock(API).get(`${V}/agents`).query({ skip: 2, top: 2 }).reply(204);
  const { client } = makeClient({ pageSize: 2 });
  assert.equal(
    (await client.listSkills()).map((x) => x.skillId),
    [1, 2, 3, 4, 5],
  );
  assert.equal(
    (await client.listAgents()).map((a) => [a.agentId, a.userName]),
    [
      [7, 'u7'],
      [8, 'u8'],
    ],
  );
});

test('writes send ids as strings and keep every per-agent outcome of a 200', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API)
    .post(`${V}/skills/45/agents`, {
      agents: [
        { agentId: '1', proficiency: 2, isActive: true },
        { agentId: '2', proficiency: 3, isActive: false },
        { agentId: '3', proficiency: 1, isActive: true },
      ],
    })
    .reply(200, {
      resultSet: {
        errorCount: 1,
        agentResults: [
          { agentId: 1, success: true },
          { agentId: 2, success: false, error: 'Agent already assigned to skill' },
        ],
      },
    });
  nock(API)
    .delete(`${V}/skills/45/agents`, { agents: [{ agentId: '9' }, { agentId: '10' }] })
    .reply(200, { resultSet: { errorCount: 2 } });
  const { client } = makeClient();
  const outcomes = await client.addAssignments(45, [
    { agentId: 1, proficiency: 2, isActive: true },
    { agentId: 2, proficiency: 3, isActive: false },
    { agentId: 3, proficiency: 1, isActive: true },
  ]);
  assert.equal(outcomes, [
    { agentId: 1, success: true },
    { agentId: 2, success: false, error: 'Agent already assigned to skill' },
    { agentId: 3, success: true },
  ]);
  // errors counted but not attributed: nobody is assumed to have succeeded
  const removed = await client.removeAssignments(45, [9, 10]);
  assert.ok(removed.every((o) => !o.success));
});

test('per-item results without agentId are matched by position; a result list that cannot be matched fails only the unnamed', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  const items = [1, 2, 3].map((agentId) => ({ agentId, proficiency: 2, isActive: true }));
  // only `success` is required in an item: here the failed one has no agentId, nor does the last success
  nock(API)
    .post(`${V}/skills/45/agents`)
    .reply(200, {
      resultSet: { errorCount: 1, agentResults: [{ agentId: 1, success: true }, { success: false, error: 'Agent is locked' }, { success: true }] },
    });
  nock(API)
    .post(`${V}/skills/45/agents`)
    .reply(200, {
      resultSet: {
        errorCount: 1,
        agentResults: [
          { agentId: 1, success: true },
          { success: false, error: 'Agent is locked' },
        ],
      },
    });
  const { client } = makeClient();
  assert.equal(await client.addAssignments(45, items), [
    { agentId: 1, success: true },
    { agentId: 2, success: false, error: 'Agent is locked' },
    { agentId: 3, success: true },
  ]);
  // two results for three agents: the failure cannot be placed, so no unnamed agent is assumed applied
  assert.equal(await client.addAssignments(45, items), [
    { agentId: 1, success: true },
    { agentId: 2, success: false, error: 'CXone reported errors without naming the agents' },
    { agentId: 3, success: false, error: 'CXone reported errors without naming the agents' },
  ]);
});

test('403 names the permission area of the role', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/agents/skills`).query(true).reply(403, { error: 'forbidden' });
  nock(API).get(`${V}/teams`).query(true).reply(403, {});
  const { client } = makeClient();
  const e = await rejects(client.listAllAssignments({ isActive: true, isAgentActive: true, isSkillActive: true }), CxoneApiError);
  assert.match(
    e.message,
    "failed with 403: the access key's role lacks the permission for skill assignments (ACD › Skills: View and Edit; Users › Agents: Skills)",
  );
  const teams = await rejects(client.listTeams(), CxoneApiError);
  assert.match(teams.message, 'Users › Teams (View)');
});

test("tenant-wide reads send every activity filter, so CXone's defaults hide nothing", async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API)
    .get(`${V}/agents/skills`)
    .query({ isActive: 'false', isAgentActive: 'true', isSkillActive: 'false', fields: 'skillId,agentId,agentProficiencyValue,isActive', skip: 0, top: 10000 })
    .reply(204);
  const { client } = makeClient();
  assert.equal(await client.listAllAssignments({ isActive: false, isAgentActive: true, isSkillActive: false }), []);
});

test('a malformed response is an error, never guessed at', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API)
    .get(`${V}/skills`)
    .query(true)
    .reply(200, { skills: [{ skillId: 'DROP TABLE', skillName: 'x' }] });
  const { client } = makeClient();
  const error = await rejects(client.listSkills(), CxoneApiError);
  assert.is(error.message, 'CXone GET /skills returned an unexpected response: skillId is not a numeric id');
});

test('error messages, details and stacks hold no secrets or tokens', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-secret-access-xyz'));
  nock(API)
    .get(`${V}/skills`)
    .query(true)
    .reply(400, { error: 'Bad header Authorization: Bearer tok-secret-access-xyz', message: 'client key-secret-abc refused' });
  // pages of 1,000: a 400 to a larger page would be retried with a smaller one first
  const { client } = makeClient({ pageSize: 1000 });
  const error = await rejects(client.listSkills(), CxoneApiError);
  const everything = `${error.message}\n${error.stack}\n${JSON.stringify(error)}`;
  for (const secret of ['tok-secret-access-xyz', 'refresh-of-tok-secret-access-xyz', 'key-secret-abc', 'client-secret-456', basic.slice(6)]) {
    assert.not.ok(everything.includes(secret), `leaked ${secret}`);
  }
  assert.match(error.message, 'failed with 400');
  assert.is(redact('password=hunter22&x=1'), 'password=***&x=1');
});

test('paging: the pages after the first are fetched concurrently and put back in order; a short page is continued', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  const s = (id: number) => ({ skillId: id, skillName: `S${id}`, isActive: true });
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => s(from + i));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 0, top: 3 })
    .reply(200, skillsPage(range(1, 3), 11));
  // the later pages answer in reverse order; one of them is cut short by the server
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 3, top: 3 })
    .delay(60)
    .reply(200, skillsPage(range(4, 3), 11));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 6, top: 3 })
    .delay(30)
    .reply(200, skillsPage(range(7, 1), 11));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 7, top: 3 })
    .reply(200, skillsPage(range(8, 3), 11));
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 9, top: 3 })
    .reply(200, skillsPage(range(10, 2), 11));
  const { client } = makeClient({ pageSize: 3 });
  const skills = await client.listSkills();
  assert.equal(
    skills.map((x) => x.skillId),
    range(1, 11).map((x) => x.skillId),
  );
  assert.ok(nock.isDone(), 'every page asked for once');
});

test('a tenant that answers 400 to a large top gets smaller pages, remembered for the next listing', async () => {
  nock(AUTH).post('/auth/token').reply(200, tokenReply('tok-1'));
  nock(API).get(`${V}/skills`).query({ skip: 0, top: 4000 }).reply(400, { error: 'top is too large' });
  nock(API).get(`${V}/skills`).query({ skip: 0, top: 2000 }).reply(400, { error: 'top is too large' });
  nock(API)
    .get(`${V}/skills`)
    .query({ skip: 0, top: 1000 })
    .reply(200, skillsPage([{ skillId: 1, skillName: 'A', isActive: true }], 1));
  nock(API).get(`${V}/teams`).query({ skip: 0, top: 1000 }).reply(200, { teams: [], totalRecords: 0 });
  const { client } = makeClient({ pageSize: 4000 });
  assert.is((await client.listSkills()).length, 1);
  await client.listTeams();
  assert.ok(nock.isDone());
});

test.run();
