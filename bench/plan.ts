// Benchmark: the pure planner alone. Desired and live each hold N assignments over
// 2,000 queues with 10% differences (adds, updates, removes). Not part of npm test.
// Usage: npm run bench:plan [-- 500000 50000]
import { agentRef, type DesiredQueue } from '../src/domain/desired-state.js';
import type { LiveState } from '../src/domain/live-state.js';
import { DEFAULT_SETTINGS } from '../src/domain/settings.js';
import { makePlan } from '../src/plan/make-plan.js';

function world(total: number, queues = 2000) {
  const agentsCount = Math.max(100, Math.round(total / 25));
  const agents = Array.from({ length: agentsCount }, (_, i) => ({
    agentId: 1_000_000 + i,
    userName: `agent${i}@bench.example`,
    firstName: 'A',
    lastName: String(i),
    isActive: true,
  }));
  const skills = Array.from({ length: queues }, (_, i) => ({ skillId: 5_000_000 + i, skillName: `Queue ${i}`, isActive: true }));
  const perQueue = Math.ceil(total / queues);
  const desiredQueues: DesiredQueue[] = [];
  const live: LiveState['assignments'] = [];
  let n = 0;
  for (let q = 0; q < queues; q++) {
    const file = `skills/queue-${q}.yaml`;
    const entries: DesiredQueue['agents'] = [];
    for (let k = 0; k < perQueue && n < total; k++, n++) {
      const agent = agents[(q * 31 + k) % agentsCount]!;
      const proficiency = 1 + (k % 10);
      const kind = n % 30; // 10% differences, split evenly
      // every 30th: add (live lacks it); +1: update (live differs); +2: remove (desired lacks it)
      if (kind !== 2)
        entries.push({
          agent: k % 2 ? agentRef(agent.userName) : agentRef(agent.agentId),
          written: agent.userName,
          proficiency,
          active: true,
          at: { file, line: 8 + k * 2, col: 12 },
        });
      if (kind !== 0)
        live.push({ skillId: skills[q]!.skillId, agentId: agent.agentId, proficiency: kind === 1 ? proficiency + 1 : proficiency, isActive: true });
    }
    desiredQueues.push({
      file,
      skill: skills[q]!.skillName,
      mode: 'authoritative',
      proficiency: { min: 1, max: 20 },
      minActiveAgents: 0,
      agents: entries,
      at: { file, line: 1, col: 8 },
    });
  }
  return { desired: { queues: desiredQueues }, live: { skills, agents, assignments: live } };
}

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length ? sizes : [50_000, 500_000]) {
  const input = world(size);
  const baseline = process.memoryUsage().heapUsed;
  global.gc?.();
  const started = performance.now();
  const result = makePlan({
    ...input,
    now: new Date('2026-11-25T12:00:00Z'),
    settings: { ...DEFAULT_SETTINGS, safety: { ...DEFAULT_SETTINGS.safety, maxRemovePercent: 100, maxChangePercent: 100 } },
  });
  const ms = performance.now() - started;
  const s = result.plan!.summary;
  console.log(
    `plan ${size} assignments: ${ms.toFixed(0)} ms, +${s.add} ~${s.update} -${s.remove}, heap +${((process.memoryUsage().heapUsed - baseline) / 2 ** 20).toFixed(0)} MiB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
}
