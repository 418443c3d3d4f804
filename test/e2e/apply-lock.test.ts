// One apply at a time, wherever it runs.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { LOCK_FILE } from '../../src/use-cases/apply/lock/file-lock.js';
import { LOCK_BRANCH } from '../../src/use-cases/apply/lock/github-lock.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { collect, spawnCli } from '../helpers/cli-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: the apply lock');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const writes = () => writeRequests(sim);
const env = (actor: string, extra: Record<string, string> = {}) => ({
  ...sim.env,
  GITHUB_REPOSITORY: 'acme/skills',
  GITHUB_ACTOR: actor,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: actor === 'alice' ? '111' : '222',
  ...extra,
});
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000, batchSize: 1, concurrency: 1 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('two concurrent applies against one simulator (GitHub lock): the second is refused naming the holder', async () => {
  const gh = new FakeGitHub();
  sim.setFaults({ latencyMs: 30 });
  const alice = captureIo({ cwd: repo.dir, env: env('alice') });
  const first = runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, alice, { github: gh });
  await waitFor('the first apply to take the lock', () => gh.lockRefs.has(LOCK_BRANCH));
  await waitFor('the first apply to write', () => writes() > 0);
  const bob = captureIo({ cwd: repo.dir, env: env('bob') });
  const refused = await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], bob, { github: gh });
  assert.is(refused, 1);
  assert.match(
    bob.stderr(),
    /apply is locked by alice \(https:\/\/github\.com\/acme\/skills\/actions\/runs\/111\) since 20\d\d-\d\d-\d\dT[\d:.]+Z \(lock [0-9a-f]{8}, GitHub branch skillops-lock\/apply\)\. Nothing was changed\./,
  );
  const r = await first;
  assert.is(r.exitCode, 0, alice.stderr());
  assert.is(gh.lockRefs.size, 0, 'released after success');
  // only alice's run wrote: one audit record, and live matches skills/
  assert.is((await auditRecords(repo.auditDir)).length, 1);
  sim.setFaults({ latencyMs: 0 });
  assert.is(await runCli(['plan', '--detailed-exitcode', '--now', '2026-11-25'], captureIo({ cwd: repo.dir, env: sim.env })), 0);
});

test('two concurrent applies without GitHub (lock file): the second is refused naming the holder', async () => {
  sim.setFaults({ latencyMs: 30 });
  const local = { ...sim.env, GITHUB_ACTOR: 'alice' };
  const first = runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, captureIo({ cwd: repo.dir, env: local }));
  const lockFile = path.join(repo.dir, LOCK_FILE);
  await waitFor('the lock file', () => exists(lockFile));
  const bob = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_ACTOR: 'bob' } });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25'], bob), 1);
  assert.match(bob.stderr(), /apply is locked by alice on .+, pid \d+ since .+ \(lock [0-9a-f]{8}, file \.skillops\/apply\.lock\)/);
  assert.is((await first).exitCode, 0);
  assert.not.ok(await exists(lockFile), 'released after success');
});

test('a stale lock needs --force-unlock with its id; the audit record names the lock it removed', async () => {
  const gh = new FakeGitHub();
  const stale = {
    id: 'deadbeef',
    actor: 'carol',
    runUrl: 'https://github.com/acme/skills/actions/runs/99',
    startedAt: '2026-11-24T05:10:00.000Z',
    host: 'runner-9',
    pid: 4242,
  };
  gh.lockRefs.set(LOCK_BRANCH, { sha: 'lock1', message: `skillops apply lock deadbeef\n\n${JSON.stringify(stale)}` });
  const run = async (...args: string[]) => {
    const i = captureIo({ cwd: repo.dir, env: env('alice') });
    return {
      code: await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir, ...args], i, { github: gh }),
      err: i.stderr(),
    };
  };
  const plain = await run();
  assert.is(plain.code, 1);
  assert.match(plain.err, 'apply is locked by carol (https://github.com/acme/skills/actions/runs/99) since 2026-11-24T05:10:00.000Z (lock deadbeef');
  assert.match(plain.err, 'skillops apply --force-unlock deadbeef');
  const wrong = await run('--force-unlock', 'abcdef12');
  assert.is(wrong.code, 1);
  assert.match(wrong.err, '--force-unlock abcdef12 does not match the lock held now (id deadbeef)');
  assert.is(writes(), 0, 'nothing written while locked');
  const forced = await run('--force-unlock', 'deadbeef');
  assert.is(forced.code, 0, forced.err);
  assert.is(gh.lockRefs.size, 0);
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.lock!.forcedUnlock, {
    id: 'deadbeef',
    actor: 'carol',
    since: '2026-11-24T05:10:00.000Z',
    runUrl: 'https://github.com/acme/skills/actions/runs/99',
  });
  assert.is(record!.lock!.kind, 'github');
});

