// A hostile tenant's report in a real browser: skill, agent, team and pull-request text carrying
// markup, event handlers, javascript: links and bidirectional overrides renders as text, and no
// script of theirs runs on any page (checked in Chromium, where a CSP violation is a console error).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stringify } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import type { AuditRecord } from '../../src/domain/audit.js';
import type { RunningSim } from '../../src/sim/server.js';
import type { Fixture } from '../../src/sim/tenant.js';
import { type Browser, fileUrl, screenshot, startBrowser, watchedPage } from '../helpers/browser.js';
import { captureIo } from '../helpers/capture-io.js';
import { startSim } from '../helpers/sim.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: a hostile tenant\u2019s report renders as text and runs no script');

const SCRIPT = '<script>window.__pwned="script"</script>';
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const LINK = "javascript:window.__pwned='link'";
const SVG = `"><svg onload="window.__pwned='svg'">`;
const RTL = 'invoice\u202etxt.exe';

const skill = (skillId: number, skillName: string) => ({
  skillId,
  skillName,
  mediaTypeId: 4,
  mediaTypeName: 'Phone Call',
  isActive: true,
  campaignId: 1,
  campaignName: 'In',
  isOutbound: false,
});
const agent = (agentId: number, userName: string, firstName: string, teamName: string) => ({
  agentId,
  userName,
  firstName,
  lastName: IMG,
  emailAddress: 'x@example.com',
  teamId: teamName === TEAM ? 1 : 2,
  teamName,
  isActive: true,
});
const TEAM = `Team ${SCRIPT}`;
// the files refuse control characters, so the override comes from CXone: a team and a user name
const RTL_TEAM = `Team ${RTL}`;
const FIXTURE: Fixture = {
  businessUnitId: 1,
  teams: [
    { teamId: 1, teamName: TEAM, isActive: true },
    { teamId: 2, teamName: RTL_TEAM, isActive: true },
  ],
  skills: [skill(101, `Billing ${SCRIPT}`), skill(102, LINK), skill(103, 'Sales')],
  agents: [agent(1, `${IMG}@x.example`, SVG, TEAM), agent(2, LINK, 'Link', TEAM), agent(3, `${RTL}@x.example`, RTL, RTL_TEAM)],
  assignments: [],
};

let sim: RunningSim;
let repo: Awaited<ReturnType<typeof tempDir>>;
let browser: Browser;
let site: string;

const cli = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, ...env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};

test.before(async () => {
  browser = await startBrowser();
  sim = await startSim({ fixture: FIXTURE });
  const queue = (name: string, agents: { agent: string | number; proficiency: number; from?: string }[]) =>
    `# yaml-language-server: $schema=../schemas/queue.schema.json\n${stringify({ skill: name, constraints: { minActiveAgents: 1 }, agents })}`;
  repo = await tempDir({
    'skillops.yaml': lines('skillsDir: skills', 'timeZone: UTC', 'apply: { requestsPerSecond: 1000 }', 'audit: { directory: audit }'),
    'skills/billing.yaml': queue(`Billing ${SCRIPT}`, [
      { agent: `${IMG}@x.example`, proficiency: 1 },
      { agent: LINK, proficiency: 2, from: '2026-12-01' },
    ]),
    'skills/link.yaml': queue(LINK, [{ agent: 3, proficiency: 1 }]),
    'skills/sales.yaml': queue('Sales', [
      { agent: LINK, proficiency: 3 },
      { agent: 3, proficiency: 1 },
    ]),
  });
  // a real apply writes the audit record; its pull-request text is then made hostile too
  const applied = await cli(['apply', '--auto-approve', '--now', '2026-11-25']);
  assert.is(applied.code, 0, applied.err);
  const auditDir = path.join(repo.dir, 'audit');
  const [file] = (await readdir(auditDir, { recursive: true })).filter((f) => f.endsWith('.json'));
  const record = JSON.parse(await readFile(path.join(auditDir, file!), 'utf8')) as AuditRecord;
  record.who = {
    ...record.who,
    actor: SVG,
    runUrl: LINK,
    pullRequest: { number: 7, title: `${SCRIPT} ${RTL}`, author: IMG, approvers: [LINK, SVG] },
  };
  record.changes[0]!.status = 'failed';
  record.changes[0]!.error = `${IMG} ${SCRIPT}`;
  await writeFile(path.join(auditDir, file!), JSON.stringify(record));
  // a repository URL from the environment that is no http(s) URL makes no links
  const made = await cli(['report', '--out', 'site', '--live', '--now', '2026-11-25'], {
    GITHUB_SERVER_URL: 'javascript:window.__pwned="repo"//',
    GITHUB_REPOSITORY: `o/${SCRIPT}`,
  });
  assert.is(made.code, 0, made.err);
  site = path.join(repo.dir, 'site');
});
test.after(async () => {
  await browser?.close();
  await sim?.close();
  await repo?.cleanup();
});

