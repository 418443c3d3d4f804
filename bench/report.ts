// Benchmark: `skillops report` on the 2,000-queue / 20,000-agent / 500,000-assignment tenant of
// the simulator's generator, written as queue files (one per skill, about 1 in 20 entries dated,
// 1 in 20 disabled). Measures the compiled CLI end to end (process start to exit), the site's
// size, and the matrix page's load in Debian's Chromium from file:// (page start to the grid drawn,
// then a filter by agent name). Not part of npm test.
// Usage: npm run bench:report [-- skills agents assignments]
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTenant } from '../src/sim/fixtures.js';
import { fileUrl, startBrowser, watchedPage } from '../test/helpers/browser.js';

const [skills = 2000, agents = 20000, assignments = 500_000] = process.argv.slice(2).map(Number);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const tenant = generateTenant({ skills, agents, assignments });
const dir = await mkdtemp(path.join(tmpdir(), 'skillops-bench-report-'));

async function folderBytes(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(folder, { recursive: true })) {
    const s = await stat(path.join(folder, name));
    if (s.isFile()) {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

try {
  await mkdir(path.join(dir, 'skills'));
  await writeFile(path.join(dir, 'skillops.yaml'), 'skillsDir: skills\ntimeZone: UTC\nagents: { maxActiveSkills: 40 }\n');
  const userName = new Map(tenant.agents.map((a) => [a.agentId, a.userName]));
  const bySkill = new Map<number, string[]>();
  let n = 0;
  for (const a of tenant.assignments) {
    const rows = bySkill.get(a.skillId) ?? [];
    rows.push(`  - agent: ${userName.get(a.agentId)}`, `    proficiency: ${a.proficiency}`);
    if (!a.isActive) rows.push('    active: false');
    if (n % 20 === 7) rows.push('    from: 2026-12-10');
    if (n % 20 === 13) rows.push('    until: 2026-12-05');
    n++;
    bySkill.set(a.skillId, rows);
  }
  for (const [i, s] of tenant.skills.entries()) {
    const rows = [
      '# yaml-language-server: $schema=../schemas/queue.schema.json',
      `skill: ${s.skillName}`,
      `skillId: ${s.skillId}`,
      'constraints:',
      '  minActiveAgents: 230',
      'agents:',
    ];
    await writeFile(path.join(dir, 'skills', `queue-${String(i).padStart(5, '0')}.yaml`), `${[...rows, ...(bySkill.get(s.skillId) ?? ['  []'])].join('\n')}\n`);
  }
  console.log(`${skills} queue files, ${agents} agents, ${assignments} assignments`);

  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await rm(path.join(dir, 'site'), { recursive: true, force: true });
    const started = performance.now();
    const cli = spawnSync(process.execPath, [`${dist}cli/main.js`, 'report', '--out', 'site', '--now', '2026-11-25'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SKILLOPS_CACHE: 'off' },
    });
    runs.push((performance.now() - started) / 1000);
    if (cli.status !== 0) throw new Error(cli.stderr);
    if (i === 0) process.stdout.write(cli.stdout);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  console.log(
    `skillops report (process start to exit, no check cache), median of 3: ${sorted[1]!.toFixed(2)} s (runs ${runs.map((r) => r.toFixed(2)).join(', ')})`,
  );
  const site = path.join(dir, 'site');
  const total = await folderBytes(site);
  const matrixData = (await stat(path.join(site, 'matrix-data.js'))).size;
  console.log(`site: ${total.files} files, ${(total.bytes / 1024 / 1024).toFixed(1)} MiB; matrix-data.js ${(matrixData / 1024 / 1024).toFixed(1)} MiB`);

  const browser = await startBrowser();
  try {
    const loads: number[] = [];
    const filters: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { page, watch } = await watchedPage(browser);
      const started = performance.now();
      await page.goto(fileUrl(site, 'matrix.html'), { waitUntil: 'load' });
      await page.waitForSelector('#matrix th.agent');
      loads.push(performance.now() - started);
      const status = await page.textContent('#status');
      const filterStart = performance.now();
      await page.fill('#agent', 'agent1234@');
      await page.waitForFunction(`document.querySelectorAll('#matrix th.agent').length === 1`);
      filters.push(performance.now() - filterStart);
      if (i === 0) console.log(`matrix: ${status}; console errors ${watch.errors.length}`);
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    console.log(
      `matrix.html in Chromium (navigation to the grid drawn), median of 3: ${median(loads).toFixed(0)} ms (runs ${loads.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(`filter by agent name to one agent, median of 3: ${median(filters).toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
