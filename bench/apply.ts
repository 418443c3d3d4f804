// Benchmark: apply one plan three ways against the simulator (20 ms latency, 20 requests/s limit
// by default), side by side: the seed tutorial's one request per change (batchSize 1, no bulk
// write), per-skill and per-agent batches (the König cover, batchSize 50, no bulk write), and
// the bulk write (POST /agents/skills, apply.bulkPairs). Each run gets a fresh simulator with the
// same tenant and the same queue files, so each applies the same plan. Reports requests (writes
// and reads, the token excluded), wall time, and the bound the rate limit sets (requests / rate).
//
// Scenarios:
//   reskill  adds and proficiency changes within 1-5 (what the bulk write carries), spread over
//            the skills: `npm run bench:apply -- reskill 40 1950` and `-- reskill 400 20000`
//   mixed    per skill 20% removes, 30% updates to proficiency 1-10, 50% adds at 5 (removes and
//            proficiency above 5 keep the per-skill and per-agent paths): `-- mixed 400 20000`
// Usage: npm run bench:apply [-- scenario skills changes rps latencyMs]; BENCH_NO_SEED=1 leaves out the
// one-request-per-change run, BENCH_SEED_ALL=1 runs it above 5,000 changes too
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { runApply } from '../src/cli/commands/apply.js';
import { generateTenant } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';
import type { Fixture } from '../src/sim/tenant.js';
import { captureIo } from '../test/helpers/capture-io.js';

const [scenario = 'reskill', ...rest] = process.argv.slice(2);
const [skills = 40, total = 1950, rps = 20, latencyMs = 20] = rest.map(Number);
if (scenario !== 'reskill' && scenario !== 'mixed') throw new Error(`scenario must be reskill or mixed, not ${scenario}`);
const fixture = generateTenant({ skills, agents: 5000, assignments: skills * 60, seed: 5 });

/** Queue files: every skill keeps its live assignments except for its share of the changes. */
function queueFiles(f: Fixture): { files: Map<string, string>; changes: number } {
  const bySkill = new Map<number, Fixture['assignments']>();
  for (const a of f.assignments) bySkill.set(a.skillId, [...(bySkill.get(a.skillId) ?? []), a]);
  const files = new Map<string, string>();
  let changes = 0;
  f.skills.forEach((skill, s) => {
    const share = Math.floor(total / f.skills.length) + (s < total % f.skills.length ? 1 : 0);
    const held = bySkill.get(skill.skillId) ?? [];
    const heldIds = new Set(held.map((a) => a.agentId));
    const removes = scenario === 'mixed' ? Math.round(share * 0.2) : 0;
    const updates = Math.min(held.length - removes, Math.round(share * (scenario === 'mixed' ? 0.3 : 0.4)));
    const adds = share - removes - updates;
    const agents = held.slice(removes).map((a, i) => ({
      agent: a.agentId,
      proficiency: i >= updates ? a.proficiency : scenario === 'mixed' ? (a.proficiency % 10) + 1 : (a.proficiency % 5) + 1,
      active: a.isActive,
    }));
    let added = 0;
    for (let k = 0; added < adds && k < f.agents.length; k++) {
      const candidate = f.agents[(skill.skillId * 13 + k * 7) % f.agents.length]!;
      if (heldIds.has(candidate.agentId) || agents.some((x) => x.agent === candidate.agentId)) continue;
      agents.push({ agent: candidate.agentId, proficiency: scenario === 'mixed' ? 5 : 1 + (k % 5), active: true });
      added++;
    }
    changes += removes + updates + added;
    files.set(`queue-${String(skill.skillId)}.yaml`, stringify({ skill: skill.skillName, skillId: skill.skillId, agents }));
  });
  return { files, changes };
}

const { files, changes } = queueFiles(fixture);

async function run(label: string, apply: { batchSize: number; bulkPairs: number }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-apply-'));
  await mkdir(path.join(dir, 'skills'));
  for (const [name, text] of files) await writeFile(path.join(dir, 'skills', name), text);
  await writeFile(
    path.join(dir, 'skillops.yaml'),
    stringify({ apply: { ...apply, concurrency: 4, requestsPerSecond: rps }, safety: { maxRemovePercent: 100, maxChangePercent: 100 } }),
  );
  const sim = await startSimulator({ fixture, faults: { latencyMs, rateLimitPerSecond: rps } });
  try {
    const io = captureIo({ cwd: dir, env: { ...sim.env } });
    const started = performance.now();
    const report = await runApply({ config: 'skillops.yaml', autoApprove: true, auditDir: path.join(dir, 'audit') }, io);
    const seconds = (performance.now() - started) / 1000;
    const routes = Object.entries(sim.stats.byRoute);
    const requests = sim.stats.requests - (sim.stats.byRoute['POST /auth/token'] ?? 0);
    const writes = routes.filter(([route]) => /^(POST|PUT|DELETE) \/(skills|agents)/.test(route)).reduce((n, [, c]) => n + c, 0);
    const applied = report.results.filter((r) => r.status === 'applied').length;
    const bound = requests / rps;
    // where the time went, from the audit record
    const records = (await readdir(path.join(dir, 'audit'), { recursive: true })).filter((f) => f.endsWith('.json'));
    const record = JSON.parse(await readFile(path.join(dir, 'audit', records[0]!), 'utf8')) as { durationsMs: Record<string, number> };
    const phases = Object.entries(record.durationsMs)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
      .join(', ');
    return {
      label,
      exit: report.exitCode,
      applied,
      requests,
      writes,
      reads: requests - writes,
      seconds,
      bound,
      phases,
      throttled: sim.stats.byStatus['429'] ?? 0,
    };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`apply bench: ${scenario}, ${changes} changes over ${skills} skills, ${rps} requests/s, ${latencyMs} ms latency`);
const rows = [];
for (const [label, apply] of [
  ...(process.env.BENCH_NO_SEED ? [] : [['one request per change (seed tutorial)', { batchSize: 1, bulkPairs: 0 }] as const]),
  ['per skill / per agent (batchSize 50)', { batchSize: 50, bulkPairs: 0 }],
  ['bulk write (bulkPairs 1000)', { batchSize: 50, bulkPairs: 1000 }],
] as const) {
  if (label.startsWith('one request') && changes > 5000 && !process.env.BENCH_SEED_ALL) {
    rows.push({ label, skipped: `~${changes} write requests (${(changes / rps).toFixed(0)} s at ${rps}/s); BENCH_SEED_ALL=1 runs it` });
    continue;
  }
  rows.push(await run(label, apply));
}
for (const r of rows) {
  if ('skipped' in r) {
    console.log(`${r.label.padEnd(40)} skipped: ${r.skipped}`);
    continue;
  }
  console.log(
    `${r.label.padEnd(40)} exit ${r.exit}, applied ${r.applied}; requests ${r.requests} (writes ${r.writes}, reads ${r.reads}), 429s ${r.throttled}; wall ${r.seconds.toFixed(2)} s, rate-limit bound ${r.bound.toFixed(2)} s, ratio ${(r.seconds / r.bound).toFixed(2)}; phases (s): ${r.phases}`,
  );
}
