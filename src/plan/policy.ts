// Routing constraints and safety thresholds, checked before any write. Constraints protect
// routing and cannot be forced; thresholds guard against mistakes and --force overrides them.
import type { Settings } from '../config/settings.js';
import type { Plan, PlanQueue, PolicyViolation } from './plan-types.js';
import { plural } from '../plural.js';

export function checkPolicy(queues: PlanQueue[], summary: Plan['summary'], liveManaged: number, safety: Settings['safety'], force: boolean): Plan['policy'] {
  const violations: PolicyViolation[] = [];
  for (const q of queues) {
    const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
    if (activeAfter < minActiveAgents && activeAfter < activeBefore) {
      violations.push({ kind: 'constraint', message: `${q.skillName} would have ${plural(activeAfter, 'active agent')} (from ${activeBefore}), below its minActiveAgents ${minActiveAgents}` });
    }
  }
  if (liveManaged >= safety.minExistingAssignments && liveManaged > 0) {
    const pct = (n: number) => (100 * n) / liveManaged;
    if (pct(summary.remove) > safety.maxRemovePercent) {
      violations.push({ kind: 'threshold', message: `would remove ${summary.remove} of ${liveManaged} live managed assignments (${pct(summary.remove).toFixed(1)}%), above safety.maxRemovePercent ${safety.maxRemovePercent}%` });
    }
    if (pct(summary.update) > safety.maxChangePercent) {
      violations.push({ kind: 'threshold', message: `would change ${summary.update} of ${liveManaged} live managed assignments (${pct(summary.update).toFixed(1)}%), above safety.maxChangePercent ${safety.maxChangePercent}%` });
    }
  }
  const constraints = violations.some((v) => v.kind === 'constraint');
  const thresholds = violations.some((v) => v.kind === 'threshold');
  return { ok: !constraints && (!thresholds || force), forced: force && thresholds, violations };
}
