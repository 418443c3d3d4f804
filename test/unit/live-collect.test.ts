// The live read takes its assignments in page by page while later pages are still on their way,
// keeping each (skill, agent) once and indexing them as they come, so planning finds the index
// made and nothing is left to do over 500,000 assignments once the last page is in.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readLiveState } from '../../src/cxone/read-live-state.js';
import { AssignmentCollector, type LiveAssignment, liveIndexOf } from '../../src/domain/live-state.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import { clientFor, startSim } from '../helpers/sim.js';

const test = suite('live read, collected as it comes');

const a = (skillId: number, agentId: number, proficiency = 3, isActive = true): LiveAssignment => ({ skillId, agentId, proficiency, isActive });

test('the collector keeps the first of repeats, in the order they came, and its index is the one planning gets', () => {
  const collector = new AssignmentCollector();
  collector.add([a(1, 10, 2), a(1, 11), a(2, 10)]);
  collector.add([a(1, 10, 5, false), a(3, 12)]); // a repeat of 1/10, as a server that ignored a filter lists it
  const kept = collector.done();
  assert.equal(kept, [a(1, 10, 2), a(1, 11), a(2, 10), a(3, 12)]);
  const index = liveIndexOf(kept);
  assert.is(index, collector.index, 'the index made on the way, not a new one');
  assert.equal([...index.keys()], [1, 2, 3]);
  assert.equal(index.get(1)!.get(10), a(1, 10, 2));
  // handed over once: a later caller gets an equal index of its own, and the first can be dropped
  const again = liveIndexOf(kept);
  assert.is.not(again, index);
  assert.equal(again, index);
  // an array nobody collected gets an index made now, the same shape
  const other = [a(4, 1), a(4, 2)];
  assert.equal([...liveIndexOf(other).get(4)!.keys()], [1, 2]);
});

test('pages are handed over in listing order while later ones are still being read', async () => {
  const fixture = generateTenant({ skills: 5, agents: 60, assignments: 250, seed: 3 });
  const sim = await startSim({ fixture, faults: { latencyMs: 30 } });
  try {
    const client = await clientFor(sim, { pageSize: 20 });
    const handed: LiveAssignment[][] = [];
    // page requests the simulator had received when each page was handed over
    const requestedBy: number[] = [];
    const filter = { isActive: true, isAgentActive: true, isSkillActive: true };
    const all = await client.listAllAssignments(filter, (items) => {
      handed.push(items);
      requestedBy.push(sim.stats.byRoute['GET /agents/skills'] ?? 0);
    });
    const requested = sim.stats.byRoute['GET /agents/skills'] ?? 0;
    assert.ok(all.length > 100, `the tenant lists ${all.length} active assignments`);
    assert.equal(handed.flat(), all, 'every item handed over once, in listing order');
    assert.ok(handed.length >= all.length / 20, `${handed.length} pages handed over`);
    // the first pages went over before the last ones were even asked for: not all at the end
    assert.ok(requested > 5, `${requested} page requests`);
    assert.ok(requestedBy[0]! < requested, `the first page was handed over after ${requestedBy[0]} of ${requested} page requests`);
  } finally {
    await sim.close();
  }
});

test('readLiveState keeps the index it made while reading: the same assignments as a read after the fact, indexed once', async () => {
  const fixture = generateTenant({ skills: 8, agents: 80, assignments: 400, seed: 9 });
  const sim = await startSim({ fixture });
  try {
    const client = await clientFor(sim, { pageSize: 25 });
    const live = await readLiveState(client);
    assert.is(live.assignments.length, fixture.assignments.length, 'every assignment, whatever its flags, once');
    const key = (x: LiveAssignment) => `${x.skillId}/${x.agentId}/${x.proficiency}/${x.isActive}`;
    assert.equal(live.assignments.map(key).sort(), fixture.assignments.map(key).sort());
    const index = liveIndexOf(live.assignments);
    let indexed = 0;
    for (const held of index.values()) indexed += held.size;
    assert.is(indexed, live.assignments.length);
  } finally {
    await sim.close();
  }
});

test('a combination that fails fails the read at once, not after the all-active read has run to its end', async () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const port = {
    pageSize: 1000,
    listSkills: async () => [
      { skillId: 1, skillName: 'A', isActive: true },
      { skillId: 2, skillName: 'B', isActive: false },
    ],
    listAgents: async () => [{ agentId: 10, userName: 'a', firstName: '', lastName: '', isActive: true }],
    listAllAssignments: async (f: { isActive: boolean; isAgentActive: boolean; isSkillActive: boolean }, onItems?: (items: LiveAssignment[]) => void) => {
      if (f.isActive && f.isAgentActive && f.isSkillActive) {
        // a long listing: twenty pages, 50 ms apart
        const all: LiveAssignment[] = [];
        for (let i = 0; i < 20; i++) {
          await sleep(50);
          const page = [a(1, 100 + i)];
          all.push(...page);
          onItems?.(page);
        }
        return all;
      }
      await sleep(10);
      throw new Error(`403 on isActive=${f.isActive} isSkillActive=${f.isSkillActive}`);
    },
  } as unknown as Parameters<typeof readLiveState>[0];
  const started = performance.now();
  const error = await readLiveState(port).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  const took = performance.now() - started;
  assert.ok(error, 'the read fails');
  assert.match(error.message, /^403 on /);
  assert.ok(took < 500, `it failed after ${took.toFixed(0)} ms; the all-active listing takes 1,000 ms`);
});

test.run();
