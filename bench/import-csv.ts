// Benchmark: `skillops import --csv` of a whole skill matrix. Imports a generated tenant, exports
// it, changes every row's proficiency, then times import --csv (read the CSV, name every agent
// against CXone or offline, edit every file in place, check and write) from fresh copies of the
// files. Not part of npm test.
// Usage: node --import tsx bench/import-csv.ts [SKILLS AGENTS ASSIGNMENTS]
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../src/cli/program.js';
import { generateTenant } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';
import { captureIo } from '../test/helpers/capture-io.js';
import { tempDir } from '../test/helpers/temp-dir.js';

const [skills = 200, agents = 2000, assignments = 20_000] = process.argv.slice(2).map(Number);
// every skill active, so the matrix has every assignment
const fixture = generateTenant({ skills, agents, assignments, seed: 3 });
for (const s of fixture.skills) s.isActive = true;
const sim = await startSimulator({ fixture });
const { dir, cleanup } = await tempDir({ 'skillops.yaml': 'skillsDir: skills\napply: { requestsPerSecond: 1000 }\n' });
const cli = async (args: string[], env: NodeJS.ProcessEnv = sim.env) => {
  const io = captureIo({ cwd: dir, env: { ...env, SKILLOPS_CACHE: 'off' } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
try {
  if ((await cli(['import'])).code !== 0) throw new Error('import failed');
  if ((await cli(['export', '--out', 'matrix.csv'])).code !== 0) throw new Error('export failed');
  const [header, ...rows] = (await readFile(path.join(dir, 'matrix.csv'), 'utf8')).trimEnd().split('\r\n');
  const changed = rows.map((row) => {
    const cells = row.split(',');
    cells[4] = String(Number(cells[4]) === 20 ? 19 : Number(cells[4]) + 1);
    return cells.join(',');
  });
  await writeFile(path.join(dir, 'matrix.csv'), `${[header, ...changed].join('\r\n')}\r\n`);
  await cp(path.join(dir, 'skills'), path.join(dir, 'original'), { recursive: true });
  for (const [label, extra] of [
    ['live agents', []],
    ['offline', ['--offline']],
  ] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < 3; run++) {
      await rm(path.join(dir, 'skills'), { recursive: true });
      await cp(path.join(dir, 'original'), path.join(dir, 'skills'), { recursive: true });
      const started = performance.now();
      const used = process.cpuUsage();
      const r = await cli(['import', '--csv', 'matrix.csv', ...extra]);
      times.push(performance.now() - started);
      // CPU of this process (the simulator shares it): on a busy shared machine wall time also counts waiting
      const spent = process.cpuUsage(used);
      cpu.push((spent.user + spent.system) / 1000);
      if (r.code !== 0 || !r.out.includes(`${rows.length} entries updated`)) throw new Error(`import --csv failed: ${r.err.slice(0, 500)}`);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `import --csv, ${rows.length.toLocaleString('en-US')} rows into ${skills} files (${label}): median ${(times[1]! / 1000).toFixed(2)} s wall, ${(cpu[1]! / 1000).toFixed(2)} s CPU (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
    );
  }
} finally {
  await sim.close();
  await cleanup();
}
