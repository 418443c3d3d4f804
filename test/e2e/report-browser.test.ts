// The report site in a real browser (Debian's Chromium): made from the example repository with
// --live against the simulator and one real apply's audit record, opened from file://.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { type Browser, fileUrl, screenshot, startBrowser, watchedPage } from '../helpers/browser.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: the report site in Chromium');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
let browser: Browser;
let site: string;
let fixture: { agents: { userName: string; agentId: number; teamName?: string }[] };

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};

test.before(async () => {
  browser = await startBrowser();
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  fixture = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../src/sim/fixtures/demo.json'), 'utf8'));
  // one real apply, so History, the queue pages and the agent pages have an audit record to show
  const applied = await cli(['apply', '--auto-approve', '--now', '2026-11-25']);
  assert.is(applied.code, 0, applied.err);
  // a change made by hand in CXone afterwards is drift: Jane taken off Billing Support
  assert.ok(sim.tenant.remove(11012345, 4410001));
  const made = await cli(['report', '--out', 'site', '--live', '--now', '2026-11-25', '--days', '45']);
  assert.is(made.code, 0, made.err);
  site = path.join(repo.dir, 'site');
});
test.after(async () => {
  await browser?.close();
  await sim?.close();
  await repo?.cleanup();
});

for (const [name, file] of [
  ['overview', 'index.html'],
  ['matrix', 'matrix.html'],
  ['queue', 'queues/q0.html'],
  ['agent', 'agents/g0.html#a0'],
  ['history', 'history.html'],
] as const) {
  test(`${name} page loads from file:// with no console error and no request off the site`, async () => {
    const { page, watch } = await watchedPage(browser);
    await page.goto(fileUrl(site, file), { waitUntil: 'load' });
    if (name === 'matrix') await page.waitForSelector('#matrix th.agent');
    assert.equal(watch.errors, []);
    assert.equal(
      watch.requests.filter((u) => !u.startsWith(`file://${site}/`)),
      [],
      'every request is a file of the site',
    );
    assert.ok(watch.requests.length >= 2, 'the page and its stylesheet were requested');
    await screenshot(page, name);
    await page.close();
  });
}

test('overview shows the figures and the drift read from CXone', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, 'index.html'));
  assert.is(await page.textContent('[data-figure="queues"]'), '10');
  assert.is(await page.getAttribute('[data-drift]', 'data-drift'), 'found');
  assert.match((await page.textContent('#drift')) ?? '', /1 to add/);
  await page.close();
});

test('filtering the matrix by a team shows only that team\u2019s agents', async () => {
  const { page, watch } = await watchedPage(browser);
  await page.goto(fileUrl(site, 'matrix.html'));
  await page.waitForSelector('#matrix th.agent');
  const shown = () => page.$$eval('#matrix th.agent a', (links) => links.map((a) => a.textContent ?? ''));
  const everyone = await shown();
  const teamOf = new Map(fixture.agents.map((a) => [a.userName, a.teamName]));
  const billing = everyone.filter((n) => teamOf.get(n) === 'Billing');
  assert.ok(billing.length >= 3 && billing.length < everyone.length, `some but not all agents are in Billing (${billing.length} of ${everyone.length})`);
  await page.selectOption('#team', { label: 'Billing' });
  assert.equal((await shown()).sort(), billing.sort());
  assert.match((await page.textContent('#status')) ?? '', new RegExp(`agents 1–${billing.length} of ${billing.length}`));
  // every queue row left holds at least one Billing agent's cell
  const rows = await page.$$eval('#matrix tbody tr', (trs) => trs.map((tr) => tr.querySelectorAll('td span.c').length));
  assert.ok(rows.length > 0 && rows.every((cells) => cells > 0));
  // a queue filter narrows the rows; sorting by most queues puts the busiest agent first
  await page.fill('#queue', 'billing');
  assert.equal(await page.$$eval('#matrix th.queue a', (a) => a.map((x) => x.textContent)), ['Billing Support']);
  await screenshot(page, 'matrix-billing');
  assert.equal(watch.errors, []);
  await page.close();
});

test('an agent page shows the agent its address names, and the file\u2019s list of agents without one', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, 'agents/g0.html#a0'));
  assert.ok(await page.isVisible('#a0'));
  assert.not.ok(await page.isVisible('#a1'));
  assert.not.ok(await page.isVisible('nav.agent-index'));
  assert.is(await page.textContent('#a0 h1'), 'jane.doe@acme-contact.example');
  assert.match((await page.textContent('#a0 table.entries')) ?? '', /Billing Support[\s\S]*Escalations/);
  // following a link from a queue page lands on that agent
  await page.goto(fileUrl(site, 'queues/q0.html'));
  await page.click('table.entries tbody tr:nth-child(2) td:first-child a');
  assert.is(await page.textContent('article.agent-page:target h1'), 'sam.lee@acme-contact.example');
  await page.goto(fileUrl(site, 'agents/g0.html'));
  assert.ok(await page.isVisible('nav.agent-index'));
  assert.not.ok(await page.isVisible('#a0'));
  await page.close();
});

test('the queue page draws the coverage chart and links each entry to its file and line', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, 'queues/q0.html'));
  assert.is(await page.textContent('h1'), 'Billing Support');
  // 45 days, one bar each; Kenji joins on 1 December, so the last days have one agent more
  const bars = await page.$$eval('svg.chart rect.bar', (r) => r.map((x) => Number(x.getAttribute('height'))));
  assert.is(bars.length, 45);
  assert.ok(bars[44]! > bars[0]!);
  assert.match((await page.textContent('table.entries')) ?? '', /skills\/billing-support\.yaml:10/);
  await page.close();
});
test.run();
