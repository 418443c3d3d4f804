// The Octokit adapter's issue-14 methods against recorded GitHub answers (nock, no network):
// the lock branch as test-and-set, the audit branch, and the reviewed plan's lookups.

import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import nock from 'nock';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GitHubError, ReviewedPlanError } from '../../src/domain/errors.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { findReviewedPlan } from '../../src/github/reviewed-plan.js';
import { useNock } from '../helpers/nock.js';
import { rejects } from '../helpers/rejects.js';

const test = suite('github: Octokit adapter, lock branch and reviewed plan (nock, no network)');
const TOKEN = 'ghs_testtoken1234567890';
const API = 'https://api.github.com';
const REPO = '/repos/acme/skills';
const adapter = () => new OctokitGitHub({ token: TOKEN, owner: 'acme', repo: 'skills', retries: 0, throttle: false });

useNock(test);

const lockCommit = () =>
  nock(API)
    .get(REPO)
    .reply(200, { default_branch: 'main' })
    .get(`${REPO}/git/ref/heads%2Fmain`)
    .reply(200, { object: { sha: 'head1' } })
    .get(`${REPO}/git/commits/head1`)
    .reply(200, { tree: { sha: 'tree1' } })
    .post(`${REPO}/git/commits`, { message: 'skillops apply lock abcd1234\n\n{}', tree: 'tree1', parents: [] })
    .reply(201, { sha: 'lockc1' });

test('lock: creating the branch takes it; "Reference already exists" means it is held', async () => {
  lockCommit().post(`${REPO}/git/refs`, { ref: 'refs/heads/skillops-lock/apply', sha: 'lockc1' }).reply(201, { ref: 'refs/heads/skillops-lock/apply' });
  assert.equal(await adapter().createLockRef('skillops-lock/apply', 'skillops apply lock abcd1234\n\n{}'), { created: true });
  lockCommit().post(`${REPO}/git/refs`).reply(422, { message: 'Reference already exists' });
  assert.equal(await adapter().createLockRef('skillops-lock/apply', 'skillops apply lock abcd1234\n\n{}'), { created: false });
  assert.ok(nock.isDone());
});

test('lock: a generic 422 is settled by reading the ref; 403 is an error naming the permission', async () => {
  lockCommit()
    .post(`${REPO}/git/refs`)
    .reply(422, { message: 'Reference update failed' })
    .get(`${REPO}/git/ref/heads%2Fskillops-lock%2Fapply`)
    .reply(200, { object: { sha: 'other' } })
    .get(`${REPO}/git/commits/other`)
    .reply(200, { message: 'skillops apply lock 0000\n\n{}', tree: { sha: 't' } });
  assert.equal(await adapter().createLockRef('skillops-lock/apply', 'skillops apply lock abcd1234\n\n{}'), { created: false });
  lockCommit().post(`${REPO}/git/refs`).reply(403, { message: 'Resource not accessible by integration' });
  const error = await rejects(adapter().createLockRef('skillops-lock/apply', 'skillops apply lock abcd1234\n\n{}'), GitHubError);
  assert.match(error.message, 'creating the lock branch skillops-lock/apply failed with 403 (the token needs contents: write)');
});

test('lock: read returns the holder message or nothing; delete ignores a lock already gone', async () => {
  nock(API).get(`${REPO}/git/ref/heads%2Fskillops-lock%2Fapply`).reply(404, { message: 'Not Found' });
  assert.is(await adapter().readLockRef('skillops-lock/apply'), undefined);
  nock(API).delete(`${REPO}/git/refs/heads%2Fskillops-lock%2Fapply`).reply(422, { message: 'Reference does not exist' });
  await adapter().deleteLockRef('skillops-lock/apply');
  assert.ok(nock.isDone());
});

test('audit branch: created from the default branch head when missing, left alone when present', async () => {
  nock(API)
    .get(`${REPO}/git/ref/heads%2Fskillops-audit`)
    .reply(404, { message: 'Not Found' })
    .get(REPO)
    .reply(200, { default_branch: 'main' })
    .get(`${REPO}/git/ref/heads%2Fmain`)
    .reply(200, { object: { sha: 'head1' } })
    .post(`${REPO}/git/refs`, { ref: 'refs/heads/skillops-audit', sha: 'head1' })
    .reply(201, {});
  assert.equal(await adapter().ensureBranch('skillops-audit'), { created: true });
  nock(API)
    .get(`${REPO}/git/ref/heads%2Fskillops-audit`)
    .reply(200, { object: { sha: 'a1' } });
  assert.equal(await adapter().ensureBranch('skillops-audit'), { created: false });
  assert.ok(nock.isDone());
});

