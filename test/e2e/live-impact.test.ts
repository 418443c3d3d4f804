// Live impact end to end: the simulator's real-time figures, set through its control route, in
// the terminal plan, the Markdown comment and the JSON plan (golden files); the liveImpact rule
// refusing that plan; apply judging the rule again on a fresh real-time read; and a key without
// the real-time permission, which costs one line and never the plan.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: live impact');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);
const NOW = '2026-11-25T15:00:00.000Z';
const ESCALATIONS = 11012352;
const DIEGO = 4410010; // live on Escalations, not in its file: removed
const HANNAH = 4410019; // dropped from the file below: removed
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
const writes = () => writeRequests(sim);

/** Sets real-time figures the way a test outside this process would: the control route. */
async function setActivity(body: unknown): Promise<void> {
  const r = await fetch(`${sim.url}/__sim/activity`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  assert.is(r.status, 200, await r.text());
}

/** Escalations busy: four contacts waiting, the two agents the plan removes logged in (one on an Escalations contact). */
const BUSY = {
  agents: {
    [DIEGO]: { state: 'Available' },
    [HANNAH]: { state: 'InboundContact', skillId: ESCALATIONS },
    4410001: { state: 'LoggedOut' },
    4410041: { state: 'Available' },
    4410042: { state: 'LoggedOut' },
  },
  skills: { [ESCALATIONS]: { queueCount: 4, longestWaitSeconds: 135, serviceLevel: 71, serviceLevelGoal: 80 } },
};

async function setUp(settings: Record<string, unknown> = {}) {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 }, ...settings });
  const file = path.join(repo.dir, 'skills/escalations.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('  - agent: hannah.becker@acme-contact.example\n    proficiency: 2\n', ''));
}

async function golden(name: string, actual: string) {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN) await writeFile(file, actual);
  assert.fixture(actual, await readFile(file, 'utf8'));
}

test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('a plan that removes two logged-in agents from a queue with contacts waiting shows it in text, Markdown and JSON', async () => {
  await setUp({ impact: { lookbackDays: 7 } });
  await setActivity(BUSY);
  const plan = ['plan', '--queue', 'Escalations', '--now', NOW];
  const text = await cli(plan);
  assert.is(text.code, 0, text.err);
  await golden('live-impact.txt', text.out);
  const markdown = await cli([...plan, '--format', 'markdown']);
  await golden('live-impact.md', markdown.out);
  const json = await cli([...plan, '--format', 'json']);
  // the simulator's port changes from run to run
  await golden('live-impact.json', json.out.replaceAll(sim.url, 'http://127.0.0.1:PORT'));
  const impact = JSON.parse(json.out).impact;
  assert.is(impact.available, true);
  assert.equal(impact.queues[0].loggedIn, { before: 3, after: 1 });
  assert.equal(
    impact.queues[0].agentsOut.map((a: { agentId: number; onThisQueue: boolean }) => [a.agentId, a.onThisQueue]),
    [
      [DIEGO, false],
      [HANNAH, true],
    ],
  );
  // two tenant-wide real-time reads and one summary read, never one per skill
  assert.is(sim.stats.byRoute['GET /skills/activity'], 3);
  assert.is(sim.stats.byRoute['GET /agents/states'], 3);
  assert.is(sim.stats.byRoute['GET /skills/summary'], 3);
});

