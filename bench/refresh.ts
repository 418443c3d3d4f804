// Benchmark: `skillops refresh` against the simulator. Imports a generated tenant,
// changes some assignments live, then times `refresh --diff` (read live + plan + edit in memory)
// and the pure editor alone on every file. Not part of npm test.
// Usage: node --import tsx bench/refresh.ts [SKILLS AGENTS ASSIGNMENTS CHANGES]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../src/cli/program.js';
import { editQueueFile } from '../src/queue-file/edit-queue-file.js';
import { generateTenant } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';
import { captureIo } from '../test/helpers/capture-io.js';
import { tempDir } from '../test/helpers/temp-dir.js';

const [skills = 300, agents = 5000, assignments = 30_000, changes = 300] = process.argv.slice(2).map(Number);
const sim = await startSimulator({ fixture: generateTenant({ skills, agents, assignments, seed: 3 }) });
const { dir, cleanup } = await tempDir();
const cli = async (args: string[]) => {
  const io = captureIo({ cwd: dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout() };
};
try {
  if ((await cli(['import'])).code !== 0) throw new Error('import failed');
  const rows = sim.tenant.all();
  for (let i = 0; i < changes; i++) {
    const r = rows[Math.floor((i * rows.length) / changes)]!;
    sim.tenant.set(r.skillId, r.agentId, r.proficiency === 20 ? 19 : r.proficiency + 1, r.isActive);
  }
  for (const args of [
    ['plan', '--detailed-exitcode'],
    ['refresh', '--diff'],
  ]) {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const r = await cli([...args, '--now', '2026-11-25']);
      times.push(performance.now() - started);
      if (r.code !== 2) throw new Error(`${args.join(' ')} exited ${r.code}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${args.join(' ')}, ${skills} skills x ${agents} agents x ${assignments} assignments, ${changes} live changes: median ${times[1]!.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }

  // the editor alone: one proficiency edit in every file
  const files = (await readdir(path.join(dir, 'skills'))).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, 'skills', f), 'utf8')));
  const started = performance.now();
  for (const text of texts) {
    const first = /agent: (\S+)/.exec(text)?.[1];
    if (first) editQueueFile(text, [{ agent: { agentId: -1, names: [first] }, set: { proficiency: 20 } }]);
  }
  console.log(
    `editQueueFile: ${files.length} files of ~${Math.round(assignments / skills)} agents, one edit each: ${(performance.now() - started).toFixed(0)} ms`,
  );
} finally {
  await sim.close();
  await cleanup();
}
