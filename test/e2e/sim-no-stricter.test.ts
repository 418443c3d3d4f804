// The simulator is held to NICE's definitions in both directions: it refuses what they forbid
// and accepts what they allow, even where skillops itself sends something else (the client's own
// requests are held to the definitions by test/contract/ and test/unit/cxone-client.test.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RunningSim } from '../../src/sim/server.js';
import { raw, simToken, startSim } from '../helpers/sim.js';

const test = suite('e2e: the simulator is no stricter than the definitions');
const API = '/inContactAPI/services/v34.0';
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
let sim: RunningSim;

test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
});

const basicOf = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
async function refreshToken(): Promise<string> {
  const r = await raw(sim, 'POST', '/auth/token', {
    headers: FORM,
    body: new URLSearchParams({
      grant_type: 'password',
      username: sim.env.CXONE_ACCESS_KEY_ID!,
      password: sim.env.CXONE_ACCESS_KEY_SECRET!,
      client_id: sim.env.CXONE_CLIENT_ID!,
      client_secret: sim.env.CXONE_CLIENT_SECRET!,
    }).toString(),
  });
  return String(r.body?.refresh_token);
}

test('the refresh grant with Basic client authentication and the client_id it requires is accepted', async () => {
  const basic = basicOf(sim.env.CXONE_CLIENT_ID!, sim.env.CXONE_CLIENT_SECRET!);
  const ok = await raw(sim, 'POST', '/auth/token', {
    headers: { ...FORM, Authorization: basic },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: await refreshToken(), client_id: sim.env.CXONE_CLIENT_ID! }).toString(),
  });
  assert.is(ok.status, 200, JSON.stringify(ok.body));
  assert.type(ok.body?.access_token, 'string');
  // still refused: a second secret in the form, or a form id naming another client
  const extras: Record<string, string>[] = [{ client_secret: sim.env.CXONE_CLIENT_SECRET! }, { client_id: 'someone-else' }];
  for (const extra of extras) {
    const refused = await raw(sim, 'POST', '/auth/token', {
      headers: { ...FORM, Authorization: basic },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: await refreshToken(), client_id: sim.env.CXONE_CLIENT_ID!, ...extra }).toString(),
    });
    assert.is(refused.status, 400);
    assert.is(refused.body?.error, 'invalid_request');
  }
});

test('an add without proficiency (only agentId is required) is accepted, at the default proficiency knob', async () => {
  const token = await simToken(sim);
  const skillCentric = await raw(sim, 'POST', `${API}/skills/11012354/agents`, { token, body: { agents: [{ agentId: '4410041' }] } });
  assert.is(skillCentric.status, 200, JSON.stringify(skillCentric.body));
  assert.equal(sim.tenant.get(11012354, 4410041), { ...sim.tenant.get(11012354, 4410041)!, proficiency: 1, isActive: true });
  sim.setFaults({ defaultProficiency: 3 });
  const agentCentric = await raw(sim, 'POST', `${API}/agents/4410042/skills`, { token, body: { skills: [{ skillId: '11012354' }] } });
  assert.is(agentCentric.status, 200, JSON.stringify(agentCentric.body));
  assert.is(sim.tenant.get(11012354, 4410042)?.proficiency, 3);
  // what the definition forbids is still refused: ids as numbers, proficiency outside 1-5
  assert.is((await raw(sim, 'POST', `${API}/skills/11012354/agents`, { token, body: { agents: [{ agentId: 4410043 }] } })).status, 400);
  assert.is((await raw(sim, 'POST', `${API}/skills/11012354/agents`, { token, body: { agents: [{ agentId: '4410043', proficiency: 6 }] } })).status, 400);
});

test('discovery answers only what the definition documents (200, 404): no tenantId or a malformed one is a 404', async () => {
  assert.is((await raw(sim, 'GET', '/.well-known/cxone-configuration')).status, 404);
  assert.is((await raw(sim, 'GET', '/.well-known/cxone-configuration?tenantId=not-a-uuid')).status, 404);
  assert.is((await raw(sim, 'GET', '/.well-known/cxone-configuration?tenantId=00000000-0000-4000-8000-000000000000')).status, 404);
  const found = await raw(sim, 'GET', `/.well-known/cxone-configuration?tenantId=${sim.tenantId}`);
  assert.is(found.status, 200);
  assert.is(found.body?.api_endpoint, sim.url);
});

test('the bulk write takes what its definition allows: no proficiency, no isActive, no details at all', async () => {
  const token = await simToken(sim);
  const before = sim.tenant.get(11012345, 4410001)!;
  const bare = await raw(sim, 'POST', `${API}/agents/skills`, {
    token,
    body: { agentAndSkillDetails: [{ agentIds: ['4410001', '4410041'], skills: [{ skillIds: ['11012345'] }] }] },
  });
  assert.is(bare.status, 200, JSON.stringify(bare.body));
  assert.equal(bare.body?.resultSet, {
    errorCount: '0',
    skillResults: [
      { agentId: '4410001', skillId: '11012345', success: true },
      { agentId: '4410041', skillId: '11012345', success: true },
    ],
  });
  // an existing assignment keeps what the body does not say; a new one gets the defaults
  assert.equal(
    { proficiency: sim.tenant.get(11012345, 4410001)!.proficiency, isActive: sim.tenant.get(11012345, 4410001)!.isActive },
    {
      proficiency: before.proficiency,
      isActive: before.isActive,
    },
  );
  assert.is(sim.tenant.get(11012345, 4410041)?.proficiency, 1);
  assert.is((await raw(sim, 'POST', `${API}/agents/skills`, { token, body: {} })).status, 200);
  // and refuses what it forbids
  const numeric = await raw(sim, 'POST', `${API}/agents/skills`, {
    token,
    body: { agentAndSkillDetails: [{ agentIds: [4410001], skills: [{ skillIds: ['1'] }] }] },
  });
  assert.is(numeric.status, 400);
  const noSkillIds = await raw(sim, 'POST', `${API}/agents/skills`, {
    token,
    body: { agentAndSkillDetails: [{ agentIds: ['4410001'], skills: [{ proficiency: 2 }] }] },
  });
  assert.is(noSkillIds.status, 400);
  const high = await raw(sim, 'POST', `${API}/agents/skills`, {
    token,
    body: { agentAndSkillDetails: [{ agentIds: ['4410001'], skills: [{ skillIds: ['11012345'], proficiency: 6 }] }] },
  });
  assert.is(high.status, 400);
});

test.run();
