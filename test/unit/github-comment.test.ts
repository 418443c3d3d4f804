import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditRecord } from '../../src/domain/audit.js';
import { commitAuditRecord } from '../../src/github/commit-audit.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { approversOf, withPullRequest } from '../../src/github/pull-request-details.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { failureCommentParts, GITHUB_COMMENT_LIMIT, partOf, planCommentParts } from '../../src/render/plan-comment.js';
import { upsertPlanComment } from '../../src/use-cases/comment/upsert-comment.js';
import { reportDrift } from '../../src/use-cases/drift/drift-issue.js';
import { agent, desired, entry, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('github: plan comment, audit commit, drift issue (fake adapter)');

/** A plan with `queues` queues of `perQueue` adds each. */
function bigPlan(queues: number, perQueue: number) {
  const agents = Array.from({ length: perQueue }, (_, i) => agent(i + 1, `agent.with.a.rather.long.name.${i}@contact-centre.example`));
  const skills = Array.from({ length: queues }, (_, i) => skill(1000 + i, `Queue number ${i} with a descriptive name`));
  const result = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(
      ...skills.map((s) =>
        queue(
          s.skillName,
          agents.map((a) => entry(a.agentId, 3)),
          { skillId: s.skillId },
        ),
      ),
    ),
    live: liveState([], agents, skills),
  });
  return result.plan!;
}

test('first run creates one comment; the next run updates the same comment', async () => {
  const gh = new FakeGitHub();
  await gh.createComment(7, 'LGTM from a human');
  const first = await upsertPlanComment(gh, 7, planCommentParts(bigPlan(2, 3), { commit: 'abcdef1234' }));
  assert.equal([first.created.length, first.updated.length], [1, 0]);
  const second = await upsertPlanComment(gh, 7, planCommentParts(bigPlan(3, 3), { commit: '99999991234' }));
  assert.equal(second, { created: [], updated: [first.created[0]!], deleted: [] });
  const comments = await gh.listComments(7);
  assert.is(comments.length, 2);
  assert.is(comments[0]!.body, 'LGTM from a human');
  assert.match(comments[1]!.body, 'Plan: 9 to add, 0 to change, 0 to remove across 3 queues.');
  assert.match(comments[1]!.body, 'at 9999999');
});

test('a plan over 65,536 characters splits into numbered parts; a later short plan removes the extras', async () => {
  const gh = new FakeGitHub();
  const parts = planCommentParts(bigPlan(40, 60));
  assert.ok(parts.length >= 3, `${parts.length} parts`);
  assert.ok(
    parts.every((p) => p.length < GITHUB_COMMENT_LIMIT),
    'every part fits',
  );
  assert.equal(
    parts.map((p) => partOf(p)),
    parts.map((_, i) => i + 1),
  );
  assert.match(parts[0]!, `## skillops plan (part 1 of ${parts.length})`);
  // every queue's block stays whole inside one part
  for (const p of parts) assert.is((p.match(/<details>/g) ?? []).length, (p.match(/<\/details>/g) ?? []).length);
  const first = await upsertPlanComment(gh, 3, parts);
  assert.is(first.created.length, parts.length);
  const short = await upsertPlanComment(gh, 3, planCommentParts(bigPlan(1, 2)));
  assert.equal(short.updated, [first.created[0]!]);
  assert.equal(short.deleted.sort(), first.created.slice(1).sort());
  assert.is((await gh.listComments(3)).length, 1);
});

test('one queue larger than a whole comment is split across parts: every change shown, every fence closed', () => {
  const parts = planCommentParts(bigPlan(1, 1200));
  assert.ok(parts.length > 1);
  assert.ok(parts.every((p) => p.length < GITHUB_COMMENT_LIMIT));
  const all = parts.join('');
  assert.not.match(all, 'not shown');
  for (let i = 0; i < 1200; i++) assert.ok(all.includes(`.${i}@contact-centre.example (`), `agent ${i} is missing`);
  // each piece is a whole <details> with its own fence
  for (const part of parts) assert.is((part.match(/^```diff$/gm) ?? []).length, (part.match(/^```$/gm) ?? []).length);
  assert.match(all, /lines 1–\d+ of 1200, piece 1 of \d+/);
});

