import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { DRIFT_BRANCH } from '../../src/github/drift-pull-request.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { captureIo } from '../helpers/capture-io.js';
import { commitAsMain, exampleRepo, gitIn } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: drift becomes a pull request (temporary git repo, simulator, fake GitHub)');
const NOW = ['--now', '2026-11-25'];

test('hand change -> drift: one issue + one PR; again: both updated; forged PRs ignored; after the merge drift is clean', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const gh = new FakeGitHub();
  const g = gitIn(repo.dir);
  try {
    await commitAsMain(repo.dir);
    const env = { ...sim.env, GITHUB_REPOSITORY: 'acme/skills', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77' };
    const run = async (args: string[]) => {
      const io = captureIo({ cwd: repo.dir, env: { ...env, GITHUB_SHA: await g('rev-parse', 'HEAD') } });
      const code = await runCli(args, io, { github: gh });
      return { code, out: io.stdout(), err: io.stderr() };
    };
    // CXone in line with main, as the apply workflow leaves it
    sim.tenant.skills.get(11012399)!.isActive = false;
    assert.is((await run(['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit'), ...NOW])).code, 0);
    assert.is((await run(['drift', '--issue', '--pull-request', ...NOW])).code, 0);
    assert.is(gh.issues.length + gh.pullRequests.length, 0);

    // Pull requests anyone could open on the same branch, with text copied from ours
    const forged = {
      branch: DRIFT_BRANCH,
      base: 'main',
      title: 'skillops: accept hand changes made in CXone',
      body: 'skillops refresh',
      url: '',
      state: 'open' as const,
      merged: false,
      comments: [],
    };
    gh.pullRequests.push(
      { ...forged, number: 90, author: { login: 'mallory', type: 'User' } },
      { ...forged, number: 91, author: { login: 'github-actions[bot]', type: 'User' } },
    );

    // a supervisor changes Sam on Billing Support by hand (and gives Priya a proficiency the
    // queue's constraints forbid: left as written); agent names are escaped
    sim.tenant.set(11012345, 4410002, 4, true);
    sim.tenant.set(11012345, 4410003, 9, true);
    sim.tenant.agents.get(4410002)!.firstName = '<img src=x>';
    const first = await run(['drift', '--issue', '--pull-request', ...NOW]);
    assert.is(first.code, 2, first.out + first.err);
    const ours = gh.pullRequests.filter((p) => p.author.login === 'github-actions[bot]' && p.author.type === 'Bot');
    assert.is(ours.length, 1);
    const pr = ours[0]!;
    assert.is(gh.issues.length, 1);
    const issue = gh.issues[0]!;
    assert.match(first.out, `Drift pull request #${pr.number} opened: ${pr.url}.`);
    assert.match(first.out, `Drift issue #${issue.number} opened.`);
    assert.match(issue.body, `review and merge #${pr.number}`);
    assert.match(pr.body, '<summary><b>Billing Support</b> (skill 11012345, <code>skills/billing-support.yaml</code>): ~1</summary>');
    assert.match(pr.body, '```diff\n~ sam.lee@acme-contact.example (<img src=x> Lee, 4410002)  proficiency 2 → 4\n```');
    assert.match(pr.body, '**Left as written**');
    assert.match(pr.body, 'priya.shah&#64;acme-contact.example has proficiency 9 in CXone, outside this queue&#39;s allowed 1–5');
    assert.match(pr.body, '([run](https://github.com/acme/skills/actions/runs/77))');
    assert.equal(
      gh.pullRequests.filter((p) => p.number >= 90).map((p) => p.body),
      ['skillops refresh', 'skillops refresh'],
    );

    // the branch holds the refreshed file: exactly one line differs from main
    const branch = gh.branches.get(DRIFT_BRANCH)!;
    assert.is(branch.parent, await g('rev-parse', 'HEAD'));
    assert.equal(
      branch.files.map((f) => f.path),
      ['skills/billing-support.yaml'],
    );
    const onMain = await readFile(path.join(repo.dir, 'skills/billing-support.yaml'), 'utf8');
    const patch = createTwoFilesPatch('a', 'b', onMain, branch.files[0]!.content, '', '', { context: 0 });
    assert.equal(
      patch.split('\n').filter((l) => /^[-+](?![-+]{2})/.test(l)),
      ['-    proficiency: 2', '+    proficiency: 4'],
    );

    // more hand changes: the same issue and pull request are updated, nothing new is opened
    sim.tenant.remove(11012350, 4410038);
    const second = await run(['drift', '--issue', '--pull-request', ...NOW]);
    assert.is(second.code, 2);
    assert.match(second.out, `Drift pull request #${pr.number} updated`);
    assert.match(second.out, `Drift issue #${issue.number} updated.`);
    assert.is(gh.issues.length, 1);
    assert.is(gh.pullRequests.length, 3);
    assert.match(pr.body, '- leo.moreau@acme-contact.example (Leo Moreau, 4410038)  was proficiency 7 (no longer assigned in CXone)');
    assert.match(pr.body, '~ sam.lee@acme-contact.example');
    assert.equal(
      gh.branches.get(DRIFT_BRANCH)!.files.map((f) => f.path),
      ['skills/billing-support.yaml', 'skills/web-chat.yaml'],
    );

    // a reviewer merges the pull request: its files land on main; Priya's change is reverted by apply
    sim.tenant.set(11012345, 4410003, 2, true);
    for (const f of gh.branches.get(DRIFT_BRANCH)!.files) await writeFile(path.join(repo.dir, f.path), f.content);
    await g('commit', '-q', '-am', `Merge pull request #${pr.number} from acme/skillops/drift`);
    gh.merge(pr.number);

    const after = await run(['drift', '--issue', '--pull-request', ...NOW]);
    assert.is(after.code, 0, after.out + after.err);
    assert.match(after.out, 'No drift. Live CXone matches skills/.');
    assert.is(issue.state, 'closed');
    assert.is(gh.pullRequests.length, 3, 'no new pull request');
    assert.is((await run(['plan', '--detailed-exitcode', ...NOW])).code, 0);
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test('drift put right by apply (revert): the open drift pull request is closed with a comment', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const gh = new FakeGitHub();
  try {
    const env = { ...sim.env, GITHUB_REPOSITORY: 'acme/skills' };
    const run = async (args: string[]) => runCli(args, captureIo({ cwd: repo.dir, env }), { github: gh });
    sim.tenant.skills.get(11012399)!.isActive = false;
    assert.is(await run(['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit'), ...NOW]), 0);
    sim.tenant.set(11012345, 4410002, 4, true);
    assert.is(await run(['drift', '--issue', '--pull-request', ...NOW]), 2);
    assert.is(gh.pullRequests[0]!.state, 'open');
    assert.is(await run(['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit'), ...NOW]), 0);
    assert.is(await run(['drift', '--issue', '--pull-request', ...NOW]), 0);
    assert.is(gh.pullRequests[0]!.state, 'closed');
    assert.match(gh.pullRequests[0]!.comments[0]!, 'nothing left to accept');
    assert.is(gh.issues[0]!.state, 'closed');
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test.run();
