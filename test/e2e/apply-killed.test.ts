// Nothing lost: apply run as a real child process of the CLI against the simulator (started in
// this process, so its knobs can change mid-run), killed with SIGKILL at several points, and
// cancelled the way GitHub Actions cancels a job (SIGINT, then SIGTERM).

import { rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type JournalLine, parseJournal, type StartedLine, summariseUnfinished } from '../../src/audit/journal.js';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { parseLockText } from '../../src/use-cases/apply/lock/apply-lock.js';
import { LOCK_FILE } from '../../src/use-cases/apply/lock/file-lock.js';
import { auditRecords, stoppedRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { collect, spawnCli } from '../helpers/cli-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: apply killed or cancelled leaves a journal and a record');
const NOW = '2026-11-25';
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

async function setup(apply: Record<string, number>) {
  sim = await startSim({ seed: 13 });
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, ...apply } });
}
test.after.each(async () => {
  sim.setFaults({ latencyMs: 0, rateLimitRate: 0, holdReads: false, holdWrites: false });
  await sim.close();
  await repo.cleanup();
});

function spawnApply(extra: string[] = []) {
  const child = spawnCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, '--now', NOW, ...extra], { cwd: repo.dir, env: sim.env });
  const [stdout, stderr] = [collect(child.stdout), collect(child.stderr)];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { child, exited, stdout, stderr };
}

/** Journals under the audit directory, by path relative to it. */
async function journals(): Promise<Map<string, JournalLine[]>> {
  const out = new Map<string, JournalLine[]>();
  let files: string[] = [];
  try {
    files = (await readdir(repo.auditDir, { recursive: true })).filter((f) => f.endsWith('.journal.jsonl')).sort();
  } catch {
    return out;
  }
  for (const f of files) out.set(f.split(path.sep).join('/'), parseJournal(await readFile(path.join(repo.auditDir, f), 'utf8')));
  return out;
}

/** The one journal not in `known`, once `ready` says it has got far enough. */
const newJournal = (known: Set<string>, ready: (lines: JournalLine[]) => boolean) => async () => {
  for (const [name, lines] of await journals()) if (!known.has(name) && ready(lines)) return name;
  return undefined;
};
const count = (lines: JournalLine[], type: JournalLine['type']) => lines.filter((l) => l.type === type).length;
const started = (lines: JournalLine[]) => lines.find((l): l is StartedLine => l.type === 'started');

const remaining = async () => {
  const i = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  assert.is(await runCli(['plan', '--format', 'json', '--now', NOW], i), 0, i.stderr());
  return (JSON.parse(i.stdout()) as Plan).queues.flatMap((q) => q.changes.map((c) => `${c.action} ${c.skillId}:${c.agentId}`));
};

