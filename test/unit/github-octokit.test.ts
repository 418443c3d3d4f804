import nock from 'nock';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GitHubError } from '../../src/domain/errors.js';
import { createGitHub, githubContext } from '../../src/github/actions-context.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { upsertPlanComment } from '../../src/use-cases/comment/upsert-comment.js';
import { useNock } from '../helpers/nock.js';
import { rejects } from '../helpers/rejects.js';

const test = suite('github: Octokit adapter (nock, no network)');
const TOKEN = 'ghs_testtoken1234567890';
const API = 'https://api.github.com';
const REPO = '/repos/acme/skills';

const adapter = (baseUrl?: string) =>
  new OctokitGitHub({ token: TOKEN, owner: 'acme', repo: 'skills', retries: 0, throttle: false, ...(baseUrl ? { baseUrl } : {}) });

useNock(test);

// A primary rate limit that has already reset: the throttle waits it out (0 s here) and asks again;
// without the throttle the 403 is an error at once (the retry plugin never repeats a 403).
const rateLimited = (origin: string, prefix = '') =>
  nock(origin)
    .get(`${prefix}${REPO}`)
    .reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 60) })
    .get(`${prefix}${REPO}`)
    .reply(200, { default_branch: 'trunk' });
const realDefaults = (baseUrl?: string, throttle?: boolean) =>
  new OctokitGitHub({
    token: TOKEN,
    owner: 'acme',
    repo: 'skills',
    retries: 0,
    ...(baseUrl ? { baseUrl } : {}),
    ...(throttle === undefined ? {} : { throttle }),
  });

test('throttle: on by default for api.github.com and for GitHub Enterprise Server, so a rate limit is waited out', async () => {
  const github = rateLimited(API);
  assert.is(await realDefaults().defaultBranch(), 'trunk');
  assert.ok(github.isDone());
  const enterprise = rateLimited('https://ghe.acme.example', '/api/v3');
  assert.is(await realDefaults('https://ghe.acme.example/api/v3').defaultBranch(), 'trunk');
  assert.ok(enterprise.isDone());
});

test('throttle: off by default for a loopback base URL (a local fake GitHub), and off when the option says so', async () => {
  for (const origin of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) {
    const scope = rateLimited(origin);
    const error = await rejects(realDefaults(origin).defaultBranch(), GitHubError);
    assert.is(error.status, 403, origin);
    assert.equal(scope.pendingMocks().length, 1, `${origin}: asked once, not again`);
    nock.cleanAll();
  }
  const scope = rateLimited(API);
  assert.is((await rejects(realDefaults(undefined, false).defaultBranch(), GitHubError)).status, 403);
  assert.equal(scope.pendingMocks().length, 1);
  nock.cleanAll();
  // and on when the option says so, even on loopback
  const forced = rateLimited('http://127.0.0.1:8787');
  assert.is(await realDefaults('http://127.0.0.1:8787', true).defaultBranch(), 'trunk');
  assert.ok(forced.isDone());
});

test("throttle: the CLI's GitHub (from GITHUB_API_URL) follows the base URL: on for GitHub, off for loopback", async () => {
  const env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/skills' };
  const github = rateLimited(API);
  assert.is(await createGitHub(githubContext(env), env).defaultBranch(), 'trunk');
  assert.ok(github.isDone());
  const local = { ...env, GITHUB_API_URL: 'http://127.0.0.1:8787' };
  const scope = rateLimited('http://127.0.0.1:8787');
  assert.is((await rejects(createGitHub(githubContext(local), local).defaultBranch(), GitHubError)).status, 403);
  assert.equal(scope.pendingMocks().length, 1);
});

