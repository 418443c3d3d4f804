// A signal before the first write (during the read, or at the confirmation prompt) still leaves
// an audit record: skillops-audit-stopped/1, naming the phase and the signal, with nothing written.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { confirmOn } from '../../src/terminal/process-io.js';
import { SignalGate } from '../../src/terminal/signals.js';
import { LOCK_FILE } from '../../src/use-cases/apply/lock/file-lock.js';
import { auditRecords, stoppedRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: apply stopped before any write keeps a record');
const NOW = ['--now', '2026-11-25'];
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

test.before.each(async () => {
  sim = await startSim({ seed: 13 });
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

const writes = () => writeRequests(sim);

test('SIGTERM at the confirmation prompt: a record of phase confirm with the plan it would have applied, 0 writes, exit 143', async () => {
  let stop!: (signal: string) => void;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  let asked = 0;
  const io = captureIo({
    cwd: repo.dir,
    env: { ...sim.env, GITHUB_ACTOR: 'dana' },
    confirm: () => {
      asked++;
      stop('SIGTERM');
      return new Promise<boolean>(() => {});
    },
  });
  const code = await runCli(['apply', '--audit-dir', repo.auditDir, ...NOW], io, { stop: stopped });
  assert.is(code, 143, io.stderr());
  assert.is(asked, 1);
  assert.is(writes(), 0);
  assert.equal(await auditRecords(repo.auditDir), [], 'no record claims writes');
  const [record, ...more] = await stoppedRecords(repo.auditDir);
  assert.is(more.length, 0);
  assert.is(record!.phase, 'confirm');
  assert.is(record!.signal, 'SIGTERM');
  assert.is(record!.outcome, 'interrupted');
  assert.is(record!.who.actor, 'dana');
  assert.is(record!.plan!.source, 'fresh');
  assert.ok(record!.plan!.summary.add + record!.plan!.summary.update + record!.plan!.summary.remove > 0, 'the changes it would have made');
  assert.is(record!.requests!.writes, 0);
  assert.ok(record!.requests!.total > 0, 'the read is counted');
  assert.is(record!.lock?.kind, 'file');
  assert.match(io.stdout(), 'Apply stopped by SIGTERM before confirmation. Nothing was changed.');
  assert.match(io.stdout(), /Audit record: .*\.json/);
});

test('a stop during the read: a record of phase read, no plan, no journal; --format json names it', async () => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const code = await runCli(['apply', '--auto-approve', '--format', 'json', '--audit-dir', repo.auditDir, ...NOW], io, { stop: Promise.resolve('SIGINT') });
  assert.is(code, 130, io.stderr());
  assert.is(writes(), 0);
  const doc = JSON.parse(io.stdout()) as { stopped: { phase: string; auditRecordPath?: string } };
  assert.is(doc.stopped.phase, 'read');
  const [record] = await stoppedRecords(repo.auditDir);
  assert.ok(record, 'a record for the read phase');
  assert.is(record!.phase, 'read');
  assert.is(record!.signal, 'SIGINT');
  assert.is(record!.plan, undefined);
  assert.equal(JSON.parse(await readFile(doc.stopped.auditRecordPath!, 'utf8')), record);
  assert.ok(path.relative(repo.auditDir, doc.stopped.auditRecordPath!).match(/^\d{4}\/\d{2}\/.*\.json$/), doc.stopped.auditRecordPath);
});

test('revert refuses a stopped record: nothing was applied, nothing to revert', async () => {
  await runCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, ...NOW], captureIo({ cwd: repo.dir, env: { ...sim.env } }), {
    stop: Promise.resolve('SIGINT'),
  });
  assert.is((await stoppedRecords(repo.auditDir)).length, 1);
  const file = (await readdir(repo.auditDir, { recursive: true })).find((f) => f.endsWith('.json'))!;
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const code = await runCli(['revert', path.join(repo.auditDir, file)], io);
  assert.is(code, 1, io.stderr());
  assert.match(io.stderr(), 'stopped by SIGINT while reading live CXone, before any write: nothing to revert');
});

