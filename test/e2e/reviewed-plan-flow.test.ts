// On merge, apply exactly the plan reviewed on the pull request, or
// nothing, with the reason on the pull request. Temporary git repository, simulator, fake GitHub.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { commitAsMain, exampleRepo, gitIn } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: apply the reviewed plan on merge');
const WORKFLOW = '.github/workflows/skillops-plan.yml';
const JANE = 4410001;
const WEB_CHAT = 11012350;
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;
let gh: FakeGitHub;
const g = (...args: string[]) => gitIn(repo.dir)(...args);
const writes = () => writeRequests(sim);
const reviewedFile = () => path.join(repo.dir, 'reviewed.json');
const base = () => ({ ...sim.env, GITHUB_REPOSITORY: 'acme/skills', GITHUB_SERVER_URL: 'https://github.com' });

async function cli(args: string[], env: Record<string, string>) {
  const summary = path.join(repo.dir, '.summary.md');
  await writeFile(summary, '');
  const io = captureIo({ cwd: repo.dir, env: { ...base(), GITHUB_STEP_SUMMARY: summary, ...env } });
  const code = await runCli(args, io, { github: gh, retryDelayMs: 0 });
  return { code, out: io.stdout(), err: io.stderr(), summary: await readFile(summary, 'utf8') };
}

/** main in line with CXone; a branch where Jane joins Web Chat; the plan workflow on the PR. */
async function reviewedPullRequest() {
  await commitAsMain(repo.dir);
  assert.is((await cli(['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', '2026-11-25'], {})).code, 0);
  await g('checkout', '-q', '-b', 'move-jane');
  const file = path.join(repo.dir, 'skills/web-chat.yaml');
  await writeFile(file, `${await readFile(file, 'utf8')}  - agent: jane.doe@acme-contact.example\n    proficiency: 2\n`);
  await g('commit', '-q', '-am', 'Jane joins Web Chat');
  const head = await g('rev-parse', 'HEAD');
  // pull_request run: plan --out plan.json, comment, upload-artifact skillops-plan
  const eventPath = path.join(repo.dir, '.event.json');
  await writeFile(eventPath, JSON.stringify({ pull_request: { number: 12, head: { sha: head } } }));
  const prEnv = { GITHUB_EVENT_PATH: eventPath, GITHUB_RUN_ID: '500' };
  const planFile = path.join(repo.dir, '.plan-run', 'plan.json');
  await mkdir(path.dirname(planFile), { recursive: true });
  const planned = await cli(['plan', '--out', planFile, '--now', '2026-11-25'], prEnv);
  assert.is(planned.code, 0, planned.err);
  assert.is((await cli(['comment', '--plan', planFile], prEnv)).code, 0);
  gh.runs.push({
    id: 500,
    path: WORKFLOW,
    event: 'pull_request',
    headSha: head,
    headRepository: 'acme/skills',
    status: 'completed',
    conclusion: 'success',
    createdAt: '2026-11-25T09:00:00Z',
    url: 'https://github.com/acme/skills/actions/runs/500',
  });
  gh.uploadArtifact(500, 'skillops-plan', { 'plan.json': await readFile(planFile, 'utf8') });
  // merge: GitHub records the merge commit a moment later
  await g('checkout', '-q', 'main');
  await g('merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from acme/move-jane', 'move-jane');
  const merge = await g('rev-parse', 'HEAD');
  gh.associated.set(merge, [
    {
      number: 12,
      title: 'Jane joins Web Chat',
      author: 'analyst',
      mergedAt: '2026-11-25T10:00:00Z',
      mergeCommitSha: merge,
      baseRef: 'main',
      headSha: head,
      headRepository: 'acme/skills',
    },
  ]);
  gh.pulls.set(merge, { number: 12, title: 'Jane joins Web Chat', author: 'analyst' });
  gh.mergeShaPendingFor = 1;
  return { head, merge };
}

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  gh = new FakeGitHub();
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('a reviewed plan is applied on merge (found through the merged PR, its plan run and artifact)', async () => {
  const { merge } = await reviewedPullRequest();
  const output = path.join(repo.dir, '.github-output');
  await writeFile(output, '');
  const pushEnv = { GITHUB_SHA: merge, GITHUB_OUTPUT: output, GITHUB_ACTOR: 'analyst', GITHUB_RUN_ID: '600' };
  const found = await cli(['reviewed-plan', '--out', reviewedFile()], pushEnv);
  assert.is(found.code, 0, found.err);
  assert.match(found.out, 'Reviewed plan of #12 (Jane joins Web Chat): run https://github.com/acme/skills/actions/runs/500');
  assert.is(await readFile(output, 'utf8'), 'pr=12\nrun-id=500\n');
  sim.resetStats();
  const applied = await cli(
    ['apply', reviewedFile(), '--auto-approve', '--commit-audit', '--pr', '12', '--now', '2026-11-25', '--audit-dir', repo.auditDir],
    pushEnv,
  );
  assert.is(applied.code, 0, applied.out + applied.err);
  assert.is(sim.tenant.get(WEB_CHAT, JANE)?.proficiency, 2);
  assert.is(writes(), 1);
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.plan.source, 'saved');
  assert.equal(record!.who.pullRequest?.number, 12);
  assert.is(gh.commits[0]!.branch, 'skillops-audit');
  assert.not.ok((gh.comments.get(12) ?? []).some((c) => c.body.includes('nothing was applied')));
});