test('SIGKILL after the first batch, mid-run and during verification: each run leaves a journal of what it attempted; the next apply reports and links them', async () => {
  await setup({ batchSize: 1, concurrency: 1 });
  sim.setFaults({ latencyMs: 60 });
  const known = new Set<string>();

  // A: killed right after its first batch answered
  const a = spawnApply();
  const ja = await waitFor(
    'a first batch line',
    newJournal(known, (l) => count(l, 'batch') >= 1),
    { unless: a.exited },
  );
  a.child.kill('SIGKILL');
  await a.exited;
  known.add(ja);

  // A killed run leaves its apply lock behind, held by a process of this host that has ended:
  // the next run takes it over by itself and says so (no --force-unlock)
  const heldBy = async () => parseLockText(await readFile(path.join(repo.dir, LOCK_FILE), 'utf8'))!;
  assert.is((await heldBy()).pid, a.child.pid);

  // B: killed mid-run; it took A's lock over and reported A's unfinished journal first
  const b = spawnApply();
  const jb = await waitFor(
    'three batch lines',
    newJournal(known, (l) => count(l, 'batch') >= 3),
    { unless: b.exited },
  );
  b.child.kill('SIGKILL');
  await b.exited;
  known.add(jb);
  assert.match(b.stderr(), 'Found 1 earlier apply that did not finish');
  assert.match(b.stderr(), `Took over the apply lock`);
  assert.match(b.stderr(), `process ${a.child.pid} on this host has ended`);
  assert.match(b.stderr(), path.basename(ja));

  // C: killed once every batch has answered, while it re-reads the skills to verify
  assert.is((await heldBy()).pid, b.child.pid);
  const c = spawnApply();
  const jc = await waitFor(
    'every batch answered',
    newJournal(known, (l) => {
      const s = started(l);
      return s !== undefined && count(l, 'batch') === s.batches.length;
    }),
    { unless: c.exited },
  );
  c.child.kill('SIGKILL');
  await c.exited;
  known.add(jc);
  assert.match(c.stderr(), 'Found 2 earlier applies that did not finish');

  const all = await journals();
  for (const [name, lines] of [...all].filter(([n]) => known.has(n))) {
    const s = started(lines)!;
    assert.ok(s.changes.length > 0 && s.batches.length === s.changes.length, `${name}: the started line names every intended change and batch`);
    assert.ok(count(lines, 'sending') >= 1, `${name}: what was attempted is recorded`);
    const summary = summariseUnfinished(name, lines);
    assert.ok(summary, `${name} is unfinished`);
    assert.is(summary!.applied + summary!.failed + summary!.unknown + summary!.notSent, summary!.intended, `${name}: every change is accounted for`);
  }
  const [sa, sb, sc] = [ja, jb, jc].map((n) => summariseUnfinished(n, all.get(n)!)!);
  assert.is(sa!.intended, 12);
  assert.ok(sa!.applied >= 1, `A applied ${sa!.applied}`);
  assert.ok(sb!.applied >= 3 && sb!.notSent > 0, `B applied ${sb!.applied}, left ${sb!.notSent} unsent`);
  assert.is(sc!.notSent + sc!.unknown, 0, 'C sent and heard back about every batch before it was killed');
  assert.is(sc!.applied, sc!.intended);
  // each run planned from live state: what the previous one applied, plus any of its unknowns that CXone did apply
  for (const [prev, next] of [
    [sa!, sb!],
    [sb!, sc!],
  ] as const) {
    const left = prev.intended - prev.applied;
    assert.ok(
      next.intended <= left && next.intended >= left - prev.unknown,
      `${next.intended} intended after ${prev.applied} applied and ${prev.unknown} unknown of ${prev.intended}`,
    );
  }
  assert.equal(await remaining(), []);

  // D: finishes; its record links the three journals, which are then closed
  sim.setFaults({ latencyMs: 0 });
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  assert.is((await heldBy()).pid, c.child.pid);
  const d = await runApply({ config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: repo.auditDir }, io);
  assert.is(d.exitCode, 0);
  assert.match(io.stderr(), `process ${c.child.pid} on this host has ended`);
  assert.match(io.stderr(), 'Found 3 earlier applies that did not finish');
  assert.equal(
    d.outcome.unfinishedRuns.map((r) => r.journal),
    [ja, jb, jc],
  );
  // D had nothing left to apply (C applied it all), yet its record links the killed runs
  assert.not.match(io.stdout(), 'no audit record written');
  const linking = (await auditRecords(repo.auditDir)).filter((r) => (r.unfinishedRuns ?? []).length > 0);
  assert.is(linking.length, 1, 'one record links the killed runs');
  assert.is(linking[0]!.outcome, 'no-changes');
  assert.equal(
    linking[0]!.unfinishedRuns!.map((u) => u.journal),
    [ja, jb, jc],
  );
  const after = await journals();
  assert.ok(
    [ja, jb, jc].every((n) => after.get(n)!.at(-1)!.type === 'superseded'),
    'closed by appending, earlier lines untouched',
  );
  const by = (after.get(jc)!.at(-1) as { by: string }).by;
  assert.is(by, linking[0]!.journal!.replace(/\.journal\.jsonl$/, '.json'), 'superseded by the record that links it');
  for (const n of [ja, jb, jc]) assert.equal(after.get(n)!.slice(0, -1), all.get(n)!);
  const again = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  await runApply({ config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: repo.auditDir }, again);
  assert.not.match(again.stderr(), 'did not finish');
});

