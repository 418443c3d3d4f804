// Golden figures of the report's Overview on the example repository (skills/ as shipped), on a
// fixed day: counts, queues below and near their minimum, single points of failure, agents at
// the most active skills; with and without staffing rules and maxActiveSkills in the settings.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { makeReport } from '../../src/use-cases/report/make-report.js';
import type { QueueFinding, ReportData } from '../../src/use-cases/report/report-data.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';

const test = suite('report: the overview figures of the example repository (golden)');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

async function golden(name: string, actual: string) {
  const url = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(url, actual);
  }
  assert.fixture(actual, await readFile(url, 'utf8'));
}

/** The overview's figures in words, by name. */
function figures(data: ReportData): string {
  const o = data.overview;
  const q = (i: number) => data.queues[i]!.skill;
  const a = (i: number) => data.agents[i]!.name;
  const finding = (f: QueueFinding) => `  ${q(f.queue)}: ${f.rule}: ${f.have} of ${f.need}${f.from ? ` from ${f.from}` : ''}`;
  return [
    `as of ${data.today}, ${data.days.length} days`,
    `queues ${o.queues}, agents ${o.agents}, assignments ${o.assignments}, active today ${o.activeAssignments}, not yet in effect ${o.pendingAssignments}`,
    'below the minimum today:',
    ...o.belowMinimum.map(finding),
    'near the minimum:',
    ...o.nearMinimum.map(finding),
    'falls below in the period:',
    ...o.fallsBelow.map(finding),
    `single points of failure (proficiency 1-${o.spofProficiency}):`,
    ...o.singlePointsOfFailure.map((s) => `  ${q(s.queue)}: ${s.agents.map(a).join(', ')}`),
    `at or over maxActiveSkills (${o.maxActiveSkills ?? 'not set'}):`,
    ...o.overMaxSkills.map((m) => `  ${a(m.agent)}: ${m.active}`),
    '',
  ].join('\n');
}

test('the example repository as shipped', async () => {
  const repo = await exampleRepo();
  try {
    const r = await makeReport({ config: 'skillops.yaml', out: 'site', now: '2026-11-25', days: 60 }, captureIo({ cwd: repo.dir }));
    await golden('report-overview.txt', figures(r.data));
    // the page says what the data says
    const html = await readFile(path.join(repo.dir, 'site', 'index.html'), 'utf8');
    assert.match(html, `<span class="figure" data-figure="queues">10</span>`);
    assert.match(html, `<span class="figure" data-figure="assignments">${r.data.overview.assignments}</span>`);
    assert.match(html, /id="spof">[\s\S]*Tech Support Tier 1[\s\S]*hannah\.becker@acme-contact\.example/);
  } finally {
    await repo.cleanup();
  }
});

test('with staffing rules and a most-active-skills limit in the settings', async () => {
  const repo = await exampleRepo({ queueDefaults: { staffing: [{ minAgents: 3, maxProficiency: 2 }] }, agents: { maxActiveSkills: 2 } });
  try {
    const io = captureIo({ cwd: repo.dir });
    const code = await runCli(['report', '--out', 'site', '--now', '2026-11-25', '--days', '60', '--spof-proficiency', '2'], io);
    assert.is(code, 0, io.stderr());
    assert.match(io.stdout(), /Wrote the report to site\/index\.html/);
    const r = await makeReport({ config: 'skillops.yaml', out: 'site', now: '2026-11-25', days: 60, spofProficiency: 2 }, captureIo({ cwd: repo.dir }));
    await golden('report-overview-rules.txt', figures(r.data));
  } finally {
    await repo.cleanup();
  }
});

test('a folder with other files in it is refused; a report folder is replaced', async () => {
  const repo = await exampleRepo();
  try {
    const io = captureIo({ cwd: repo.dir });
    assert.is(await runCli(['report', '--out', 'skills', '--now', '2026-11-25'], io), 1);
    assert.match(io.stderr(), /--out skills is a folder with other files in it/);
    const again = captureIo({ cwd: repo.dir });
    assert.is(await runCli(['report', '--out', 'site', '--now', '2026-11-25'], again), 0, again.stderr());
    await writeFile(path.join(repo.dir, 'site', 'queues', 'q99.html'), 'stale');
    assert.is(await runCli(['report', '--out', 'site', '--now', '2026-11-25'], again), 0, again.stderr());
    assert.not.ok(existsSync(path.join(repo.dir, 'site', 'queues', 'q99.html')), 'the stale page is gone');
  } finally {
    await repo.cleanup();
  }
});

test('in GitHub Actions each entry links to its file and line at the commit; a broken audit record is left out and named', async () => {
  const repo = await exampleRepo();
  try {
    await mkdir(path.join(repo.dir, 'audit', '2026', '11'), { recursive: true });
    await writeFile(path.join(repo.dir, 'audit', '2026', '11', 'broken.json'), '{"format": "skillops-audit/1"}');
    // an apply stopped before any write has a record of its own format: listed, not left out
    await writeFile(
      path.join(repo.dir, 'audit', '2026', '11', 'stopped.json'),
      JSON.stringify({ format: 'skillops-audit-stopped/1', startedAt: '2026-11-24T10:00:00.000Z', phase: 'confirm', signal: 'SIGINT', who: { actor: 'sam' } }),
    );
    const io = captureIo({
      cwd: repo.dir,
      env: { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/skills', GITHUB_SHA: '0123abcd' },
    });
    assert.is(await runCli(['report', '--out', 'site', '--now', '2026-11-25'], io), 0, io.stderr());
    assert.match(io.stderr(), /report: left out .*audit\/2026\/11\/broken\.json: .*not a skillops-audit\/1 record/);
    const billing = await readFile(path.join(repo.dir, 'site', 'queues', 'q0.html'), 'utf8');
    assert.match(
      billing,
      '<a href="https://github.example/acme/skills/blob/0123abcd/skills/billing-support.yaml#L10" rel="noopener noreferrer">skills/billing-support.yaml:10</a>',
    );
    const history = await readFile(path.join(repo.dir, 'site', 'history.html'), 'utf8');
    assert.match(history, '1 audit record left out');
    assert.match(history, 'stopped by SIGINT at the confirmation prompt, nothing written');
  } finally {
    await repo.cleanup();
  }
});

test.run();
