import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readLiveState } from '../../src/cxone/read-live-state.js';
import type { LiveAssignment } from '../../src/domain/live-state.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import { clientFor, raw, simToken, startSim } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('cxone client under simulator faults');

for (const retryAfter of [true, false]) {
  test(`429 on a third of requests (${retryAfter ? 'with' : 'without'} Retry-After) and 5% 5xx: every read completes with the right data`, async () => {
    const fixture = generateTenant({ skills: 40, agents: 300, assignments: 3000, seed: 3 });
    const sim = await startSim({ fixture, seed: 7, faults: { rateLimitRate: 1 / 3, errorRate: 0.05, retryAfter } });
    try {
      // Retry-After: 1 would make this test slow; the client caps waits by its policy
      const client = await clientFor(sim, { pageSize: 100, retry: { baseDelayMs: 1, maxDelayMs: 5, maxRetries: 8, maxRateLimitRetries: 30 } });
      const live = await readLiveState(client);
      const perSkill = await client.listSkillAssignments(fixture.skills[3]!.skillId);
      assert.is(live.skills.length, 40);
      assert.is(live.agents.length, 300);
      const order = (rows: LiveAssignment[]) => [...rows].sort((a, b) => a.skillId - b.skillId || a.agentId - b.agentId);
      // pages after the first are read concurrently (read.concurrency): every assignment exactly once
      assert.is(new Set(live.assignments.map((a) => `${a.skillId}:${a.agentId}`)).size, live.assignments.length, 'no assignment read twice');
      assert.equal(order(live.assignments), order(sim.tenant.all()));
      // the per-skill listing shows active assignments (the simulator's default for the undocumented case)
      assert.equal(
        perSkill,
        sim.tenant
          .ofSkill(fixture.skills[3]!.skillId)
          .filter((a) => a.isActive)
          .map(({ lastUpdateTime: _, ...a }) => a),
      );
      const refused = (sim.stats.byStatus['429'] ?? 0) + (sim.stats.byStatus['503'] ?? 0);
      assert.ok(refused > 5, `faults were injected (${refused})`);
      assert.is(client.stats().retries, refused);
    } finally {
      await sim.close();
    }
  });
}

test('a token revoked mid-run is renewed and the run goes on', async () => {
  const sim = await startSim();
  try {
    const client = await clientFor(sim);
    await client.listSkills();
    sim.revokeTokens();
    assert.is((await client.listAgents()).length, sim.tenant.agents.size);
    assert.is(sim.stats.byStatus['401'], 1);
  } finally {
    await sim.close();
  }
});

test('the client rate limiter keeps to requests per second', async () => {
  const sim = await startSim();
  try {
    const client = await clientFor(sim, { pageSize: 5 }, { ...(await import('../helpers/sim.js')).simSettings({ requestsPerSecond: 20 }) });
    sim.setFaults({ rateLimitPerSecond: 20, retryAfter: true });
    await client.listAgents(); // 48 agents in pages of 5: 10 requests
    await readLiveState(client); // skills, agents and every filter combination, in pages of 5
    assert.is(sim.stats.byStatus['429'] ?? 0, 0, 'the simulator never had to refuse');
  } finally {
    await sim.close();
  }
});

test('holdWrites: a write waits unanswered and unapplied while reads are answered; switched off, it goes through', async () => {
  const sim = await startSim({ faults: { holdWrites: true } });
  try {
    const token = await simToken(sim);
    const API = '/inContactAPI/services/v34.0';
    const before = sim.tenant.get(11012345, 4410041);
    let answered = false;
    const write = raw(sim, 'POST', `${API}/skills/11012345/agents`, {
      token,
      body: { agents: [{ agentId: '4410041', proficiency: 2, isActive: true }] },
    }).finally(() => {
      answered = true;
    });
    await waitFor('the write to reach the simulator', () => (sim.stats.byRoute['POST /skills/{id}/agents'] ?? 0) === 1);
    assert.is((await raw(sim, 'GET', `${API}/skills?top=1`, { token })).status, 200, 'reads are not held');
    assert.not.ok(answered, 'the write is held');
    assert.equal(sim.tenant.get(11012345, 4410041), before, 'and not applied');
    assert.throws(() => sim.setFaults({ holdWrites: 1 } as never), /holdWrites must be true or false/);
    sim.setFaults({ holdWrites: false });
    const result = await write;
    assert.is(result.status, 200);
    assert.is(sim.tenant.get(11012345, 4410041)?.proficiency, 2);
  } finally {
    await sim.close();
  }
});

test('holdReads: a read waits unanswered while tokens are issued and writes answered; switched off, it is answered', async () => {
  const sim = await startSim({ faults: { holdReads: true } });
  try {
    const token = await simToken(sim);
    const API = '/inContactAPI/services/v34.0';
    let answered = false;
    const read = raw(sim, 'GET', `${API}/skills?top=1`, { token }).finally(() => {
      answered = true;
    });
    await waitFor('the read to reach the simulator', () => (sim.stats.byRoute['GET /skills'] ?? 0) === 1);
    const write = await raw(sim, 'POST', `${API}/skills/11012345/agents`, {
      token,
      body: { agents: [{ agentId: '4410041', proficiency: 2, isActive: true }] },
    });
    assert.is(write.status, 200, 'writes are not held');
    assert.not.ok(answered, 'the read is held');
    sim.setFaults({ holdReads: false });
    assert.is((await read).status, 200);
  } finally {
    await sim.close();
  }
});

test.run();
