// Benchmark: how long a new team waits from the package to a first plan: `npm pack`
// (the committed bundle, nothing built), installing the tarball in a fresh folder (it has no
// dependencies), `skillops init`, `skillops import` and the first `skillops plan`,
// against the simulator's demo tenant. Wall time of each step.
// Usage: npm run bench:adoption
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadFixture } from '../src/sim/fixtures.js';
import { startSimulator } from '../src/sim/server.js';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const dir = await mkdtemp(path.join(tmpdir(), 'skillops-adoption-'));
const sim = await startSimulator({ fixture: await loadFixture('demo') });
const timings: Array<[string, number]> = [];
const step = async (name: string, fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  timings.push([name, (performance.now() - started) / 1000]);
};
try {
  let tarball = '';
  await step('npm pack (the committed bundle)', async () => {
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    tarball = path.join(dir, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
  });
  const repo = path.join(dir, 'skills-config');
  await mkdir(repo);
  await exec('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  await step('npm install <tarball> (no dependencies)', () =>
    exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: repo }),
  );
  const bin = path.join(repo, 'node_modules/.bin/skillops');
  const env = { ...process.env, ...sim.env, NO_COLOR: '1' };
  await step('skillops init', () => exec(bin, ['init'], { cwd: repo, env }));
  await step('skillops import (demo tenant, 11 skills)', () => exec(bin, ['import'], { cwd: repo, env }));
  await step('skillops plan (first plan)', () => exec(bin, ['plan', '--detailed-exitcode'], { cwd: repo, env }));
  for (const [name, seconds] of timings) console.log(`${name.padEnd(46)} ${seconds.toFixed(2)} s`);
  console.log(`${'total'.padEnd(46)} ${timings.reduce((a, [, s]) => a + s, 0).toFixed(2)} s`);
} finally {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
}