test('reviewed plan over the REST API: merged PR, trusted run, artifact zip checked against its digest', async () => {
  const plan = '{"format":"skillops-plan/1"}\n';
  const zip = zipSync({ 'plan.json': new TextEncoder().encode(plan) });
  const digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
  nock(API)
    .get(REPO)
    .reply(200, { default_branch: 'main' })
    .get(`${REPO}/commits/m1/pulls`)
    .reply(200, [
      {
        number: 3,
        title: 'old',
        user: { login: 'x' },
        merged_at: '2026-01-01T00:00:00Z',
        merge_commit_sha: 'zzz',
        base: { ref: 'main' },
        head: { sha: 'h0', repo: { full_name: 'acme/skills' } },
      },
      {
        number: 12,
        title: 'Jane',
        user: { login: 'analyst' },
        merged_at: '2026-11-25T10:00:00Z',
        merge_commit_sha: 'm1',
        base: { ref: 'main' },
        head: { sha: 'h1', repo: { full_name: 'acme/skills' } },
      },
    ])
    .get(`${REPO}/actions/runs`)
    .query({ head_sha: 'h1', event: 'pull_request', per_page: 100 })
    .reply(200, {
      total_count: 2,
      workflow_runs: [
        {
          id: 7,
          path: '.github/workflows/skillops-plan.yml',
          event: 'pull_request',
          head_sha: 'h1',
          head_repository: { full_name: 'mallory/skills' },
          status: 'completed',
          conclusion: 'success',
          created_at: '2026-11-25T09:59:00Z',
          html_url: 'https://github.com/acme/skills/actions/runs/7',
        },
        {
          id: 5,
          path: '.github/workflows/skillops-plan.yml',
          event: 'pull_request',
          head_sha: 'h1',
          head_repository: { full_name: 'acme/skills' },
          status: 'completed',
          conclusion: 'success',
          created_at: '2026-11-25T09:00:00Z',
          html_url: 'https://github.com/acme/skills/actions/runs/5',
        },
      ],
    })
    .get(`${REPO}/actions/runs/5/artifacts`)
    .query(true)
    .reply(200, { total_count: 1, artifacts: [{ id: 99, name: 'skillops-plan', digest, expired: false, size_in_bytes: zip.length }] })
    .get(`${REPO}/actions/artifacts/99/zip`)
    .reply(200, Buffer.from(zip), { 'content-type': 'application/zip' });
  const found = await findReviewedPlan(adapter(), { sha: 'm1', repository: 'acme/skills' });
  assert.is(found.pullRequest.number, 12);
  assert.is(found.run.id, 5, 'the fork run is skipped');
  assert.is(found.planText, plan);
  assert.ok(nock.isDone());
});

test('reviewed plan: a PR not merged as this commit is refused after the lookups', async () => {
  nock(API)
    .get(REPO)
    .reply(200, { default_branch: 'main' })
    .get(`${REPO}/commits/m2/pulls`)
    .times(2)
    .reply(200, [
      {
        number: 4,
        title: 't',
        user: { login: 'x' },
        merged_at: '2026-11-25T10:00:00Z',
        merge_commit_sha: null,
        base: { ref: 'main' },
        head: { sha: 'h', repo: { full_name: 'acme/skills' } },
      },
    ]);
  const error = await rejects(findReviewedPlan(adapter(), { sha: 'm2', repository: 'acme/skills', attempts: 2, retryDelayMs: 0 }), ReviewedPlanError);
  assert.match(error.message, 'no merged pull request has m2 as its merge commit after 2 lookups');
  assert.ok(nock.isDone());
});

test('lock: the holder run is asked about by id; its status and conclusion come back, an error is an error', async () => {
  nock(API)
    .get(`${REPO}/actions/runs/77`)
    .reply(200, { id: 77, status: 'completed', conclusion: 'cancelled', html_url: 'https://github.com/acme/skills/actions/runs/77' })
    .get(`${REPO}/actions/runs/78`)
    .reply(200, { id: 78, status: 'in_progress', conclusion: null, html_url: 'https://github.com/acme/skills/actions/runs/78' })
    .get(`${REPO}/actions/runs/79`)
    .reply(500, { message: 'Server Error' });
  assert.equal(await adapter().workflowRun(77), {
    id: 77,
    status: 'completed',
    conclusion: 'cancelled',
    url: 'https://github.com/acme/skills/actions/runs/77',
  });
  assert.equal(await adapter().workflowRun(78), { id: 78, status: 'in_progress', url: 'https://github.com/acme/skills/actions/runs/78' });
  const error = await rejects(adapter().workflowRun(79), GitHubError);
  assert.match(error.message, 'reading a workflow run');
  assert.ok(nock.isDone());
});

test("lock: taking over is a fast-forward from the dead holder's commit; a branch that moved meanwhile is not taken", async () => {
  const takeOver = () =>
    nock(API)
      .get(`${REPO}/git/commits/dead1`)
      .reply(200, { tree: { sha: 'tree1' }, message: 'skillops apply lock dead0077' })
      .post(`${REPO}/git/commits`, { message: 'skillops apply lock abcd1234\n\n{}', tree: 'tree1', parents: ['dead1'] })
      .reply(201, { sha: 'new1' });
  takeOver()
    .patch(`${REPO}/git/refs/heads%2Fskillops-lock%2Fapply`, { sha: 'new1', force: false })
    .reply(200, { object: { sha: 'new1' } });
  assert.equal(await adapter().takeOverLockRef('skillops-lock/apply', 'dead1', 'skillops apply lock abcd1234\n\n{}'), { taken: true });
  takeOver().patch(`${REPO}/git/refs/heads%2Fskillops-lock%2Fapply`).reply(422, { message: 'Update is not a fast forward' });
  assert.equal(await adapter().takeOverLockRef('skillops-lock/apply', 'dead1', 'skillops apply lock abcd1234\n\n{}'), { taken: false });
  assert.ok(nock.isDone());
});

test.run();
