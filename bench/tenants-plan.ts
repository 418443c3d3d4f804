// Benchmark: the plan of a pull request touching 2 of 3 tenants, as the workflows of
// `init --tenants` run it: the matrix job (`skillops tenants --changed-since`), then one
// `skillops -C tenants/<t> plan` process per touched tenant, each against its own simulator
// process (as each job talks to its own CXone tenant). Each job's wall time is set against a
// single-tenant repository of the same size planned alone. On GitHub each matrix job gets a
// runner of its own; here the two plans run either one after the other or at the same time on
// this one machine (which shares its cores with them and with anything else running).
// Builds first (npm run bench:tenants-plan).
// Usage: npm run bench:tenants-plan [-- skills agents assignments runs]

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [skills = 300, agents = 3000, assignments = 60_000, runs = 3] = process.argv.slice(2).map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/main.js');
const TENANTS = ['north', 'south', 'west'];

async function startSim(): Promise<{ child: ChildProcess; env: Record<string, string>; url: string }> {
  const child = spawn(process.execPath, [cli, 'sim', '--fixture', `generate:${skills}x${agents}x${assignments}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const env: Record<string, string> = {};
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk;
      for (const [, k, v] of text.matchAll(/export (\w+)=(\S+)/g)) env[k!] = v!;
      const found = /listening on (\S+)/.exec(text);
      if (found && /control:/.test(text)) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { child, env, url };
}

const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SKILLOPS_CACHE: 'off' };
const runSync = (args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`skillops ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return r.stdout;
};
const timed = (args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('exit', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`skillops ${args.join(' ')}: ${code} ${err.slice(-1000)}`)),
    );
  });
const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@x', ...args], { cwd, encoding: 'utf8' });

const sims = Object.fromEntries(await Promise.all(TENANTS.map(async (t) => [t, await startSim()] as const)));
const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-tenants-'));
const single = await mkdtemp(path.join(tmpdir(), 'skillops-bench-single-'));
try {
  // each tenant imported from its own simulator (same size), then 20 files changed in north and south
  for (const t of TENANTS) {
    const folder = path.join(dir, 'tenants', t);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'skillops.yaml'), `cxone:\n  apiBase: ${sims[t]!.env.CXONE_API_BASE ?? sims[t]!.url}\n`);
    runSync(['-C', `tenants/${t}`, 'import'], dir, { ...base, ...sims[t]!.env });
  }
  await writeFile(path.join(dir, '.gitignore'), 'plan.json\n.skillops-cache/\n.skillops/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'tenants');
  for (const t of ['north', 'south']) {
    const skillsDir = path.join(dir, 'tenants', t, 'skills');
    for (const name of (await readdir(skillsDir)).sort().slice(0, 20)) {
      const file = path.join(skillsDir, name);
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(/proficiency: (\d+)/, (_, p: string) => `proficiency: ${(Number(p) % 5) + 1}`),
      );
    }
  }
  git(dir, 'commit', '-q', '-am', 'a change to north and south');
  // the same tenant, the same change, as a single-tenant repository
  await cp(path.join(dir, 'tenants', 'north'), single, { recursive: true });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const show = (xs: number[]) => `median ${median(xs).toFixed(2)} s, min ${Math.min(...xs).toFixed(2)} s (runs ${xs.map((x) => x.toFixed(2)).join(', ')})`;
  const envOf = (t: string) => ({ ...base, ...sims[t]!.env });
  const plan = (t: string) => timed(['-C', `tenants/${t}`, 'plan', '--out', 'plan.json'], dir, envOf(t));
  // count only the pull request's requests from here on
  for (const t of TENANTS) await fetch(`${sims[t]!.url}/__sim/stats`, { method: 'DELETE' });
  const matrix = runSync(['tenants', '--changed-since', 'HEAD~1'], dir, base).trim();
  if (matrix !== '["north","south"]') throw new Error(`unexpected matrix ${matrix}`);

  const results = {
    single: [] as number[],
    matrix: [] as number[],
    alone: { north: [] as number[], south: [] as number[] },
    together: { north: [] as number[], south: [] as number[] },
  };
  for (let i = 0; i < runs; i++) {
    results.single.push(await timed(['plan', '--out', 'plan.json'], single, envOf('north')));
    results.matrix.push(await timed(['tenants', '--changed-since', 'HEAD~1'], dir, base));
    for (const t of ['north', 'south'] as const) results.alone[t].push(await plan(t));
    const [n, s] = await Promise.all([plan('north'), plan('south')]);
    results.together.north.push(n);
    results.together.south.push(s);
  }
  console.log(
    `tenants-plan: 3 tenants of ${skills} queues, ${agents} agents, ${assignments} assignments each; a change to 20 files in 2 of them; ${runs} runs, medians; no check cache`,
  );
  console.log(`single-tenant plan (the same tenant and change):  ${show(results.single)}`);
  console.log(`matrix job (skillops tenants --changed-since):     ${show(results.matrix)}`);
  for (const t of ['north', 'south'] as const) console.log(`tenant ${t} plan job, alone:                      ${show(results.alone[t])}`);
  for (const t of ['north', 'south'] as const) console.log(`tenant ${t} plan job, both at once on this host:  ${show(results.together[t])}`);
  const stats = await Promise.all(
    TENANTS.map(async (t) => {
      const r = await fetch(`${sims[t]!.url}/__sim/stats`).catch(() => undefined);
      return `${t} ${r ? ((await r.json()) as { requests: number }).requests : '?'}`;
    }),
  );
  console.log(`requests served per simulator during the runs above (the single-tenant plan talks to north's): ${stats.join(', ')}`);
} finally {
  for (const s of Object.values(sims)) s.child.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
  await rm(single, { recursive: true, force: true });
}
