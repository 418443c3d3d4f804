// Benchmark: validate 2,000 queue files of 50 agents each. Not part of npm test.
// Measures the loader in the compiled code in dist/, on one thread and on worker threads, each in
// its own process so peak memory is its own, and `skillops validate` end to end as users run it
// (bundle/skillops.js, the package's bin) with a cold and a warm check cache. `npm run
// bench:validate` builds both first.
// Usage: npm run bench:validate [-- files agentsPerFile]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const files = Number(process.argv[2] ?? 2000);
const agentsPerFile = Number(process.argv[3] ?? 50);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const bin = fileURLToPath(new URL('../bundle/skillops.js', import.meta.url));

/** One measurement in a fresh process: the loader alone with the given thread count. */
function loaderRun(dir: string, threads: number | undefined) {
  const script = `
    const { loadDesiredState } = await import(${JSON.stringify(`${dist}config/load-desired-state.js`)});
    const { DEFAULT_SETTINGS } = await import(${JSON.stringify(`${dist}domain/settings.js`)});
    const started = performance.now();
    const result = await loadDesiredState('skills', DEFAULT_SETTINGS, ${JSON.stringify(dir)}, ${threads === undefined ? '{}' : `{ threads: ${threads} }`});
    const seconds = (performance.now() - started) / 1000;
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const assignments = result.desired.queues.reduce((n, q) => n + q.agents.length, 0);
    console.log(JSON.stringify({ files: result.filesChecked, assignments, errors, seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));`;
  const file = path.join(dir, 'measure.mjs');
  writeFileSync(file, script);
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { files: number; assignments: number; errors: number; seconds: number; peakMiB: number };
}

const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-validate-'));
try {
  await mkdir(path.join(dir, 'skills'));
  for (let f = 0; f < files; f++) {
    const rows = [
      '# yaml-language-server: $schema=../schemas/queue.schema.json',
      `skill: Queue ${f}`,
      `skillId: ${100000 + f}`,
      'mode: authoritative',
      'constraints:',
      '  proficiency: { min: 1, max: 10 }',
      '  minActiveAgents: 2',
      'agents:',
    ];
    for (let a = 0; a < agentsPerFile; a++) {
      rows.push(`  - agent: agent.${(f * 7 + a) % 20000}@example.com`, `    proficiency: ${1 + (a % 10)}`);
      if (a % 10 === 0) rows.push('    active: false');
      if (a % 17 === 0) rows.push('    from: 2026-12-01', '    until: 2027-01-31');
    }
    await writeFile(path.join(dir, 'skills', `queue-${f}.yaml`), `${rows.join('\n')}\n`);
  }
  console.log(`${files} files × ${agentsPerFile} agents, ${availableParallelism()} cores`);
  for (const [label, threads] of [
    ['one thread', 1],
    ['default', undefined],
  ] as const) {
    const r = loaderRun(dir, threads);
    console.log(
      `loader, ${label}: ${r.files} files, ${r.assignments} assignments, ${r.errors} errors; wall ${r.seconds.toFixed(2)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`,
    );
  }
  // `skillops validate` end to end: cold (no check cache) and warm (the cache from a run before)
  const validate = () => {
    const started = performance.now();
    const cli = spawnSync(process.execPath, [bin, 'validate'], { cwd: dir, encoding: 'utf8' });
    return { seconds: (performance.now() - started) / 1000, status: cli.status, last: cli.stdout.trim().split('\n').pop() };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const cache of ['cold', 'warm'] as const) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      if (cache === 'cold') await rm(path.join(dir, '.skillops-cache'), { recursive: true, force: true });
      runs.push(validate());
    }
    console.log(
      `skillops validate, ${cache} cache (process start to exit, median of 3): ${median(runs.map((r) => r.seconds)).toFixed(2)} s (runs ${runs.map((r) => r.seconds.toFixed(2)).join(', ')}), exit ${runs[0]!.status}: ${runs[0]!.last}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
