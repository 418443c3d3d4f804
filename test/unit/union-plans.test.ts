// The reviewed plans of a merge queue's group as one plan, and the pull requests of a push.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReviewedPlanError } from '../../src/domain/errors.js';
import type { Plan } from '../../src/domain/plan.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { mergedPullRequestsInPush } from '../../src/github/reviewed-plan.js';
import { unionOfPlans } from '../../src/use-cases/apply/union-plans.js';

const test = suite('union of reviewed plans; pull requests of a pushed range');

const planOf = (skillId: number, name: string, agentId: number): Plan =>
  ({
    format: 'skillops-plan/1',
    origin: { skillsDir: 'skills' },
    createdAt: `2026-11-25T0${skillId % 10}:00:00Z`,
    effectiveDate: '2026-11-25',
    desiredHash: 'd',
    liveFingerprint: 'l',
    managedSkillIds: [1, 2, 3],
    summary: { add: 0, update: 1, remove: 0, queuesChanged: 1, pending: 0 },
    queues: [
      {
        skillId,
        skillName: name,
        file: `skills/${name}.yaml`,
        mode: 'authoritative',
        changes: [
          {
            action: 'update',
            skillId,
            agentId,
            userName: 'a',
            name: 'A',
            before: { proficiency: 1, isActive: true },
            after: { proficiency: 2, isActive: true },
          },
        ],
        pending: [],
        coverage: { activeBefore: 1, activeAfter: 1, minActiveAgents: 1 },
      },
      {
        skillId: 3,
        skillName: 'other',
        file: 'skills/other.yaml',
        mode: 'authoritative',
        changes: [],
        pending: [],
        coverage: { activeBefore: 1, activeAfter: 1, minActiveAgents: 1 },
      },
    ],
    coverage: {
      activeAgents: 1,
      withSkillBefore: 1,
      withSkillAfter: 1,
      queuesMeetingMinBefore: 1,
      queuesMeetingMinAfter: 1,
      managedQueues: 3,
      emptyQueuesAfter: [],
    },
    warnings: [],
    policy: { ok: true, forced: false, violations: [], verdicts: [] },
    covers: [{ skillId, skillName: name, file: `skills/${name}.yaml`, desiredHash: 'h', liveFingerprint: 'f' }],
  }) as unknown as Plan;

test('two plans on different queues: their queues, covers and counts side by side', () => {
  const union = unionOfPlans([
    { pullRequest: 21, plan: planOf(1, 'billing', 7) },
    { pullRequest: 22, plan: planOf(2, 'sales', 8) },
  ]);
  assert.equal(
    union.queues.map((q) => q.skillId),
    [1, 2],
  );
  assert.equal(
    union.covers.map((c) => c.skillId),
    [1, 2],
  );
  assert.is(union.summary.update, 2);
  assert.is(union.createdAt, '2026-11-25T01:00:00Z');
});

test('two plans that change the same queue: refused, naming both pull requests and the queue', () => {
  try {
    unionOfPlans([
      { pullRequest: 21, plan: planOf(1, 'billing', 7) },
      { pullRequest: 22, plan: planOf(1, 'billing', 8) },
    ]);
    assert.unreachable('refused');
  } catch (error) {
    assert.instance(error, ReviewedPlanError);
    assert.match((error as Error).message, 'pull requests #21 and #22 both change queue billing, each reviewed without the other');
  }
});

test('a pushed range: one pull request per merge commit on the first-parent line; a direct push in it refuses', async () => {
  const gh = new FakeGitHub();
  // base <- m21 (merges h21) <- m22 (merges h22)
  gh.commitGraph.set('base', []);
  gh.commitGraph.set('h21', ['base']);
  gh.commitGraph.set('h22', ['base']);
  gh.commitGraph.set('m21', ['base', 'h21']);
  gh.commitGraph.set('m22', ['m21', 'h22']);
  const pr = (number: number, merge: string, head: string) => ({
    number,
    title: 't',
    author: 'a',
    mergedAt: 'x',
    mergeCommitSha: merge,
    baseRef: 'main',
    headSha: head,
  });
  gh.associated.set('m21', [pr(21, 'm21', 'h21')]);
  gh.associated.set('m22', [pr(22, 'm22', 'h22')]);
  const found = await mergedPullRequestsInPush(gh, { before: 'base', after: 'm22', retryDelayMs: 0 });
  assert.equal(
    found.map((p) => p.number),
    [21, 22],
  );
  // someone pushed d1 straight onto main before the group landed
  gh.commitGraph.set('d1', ['base']);
  gh.commitGraph.set('m21', ['d1', 'h21']);
  try {
    await mergedPullRequestsInPush(gh, { before: 'base', after: 'm22', retryDelayMs: 0 });
    assert.unreachable('refused');
  } catch (error) {
    assert.match((error as Error).message, 'holds d1, which no merged pull request introduced');
  }
});

test.run();
