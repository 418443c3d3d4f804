// plan hashes the desired state while the live read is still running, in slices
// (desiredHashSliced): it must be exactly the hash made in one go, whatever the order of queues.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { desiredHash, desiredHashSliced } from '../../src/plan/fingerprint.js';
import type { ResolvedQueue } from '../../src/plan/resolve.js';

const test = suite('planner: desired hash in slices');

const queueOf = (skillId: number, size: number): ResolvedQueue =>
  ({
    skillId,
    mode: skillId % 2 ? 'authoritative' : 'additive',
    proficiency: { min: 1, max: 5 },
    minActiveAgents: skillId % 3,
    agentIds: Array.from({ length: size }, (_, i) => (i * 7919 + skillId) % 10007),
    agents: Array.from({ length: size }, (_, i) => ({ proficiency: (i % 5) + 1, active: i % 4 !== 0, ...(i % 9 === 0 ? { from: '2026-12-01' } : {}) })),
  }) as unknown as ResolvedQueue;

test('the sliced hash equals the hash made in one go', async () => {
  const queues = [30, 4, 17, 1, 22].map((id) => queueOf(id, 2000));
  assert.is(await desiredHashSliced(queues), desiredHash(queues));
  assert.is(await desiredHashSliced([...queues].reverse()), desiredHash(queues));
  assert.is(await desiredHashSliced([]), desiredHash([]));
});

test('it still tells different desired states apart', async () => {
  const a = [queueOf(1, 10)];
  const b = [queueOf(1, 11)];
  assert.is.not(await desiredHashSliced(a), await desiredHashSliced(b));
});

test.run();
