// plan hashes the desired state while the live read is still running, in slices
// (desiredHashSliced): it must be exactly the hash made in one go, whatever the order of queues.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { desiredHash, desiredHashSliced, liveFingerprint } from '../../src/plan/fingerprint.js';
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

test('the live fingerprint keeps its value across versions: a plan saved before still matches the same tenant', () => {
  const a = (skillId: number, agentId: number, proficiency: number, isActive: boolean) => ({ skillId, agentId, proficiency, isActive });
  const live = new Map([
    [
      11,
      new Map([
        [4410, a(11, 4410, 3, true)],
        [12, a(11, 12, 10, false)],
        [999999, a(11, 999999, 1, true)],
      ]),
    ],
    [7, new Map([[5, a(7, 5, 2, true)]])],
  ]);
  // the value the earlier implementation (one string grown per skill, ids sorted by comparator) gave
  assert.is(liveFingerprint([11, 7, 8], live), 'sha256:2c8ef972ddc41ba78c0b078c4f8175193fc2e96b78c844d748bdc4bcfa71649b');
  live.get(11)!.set(12, a(11, 12, 9, false));
  assert.is.not(liveFingerprint([11, 7, 8], live), 'sha256:2c8ef972ddc41ba78c0b078c4f8175193fc2e96b78c844d748bdc4bcfa71649b');
});

test.run();
