// Benchmark: the whole `skillops plan` process, as users run it, with DEFAULT settings (only the
// API base is set), against the simulator in its own process on a generated tenant. Scenarios:
// simulator latency 0 ms and 50 ms, a 20 requests/s server limit, cold (no check cache) and warm.
// Reports the median of the runs for wall time, requests the simulator served, and peak RSS of
// the plan process (GNU time). Runs what users run, bundle/skillops.js (the package's bin), and
// builds it first (npm run bench:plan-command).
// Usage: npm run bench:plan-command [-- skills agents assignments runs]

import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axios from 'axios';

const [skills = 2000, agents = 20000, assignments = 500_000, runs = 3] = process.argv.slice(2).map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'bundle/skillops.js');

const sim = spawn(process.execPath, [cli, 'sim', '--fixture', `generate:${skills}x${agents}x${assignments}`], { stdio: ['ignore', 'pipe', 'inherit'] });
const simEnv: Record<string, string> = {};
const url = await new Promise<string>((resolve, reject) => {
  let text = '';
  sim.stdout.on('data', (chunk: Buffer) => {
    text += chunk;
    for (const [, k, v] of text.matchAll(/export (\w+)=(\S+)/g)) simEnv[k!] = v!;
    const found = /listening on (\S+)/.exec(text);
    if (found && /control:/.test(text)) resolve(found[1]!);
  });
  sim.on('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
});
// A fresh connection per call: the simulator closes idle keep-alive connections during long runs
const noKeepAlive = new Agent({ keepAlive: false });
const control = async (method: string, route: string, body?: object) =>
  (await axios.request({ method, url: `${url}/__sim/${route}`, data: body, httpAgent: noKeepAlive, proxy: false })).data as unknown;

const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-plan-'));
const env: NodeJS.ProcessEnv = { ...process.env, ...simEnv, NO_COLOR: '1' };
delete env.SKILLOPS_CACHE;
delete env.SKILLOPS_CACHE_DIR;
try {
  // Set up quickly (no limits), with a tuned settings file only for the import
  await control('POST', 'faults', { rateLimitPerSecond: 0, latencyMs: 0 });
  await writeFile(path.join(dir, 'skillops.yaml'), `cxone:\n  apiBase: ${simEnv.CXONE_API_BASE ?? url}\napply:\n  requestsPerSecond: 1000\n`);
  const imported = spawnSync(process.execPath, [cli, 'import'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
  // A few real differences, so the plan has something to say: one proficiency in 20 files
  const files = (await readdir(path.join(dir, 'skills'))).sort().slice(0, 20);
  for (const name of files) {
    const file = path.join(dir, 'skills', name);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/proficiency: (\d+)/, (_, p: string) => `proficiency: ${(Number(p) % 5) + 1}`),
    );
  }
  // Default settings from here on: only the API base
  await writeFile(path.join(dir, 'skillops.yaml'), `cxone:\n  apiBase: ${simEnv.CXONE_API_BASE ?? url}\n`);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const planOnce = async () => {
    await control('DELETE', 'stats');
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, cli, 'plan'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`plan failed (${run.status}): ${run.stderr.slice(-2000)}`);
    const rss = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
    const stats = (await control('GET', 'stats')) as { requests: number; byStatus: Record<string, number> };
    return { wall, rss, requests: stats.requests, limited: stats.byStatus['429'] ?? 0 };
  };

  console.log(`plan-command: ${skills} queues, ${agents} agents, ${assignments} assignments; default settings; ${runs} runs each, medians`);
  for (const latencyMs of [0, 50]) {
    await control('POST', 'faults', { rateLimitPerSecond: 20, latencyMs });
    for (const cache of ['cold', 'warm'] as const) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        if (cache === 'cold') await rm(path.join(dir, '.skillops-cache'), { recursive: true, force: true });
        else if (i === 0) await planOnce(); // fill the cache
        results.push(await planOnce());
      }
      console.log(
        `latency ${String(latencyMs).padStart(2)} ms, server limit 20/s, ${cache}: wall ${median(results.map((r) => r.wall)).toFixed(2)} s ` +
          `(runs ${results.map((r) => r.wall.toFixed(2)).join(', ')}), requests ${median(results.map((r) => r.requests))} (429s: median ${median(results.map((r) => r.limited))}, runs ${results.map((r) => r.limited).join(', ')}), peak RSS ${median(results.map((r) => r.rss)).toFixed(0)} MiB`,
      );
    }
  }
} finally {
  sim.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
