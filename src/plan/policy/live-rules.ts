// Policy on live impact: judged on CXone's real-time figures, so apply judges it again on a
// fresh read (the floor may have changed since review). Safety thresholds: --force with
// --reason lets them pass. Without real-time data the rule cannot be judged: a warning, never
// a refusal, so a key without the real-time permission never blocks a plan.
import type { PlanImpact } from '../../domain/live-impact.js';
import type { PlanQueue, PolicyVerdict } from '../../domain/plan.js';
import { plural } from '../../text/plural.js';
import type { ResolvedQueue } from '../resolve.js';

export function liveImpactVerdicts(queues: PlanQueue[], config: Map<number, ResolvedQueue>, impact: PlanImpact | undefined, force: boolean): PolicyVerdict[] {
  const verdicts: PolicyVerdict[] = [];
  const byQueue = impact?.available ? new Map(impact.queues.map((i) => [i.skillId, i])) : new Map();
  const broken = force ? ('forced' as const) : ('refused' as const);
  for (const q of queues) {
    const rule = config.get(q.skillId)?.liveImpact;
    if (!rule || q.changes.length === 0) continue;
    const scope = { kind: 'threshold' as const, queue: q.skillName, skillId: q.skillId };
    const i = byQueue.get(q.skillId);
    const why = !impact ? 'live impact is off (impact.enabled: false)' : impact.available ? 'no real-time figures for this queue' : 'live impact unavailable';
    if (rule.minLoggedInWhenWaiting !== undefined) {
      const limit = rule.minLoggedInWhenWaiting;
      const requirement = `at least ${limit} logged-in agents while contacts wait`;
      if (!i) {
        verdicts.push({
          ...scope,
          rule: 'liveMinLoggedIn',
          requirement,
          before: 0,
          after: 0,
          limit,
          verdict: 'warning',
          note: `not judged: ${why}`,
          message: `${q.skillName}: liveImpact.minLoggedInWhenWaiting not judged: ${why}`,
        });
      } else {
        const { before, after } = i.loggedIn;
        const waiting = i.contactsInQueue;
        const base = { ...scope, rule: 'liveMinLoggedIn' as const, requirement, before, after, limit };
        const figures = `${before} → ${after} logged-in agents with ${plural(waiting, 'contact')} waiting`;
        if (waiting === 0 || after >= limit)
          verdicts.push({ ...base, verdict: 'ok', message: `${q.skillName}: ${figures}, within liveImpact.minLoggedInWhenWaiting ${limit}` });
        else if (after >= before)
          verdicts.push({
            ...base,
            verdict: 'warning',
            note: 'already broken; not made worse by this plan',
            message: `${q.skillName}: ${figures}, below liveImpact.minLoggedInWhenWaiting ${limit} already`,
          });
        else verdicts.push({ ...base, verdict: broken, message: `${q.skillName} would have ${figures}, below liveImpact.minLoggedInWhenWaiting ${limit}` });
      }
    }
    if (rule.maxLoggedInRemoved !== undefined) {
      const limit = rule.maxLoggedInRemoved;
      const requirement = `remove at most ${limit} logged-in agents`;
      if (!i) {
        verdicts.push({
          ...scope,
          rule: 'liveMaxLoggedInRemoved',
          requirement,
          before: 0,
          after: 0,
          limit,
          verdict: 'warning',
          note: `not judged: ${why}`,
          message: `${q.skillName}: liveImpact.maxLoggedInRemoved not judged: ${why}`,
        });
      } else {
        const out = i.agentsOut.length;
        const base = { ...scope, rule: 'liveMaxLoggedInRemoved' as const, requirement, before: i.loggedIn.before, after: out, limit };
        const figures = `${plural(out, 'logged-in agent')} of ${i.loggedIn.before}`;
        if (out <= limit)
          verdicts.push({ ...base, verdict: 'ok', message: `${q.skillName}: removes ${figures}, within liveImpact.maxLoggedInRemoved ${limit}` });
        else verdicts.push({ ...base, verdict: broken, message: `${q.skillName} would lose ${figures} now, above liveImpact.maxLoggedInRemoved ${limit}` });
      }
    }
  }
  return verdicts;
}
