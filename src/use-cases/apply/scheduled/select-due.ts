// Scheduled runs that respect humans. `apply --scheduled` applies only the changes
// that dated entries (from/until) made due: the changes in today's plan that the plan of
// `schedule.catchUpDays` days ago did not have. Every other difference between live CXone and
// skills/ was there before any date turned: someone changed CXone by hand, so it is drift:
// reported, and left in place unless `schedule.selfHeal: true` asks to revert it.
import { ConfigError } from '../../../domain/errors.js';
import type { Change, Plan, PlanQueue } from '../../../domain/plan.js';
import { impactJudge, makePlan, policyJudge } from '../../../plan/make-plan.js';
import type { ApplyRequest, PreparedApply } from '../apply-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const key = (c: Change) => `${c.action}:${c.skillId}:${c.agentId}:${c.after?.proficiency ?? ''}:${c.after?.isActive ?? ''}`;

function describeChange(plan: Plan, c: Change): string {
  const skill = plan.queues.find((q) => q.skillId === c.skillId)?.skillName ?? String(c.skillId);
  const after = c.after ? ` proficiency ${c.after.proficiency}${c.after.isActive ? '' : ' (inactive)'}` : '';
  const before = c.before ? ` (live: proficiency ${c.before.proficiency}${c.before.isActive ? '' : ', inactive'})` : '';
  return `${c.action} ${skill} / ${c.userName} (${c.agentId})${after}${before}`;
}

/** Keeps, in each queue, only the changes `keep` accepts; summary, coverage and policy follow. */
function narrowPlan(
  plan: Plan,
  keep: (c: Change) => boolean,
  activeAgent: (agentId: number) => boolean,
  judge: (queues: PlanQueue[]) => Plan['policy'],
  impactOf?: (queues: PlanQueue[]) => Plan['impact'],
): Plan {
  const queues: PlanQueue[] = plan.queues.map((q) => {
    const changes = q.changes.filter(keep);
    let activeAfter = q.coverage.activeBefore;
    for (const c of changes) if (activeAgent(c.agentId)) activeAfter += (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
    return { ...q, changes, coverage: { ...q.coverage, activeAfter } };
  });
  const summary = { ...plan.summary, add: 0, update: 0, remove: 0, queuesChanged: queues.filter((q) => q.changes.length > 0).length };
  for (const q of queues) for (const c of q.changes) summary[c.action]++;
  const { impact: _whole, ...rest } = plan;
  // the narrowed plan's live impact is that of its own changes
  const impact = impactOf?.(queues);
  return { ...rest, queues, summary, policy: judge(queues), ...(impact ? { impact } : {}) };
}

/** Narrows the prepared plan for a scheduled run; any other run passes through unchanged. */
export function selectScheduled(prepared: PreparedApply, request: ApplyRequest): PreparedApply {
  if (!request.scheduled) return prepared;
  const { inputs } = prepared;
  const { schedule } = inputs.settings;
  const earlierNow = new Date(inputs.now.getTime() - schedule.catchUpDays * DAY_MS);
  const earlier = makePlan({ desired: inputs.desired, live: inputs.live, now: earlierNow, settings: inputs.settings, force: request.force ?? false });
  if (!earlier.plan) throw new ConfigError(earlier.problems, 'the desired state does not match the live tenant');
  const before = new Set(earlier.plan.queues.flatMap((q) => q.changes.map(key)));
  const isDue = (c: Change) => !before.has(key(c));

  const agents = new Map(inputs.live.agents.map((a) => [a.agentId, a.isActive]));
  const activeAgent = (id: number) => agents.get(id) ?? false;
  const force = request.force ?? false;

  const all = prepared.plan.queues.flatMap((q) => q.changes);
  const driftChanges = all.filter((c) => !isDue(c));
  const driftPlan = narrowPlan(prepared.plan, (c) => !isDue(c), activeAgent, policyJudge({ ...inputs, force: true }), impactJudge(inputs));
  const plan = schedule.selfHeal ? prepared.plan : narrowPlan(prepared.plan, isDue, activeAgent, policyJudge({ ...inputs, force }), impactJudge(inputs));
  return {
    ...prepared,
    plan,
    scheduled: {
      selfHeal: schedule.selfHeal,
      catchUpDays: schedule.catchUpDays,
      due: all.length - driftChanges.length,
      drift: driftChanges.map((c) => describeChange(prepared.plan, c)),
      driftPlan,
    },
  };
}
