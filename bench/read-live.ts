// Benchmark: read a generated tenant of 2,000 skills and 500,000 assignments from the simulator
// through the real client (every filter combination of GET /agents/skills, so every assignment,
// the generator having inactive skills, agents and assignments). Reports requests, wall time and peak memory.
// Usage: npm run bench:read-live [-- skills agents assignments pageSize requestsPerSecond]

import { createCxoneClient } from '../src/cxone/create-client.js';
import { readLiveState } from '../src/cxone/read-live-state.js';
import { DEFAULT_SETTINGS } from '../src/domain/settings.js';
import { generateTenant } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';

const [skills = 2000, agents = 20000, assignments = 500_000, pageSize = 10_000, rps = 50] = process.argv.slice(2).map(Number);
const sim = await startSimulator({ fixture: generateTenant({ skills, agents, assignments }) });
try {
  const settings = { ...DEFAULT_SETTINGS, apply: { ...DEFAULT_SETTINGS.apply, requestsPerSecond: rps } };
  const client = await createCxoneClient(settings, sim.env, { pageSize });
  const started = performance.now();
  const live = await readLiveState(client);
  const seconds = (performance.now() - started) / 1000;
  const stats = client.stats();
  console.log(`read-live: ${live.skills.length} skills, ${live.agents.length} agents, ${live.assignments.length} assignments`);
  console.log(`requests ${stats.requests} (${JSON.stringify(stats.byRoute)}), retries ${stats.retries}, page size ${pageSize}, limit ${rps}/s`);
  console.log(`wall ${seconds.toFixed(2)} s, peak RSS (client and simulator in one process) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  await sim.close();
}