test('comment upsert: lists, then creates with the token; then updates in place', async () => {
  nock(API)
    .get(`${REPO}/issues/5/comments`)
    .query(true)
    .matchHeader('authorization', `token ${TOKEN}`)
    .reply(200, [{ id: 1, body: 'hi' }]);
  nock(API)
    .post(`${REPO}/issues/5/comments`, (b: { body: string }) => b.body.startsWith('<!-- skillops-plan part=1/1 -->'))
    .reply(201, { id: 77, body: 'x' });
  const created = await upsertPlanComment(adapter(), 5, ['<!-- skillops-plan part=1/1 -->\nplan A\n']);
  assert.equal(created.created, [77]);
  // the author decides, not the marker: a marker in a human's or another App's comment is ignored
  const BOT = { login: 'github-actions[bot]', type: 'Bot' };
  nock(API)
    .get(`${REPO}/issues/5/comments`)
    .query(true)
    .reply(200, [
      { id: 1, body: 'hi', user: { login: 'mallory', type: 'User' } },
      { id: 2, body: '<!-- skillops-plan part=1/1 -->\nforged', user: { login: 'mallory', type: 'User' } },
      { id: 3, body: '<!-- skillops-plan part=1/1 -->\nforged by an app', user: { login: 'other-app[bot]', type: 'Bot' } },
      { id: 77, body: '<!-- skillops-plan part=1/1 -->\nplan A\n', user: BOT },
    ]);
  nock(API).patch(`${REPO}/issues/comments/77`, { body: '<!-- skillops-plan part=1/1 -->\nplan B\n' }).reply(200, { id: 77 });
  const updated = await upsertPlanComment(adapter(), 5, ['<!-- skillops-plan part=1/1 -->\nplan B\n']);
  assert.equal(updated, { created: [], updated: [77], deleted: [] });
  assert.ok(nock.isDone());
});

test('audit commit: a moved head (422 on the ref update) is retried on the new head', async () => {
  const scope = nock(API)
    .get(`${REPO}/git/ref/heads%2Fmain`)
    .reply(200, { object: { sha: 'head1' } })
    .get(`${REPO}/git/commits/head1`)
    .reply(200, { tree: { sha: 'tree1' } })
    .post(`${REPO}/git/trees`, { base_tree: 'tree1', tree: [{ path: 'audit/x.json', mode: '100644', type: 'blob', content: '{}' }] })
    .reply(201, { sha: 'newtree1' })
    .post(`${REPO}/git/commits`, { message: 'audit [skip ci]', tree: 'newtree1', parents: ['head1'] })
    .reply(201, { sha: 'commit1' })
    .patch(`${REPO}/git/refs/heads%2Fmain`, { sha: 'commit1', force: false })
    .reply(422, { message: 'Update is not a fast forward' })
    .get(`${REPO}/git/ref/heads%2Fmain`)
    .reply(200, { object: { sha: 'head2' } })
    .get(`${REPO}/git/commits/head2`)
    .reply(200, { tree: { sha: 'tree2' } })
    .post(`${REPO}/git/trees`)
    .reply(201, { sha: 'newtree2' })
    .post(`${REPO}/git/commits`, { message: 'audit [skip ci]', tree: 'newtree2', parents: ['head2'] })
    .reply(201, { sha: 'commit2' })
    .patch(`${REPO}/git/refs/heads%2Fmain`, { sha: 'commit2', force: false })
    .reply(200, { object: { sha: 'commit2' } });
  const result = await adapter().commitFile({ branch: 'main', path: 'audit/x.json', content: '{}', message: 'audit [skip ci]' });
  assert.equal(result, { sha: 'commit2', attempts: 2 });
  assert.ok(scope.isDone());
});

test('GitHub Enterprise Server base URL is used', async () => {
  nock('https://ghe.acme.example').get('/api/v3/repos/acme/skills').reply(200, { default_branch: 'trunk' });
  assert.is(await adapter('https://ghe.acme.example/api/v3').defaultBranch(), 'trunk');
});

test('errors are typed, explain permissions, and never contain the token', async () => {
  nock(API)
    .post(`${REPO}/issues/5/comments`)
    .reply(403, { message: `Resource not accessible by integration (token ${TOKEN})` });
  const error = await rejects(adapter().createComment(5, 'x'), GitHubError);
  const text = `${error.message}\n${error.stack}`;
  assert.match(text, 'GitHub creating a comment failed with 403 (the workflow token lacks a permission: check `permissions:`)');
  assert.not.ok(text.includes(TOKEN));
});

test('pull request of a merge commit and its reviews', async () => {
  nock(API)
    .get(`${REPO}/commits/abc/pulls`)
    .reply(200, [{ number: 9, title: 'Add Sam', user: { login: 'sam' }, merged_at: '2026-11-24T10:00:00Z' }]);
  nock(API)
    .get(`${REPO}/pulls/9/reviews`)
    .query(true)
    .reply(200, [{ user: { login: 'lead' }, state: 'APPROVED', submitted_at: '2026-11-24T09:00:00Z' }]);
  const gh = adapter();
  assert.equal(await gh.pullRequestForCommit('abc'), { number: 9, title: 'Add Sam', author: 'sam' });
  assert.equal(await gh.listReviews(9), [{ user: 'lead', state: 'APPROVED', submittedAt: '2026-11-24T09:00:00Z' }]);
});

