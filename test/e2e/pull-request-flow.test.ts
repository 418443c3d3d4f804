import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { AuditRecord } from '../../src/domain/audit.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { captureIo } from '../helpers/capture-io.js';
import { commitAsMain, exampleRepo, gitIn } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: the pull-request flow (temporary git repo, simulator, fake GitHub)');

test('edit on a branch -> plan + comment -> merge -> apply + audit commit -> drift reports nothing', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const gh = new FakeGitHub();
  const g = gitIn(repo.dir);
  try {
    await commitAsMain(repo.dir);
    // Bring CXone in line with main first, as the apply workflow would have done
    const baseEnv = { ...sim.env, GITHUB_REPOSITORY: 'acme/skills' };
    assert.is(
      await runCli(
        ['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', '2026-11-25'],
        captureIo({ cwd: repo.dir, env: baseEnv }),
      ),
      0,
    );

    // The analyst's change on a branch: Jane moves to proficiency 2 on Web Chat... and joins it
    await g('checkout', '-q', '-b', 'move-jane');
    const file = path.join(repo.dir, 'skills/web-chat.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n`);
    await g('commit', '-q', '-am', 'Jane joins Web Chat');
    const head = await g('rev-parse', 'HEAD');

    // pull_request workflow: validate -> plan -> comment
    const eventPath = path.join(repo.dir, '.event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 12, head: { sha: head } } }));
    const summary = path.join(repo.dir, '.summary.md');
    const prEnv = { ...baseEnv, GITHUB_EVENT_PATH: eventPath, GITHUB_STEP_SUMMARY: summary, GITHUB_SHA: 'refs-merge-sha' };
    const ctx = { github: gh };
    assert.is(await runCli(['validate'], captureIo({ cwd: repo.dir, env: prEnv })), 0);
    const planIo = captureIo({ cwd: repo.dir, env: prEnv });
    assert.is(await runCli(['plan', '--out', path.join(repo.dir, 'plan.json'), '--now', '2026-11-25'], planIo), 0);
    const commentIo = captureIo({ cwd: repo.dir, env: prEnv });
    assert.is(await runCli(['comment', '--plan', path.join(repo.dir, 'plan.json')], commentIo, ctx), 0, commentIo.stderr());
    const [comment] = await gh.listComments(12);
    assert.ok(comment, 'a comment was posted on #12');
    assert.ok(comment!.body.startsWith('<!-- skillops-plan part=1/1 -->\n\n## skillops plan\n\n**Plan: 1 to add, 0 to change, 0 to remove across 1 queue.**'));
    assert.match(comment!.body, '<summary><b>Web Chat</b> (skill 11012350, <code>skills/web-chat.yaml</code>): +1</summary>');
    assert.match(comment!.body, '```diff\n+ jane.doe@acme-contact.example (Jane Doe, 4410001)  proficiency 2\n```');
    assert.match(comment!.body, `Planned by skillops at ${head.slice(0, 7)}`);
    assert.match(await readFile(summary, 'utf8'), '**Plan: 1 to add, 0 to change, 0 to remove across 1 queue.**');

    // a second push updates the same comment
    assert.is(await runCli(['comment', '--plan', path.join(repo.dir, 'plan.json')], captureIo({ cwd: repo.dir, env: prEnv }), ctx), 0);
    assert.is((await gh.listComments(12)).length, 1);

    // merge, then the push workflow: apply --auto-approve --commit-audit
    await g('checkout', '-q', 'main');
    await g('merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from acme/move-jane', 'move-jane');
    const merge = await g('rev-parse', 'HEAD');
    gh.pulls.set(merge, { number: 12, title: 'Jane joins Web Chat', author: 'analyst' });
    gh.reviews.set(12, [{ user: 'chat-lead', state: 'APPROVED', submittedAt: '2026-11-25T09:00:00Z' }]);
    // someone else pushes while the record (not the started journal) is being committed
    const commitFile = gh.commitFile.bind(gh);
    gh.commitFile = async (file) => {
      if (file.path.endsWith('.json') && gh.commits.every((c) => !c.path.endsWith('.json'))) gh.headMovesFor = 1;
      return commitFile(file);
    };
    const applyIo = captureIo({ cwd: repo.dir, env: { ...baseEnv, GITHUB_SHA: merge, GITHUB_ACTOR: 'github-actions[bot]' } });
    const applied = await runCli(
      ['apply', '--auto-approve', '--commit-audit', '--audit-dir', path.join(repo.dir, '.audit'), '--now', '2026-11-25'],
      applyIo,
      ctx,
    );
    assert.is(applied, 0, applyIo.stdout() + applyIo.stderr());
    assert.equal(sim.tenant.get(11012350, 4410001), { proficiency: 2, isActive: true, lastUpdateTime: sim.tenant.get(11012350, 4410001)!.lastUpdateTime });
    // first the journal's started line (before any CXone write), then the record beside it
    assert.is(gh.commits.length, 2);
    const started = gh.commits[0]!;
    assert.match(started.path, new RegExp(`^audit/2\\d{3}/\\d{2}/\\d{8}T\\d{9}Z-${merge.slice(0, 7)}\\.journal\\.jsonl$`));
    assert.match(started.message, /^audit: skillops apply started \(1 changes\) \[skip ci\]/);
    assert.equal(
      started.content
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { type: string }).type),
      ['started', 'snapshot'],
    );
    const commit = gh.commits[1]!;
    assert.is(commit.path, started.path.replace(/\.journal\.jsonl$/, '.json'));
    assert.match(commit.message, /^audit: skillops apply applied for #12 \[skip ci\]/);
    assert.match(commit.path, new RegExp(`^audit/2\\d{3}/\\d{2}/\\d{8}T\\d{9}Z-${merge.slice(0, 7)}\\.json$`));
    const record = JSON.parse(commit.content) as AuditRecord;
    assert.equal(record.who.pullRequest, { number: 12, title: 'Jane joins Web Chat', author: 'analyst', approvers: ['chat-lead'] });
    assert.equal(
      record.changes.map((c) => `${c.action} ${c.userName} ${c.status}`),
      ['add jane.doe@acme-contact.example applied'],
    );
    assert.match(applyIo.stdout(), 'after 2 attempts: the branch moved meanwhile');

    // the scheduled drift check finds nothing
    const drift = await runCli(['drift', '--issue', '--now', '2026-11-25'], captureIo({ cwd: repo.dir, env: baseEnv }), ctx);
    assert.is(drift, 0);
    assert.is(gh.issues.length, 0);
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test.run();