test('with the liveImpact rule on, the same plan is refused, naming the queue and the figures', async () => {
  await setUp({ queueDefaults: { liveImpact: { minLoggedInWhenWaiting: 2 } } });
  await setActivity(BUSY);
  const r = await cli(['plan', '--queue', 'Escalations', '--now', NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'Escalations would have 3 → 1 logged-in agents with 4 contacts waiting, below liveImpact.minLoggedInWhenWaiting 2');
  assert.match(r.err, 'Use --force with --reason');
  // a quiet floor: nobody waiting, the same plan passes
  await setActivity({ skills: { [ESCALATIONS]: { queueCount: 0 } } });
  const quiet = await cli(['plan', '--queue', 'Escalations', '--now', NOW]);
  assert.is(quiet.code, 0, quiet.err);
  assert.match(quiet.out, '✓ ok      Escalations · liveMinLoggedIn');
});

test('apply judges the rule again on a fresh real-time read: a plan reviewed on a quiet floor is refused once it is busy', async () => {
  await setUp({ queueDefaults: { liveImpact: { maxLoggedInRemoved: 1 } } });
  // reviewed while both agents the plan removes were logged out
  await setActivity({ agents: { [DIEGO]: { state: 'LoggedOut' }, [HANNAH]: { state: 'LoggedOut' } } });
  const out = path.join(repo.dir, 'plan.json');
  const planned = await cli(['plan', '--queue', 'Escalations', '--now', NOW, '--out', out]);
  assert.is(planned.code, 0, planned.err);
  assert.match(planned.out, 'ok      Escalations · liveMaxLoggedInRemoved: remove at most 1 logged-in agent; 0 of 3 logged in', planned.out);
  // by merge time they are both logged in
  await setActivity(BUSY);
  const refused = await cli(['apply', out, '--auto-approve', '--now', NOW, '--audit-dir', repo.auditDir]);
  assert.is(refused.code, 1);
  assert.match(refused.err, 'Escalations would lose 2 logged-in agents of 3 now, above liveImpact.maxLoggedInRemoved 1');
  assert.is(writes(), 0);
  const forced = await cli(['apply', out, '--auto-approve', '--now', NOW, '--force', '--reason', 'planned floor move', '--audit-dir', repo.auditDir]);
  assert.is(forced.code, 0, forced.err);
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(
    record!.policy!.verdicts.filter((v) => v.verdict === 'forced').map((v) => v.rule),
    ['liveMaxLoggedInRemoved'],
  );
  assert.is(record!.impact?.available, true);
  const escalations = record!.impact?.queues?.find((q) => q.skillId === ESCALATIONS);
  assert.equal(escalations?.loggedIn, { before: 3, after: 1 });
  assert.equal(
    escalations?.agentsOut.map((a) => a.agentId),
    [DIEGO, HANNAH],
  );
});

test('a key without real-time permission (403): the plan completes with one line saying why live impact is unavailable', async () => {
  await setUp({ queueDefaults: { liveImpact: { maxLoggedInRemoved: 0 } } });
  await setActivity({ forbidden: { realTime: true } });
  const r = await cli(['plan', '--now', NOW]);
  assert.is(r.code, 0, r.err);
  const lines = r.out.split('\n').filter((l) => l.includes('Live impact'));
  assert.equal(lines.length, 1, r.out);
  assert.match(
    lines[0]!,
    /^Live impact unavailable: CXone GET \/skills\/activity failed with 403: the access key's role lacks the permission for real-time data/,
  );
  // the rule cannot be judged: a warning, never a refusal
  const unjudged = r.out.split('\n').filter((l) => l.includes('liveMaxLoggedInRemoved'));
  assert.equal(unjudged, [
    '  ! warning all queues · liveMaxLoggedInRemoved: liveImpact.maxLoggedInRemoved on 7 changed queues; no real-time figures (not judged: live impact unavailable)',
  ]);
  const json = JSON.parse((await cli(['plan', '--now', NOW, '--format', 'json'])).out);
  assert.is(json.impact.available, false);
  assert.match(json.impact.reason, '403');
  assert.ok(json.summary.add + json.summary.update + json.summary.remove > 0, 'the plan itself is whole');
});

test('recent performance refused (the summary answers 403): the live figures stay, one line says why the recent ones are missing', async () => {
  await setUp({ impact: { lookbackDays: 7 } });
  await setActivity({ ...BUSY, forbidden: { reporting: true } });
  const r = await cli(['plan', '--queue', 'Escalations', '--now', NOW]);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, '\nLive impact now (CXone real-time)\n');
  assert.match(r.out, 'Escalations: logged in 3 → 1 (available 2 → 1, working 1 → 0); 4 contacts waiting, longest 2m 15s; service level 71% (goal 80%)\n');
  assert.match(
    r.out,
    /\n {2}Recent performance unavailable: CXone GET \/skills\/summary failed with 403: the access key's role lacks the permission for reporting data/,
  );
});

test.run();
