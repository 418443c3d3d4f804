// Benchmark: the worst-case queue files (1 MiB with 105,000 keys, 1 MiB of ~30,000 invalid
// agents, a 0.9 MB alias-amplified file, 1 MiB files nested as deep as they go: flow lists, flow
// mappings and lists, block mappings) through the compiled loader, and 1,000
// unknown agents against 20,000 live ones through "did you mean". Each case runs in its own
// process with a time limit, so a quadratic build can be measured beside this one:
//   npm run bench:hostile                      # this checkout (builds dist/ first)
//   npm run bench:hostile -- /path/to/other/dist   # e.g. an older commit built elsewhere
//   BENCH_LIMIT_S=300 BENCH_CASES=invalidAgents npm run bench:hostile -- /path/to/other/dist
// Reports wall seconds, the process's peak RSS (MiB), problems found and output size (JSON of the
// problems). Goal for each 1 MiB file: at most 2 s and 200 MB. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { worstCaseFiles } from './hostile-files.js';

const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const limitSeconds = Number(process.env.BENCH_LIMIT_S ?? 120);
/** BENCH_CASES=invalidAgents,unknownAgents runs only those (a quadratic build can take minutes) */
const only = process.env.BENCH_CASES?.split(',');
const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
const dir = mkdtempSync(path.join(tmpdir(), 'skillops-hostile-'));

function measure(name: string, script: string) {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, script);
  const started = performance.now();
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: limitSeconds * 1000, maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  if (child.error || child.status !== 0)
    return { case: name, result: child.error ? `did not finish in ${limitSeconds} s` : `failed: ${child.stderr.slice(0, 300)}`, wall: wall.toFixed(1) };
  return { case: name, wall: wall.toFixed(2), ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as object) };
}

try {
  const files = worstCaseFiles();
  const rows = [];
  for (const [name, text] of Object.entries(files).filter(([n]) => n !== 'unknownAgents' && wanted(n))) {
    const skills = path.join(dir, name, 'skills');
    mkdirSync(skills, { recursive: true });
    writeFileSync(path.join(skills, `${name}.yaml`), text);
    rows.push(
      measure(
        name,
        `
      const { loadDesiredState } = await import(${JSON.stringify(`${dist}/config/load-desired-state.js`)});
      // the settings type moved to domain/; a build from before the move has it in config/
      const { DEFAULT_SETTINGS } = await import(${JSON.stringify(`${dist}/domain/settings.js`)}).catch(() => import(${JSON.stringify(`${dist}/config/settings.js`)}));
      const t = performance.now();
      const r = await loadDesiredState('skills', DEFAULT_SETTINGS, ${JSON.stringify(path.join(dir, name))}, { threads: 1 });
      const seconds = (performance.now() - t) / 1000;
      // peak memory of the load alone, before the floor below adds its own
      const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
      // the floor: the yaml parser alone on the same text (not for the nested files: the
      // parser alone takes seconds and gigabytes on them, or overflows its stack)
      let yamlParseSeconds = '';
      if (${JSON.stringify(!name.startsWith('nested'))}) {
        const { parseAllDocuments } = await import(${JSON.stringify(import.meta.resolve('yaml'))});
        const { readFileSync } = await import('node:fs');
        const p = performance.now();
        parseAllDocuments(readFileSync(${JSON.stringify(path.join(skills, `${name}.yaml`))}, 'utf8'), { uniqueKeys: false });
        yamlParseSeconds = ((performance.now() - p) / 1000).toFixed(2);
      }
      console.log(JSON.stringify({ fileBytes: ${text.length}, seconds: seconds.toFixed(2), peakMiB, yamlParseSeconds, problems: r.problems.length, firstProblem: r.problems[0]?.code ?? '', outputBytes: JSON.stringify(r.problems).length }));`,
      ),
    );
  }
  if (wanted('unknownAgents'))
    rows.push(
      measure(
        'unknownAgents1000of20000',
        `
    const { agentDirectory } = await import(${JSON.stringify(`${dist}/plan/resolve.js`)});
    const live = Array.from({ length: 20000 }, (_, i) => ({ agentId: i + 1, userName: 'agent' + i + '@generated.example', firstName: 'A', lastName: String(i), isActive: true }));
    const t = performance.now();
    const d = agentDirectory(live);
    let hints = 0;
    for (let i = 0; i < 1000; i++) { const r = d.resolveAgent({ kind: 'name', userName: 'agnet' + i + '@generated.example' }); if (r.error && r.error.includes('did you mean')) hints++; }
    console.log(JSON.stringify({ seconds: ((performance.now() - t) / 1000).toFixed(2), unknown: 1000, withSuggestion: hints }));`,
      ),
    );
  console.log(`dist: ${dist}`);
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
