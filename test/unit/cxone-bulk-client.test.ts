// The bulk write (POST /agents/skills) in the client, against answers the simulator does not give:
// a 413, a 206/207 without results, items without ids, errorCount as a string.
import axios from 'axios';
import nock from 'nock';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TokenProvider } from '../../src/cxone/auth.js';
import { bulkBody, chunkPairs, pairsOf } from '../../src/cxone/bulk-body.js';
import { CxoneHttpClient } from '../../src/cxone/http-client.js';
import { BulkWriteUnavailableError, CxoneApiError } from '../../src/domain/errors.js';
import type { PairWrite } from '../../src/domain/live-state.js';
import { useNock } from '../helpers/nock.js';
import { rejects } from '../helpers/rejects.js';

const test = suite('cxone client: the bulk write (nock, no network)');
useNock(test);
const AUTH = 'https://cxone.niceincontact.com';
const API = 'https://api-na1.niceincontact.com';
const V = '/inContactAPI/services/v34.0';
const credentials = { clientId: 'c', clientSecret: 's', accessKeyId: 'k', accessKeySecret: 'x' };

function makeClient(bulkPairs = 1000) {
  const http = axios.create({ proxy: false });
  nock(AUTH).post('/auth/token').reply(200, { access_token: 't', token_type: 'Bearer', expires_in: 3600, refresh_token: 'r', id_token: 'i' });
  const auth = new TokenProvider({ http, tokenUrl: `${AUTH}/auth/token`, credentials });
  return new CxoneHttpClient({ http, apiBase: API, apiVersion: 'v34.0', auth, requestsPerSecond: 1000, bulkPairs, sleep: async () => {}, random: () => 0.5 });
}

const pair = (agentId: number, skillId: number, proficiency = 2, isActive = true): PairWrite => ({ agentId, skillId, proficiency, isActive });
const result = (agentId: number, skillId: number, success: boolean) => ({ agentId: String(agentId), skillId: String(skillId), success });
const bodyPairs = (body: unknown) => pairsOf(body as ReturnType<typeof bulkBody>);
const assignment = (agentId: number, skillId: number, proficiency: number, isActive = true) => ({
  agentId,
  skillId,
  agentProficiencyValue: proficiency,
  isActive,
});

test.after.each(() => {
  assert.equal(nock.pendingMocks(), [], 'every expected request was made');
});

test('the body groups agents that get the same skills into one detail, ids as strings', () => {
  const body = bulkBody([pair(1, 10), pair(2, 10), pair(1, 11, 3), pair(2, 11, 3), pair(3, 10, 2, false)]);
  assert.equal(body, {
    agentAndSkillDetails: [
      {
        agentIds: ['1', '2'],
        skills: [
          { skillIds: ['10'], proficiency: 2, isActive: true },
          { skillIds: ['11'], proficiency: 3, isActive: true },
        ],
      },
      { agentIds: ['3'], skills: [{ skillIds: ['10'], proficiency: 2, isActive: false }] },
    ],
  });
  // cut into requests of at most 3 pairs, every pair exactly once
  const chunks = chunkPairs([pair(1, 10), pair(2, 10), pair(1, 11), pair(2, 11), pair(3, 12), pair(3, 13), pair(3, 14), pair(3, 15)], 3);
  assert.ok(chunks.every((c) => c.length <= 3));
  assert.is(chunks.flat().length, 8);
  assert.is(new Set(chunks.flat().map((p) => `${p.agentId}:${p.skillId}`)).size, 8);
});

test('errorCount is a string; results are matched by agentId and skillId whatever their order', async () => {
  const client = makeClient();
  nock(API)
    .post(`${V}/agents/skills`)
    .reply(200, { resultSet: { errorCount: '1', skillResults: [result(2, 10, false), result(1, 11, true), result(1, 10, true), result(2, 11, true)] } });
  const outcomes = await client.writePairs([pair(1, 10), pair(2, 10), pair(1, 11), pair(2, 11)]);
  assert.equal(
    outcomes.map((o) => `${o.agentId}:${o.skillId}:${o.success}`),
    ['1:10:true', '2:10:false', '1:11:true', '2:11:true'],
  );
});

test('a 413 halves the pairs per request for the rest of the run', async () => {
  const client = makeClient(4);
  const sizes: number[] = [];
  nock(API)
    .post(`${V}/agents/skills`, (body) => bodyPairs(body) > 2)
    .reply(413, 'Payload Too Large');
  nock(API)
    .post(`${V}/agents/skills`, (body) => {
      sizes.push(bodyPairs(body));
      return bodyPairs(body) <= 2;
    })
    .times(3)
    .reply(200, { resultSet: { errorCount: '0', skillResults: [] } });
  const outcomes = await client.writePairs([pair(1, 10), pair(2, 10), pair(3, 10), pair(4, 10), pair(5, 10)]);
  assert.ok(outcomes.every((o) => o.success));
  assert.equal(sizes, [2, 2, 1]);
  assert.is(client.bulkPairs, 2);
});

test('a 400 that does not speak of size is not halved: it fails the request', async () => {
  const client = makeClient(4);
  nock(API).post(`${V}/agents/skills`).reply(400, { error: 'Invalid skill id' });
  const error = await rejects(client.writePairs([pair(1, 10), pair(2, 10)]), CxoneApiError);
  assert.is(error.detail.status, 400);
  assert.is(client.bulkPairs, 4);
});

for (const status of [206, 207]) {
  test(`a ${status} without results: the pairs are read back, and each is applied only if live CXone holds it`, async () => {
    const client = makeClient();
    nock(API).post(`${V}/agents/skills`).reply(status);
    // two agents, one skill: read per skill; the inactive one it does not list is read per agent
    nock(API)
      .get(`${V}/skills/10/agents`)
      .query(true)
      .reply(200, { totalRecords: 1, agentSkillAssignments: [assignment(1, 10, 2)] });
    nock(API).get(`${V}/agents/2/skills`).query(true).reply(204);
    const outcomes = await client.writePairs([pair(1, 10), pair(2, 10, 2, false)]);
    assert.equal(
      outcomes.map((o) => o.success),
      [true, false],
    );
    assert.match(outcomes[1]!.error!, `CXone answered ${status} without naming this pair`);
  });
}

test('failures without ids and an errorCount above the named ones: the unnamed pairs are read back', async () => {
  const client = makeClient();
  nock(API)
    .post(`${V}/agents/skills`)
    .reply(200, { resultSet: { errorCount: '1', skillResults: [result(1, 10, true), { success: false }] } });
  nock(API)
    .get(`${V}/agents/2/skills`)
    .query(true)
    .reply(200, { totalRecords: 1, agentSkillAssignments: [{ skillId: 10, agentProficiencyValue: 5, isActive: true }] });
  const outcomes = await client.writePairs([pair(1, 10), pair(2, 10)]);
  assert.equal(
    outcomes.map((o) => o.success),
    [true, false],
  );
});

for (const status of [404, 405]) {
  test(`${status}: BulkWriteUnavailableError with what was settled before`, async () => {
    const client = makeClient(1);
    nock(API)
      .post(`${V}/agents/skills`)
      .reply(200, { resultSet: { errorCount: '0', skillResults: [result(1, 10, true)] } });
    nock(API).post(`${V}/agents/skills`).reply(status);
    const error = await rejects(client.writePairs([pair(1, 10), pair(2, 10)]), BulkWriteUnavailableError);
    assert.equal(error.settled, [{ agentId: 1, skillId: 10, success: true }]);
  });
}

test.run();