test('the lock is released after a failed apply', async () => {
  const gh = new FakeGitHub();
  sim.setFaults({ failingAgents: [4410003] });
  const i = captureIo({ cwd: repo.dir, env: env('alice') });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i, { github: gh }), 1);
  assert.match(i.stdout(), 'Not applied:');
  assert.is(gh.lockRefs.size, 0);
  assert.ok(gh.calls.includes('createLockRef') && gh.calls.includes('deleteLockRef'));
});

test('the lock is released after an apply refused by a guard (nothing written)', async () => {
  const gh = new FakeGitHub();
  await writeFile(
    path.join(repo.dir, 'skillops.yaml'),
    (await readFile(path.join(repo.dir, 'skillops.yaml'), 'utf8')).replace(/maxRemovePercent: \d+/, 'maxRemovePercent: 0'),
  );
  const i = captureIo({ cwd: repo.dir, env: env('alice') });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i, { github: gh }), 1);
  assert.match(i.stderr(), 'plan refused by policy');
  assert.is(gh.lockRefs.size, 0);
  assert.is(writes(), 0);
});

test('the lock is released after SIGINT (GitHub lock, in process)', async () => {
  const gh = new FakeGitHub();
  sim.setFaults({ latencyMs: 20 });
  let interrupt: (s: string) => void = () => undefined;
  const stop = new Promise<string>((resolve) => {
    interrupt = resolve;
  });
  const started = runApply(
    { config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir },
    captureIo({ cwd: repo.dir, env: env('alice') }),
    { github: gh, stop },
  );
  await waitFor('two writes', () => writes() >= 2);
  assert.ok(gh.lockRefs.has(LOCK_BRANCH), 'held while running');
  interrupt('SIGINT');
  const r = await started;
  assert.is(r.exitCode, 130);
  assert.is(gh.lockRefs.size, 0);
  assert.is((await auditRecords(repo.auditDir))[0]!.outcome, 'interrupted');
});

test('the lock file is released after a real SIGINT to the process', async () => {
  sim.setFaults({ latencyMs: 100 });
  const child = spawnCli(['apply', '--auto-approve', '--audit-dir', repo.auditDir, '--now', '2026-11-25'], { cwd: repo.dir, env: sim.env });
  const [stdout, stderr] = [collect(child.stdout), collect(child.stderr)];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const lockFile = path.join(repo.dir, LOCK_FILE);
  await waitFor('the child to lock and write', async () => (await exists(lockFile)) && writes() >= 1);
  child.kill('SIGINT');
  assert.is(await exited, 130, stdout() + stderr());
  assert.not.ok(await exists(lockFile), 'lock file removed');
});

test('a lock file from a crashed local run refuses until --force-unlock', async () => {
  await mkdir(path.join(repo.dir, '.skillops'), { recursive: true });
  await writeFile(
    path.join(repo.dir, LOCK_FILE),
    `skillops apply lock 0badc0de\n\n${JSON.stringify({ id: '0badc0de', actor: 'dave\u001b[31m', startedAt: '2026-11-20T10:00:00.000Z', host: 'laptop', pid: 1 })}\n`,
  );
  const i = captureIo({ cwd: repo.dir, env: sim.env });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i), 1);
  assert.match(i.stderr(), 'apply is locked by dave\\x1b[31m on laptop, pid 1 since 2026-11-20T10:00:00.000Z (lock 0badc0de');
  assert.not.match(i.stderr(), '\u001b[31m');
  const j = captureIo({ cwd: repo.dir, env: sim.env });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir, '--force-unlock', '0badc0de'], j), 0, j.stderr());
  assert.is((await auditRecords(repo.auditDir))[0]!.lock!.forcedUnlock!.actor, 'dave\\x1b[31m');
});

/** A GitHub lock left by workflow run 77 of carol, and that run as GitHub reports it. */
function lockOfRun(gh: FakeGitHub, status: string, conclusion?: string) {
  const holder = {
    id: 'c0ffee77',
    actor: 'carol',
    runUrl: 'https://github.com/acme/skills/actions/runs/77',
    runId: 77,
    startedAt: '2026-11-24T05:10:00.000Z',
    host: 'runner-9',
    pid: 4242,
  };
  gh.lockRefs.set(LOCK_BRANCH, { sha: 'lock1', message: `skillops apply lock c0ffee77\n\n${JSON.stringify(holder)}` });
  gh.runs.push({
    id: 77,
    path: '.github/workflows/skillops-apply.yml',
    event: 'push',
    headSha: 'abc',
    status,
    ...(conclusion ? { conclusion } : {}),
    createdAt: '2026-11-24T05:09:00Z',
    url: holder.runUrl,
  });
}