test('SIGINT, then SIGTERM once it is stopping, with batches in flight: the record is complete, the journal finished, exit 130', async () => {
  await setup({ batchSize: 1, concurrency: 2 });
  // every write waits at the simulator from the start: whatever is sent is still in flight when
  // the signals come, however fast or slow this machine is
  sim.setFaults({ holdWrites: true });
  const writes = () => writeRequests(sim);
  const known = new Set<string>();
  const run = spawnApply();
  const journal = await waitFor(
    'the journal',
    newJournal(known, (l) => started(l) !== undefined),
    { unless: run.exited },
  );
  await waitFor('a batch held at the simulator', () => writes() >= 1, { unless: run.exited });
  const sigintAt = performance.now();
  run.child.kill('SIGINT');
  // the second signal once the first has been taken: apply stops waiting for what is in flight
  await waitFor('the stopping line', async () => ((await journals()).get(journal)!.some((l) => l.type === 'stopping') ? true : undefined), {
    unless: run.exited,
  });
  run.child.kill('SIGTERM');
  const exit = await run.exited;
  const seconds = (exit.at - sigintAt) / 1000;
  if (process.env.SKILLOPS_TIMINGS) console.log(`exit ${seconds.toFixed(2)} s after SIGINT`);
  assert.is(exit.code, 130, run.stderr());
  assert.match(run.stderr(), 'SIGTERM received again: stopping now', 'SIGINT alone waits for the batches in flight');
  assert.ok(seconds < 10, `exited ${seconds.toFixed(1)} s after SIGINT`);
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.outcome, 'interrupted');
  // the phase the signal came in: the writes, not the verification that never started
  assert.equal(record!.verification, { ok: false, skipped: 'interrupted by SIGINT during the writes' });
  assert.is(record!.durationsMs.verify, 0);
  assert.is(record!.changes.length, 12);
  const unknown = record!.changes.filter((c) => c.status === 'unknown');
  assert.ok(unknown.length >= 1, 'the batch in flight at SIGTERM is recorded as unknown');
  assert.is(record!.journal, journal);
  const lines = (await journals()).get(journal)!;
  assert.equal(
    lines.filter((l) => l.type === 'stopping').map((l) => (l as { reason: string }).reason),
    ['SIGINT'],
  );
  const finished = lines.at(-1)!;
  assert.is(finished.type, 'finished');
  assert.is((finished as { record?: string }).record, journal.replace(/\.journal\.jsonl$/, '.json'));
  assert.match(run.stdout(), 'unknown (sent, no answer before shutdown)');
});

test('SIGINT while reading live CXone stops at once: nothing written, no journal, a record of the read phase, exit 130', async () => {
  await setup({ batchSize: 50 });
  // every read waits at the simulator: once one has arrived, apply is reading live CXone
  sim.setFaults({ holdReads: true });
  const run = spawnApply();
  const reads = () =>
    Object.entries(sim.stats.byRoute)
      .filter(([route]) => route.startsWith('GET /') && !route.startsWith('GET /.well-known'))
      .reduce((n, [, c]) => n + c, 0);
  await waitFor('the live read', () => reads() >= 1, { unless: run.exited });
  run.child.kill('SIGINT');
  const exit = await run.exited;
  assert.is(exit.code, 130, run.stderr());
  assert.match(run.stdout(), 'Apply stopped by SIGINT while reading live CXone. Nothing was changed.');
  assert.is((await journals()).size, 0);
  // no journal (nothing was about to be written), but a record of the run and where it stopped
  const [record, ...more] = await stoppedRecords(repo.auditDir);
  assert.is(more.length, 0);
  assert.equal([record!.phase, record!.signal, record!.outcome], ['read', 'SIGINT', 'interrupted']);
  assert.match(run.stdout(), `Audit record: `);
});

