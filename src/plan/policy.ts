// Routing constraints and safety thresholds, checked before any write. Every rule gives a
// verdict (ok / warning / refused / forced) with the queue or agent, before → after.
// Constraints protect routing and cannot be forced: a plan that breaks one is fixed by editing
// the files (which reviewers see). Thresholds guard against mistakes; --force lets them pass.

import { PolicyError } from '../domain/errors.js';
import type { PlanImpact } from '../domain/live-impact.js';
import type { Agent, LiveAssignment, Skill } from '../domain/live-state.js';
import type { ChangeWindowStatus, Plan, PlanQueue, PolicyVerdict } from '../domain/plan.js';
import type { Settings } from '../domain/settings.js';
import { maxActiveSkillsVerdicts, protectedSkillVerdicts } from './policy/agent-rules.js';
import { liveImpactVerdicts } from './policy/live-rules.js';
import { queueRuleVerdicts } from './policy/queue-rules.js';
import { thresholdVerdicts } from './policy/thresholds.js';
import type { Directory, ResolvedQueue } from './resolve.js';

interface PolicyInput {
  queues: PlanQueue[];
  /** The desired queues, for their rules (staffing, teams, own thresholds). */
  resolved: ResolvedQueue[];
  liveBySkill: Map<number, Map<number, LiveAssignment>>;
  assignments: LiveAssignment[];
  agents: Map<number, Agent>;
  skills: Skill[];
  directory: Directory;
  settings: Settings;
  force: boolean;
  window?: ChangeWindowStatus;
  /** Live impact of the planned queues (absent: no real-time read was made). */
  impact?: PlanImpact;
}

const NO_HELD: Map<number, LiveAssignment> = new Map();

export function checkPolicy(input: PolicyInput): Plan['policy'] {
  const { queues, liveBySkill, settings, force } = input;
  const config = new Map(input.resolved.map((q) => [q.skillId, q]));
  const verdicts: PolicyVerdict[] = [];
  for (const q of queues) {
    const own = config.get(q.skillId);
    if (!own) continue;
    const judged = queueRuleVerdicts(q, own, liveBySkill.get(q.skillId) ?? NO_HELD, input.agents);
    // Unchanged queues report only what needs attention; changed queues report every rule
    verdicts.push(...(q.changes.length > 0 ? judged : judged.filter((v) => v.verdict !== 'ok')));
  }
  verdicts.push(...thresholdVerdicts(queues, config, (id) => liveBySkill.get(id)?.size ?? 0, settings.safety, force));
  verdicts.push(...liveImpactVerdicts(queues, config, input.impact, force));
  verdicts.push(...maxActiveSkillsVerdicts(queues, input.assignments, settings.agents.maxActiveSkills));
  verdicts.push(...protectedSkillVerdicts(settings.agents.protected, queues, input.skills, input.directory, (s, a) => liveBySkill.get(s)?.get(a)));
  return policyOf(verdicts, input.window);
}

/** ok, forced and the violations list (the messages policyError reports), derived from the verdicts. */
function policyOf(verdicts: PolicyVerdict[], window?: ChangeWindowStatus): Plan['policy'] {
  const broken = verdicts.filter((v) => v.verdict === 'refused' || v.verdict === 'forced');
  return {
    ok: !verdicts.some((v) => v.verdict === 'refused'),
    forced: verdicts.some((v) => v.verdict === 'forced'),
    violations: broken.map((v) => ({ kind: v.kind, message: v.message })),
    verdicts,
    ...(window ? { window } : {}),
  };
}

/** The refusal of a plan policy did not let pass; it suggests --force only when --force would help. */
export function policyError(plan: Plan): PolicyError {
  const forceHelps = !plan.policy.forced && plan.policy.violations.every((v) => v.kind === 'threshold');
  return new PolicyError(
    plan.policy.violations.map((v) => v.message),
    forceHelps,
  );
}