test('a GitHub lock whose workflow run completed is taken over: the apply succeeds and records the takeover and the run', async () => {
  const gh = new FakeGitHub();
  lockOfRun(gh, 'completed', 'cancelled');
  const i = captureIo({ cwd: repo.dir, env: env('alice') });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i, { github: gh }), 0, i.stderr());
  assert.match(
    i.stderr(),
    'Took over the apply lock c0ffee77 of carol (since 2026-11-24T05:10:00.000Z, GitHub branch skillops-lock/apply): workflow run 77 is completed (cancelled)',
  );
  assert.ok(writes() > 0);
  assert.is(gh.lockRefs.size, 0, 'released after success');
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.lock!.takenOver, {
    id: 'c0ffee77',
    actor: 'carol',
    since: '2026-11-24T05:10:00.000Z',
    runUrl: 'https://github.com/acme/skills/actions/runs/77',
    runId: 77,
    host: 'runner-9',
    pid: 4242,
    why: 'workflow run 77 is completed (cancelled)',
  });
  assert.is(record!.lock!.forcedUnlock, undefined);
});

test('a GitHub lock whose workflow run is in progress is refused; nothing is written and the lock stays', async () => {
  const gh = new FakeGitHub();
  lockOfRun(gh, 'in_progress');
  const before = gh.lockRefs.get(LOCK_BRANCH);
  const i = captureIo({ cwd: repo.dir, env: env('alice') });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i, { github: gh }), 1);
  assert.match(i.stderr(), 'apply is locked by carol (https://github.com/acme/skills/actions/runs/77) since 2026-11-24T05:10:00.000Z (lock c0ffee77');
  assert.match(i.stderr(), 'It is still running: workflow run 77 is in_progress. Wait for it to finish.');
  assert.is(writes(), 0);
  assert.equal(gh.lockRefs.get(LOCK_BRANCH), before);
});

test('a GitHub lock whose run cannot be checked (GitHub answers with an error) is refused with the --force-unlock hint', async () => {
  const gh = new FakeGitHub();
  lockOfRun(gh, 'completed', 'success');
  gh.failing.set('workflowRun', { status: 502, message: 'Bad Gateway' });
  const i = captureIo({ cwd: repo.dir, env: env('alice') });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i, { github: gh }), 1);
  assert.match(i.stderr(), 'Whether it is still running cannot be told: GitHub did not say whether workflow run 77 is still running');
  assert.match(i.stderr(), 'skillops apply --force-unlock c0ffee77');
  assert.is(writes(), 0);
  assert.is(gh.lockRefs.size, 1);
});

const localLock = (pid: number, host = hostname()) =>
  writeFile(
    path.join(repo.dir, LOCK_FILE),
    `skillops apply lock 5eed0001\n\n${JSON.stringify({ id: '5eed0001', actor: 'erin', startedAt: '2026-11-20T10:00:00.000Z', host, pid })}\n`,
  );

test('a lock file of a process on this host that has ended is taken over and recorded', async () => {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  const dead = child.pid!;
  assert.throws(() => process.kill(dead, 0), 'the process is gone');
  await mkdir(path.join(repo.dir, '.skillops'), { recursive: true });
  await localLock(dead);
  const i = captureIo({ cwd: repo.dir, env: sim.env });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i), 0, i.stderr());
  assert.match(
    i.stderr(),
    `Took over the apply lock 5eed0001 of erin (since 2026-11-20T10:00:00.000Z, file .skillops/apply.lock): process ${dead} on this host has ended`,
  );
  assert.ok(writes() > 0);
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.lock!.takenOver, {
    id: '5eed0001',
    actor: 'erin',
    since: '2026-11-20T10:00:00.000Z',
    host: hostname(),
    pid: dead,
    why: `process ${dead} on this host has ended`,
  });
  assert.not.ok(await exists(path.join(repo.dir, LOCK_FILE)), 'released after success');
});

test('a lock file of a process on this host that is running is refused; nothing is written', async () => {
  await mkdir(path.join(repo.dir, '.skillops'), { recursive: true });
  await localLock(process.pid);
  const i = captureIo({ cwd: repo.dir, env: sim.env });
  assert.is(await runCli(['apply', '--auto-approve', '--now', '2026-11-25', '--audit-dir', repo.auditDir], i), 1);
  assert.match(i.stderr(), `It is still running: process ${process.pid} on this host is running. Wait for it to finish.`);
  assert.is(writes(), 0);
  assert.ok(await exists(path.join(repo.dir, LOCK_FILE)));
});

test.run();