test('an audit directory that cannot be created (under /proc) fails fast, before any write, exit 1', async () => {
  await setup({ batchSize: 50 });
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  sim.resetStats();
  const code = await runCli(['apply', '--auto-approve', '--audit-dir', '/proc/skillops-audit', '--now', NOW], io);
  assert.is(code, 1);
  assert.match(io.stderr(), 'cannot create the audit directory /proc/skillops-audit');
  assert.match(io.stderr(), 'ENOENT');
  const writes = writeRequests(sim);
  assert.is(writes, 0, 'nothing was written to CXone');
});

test('--commit-audit: the started journal is committed before any write, so a fresh checkout after a lost runner finds it; the next apply supersedes it in the repository too', async () => {
  await setup({ batchSize: 50 });
  const gh = new FakeGitHub();
  const env = { ...sim.env, GITHUB_SHA: 'abcdef1234567', GITHUB_ACTOR: 'github-actions[bot]' };
  // run 1: its runner is lost after the started journal was committed (the record never is)
  const first = await runApply(
    { config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: repo.auditDir, commitAudit: true },
    captureIo({ cwd: repo.dir, env }),
    { github: gh },
  );
  assert.is(first.exitCode, 0);
  const started = gh.commits[0]!;
  assert.match(started.path, /^audit\/.*\.journal\.jsonl$/);
  // the next workflow run's checkout holds only what was committed before the runner was lost
  const checkout = path.join(repo.dir, 'checkout-audit');
  await mkdir(path.dirname(path.join(checkout, started.path.replace(/^audit\//, ''))), { recursive: true });
  await writeFile(path.join(checkout, started.path.replace(/^audit\//, '')), started.content);
  sim.tenant.set(11012345, 4410001, 7, true); // something to apply again
  const io = captureIo({ cwd: repo.dir, env });
  const second = await runApply({ config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: checkout, commitAudit: true }, io, { github: gh });
  assert.is(second.exitCode, 0, io.stderr());
  assert.match(io.stderr(), 'Found 1 earlier apply that did not finish');
  // all that is known of it is what it intended: every change is unknown, none is claimed "not sent"
  assert.match(io.stderr(), '12 intended: 0 applied, 0 failed, 12 UNKNOWN (outcome not recorded), 0 not sent');
  const record = second.outcome.status === 'finished' ? second.outcome.record : undefined;
  assert.equal(
    record?.unfinishedRuns?.map((r) => r.journal),
    [started.path.replace(/^audit\//, '')],
  );
  const superseded = gh.commits.filter((c) => c.path === started.path).at(-1)!;
  assert.is(superseded.content.startsWith(started.content), true, 'appended to, never rewritten');
  assert.is((JSON.parse(superseded.content.trim().split('\n').at(-1)!) as { type: string }).type, 'superseded');
});

test('a record that cannot be written at the end (its folder replaced mid-run) goes to stderr and the job summary; exit 1', async () => {
  await setup({ batchSize: 50 });
  const summary = path.join(repo.dir, 'summary.md');
  const base = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_STEP_SUMMARY: summary } });
  let sabotaged = false;
  const io = {
    ...base,
    out: (t: string) => {
      base.out(t);
      // writes have started, so the journal is open: now the folder the record goes to turns into a file
      if (!sabotaged && t.startsWith('Applying')) {
        sabotaged = true;
        const month = path.join(repo.auditDir, '2026');
        rmSync(month, { recursive: true, force: true });
        writeFileSync(month, 'not a folder');
      }
    },
  };
  const r = await runApply({ config: 'skillops.yaml', autoApprove: true, now: NOW, auditDir: repo.auditDir }, io);
  assert.ok(sabotaged);
  assert.is(r.exitCode, 1, 'all changes applied, but the record was not kept: not a success');
  assert.is(r.auditPath, undefined);
  assert.match(base.stderr(), 'Could not write the audit record under');
  const shown = JSON.parse(base.stderr().slice(base.stderr().indexOf('here it is:\n') + 12)) as { outcome: string; changes: unknown[] };
  assert.equal([shown.outcome, shown.changes.length], ['applied', 12]);
  const md = await readFile(summary, 'utf8');
  assert.match(md, 'The audit record could not be written');
  assert.match(md, '"format": "skillops-audit/1"');
});

test.run();