test('a 100 KB agent name is cut with an ellipsis; no queue and no change line is hidden', () => {
  const agents = [agent(1, `${'x'.repeat(100_000)}@long.example`), ...Array.from({ length: 5 }, (_, i) => agent(i + 2, `a${i}@x.example`))];
  const skills = Array.from({ length: 40 }, (_, i) => skill(1000 + i, i === 0 ? `${'S'.repeat(100_000)}` : `Queue ${i}`));
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(
      ...skills.map((s) =>
        queue(
          `Q${s.skillId}`,
          agents.map((a) => entry(a.agentId, 3)),
          { skillId: s.skillId },
        ),
      ),
    ),
    live: liveState([], agents, skills),
  }).plan!;
  const parts = planCommentParts(plan);
  const all = parts.join('');
  assert.ok(parts.every((p) => p.length < GITHUB_COMMENT_LIMIT));
  assert.ok(all.length < 200_000, `comment is ${all.length} characters`);
  assert.match(all, /x{50}…\(99,\d{3} more characters\)/);
  for (const s of skills) assert.match(all, `(skill ${s.skillId},`);
  // 6 adds in each of the 40 queues
  assert.is((all.match(/^\+ /gm) ?? []).length, 240);
  assert.not.match(all, 'not shown');
});

test('only comments that start with our marker are ours; duplicates are cleaned up', async () => {
  const gh = new FakeGitHub();
  await gh.createComment(1, 'quoting: <!-- skillops-plan part=1/1 --> is the marker');
  await gh.createComment(1, '<!-- skillops-plan part=1/1 -->\nold');
  await gh.createComment(1, '<!-- skillops-plan part=1/1 -->\nduplicate from a race');
  const r = await upsertPlanComment(gh, 1, planCommentParts(bigPlan(1, 1)));
  assert.is(r.updated.length, 1);
  assert.is(r.deleted.length, 1);
  assert.equal(
    (await gh.listComments(1)).map((c) => c.body.slice(0, 10)),
    ['quoting: <', '<!-- skill'],
  );
});

test('a failed step is reported in the comment, its log fenced and control characters shown', () => {
  const [body] = failureCommentParts('validate', 'skills/a.yaml:3:5 error ```oops```\n\u001b[31mred\u001b[0m', { commit: 'abc1234567' });
  assert.match(body!, '## skillops validate failed ❌');
  assert.match(body!, '````\nskills/a.yaml:3:5 error ```oops```\n\\x1b[31mred\\x1b[0m\n````');
});

test('approvers are reviewers whose latest decisive review approves', () => {
  assert.equal(
    approversOf([
      { user: 'ana', state: 'APPROVED', submittedAt: '2026-11-20T10:00:00Z' },
      { user: 'bo', state: 'APPROVED', submittedAt: '2026-11-20T10:00:00Z' },
      { user: 'bo', state: 'CHANGES_REQUESTED', submittedAt: '2026-11-21T10:00:00Z' },
      { user: 'cy', state: 'CHANGES_REQUESTED', submittedAt: '2026-11-20T10:00:00Z' },
      { user: 'cy', state: 'COMMENTED', submittedAt: '2026-11-22T10:00:00Z' },
      { user: 'cy', state: 'APPROVED', submittedAt: '2026-11-23T10:00:00Z' },
      { user: 'di', state: 'COMMENTED', submittedAt: '2026-11-23T10:00:00Z' },
    ]),
    ['ana', 'cy'],
  );
});

test('the audit commit is retried when the branch head moved, with [skip ci] and the pull request named', async () => {
  const gh = new FakeGitHub();
  gh.pulls.set('merge123', { number: 42, title: 'Move Jane to Billing', author: 'jane' });
  gh.reviews.set(42, [{ user: 'lead', state: 'APPROVED', submittedAt: '2026-11-24T09:00:00Z' }]);
  const who = await withPullRequest(gh, { actor: 'github-actions', commit: 'merge123' });
  assert.equal(who.pullRequest, { number: 42, title: 'Move Jane to Billing', author: 'jane', approvers: ['lead'] });
  gh.headMovesFor = 2;
  const record = { outcome: 'applied', who, changes: [{ status: 'applied' }] } as unknown as AuditRecord;
  const result = await commitAuditRecord(gh, { path: 'audit/2026/11/x.json', record });
  assert.equal([result.attempts, result.branch], [3, 'main']);
  assert.is(gh.commits.length, 1);
  assert.match(gh.commits[0]!.message, /^audit: skillops apply applied for #42 \[skip ci\]/);
  assert.is(gh.commits[0]!.parent, 'moved2', 'built on the head it finally found');
});

test('drift issue: opened once, updated while drift lasts, closed when it is gone', async () => {
  const gh = new FakeGitHub();
  assert.equal(await reportDrift(gh, false, 'x'), { action: 'none' });
  assert.equal(await reportDrift(gh, true, 'first'), { action: 'opened', number: 1 });
  assert.equal(await reportDrift(gh, true, 'second'), { action: 'updated', number: 1 });
  assert.match(gh.issues[0]!.body, 'second');
  assert.equal(await reportDrift(gh, false, 'x'), { action: 'closed', number: 1 });
  assert.is(gh.issues.length, 1);
  assert.is(gh.issues[0]!.state, 'closed');
});

test.run();
