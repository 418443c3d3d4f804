// Benchmark: how long the bundled CLI takes to start, against Node.js doing nothing: the two run
// in turn (A B A B …, so a machine whose speed drifts slows both alike) and the medians and their
// ratio are printed. `skillops --version` loads package.json and nothing else; `validate` on the
// example repository loads what validation needs.
// Usage: npm run bench:startup [-- RUNS]   (default 21)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 21);
const bundle = path.join(root, 'bundle/skillops.js');

function wall(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const [label, args] of [
  ['skillops --version', [bundle, '--version']],
  ['skillops validate (example skills/)', [bundle, 'validate']],
] as const) {
  const a: number[] = [];
  const b: number[] = [];
  wall([...args]);
  wall(['-e', '0']);
  for (let i = 0; i < runs; i++) {
    a.push(wall([...args]));
    b.push(wall(['-e', '0']));
  }
  const ratio = median(a.map((x, i) => x / b[i]!));
  console.log(
    `${label.padEnd(38)} median ${median(a).toFixed(1)} ms; node -e 0 ${median(b).toFixed(1)} ms; median ratio ${ratio.toFixed(2)} (${runs} runs each)`,
  );
}