test('drift branch: one commit on the given parent; created, or moved with force when it exists', async () => {
  const files = [{ path: 'skills/a.yaml', content: 'skill: A\n' }];
  const commit = () =>
    nock(API)
      .get(`${REPO}/git/commits/p1`)
      .reply(200, { tree: { sha: 't1' } })
      .post(`${REPO}/git/trees`, { base_tree: 't1', tree: [{ path: 'skills/a.yaml', mode: '100644', type: 'blob', content: 'skill: A\n' }] })
      .reply(201, { sha: 't2' })
      .post(`${REPO}/git/commits`, { message: 'm', tree: 't2', parents: ['p1'] })
      .reply(201, { sha: 'c1' });
  const created = commit().post(`${REPO}/git/refs`, { ref: 'refs/heads/skillops/drift', sha: 'c1' }).reply(201, {});
  assert.equal(await adapter().writeBranch('skillops/drift', 'p1', files, 'm'), { sha: 'c1', created: true });
  assert.ok(created.isDone());
  const moved = commit()
    .post(`${REPO}/git/refs`)
    .reply(422, { message: 'Reference already exists' })
    .patch(`${REPO}/git/refs/heads%2Fskillops%2Fdrift`, { sha: 'c1', force: true })
    .reply(200, {});
  assert.equal(await adapter().writeBranch('skillops/drift', 'p1', files, 'm'), { sha: 'c1', created: false });
  assert.ok(moved.isDone());
});

test('drift pull request is found by branch, login AND type: look-alikes with the same branch and body are ignored', async () => {
  const pr = (number: number, login: string, type: string) => ({
    number,
    title: 't',
    body: 'skillops refresh',
    html_url: `https://github.com/acme/skills/pull/${number}`,
    user: { login, type },
    head: { ref: 'skillops/drift', repo: { full_name: 'acme/skills' } },
  });
  nock(API)
    .get(`${REPO}/pulls`)
    .query({ state: 'open', head: 'acme:skillops/drift', base: 'main', per_page: '100' })
    .reply(200, [pr(3, 'mallory', 'User'), pr(4, 'github-actions[bot]', 'User'), pr(5, 'other-app[bot]', 'Bot'), pr(6, 'github-actions[bot]', 'Bot')]);
  const found = await adapter().findOpenPullRequest('skillops/drift', 'main', { login: 'github-actions[bot]', type: 'Bot' });
  assert.equal(found, {
    number: 6,
    title: 't',
    body: 'skillops refresh',
    url: 'https://github.com/acme/skills/pull/6',
    author: { login: 'github-actions[bot]', type: 'Bot' },
  });
  nock(API)
    .get(`${REPO}/pulls`)
    .query(true)
    .reply(200, [pr(3, 'mallory', 'User')]);
  assert.is(await adapter().findOpenPullRequest('skillops/drift', 'main', { login: 'github-actions[bot]', type: 'Bot' }), undefined);
});

test('drift pull request: opened, updated, closed with a comment', async () => {
  const scope = nock(API)
    .post(`${REPO}/pulls`, { head: 'skillops/drift', base: 'main', title: 'T', body: 'B' })
    .reply(201, { number: 8, title: 'T', body: 'B', html_url: 'u8', user: { login: 'github-actions[bot]', type: 'Bot' } })
    .patch(`${REPO}/pulls/8`, { title: 'T', body: 'B2' })
    .reply(200, {})
    .post(`${REPO}/issues/8/comments`, { body: 'bye' })
    .reply(201, { id: 1 })
    .patch(`${REPO}/pulls/8`, { state: 'closed' })
    .reply(200, {});
  const gh = adapter();
  assert.equal(await gh.createPullRequest({ branch: 'skillops/drift', base: 'main', title: 'T', body: 'B' }), {
    number: 8,
    title: 'T',
    body: 'B',
    url: 'u8',
    author: { login: 'github-actions[bot]', type: 'Bot' },
  });
  await gh.updatePullRequest(8, { title: 'T', body: 'B2' });
  await gh.closePullRequest(8, 'bye');
  assert.ok(scope.isDone());
});

test.run();
