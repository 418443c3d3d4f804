// GitHub access is checked before any CXone write; an audit commit that
// fails after the writes keeps the record and exits 3 ("applied, record not committed").

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: apply --commit-audit and GitHub access');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
const writes = () => writeRequests(sim);
const ARGS = ['apply', '--auto-approve', '--commit-audit', '--now', '2026-11-25'];

async function apply(env: Record<string, string>, github?: FakeGitHub) {
  const summary = path.join(repo.dir, '.summary.md');
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_STEP_SUMMARY: summary, ...env } });
  const code = await runCli([...ARGS, '--audit-dir', repo.auditDir], io, github ? { github } : {});
  return { code, out: io.stdout(), err: io.stderr(), summary: await readFile(summary, 'utf8').catch(() => '') };
}

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('no GITHUB_TOKEN: refused before any CXone write, and the error names no --repo flag', async () => {
  const r = await apply({ GITHUB_REPOSITORY: 'acme/skills' });
  assert.is(r.code, 1);
  assert.match(r.err, 'GITHUB_TOKEN is not set');
  assert.is(writes(), 0);
  assert.is(sim.stats.requests, 0, 'CXone not even read');
});

test('no repository: the error says GITHUB_REPOSITORY, not a --repo flag apply does not have', async () => {
  const r = await apply({ GITHUB_TOKEN: 'ghs_x' });
  assert.is(r.code, 1);
  assert.match(r.err, 'set GITHUB_REPOSITORY=owner/name');
  assert.not.match(r.err, '--repo');
  assert.is(writes(), 0);
});

test('an unusable token (401): refused before any CXone write', async () => {
  const gh = new FakeGitHub();
  gh.unauthorized = true;
  const r = await apply({ GITHUB_REPOSITORY: 'acme/skills' }, gh);
  assert.is(r.code, 1);
  assert.match(r.err, 'cannot take the apply lock in GitHub');
  assert.match(r.err, '401');
  assert.match(r.err, 'Nothing was read from or written to CXone');
  assert.is(writes(), 0);
});

test('an audit branch the token cannot create: refused before any CXone write, lock released', async () => {
  const gh = new FakeGitHub();
  gh.failing.set('ensureBranch', { status: 403, message: 'Resource not accessible by integration' });
  const r = await apply({ GITHUB_REPOSITORY: 'acme/skills' }, gh);
  assert.is(r.code, 1);
  assert.match(r.err, 'cannot commit audit records to branch skillops-audit');
  assert.match(r.err, 'Nothing was written to CXone');
  assert.is(writes(), 0);
  assert.ok(sim.stats.requests > 0, 'the plan was read (the guard runs after planning)');
  assert.is(gh.lockRefs.size, 0);
  // the order: lock, branch check, no commit, lock released
  assert.equal(gh.calls, ['createLockRef', 'ensureBranch', 'readLockRef', 'deleteLockRef']);
});

test('records go to the dedicated audit branch, created when missing', async () => {
  const gh = new FakeGitHub();
  const r = await apply({ GITHUB_REPOSITORY: 'acme/skills', GITHUB_SHA: 'abc1234def' }, gh);
  assert.is(r.code, 0, r.err);
  assert.is(gh.heads.get('skillops-audit') !== undefined, true);
  // the journal's started line (before the first CXone write), then the record
  assert.is(gh.commits.length, 2);
  assert.ok(gh.commits.every((c) => c.branch === 'skillops-audit'));
  assert.match(gh.commits[0]!.path, /\.journal\.jsonl$/);
  assert.match(r.out, 'Audit record committed to skillops-audit');
});

test('the audit commit fails after the writes (branch protection): record kept, exit 3', async () => {
  const gh = new FakeGitHub();
  gh.failing.set('commitFile', { status: 422, message: 'Repository rule violations found: Changes must be made through a pull request.' });
  const r = await apply({ GITHUB_REPOSITORY: 'acme/skills' }, gh);
  assert.is(r.code, 3, r.err);
  assert.ok(writes() > 0);
  assert.match(r.err, 'The changes above WERE applied');
  assert.match(r.err, 'Repository rule violations found');
  // kept locally, and in the job summary
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.outcome, 'applied');
  assert.match(r.summary, '### skillops apply: applied');
  assert.match(r.summary, `"desiredHash": "${record!.plan.desiredHash}"`);
  assert.is(gh.lockRefs.size, 0);
});

test('--force needs --reason; the audit record names who forced it and why', async () => {
  await import('node:fs/promises').then(async ({ writeFile }) => {
    const file = path.join(repo.dir, 'skillops.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/maxRemovePercent: \d+/, 'maxRemovePercent: 0'));
  });
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_ACTOR: 'ops-lead' } });
  assert.is(await runCli(['apply', '--auto-approve', '--force', '--now', '2026-11-25', '--audit-dir', repo.auditDir], io), 1);
  assert.match(io.stderr(), '--force needs --reason');
  assert.is(sim.stats.requests, 0);
  const forced = captureIo({ cwd: repo.dir, env: { ...sim.env, GITHUB_ACTOR: 'ops-lead' } });
  assert.is(
    await runCli(['apply', '--auto-approve', '--force', '--reason', 'INC-4211 storm staffing', '--now', '2026-11-25', '--audit-dir', repo.auditDir], forced),
    0,
    forced.stderr(),
  );
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.forced, { by: 'ops-lead', reason: 'INC-4211 storm staffing' });
  assert.is(record!.plan.forced, true);
});

test.run();