async function pages(): Promise<string[]> {
  const all = await readdir(site, { recursive: true });
  return all.filter((f) => f.endsWith('.html')).sort();
}

test('every page renders the hostile names as text; no markup of theirs, no handler, no script runs', async () => {
  const files = await pages();
  assert.equal(files, ['agents/g0.html', 'history.html', 'index.html', 'matrix.html', 'queues/q0.html', 'queues/q1.html', 'queues/q2.html']);
  for (const file of files) {
    const { page, watch } = await watchedPage(browser);
    await page.goto(fileUrl(site, file));
    if (file === 'matrix.html') await page.waitForSelector('#matrix th.agent');
    // run in the page (a string: this project's TypeScript has no DOM types)
    const found = (await page.evaluate(`({
      pwned: window.__pwned,
      imgs: document.querySelectorAll('img').length,
      svgHandlers: document.querySelectorAll('svg[onload]').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => e.tagName + ' ' + a.name)),
      scripts: [...document.scripts].map((s) => s.getAttribute('src')),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.protocol),
      text: document.body.innerText,
    })`)) as { pwned?: string; imgs: number; svgHandlers: number; handlers: string[]; scripts: string[]; links: string[]; text: string };
    assert.is(found.pwned, undefined, `${file}: no hostile script ran`);
    assert.equal(watch.dialogs, [], `${file}: no dialog`);
    assert.equal(watch.errors, [], `${file}: no console error (a blocked inline script would be one)`);
    assert.is(found.imgs, 0, `${file}: no <img> element`);
    assert.is(found.svgHandlers, 0, `${file}: no <svg onload>`);
    assert.equal(found.handlers, [], `${file}: no event-handler attribute`);
    assert.equal(found.scripts, file === 'matrix.html' ? ['matrix-data.js', 'matrix.js'] : [], `${file}: only the site's own scripts`);
    assert.ok(
      found.links.every((p) => p === 'file:'),
      `${file}: every link stays on the site (${found.links.join(', ')})`,
    );
    assert.not.ok(found.text.includes('\u202e'), `${file}: the right-to-left override is shown escaped, not applied`);
    assert.ok(/<script>|<img |javascript:|\\u202e/.test(found.text), `${file}: a hostile name shows as text`);
    await page.close();
  }
});

test('the names read as written: markup as text, the override as \\u202e', async () => {
  const { page } = await watchedPage(browser);
  const queueOf = async (name: string) => {
    for (const file of (await pages()).filter((f) => f.startsWith('queues/'))) {
      await page.goto(fileUrl(site, file));
      if ((await page.textContent('h1')) === name) return file;
    }
    return undefined;
  };
  assert.ok(await queueOf(`Billing ${SCRIPT}`), 'the <script> queue name is its h1, as text');
  assert.ok(await queueOf(LINK), 'the javascript: queue name is its h1, as text');
  const billing = (await queueOf(`Billing ${SCRIPT}`))!;
  await page.goto(fileUrl(site, billing));
  const agentCells = await page.$$eval('table.entries tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
  assert.equal(agentCells, [`${IMG}@x.example`, LINK]);
  await screenshot(page, 'hostile-queue');
  // the live user name and team with the override, on the page of the queue that lists agent 3
  await page.goto(fileUrl(site, (await queueOf(LINK))!));
  assert.equal(await page.$$eval('table.entries tbody tr td', (tds) => tds.slice(0, 2).map((td) => td.textContent)), [
    'invoice\\u202etxt.exe@x.example',
    'Team invoice\\u202etxt.exe',
  ]);
  await page.goto(fileUrl(site, 'history.html'));
  const history = (await page.textContent('table.history')) ?? '';
  assert.ok(history.includes(`#7 ${SCRIPT} invoice\\u202etxt.exe`), 'the pull-request title as text');
  assert.ok(history.includes(SVG), 'the actor as text');
  assert.ok(history.includes(`${IMG} ${SCRIPT}`), 'the failure as text');
  await screenshot(page, 'hostile-history');
  await page.close();
});

test('the matrix filters by a hostile team name and shows its members as text', async () => {
  const { page, watch } = await watchedPage(browser);
  await page.goto(fileUrl(site, 'matrix.html'));
  await page.waitForSelector('#matrix th.agent');
  await page.selectOption('#team', { label: TEAM });
  const shown = await page.$$eval('#matrix th.agent a', (links) => links.map((a) => a.textContent));
  assert.equal(shown.sort(), [`${IMG}@x.example`, LINK].sort());
  await screenshot(page, 'hostile-matrix');
  assert.equal(watch.errors, []);
  assert.is(await page.evaluate('window.__pwned'), undefined);
  await page.close();
});

test.run();
