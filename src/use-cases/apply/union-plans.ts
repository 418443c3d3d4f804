// The reviewed plans of several pull requests merged at once (a merge queue's group) as one saved
// plan: their queues, covers and changes side by side. Apply then judges it as it judges any
// saved plan, on the queues it covers: each pull request's queues must re-plan to exactly what
// was reviewed there. Two pull requests that change the same queue were each reviewed without
// the other, so no reviewed plan says what the queue gets: refused. Pure.
import { ReviewedPlanError } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan.js';
import { forMessage } from '../../text/untrusted.js';

export interface PullRequestPlan {
  pullRequest: number;
  plan: Plan;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function unionOfPlans(plans: PullRequestPlan[]): Plan {
  const [first, ...rest] = plans;
  if (!first) throw new ReviewedPlanError('no reviewed plan to apply');
  if (rest.length === 0) return first.plan;
  const owner = new Map<number, number>();
  for (const { pullRequest, plan } of plans) {
    if (!same(plan.origin, first.plan.origin) || !same(plan.target, first.plan.target)) {
      throw new ReviewedPlanError(
        `the plans of #${first.pullRequest} and #${pullRequest} were made for different tenants, folders or queue targets; apply them one at a time`,
        pullRequest,
      );
    }
    const skills = new Set([...plan.covers.map((c) => c.skillId), ...plan.queues.filter((q) => q.changes.length > 0).map((q) => q.skillId)]);
    for (const skillId of skills) {
      const other = owner.get(skillId);
      if (other !== undefined) {
        const name = plan.covers.find((c) => c.skillId === skillId)?.skillName ?? plan.queues.find((q) => q.skillId === skillId)?.skillName ?? String(skillId);
        throw new ReviewedPlanError(
          `pull requests #${other} and #${pullRequest} both change queue ${forMessage(String(name), 200)}, each reviewed without the other, so no reviewed plan says what that queue gets now`,
          pullRequest,
        );
      }
      owner.set(skillId, pullRequest);
    }
  }
  const all = plans.map((p) => p.plan);
  const sum = (key: keyof Plan['summary']) => all.reduce((n, p) => n + p.summary[key], 0);
  const queues = all.flatMap((p) => p.queues.filter((q) => owner.get(q.skillId) === plans[all.indexOf(p)]!.pullRequest));
  return {
    ...first.plan,
    // the earliest of them: what the union answers for is as old as its oldest part
    createdAt: all.map((p) => p.createdAt).sort()[0]!,
    queues,
    covers: all.flatMap((p) => p.covers),
    managedSkillIds: [...new Set(all.flatMap((p) => p.managedSkillIds))].sort((a, b) => a - b),
    summary: { add: sum('add'), update: sum('update'), remove: sum('remove'), queuesChanged: sum('queuesChanged'), pending: sum('pending') },
    warnings: all.flatMap((p) => p.warnings),
    policy: {
      ...first.plan.policy,
      ok: all.every((p) => p.policy.ok),
      forced: all.some((p) => p.policy.forced),
      violations: all.flatMap((p) => p.policy.violations),
      verdicts: all.flatMap((p) => p.policy.verdicts),
    },
  };
}