test('SIGINT during verification: the full record says "during verification", every change applied, exit 130', async () => {
  let stop!: (signal: string) => void;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const reads = () =>
    Object.entries(sim.stats.byRoute)
      .filter(([route]) => route.startsWith('GET /') && !route.startsWith('GET /.well-known'))
      .reduce((n, [, c]) => n + c, 0);
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const run = runCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, ...NOW], io, { stop: stopped });
  // once the writes have begun, no further read can be the plan's: hold them, and the first one
  // to arrive is the verification's
  await waitFor('the first write', () => writes() >= 1);
  sim.setFaults({ holdReads: true });
  const before = reads();
  await waitFor('the verification read', () => reads() > before);
  stop('SIGINT');
  const code = await run;
  sim.setFaults({ holdReads: false });
  assert.is(code, 130, io.stderr());
  const [record, ...more] = await auditRecords(repo.auditDir);
  assert.is(more.length, 0);
  assert.is(record!.outcome, 'interrupted');
  assert.equal(record!.verification, { ok: false, skipped: 'interrupted by SIGINT during verification' });
  assert.ok(record!.changes.length > 0);
  assert.ok(
    record!.changes.every((c) => c.status === 'applied'),
    'every write was answered before the signal',
  );
  assert.equal(await stoppedRecords(repo.auditDir), []);
});

// As at a terminal: a person can confirm (the real prompt on streams), and the real signal gate
// the CLI process uses, with its exit made an assertion. Nothing injects a stop by hand.
function terminalApply() {
  const exits: number[] = [];
  const gate = new SignalGate(
    (code) => exits.push(code),
    () => undefined,
  );
  const stdin = new PassThrough();
  const terminal = new PassThrough();
  let shown = '';
  terminal.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
  });
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env }, confirm: confirmOn(stdin, terminal, { signals: gate }) });
  const run = runCli(['apply', '--audit-dir', repo.auditDir, ...NOW], io, { stop: gate.stop, stopNow: gate.stopNow, signals: gate });
  return { exits, gate, io, run, asked: () => shown };
}

test('at a terminal, Ctrl-C while apply reads live CXone: the process is not ended mid-read; a record of phase read, the lock released, exit 130', async () => {
  sim.setFaults({ holdReads: true });
  const reads = () =>
    Object.entries(sim.stats.byRoute)
      .filter(([route]) => route.startsWith('GET /') && !route.startsWith('GET /.well-known'))
      .reduce((n, [, c]) => n + c, 0);
  const t = terminalApply();
  await waitFor('the live read', () => reads() >= 1);
  t.gate.handle('SIGINT');
  const code = await t.run;
  sim.setFaults({ holdReads: false });
  assert.equal(t.exits, [], 'the gate held the signal for apply instead of ending the process');
  assert.is(code, 130, t.io.stderr());
  const [record] = await stoppedRecords(repo.auditDir);
  assert.equal([record?.phase, record?.signal], ['read', 'SIGINT']);
  assert.match(t.io.stderr(), 'SIGINT received: stopping before any write to CXone');
  assert.not.match(t.io.stderr(), 'finishing the requests in flight');
  assert.not.ok(existsSync(path.join(repo.dir, LOCK_FILE)), 'the apply lock is released');
  assert.is(writes(), 0);
});

test('at a terminal, Ctrl-C at the confirmation prompt: a record of phase confirm with the plan, the lock released, exit 130', async () => {
  const t = terminalApply();
  await waitFor('the question', () => (t.asked().includes('Only "yes" is accepted') ? true : undefined));
  t.gate.handle('SIGINT');
  const code = await t.run;
  assert.equal(t.exits, []);
  assert.is(code, 130, t.io.stderr());
  const [record] = await stoppedRecords(repo.auditDir);
  assert.equal([record?.phase, record?.signal], ['confirm', 'SIGINT']);
  assert.ok(record?.plan, 'the plan it would have applied');
  assert.not.ok(existsSync(path.join(repo.dir, LOCK_FILE)), 'the apply lock is released');
  assert.match(t.io.stdout(), 'Apply stopped by SIGINT before confirmation. Nothing was changed.');
  assert.is(writes(), 0);
});

test.run();
