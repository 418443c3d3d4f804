// Benchmark: apply 20,000 changes over 400 skills against the simulator with 20 ms latency and a
// 20 requests/s limit. Reports wall time beside the bound the rate limit sets
// (requests / rate), and how many requests one call per assignment would need.
// Usage: npm run bench:apply [-- skills changesPerSkill rps latencyMs]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { runApply } from '../src/cli/commands/apply.js';
import { generateTenant } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';
import { captureIo } from '../test/helpers/capture-io.js';

const [skills = 400, perSkill = 50, rps = 20, latencyMs = 20] = process.argv.slice(2).map(Number);
// each skill: 60 live assignments; desired keeps 50 (10 removes), changes 15 of them, adds 25
const removes = Math.round(perSkill * 0.2);
const updates = Math.round(perSkill * 0.3);
const adds = perSkill - removes - updates;
const fixture = generateTenant({ skills, agents: 5000, assignments: skills * 60, seed: 5 });

const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-apply-'));
await mkdir(path.join(dir, 'skills'));
const bySkill = new Map<number, typeof fixture.assignments>();
for (const a of fixture.assignments) bySkill.set(a.skillId, [...(bySkill.get(a.skillId) ?? []), a]);
let changes = 0;
for (const skill of fixture.skills) {
  const held = bySkill.get(skill.skillId) ?? [];
  const heldIds = new Set(held.map((a) => a.agentId));
  const agents = held
    .slice(removes)
    .map((a, i) => ({ agent: a.agentId, proficiency: i < updates ? (a.proficiency % 10) + 1 : a.proficiency, active: a.isActive }));
  let added = 0;
  for (let k = 0; added < adds && k < fixture.agents.length; k++) {
    const candidate = fixture.agents[(skill.skillId * 13 + k * 7) % fixture.agents.length]!;
    if (heldIds.has(candidate.agentId) || agents.some((x) => x.agent === candidate.agentId)) continue;
    agents.push({ agent: candidate.agentId, proficiency: 5, active: true });
    added++;
  }
  changes += removes + updates + added;
  await writeFile(path.join(dir, 'skills', `queue-${String(skill.skillId)}.yaml`), stringify({ skill: skill.skillName, skillId: skill.skillId, agents }));
}
await writeFile(
  path.join(dir, 'skillops.yaml'),
  stringify({ apply: { batchSize: 50, concurrency: 4, requestsPerSecond: rps }, safety: { maxRemovePercent: 100, maxChangePercent: 100 } }),
);

const sim = await startSimulator({ fixture, faults: { latencyMs, rateLimitPerSecond: rps } });
try {
  const io = captureIo({ cwd: dir, env: { ...sim.env } });
  const started = performance.now();
  const report = await runApply({ config: 'skillops.yaml', autoApprove: true, auditDir: path.join(dir, 'audit') }, io);
  const seconds = (performance.now() - started) / 1000;
  const requests = sim.stats.requests - (sim.stats.byRoute['POST /auth/token'] ?? 0);
  const writes = ['POST', 'PUT', 'DELETE'].reduce((n, m) => n + (sim.stats.byRoute[`${m} /skills/{id}/agents`] ?? 0), 0);
  const bound = requests / rps;
  console.log(
    `apply: ${changes} changes over ${skills} skills, exit ${report.exitCode}, ${report.results.filter((r) => r.status === 'applied').length} applied`,
  );
  console.log(`requests ${requests} (writes ${writes}, reads ${requests - writes}), 429s ${sim.stats.byStatus['429'] ?? 0}`);
  console.log(`wall ${seconds.toFixed(1)} s; rate-limit bound ${bound.toFixed(1)} s (requests / ${rps} per s); ratio ${(seconds / bound).toFixed(2)}`);
  console.log(`one call per assignment would need ${changes} write requests (${(changes / rps).toFixed(0)} s at ${rps}/s) instead of ${writes}`);
} finally {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
}
