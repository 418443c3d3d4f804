// Policy on live impact: judged on CXone's real-time figures, so apply judges it again on a
// fresh read (the floor may have changed since review). Safety thresholds: --force with
// --reason lets them pass. Without real-time data the rules cannot be judged: one warning per
// rule, never a refusal, so a key without the real-time permission never blocks a plan.
import type { PlanImpact, QueueImpact } from '../../domain/live-impact.js';
import type { PlanQueue, PolicyRule, PolicyVerdict } from '../../domain/plan.js';
import { plural } from '../../text/plural.js';
import type { ResolvedQueue } from '../resolve.js';

type LiveRule = Extract<PolicyRule, 'liveMinLoggedIn' | 'liveMaxLoggedInRemoved'>;

const SETTING: Record<LiveRule, string> = { liveMinLoggedIn: 'liveImpact.minLoggedInWhenWaiting', liveMaxLoggedInRemoved: 'liveImpact.maxLoggedInRemoved' };

export function liveImpactVerdicts(queues: PlanQueue[], config: Map<number, ResolvedQueue>, impact: PlanImpact | undefined, force: boolean): PolicyVerdict[] {
  const verdicts: PolicyVerdict[] = [];
  const byQueue = new Map(impact?.available ? impact.queues.map((i) => [i.skillId, i]) : []);
  const broken = force ? ('forced' as const) : ('refused' as const);
  const unjudged: Record<LiveRule, string[]> = { liveMinLoggedIn: [], liveMaxLoggedInRemoved: [] };
  for (const q of queues) {
    const rule = config.get(q.skillId)?.liveImpact;
    if (!rule || q.changes.length === 0) continue;
    const i = byQueue.get(q.skillId);
    if (rule.minLoggedInWhenWaiting !== undefined) {
      if (i) verdicts.push(minLoggedIn(q, i, rule.minLoggedInWhenWaiting, broken));
      else unjudged.liveMinLoggedIn.push(q.skillName);
    }
    if (rule.maxLoggedInRemoved !== undefined) {
      if (i) verdicts.push(maxRemoved(q, i, rule.maxLoggedInRemoved, broken));
      else unjudged.liveMaxLoggedInRemoved.push(q.skillName);
    }
  }
  const why = !impact ? 'live impact is off (impact.enabled: false)' : 'live impact unavailable';
  for (const rule of ['liveMinLoggedIn', 'liveMaxLoggedInRemoved'] as const) {
    const names = unjudged[rule];
    if (names.length === 0) continue;
    verdicts.push({
      rule,
      kind: 'threshold',
      requirement: `${SETTING[rule]} on ${plural(names.length, 'changed queue')}`,
      before: 0,
      after: 0,
      limit: 0,
      verdict: 'warning',
      note: `not judged: ${why}`,
      message: `${SETTING[rule]} not judged on ${names.join(', ')}: ${why}`,
    });
  }
  return verdicts;
}

function minLoggedIn(q: PlanQueue, i: QueueImpact, limit: number, broken: 'refused' | 'forced'): PolicyVerdict {
  const { before, after } = i.loggedIn;
  const waiting = i.contactsInQueue;
  const base = {
    rule: 'liveMinLoggedIn' as const,
    kind: 'threshold' as const,
    queue: q.skillName,
    skillId: q.skillId,
    requirement: `at least ${plural(limit, 'logged-in agent')} while contacts wait`,
    before,
    after,
    limit,
  };
  const figures = `${before} → ${after} logged-in agents with ${plural(waiting, 'contact')} waiting`;
  if (waiting === 0 || after >= limit) return { ...base, verdict: 'ok', message: `${q.skillName}: ${figures}, within ${SETTING.liveMinLoggedIn} ${limit}` };
  if (after >= before)
    return {
      ...base,
      verdict: 'warning',
      note: 'already broken; not made worse by this plan',
      message: `${q.skillName}: ${figures}, below ${SETTING.liveMinLoggedIn} ${limit} already`,
    };
  return { ...base, verdict: broken, message: `${q.skillName} would have ${figures}, below ${SETTING.liveMinLoggedIn} ${limit}` };
}

function maxRemoved(q: PlanQueue, i: QueueImpact, limit: number, broken: 'refused' | 'forced'): PolicyVerdict {
  const out = i.agentsOut.length;
  const base = {
    rule: 'liveMaxLoggedInRemoved' as const,
    kind: 'threshold' as const,
    queue: q.skillName,
    skillId: q.skillId,
    requirement: `remove at most ${plural(limit, 'logged-in agent')}`,
    before: i.loggedIn.before,
    after: out,
    limit,
  };
  const figures = `${plural(out, 'logged-in agent')} of ${i.loggedIn.before}`;
  if (out <= limit) return { ...base, verdict: 'ok', message: `${q.skillName}: removes ${figures}, within ${SETTING.liveMaxLoggedInRemoved} ${limit}` };
  return { ...base, verdict: broken, message: `${q.skillName} would lose ${figures} now, above ${SETTING.liveMaxLoggedInRemoved} ${limit}` };
}
