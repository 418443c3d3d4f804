// Benchmark: validate 2,000 queue files of 50 agents each (issue 3). Not part of npm test.
// Usage: npm run bench:validate [-- files agentsPerFile]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDesiredState } from '../src/config/load-desired-state.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';

const files = Number(process.argv[2] ?? 2000);
const agentsPerFile = Number(process.argv[3] ?? 50);

const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-validate-'));
try {
  for (let f = 0; f < files; f++) {
    const rows = ['# yaml-language-server: $schema=../schemas/queue.schema.json', `skill: Queue ${f}`, `skillId: ${100000 + f}`, 'mode: authoritative', 'constraints:', '  proficiency: { min: 1, max: 10 }', '  minActiveAgents: 2', 'agents:'];
    for (let a = 0; a < agentsPerFile; a++) {
      rows.push(`  - agent: agent.${(f * 7 + a) % 20000}@example.com`, `    proficiency: ${1 + (a % 10)}`);
      if (a % 10 === 0) rows.push('    active: false');
      if (a % 17 === 0) rows.push('    from: 2026-12-01', '    until: 2027-01-31');
    }
    await writeFile(path.join(dir, `queue-${f}.yaml`), `${rows.join('\n')}\n`);
  }
  const started = performance.now();
  const result = await loadDesiredState(dir, DEFAULT_SETTINGS);
  const seconds = (performance.now() - started) / 1000;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const assignments = result.desired.queues.reduce((n, q) => n + q.agents.length, 0);
  console.log(`validate: ${result.filesChecked} files, ${assignments} assignments, ${errors} errors`);
  console.log(`wall ${seconds.toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
