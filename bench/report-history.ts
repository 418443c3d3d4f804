// Benchmark: `skillops report` on the example repository with many audit records (the History
// page reads the newest 500): one real apply against the simulator, its record copied N times
// with other start times. Measures the compiled CLI end to end. Not part of npm test.
// Usage: npm run bench:report-history [-- records]
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadFixture } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';

const records = Number(process.argv[2] ?? 500);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-history-'));
try {
  await cp(path.join(root, 'skills'), path.join(dir, 'skills'), { recursive: true });
  await cp(path.join(root, 'skillops.yaml'), path.join(dir, 'skillops.yaml'));
  const sim = await startSimulator({ fixture: await loadFixture('demo') });
  // a child process, not spawnSync: the simulator in this process must keep answering
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], { cwd: dir, env: { ...process.env, ...sim.env } });
  await cli(['apply', '--auto-approve', '--now', '2026-11-25']);
  await sim.close();
  const audit = path.join(dir, 'audit');
  const [first] = (await readdir(audit, { recursive: true })).filter((f) => f.endsWith('.json'));
  const record = JSON.parse(await readFile(path.join(audit, first!), 'utf8')) as { startedAt: string };
  for (let i = 1; i < records; i++) {
    const startedAt = new Date(Date.parse(record.startedAt) - i * 3_600_000).toISOString();
    await writeFile(path.join(audit, path.dirname(first!), `copy-${String(i).padStart(5, '0')}.json`), JSON.stringify({ ...record, startedAt }));
  }
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await cli(['report', '--out', `site-${i}`, '--now', '2026-11-25']);
    runs.push((performance.now() - started) / 1000);
  }
  const median = [...runs].sort((a, b) => a - b)[1]!;
  console.log(
    `skillops report, example repository with ${records} audit records, median of 3: ${median.toFixed(2)} s (runs ${runs.map((r) => r.toFixed(2)).join(', ')})`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
