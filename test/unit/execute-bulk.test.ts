// executeBatches with bulk requests, on a fake port: the first bulk request goes alone, a stop
// while it is out leaves the others unsent and unjournaled, and a port without the bulk write
// gets today's grouping.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CxonePort } from '../../src/cxone/port.js';
import type { AgentOutcome, PairOutcome, PairWrite, SkillOutcome } from '../../src/domain/live-state.js';
import type { Change, Plan } from '../../src/domain/plan.js';
import { planBatches } from '../../src/use-cases/apply/batches.js';
import { executeBatches } from '../../src/use-cases/apply/execute-batches.js';

const test = suite('apply: executing bulk requests');

const change = (skillId: number, agentId: number): Change =>
  ({ action: 'add', skillId, agentId, userName: `u${agentId}`, name: '', after: { proficiency: 2, isActive: true } }) as Change;
const planOf = (changes: Change[]): Plan =>
  ({
    queues: [...new Set(changes.map((c) => c.skillId))].map((skillId) => ({
      skillId,
      skillName: `S${skillId}`,
      changes: changes.filter((c) => c.skillId === skillId),
    })),
  }) as unknown as Plan;

function fakePort(withBulk: boolean, onBulk: (items: PairWrite[]) => Promise<void> = async () => {}) {
  const calls: string[] = [];
  const ok = <T>(items: T[], id: (i: T) => Record<string, number>) => items.map((i) => ({ ...id(i), success: true }));
  const port = {
    pageSize: 1000,
    stats: () => ({ requests: calls.length, retries: 0, byRoute: {} }),
    addAssignments: async (skillId: number, items: Array<{ agentId: number }>) => {
      calls.push(`skill ${skillId}`);
      return ok(items, (i) => ({ agentId: i.agentId })) as AgentOutcome[];
    },
    addAgentSkills: async (agentId: number, items: Array<{ skillId: number }>) => {
      calls.push(`agent ${agentId}`);
      return ok(items, (i) => ({ skillId: i.skillId })) as SkillOutcome[];
    },
    ...(withBulk
      ? {
          writePairs: async (items: PairWrite[]): Promise<PairOutcome[]> => {
            calls.push(`bulk ${items.length}`);
            await onBulk(items);
            return items.map((p) => ({ agentId: p.agentId, skillId: p.skillId, success: true }));
          },
        }
      : {}),
  } as unknown as CxonePort;
  return { port, calls };
}

const changes = [1, 2, 3, 4, 5, 6].map((agentId) => change(10, agentId));

test('the first bulk request goes alone: a stop while it is out leaves the others not attempted and not journaled', async () => {
  const stop = new AbortController();
  let inFlight = 0;
  let most = 0;
  const { port, calls } = fakePort(true, async () => {
    inFlight++;
    most = Math.max(most, inFlight);
    stop.abort();
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
  });
  const batches = planBatches(planOf(changes), 50, 2);
  assert.is(new Set(batches.map((b) => b.request)).size, 3);
  const journaled: number[] = [];
  const { results } = await executeBatches(port, batches, { concurrency: 4, signal: stop.signal, onBatchStart: async (i) => void journaled.push(i) });
  assert.equal(calls, ['bulk 2']);
  assert.is(most, 1);
  assert.equal(journaled, [0]);
  assert.equal(
    results.map((r) => r.status),
    ['applied', 'applied', 'not-attempted', 'not-attempted', 'not-attempted', 'not-attempted'],
  );
});

test('after the first answer the other bulk requests go concurrently', async () => {
  let inFlight = 0;
  let most = 0;
  const { port } = fakePort(true, async () => {
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
  });
  const { results } = await executeBatches(port, planBatches(planOf([...changes, change(11, 7), change(11, 8)]), 50, 2), { concurrency: 4 });
  assert.ok(results.every((r) => r.status === 'applied'));
  assert.is(most, 3);
});

test('a port without the bulk write: the bulk requests go per skill or per agent', async () => {
  const { port, calls } = fakePort(false);
  const { results } = await executeBatches(port, planBatches(planOf(changes), 50, 1000), { concurrency: 2, batchSize: 4 });
  assert.ok(results.every((r) => r.status === 'applied'));
  assert.equal(calls, ['skill 10', 'skill 10']);
});

test.run();