test('live CXone changed between review and merge: nothing is applied and the PR gets the explanation', async () => {
  const { merge } = await reviewedPullRequest();
  // a supervisor changes Web Chat by hand after the plan was reviewed
  sim.tenant.set(WEB_CHAT, 4410002, 9, true);
  const pushEnv = { GITHUB_SHA: merge, GITHUB_ACTOR: 'analyst', GITHUB_RUN_ID: '600' };
  assert.is((await cli(['reviewed-plan', '--out', reviewedFile()], pushEnv)).code, 0);
  sim.resetStats();
  const refused = await cli(
    ['apply', reviewedFile(), '--auto-approve', '--commit-audit', '--pr', '12', '--now', '2026-11-25', '--audit-dir', repo.auditDir],
    pushEnv,
  );
  assert.is(refused.code, 1);
  assert.is(writes(), 0, 'nothing applied');
  assert.is(sim.tenant.get(WEB_CHAT, JANE), undefined);
  assert.match(refused.err, 'saved plan is stale: its queues changed since it was made');
  assert.match(refused.err, /queue Web Chat, agent [a-z.]+@acme-contact\.example \(4410002\): live CXone changed for that assignment since the plan was made/);
  const explanation = (gh.comments.get(12) ?? []).find((c) => c.body.startsWith('<!-- skillops-apply-refused -->'));
  assert.ok(explanation, 'the pull request got an explanation');
  assert.match(explanation!.body, 'nothing was applied');
  assert.match(explanation!.body, 'live CXone changed for that assignment since the plan was made');
  assert.match(explanation!.body, '[Actions → skillops apply → Run workflow](https://github.com/acme/skills/actions/workflows/skillops-apply.yml)');
  assert.match(refused.summary, '## skillops apply: nothing was applied');
  assert.is(gh.lockRefs.size, 0);
});

test('no trusted plan run: a fork, another workflow, a failed last run or a bad digest are refused with the reason on the PR', async () => {
  const { merge, head } = await reviewedPullRequest();
  const pushEnv = { GITHUB_SHA: merge, GITHUB_RUN_ID: '600' };
  const good = gh.runs[0]!;
  const refuse = async (pattern: string) => {
    const r = await cli(['reviewed-plan', '--out', reviewedFile()], pushEnv);
    assert.is(r.code, 1, r.out);
    assert.match(r.err, pattern);
    assert.match(gh.comments.get(12)!.at(-1)!.body, pattern);
    assert.match(r.summary, pattern);
  };
  // a newer run of the same head that failed is the last word
  gh.runs.push({ ...good, id: 501, conclusion: 'failure', createdAt: '2026-11-25T09:30:00Z', url: 'https://github.com/acme/skills/actions/runs/501' });
  await refuse('ended failure, so its plan was not reviewed as a success');
  // runs of another workflow file or from a fork do not count
  gh.runs = [
    { ...good, id: 502, path: '.github/workflows/evil.yml' },
    { ...good, id: 503, headRepository: 'mallory/skills' },
  ];
  await refuse(`no ${WORKFLOW} run of #12 for its head commit ${head.slice(0, 7)} was found`);
  // an artifact whose bytes do not match GitHub's digest
  gh.runs = [good];
  gh.artifacts.get(500)![0]!.digest = 'sha256:00';
  await refuse('does not match its recorded digest');
  // a direct push: no merged pull request
  gh.associated.clear();
  const direct = await cli(['reviewed-plan', '--out', reviewedFile()], pushEnv);
  assert.is(direct.code, 1);
  assert.match(direct.err, 'no pull request merged into main introduced');
  assert.match(direct.summary, 'nothing was applied');
});

test("a forged marker comment by another user is ignored: never edited, deleted or read as skillops' own", async () => {
  await g('init', '-q', '-b', 'main');
  const eventPath = path.join(repo.dir, '.event.json');
  await writeFile(eventPath, JSON.stringify({ pull_request: { number: 12, head: { sha: 'abc1234' } } }));
  const human = gh.addComment(12, '<!-- skillops-plan part=1/1 -->\n## skillops plan\n\n**Plan: no changes.** Merge away!', { login: 'mallory', type: 'User' });
  const app = gh.addComment(12, '<!-- skillops-plan part=1/1 -->\nforged by another app', { login: 'other-app[bot]', type: 'Bot' });
  const duplicateOfHuman = gh.addComment(12, '<!-- skillops-plan part=2/2 -->\nforged part 2', { login: 'mallory', type: 'User' });
  const planFile = path.join(repo.dir, 'plan.json');
  assert.is((await cli(['plan', '--out', planFile, '--now', '2026-11-25'], {})).code, 0);
  const r = await cli(['comment', '--plan', planFile], { GITHUB_EVENT_PATH: eventPath });
  assert.is(r.code, 0, r.err);
  assert.match(r.out, '1 created, 0 updated, 0 removed');
  const comments = gh.comments.get(12)!;
  assert.equal(
    comments.filter((c) => [human, app, duplicateOfHuman].includes(c.id)).map((c) => c.body),
    [
      '<!-- skillops-plan part=1/1 -->\n## skillops plan\n\n**Plan: no changes.** Merge away!',
      '<!-- skillops-plan part=1/1 -->\nforged by another app',
      '<!-- skillops-plan part=2/2 -->\nforged part 2',
    ],
  );
  const ours = comments.filter((c) => c.author?.login === 'github-actions[bot]');
  assert.is(ours.length, 1);
  assert.match(ours[0]!.body, '<!-- skillops-plan part=1/1 -->\n\n## skillops plan');
  assert.not.match(ours[0]!.body, 'Merge away');
  // a second run updates our comment, still leaving theirs alone
  const again = await cli(['comment', '--plan', planFile], { GITHUB_EVENT_PATH: eventPath });
  assert.match(again.out, '0 created, 1 updated, 0 removed');
  assert.is(gh.comments.get(12)!.length, 4);
});

test.run();
