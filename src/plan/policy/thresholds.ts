// Safety thresholds: how much of the live state one run may touch. They guard against mistakes,
// not routing, so --force (with a reason) lets them pass. Queues with their own `safety` block
// are judged on their own assignments and left out of the global percentages.

import type { PlanQueue, PolicyRule, PolicyVerdict } from '../../domain/plan.js';
import type { Settings } from '../../domain/settings.js';
import type { ResolvedQueue } from '../resolve.js';
import { pct } from './verdict.js';

interface Judged {
  rule: PolicyRule;
  /** assignments judged (the denominator) and how many the plan touches */
  live: number;
  touched: number;
  limit: number;
  minExisting: number;
  queue?: { name: string; skillId: number };
  /** e.g. "remove", "change" */
  verb: string;
  setting: string;
}

function judge(j: Judged, force: boolean): PolicyVerdict {
  const scope = j.queue ? { queue: j.queue.name, skillId: j.queue.skillId } : {};
  const whose = j.queue
    ? `${j.queue.name} would ${j.verb} ${j.touched} of its ${j.live} live assignments`
    : `would ${j.verb} ${j.touched} of ${j.live} live managed assignments`;
  const base = {
    rule: j.rule,
    kind: 'threshold' as const,
    ...scope,
    requirement: `${j.verb} at most ${j.limit}% of ${j.queue ? 'the queue' : 'live managed assignments'}`,
    before: j.live,
    after: j.touched,
    limit: j.limit,
  };
  if (j.live < j.minExisting || j.live === 0) {
    return {
      ...base,
      verdict: 'ok',
      note: `not judged: fewer than minExistingAssignments ${j.minExisting}`,
      message: `${whose}: not judged below ${j.minExisting} live assignments (minExistingAssignments)`,
    };
  }
  const share = (100 * j.touched) / j.live;
  if (share <= j.limit) return { ...base, verdict: 'ok', message: `${whose} (${pct(j.touched, j.live)}), within ${j.setting} ${j.limit}%` };
  return { ...base, verdict: force ? 'forced' : 'refused', message: `${whose} (${pct(j.touched, j.live)}), above ${j.setting} ${j.limit}%` };
}

export function thresholdVerdicts(
  queues: PlanQueue[],
  config: Map<number, ResolvedQueue>,
  liveCount: (skillId: number) => number,
  safety: Settings['safety'],
  force: boolean,
): PolicyVerdict[] {
  const verdicts: PolicyVerdict[] = [];
  const global = { live: 0, remove: 0, update: 0 };
  let globalQueues = 0;
  for (const q of queues) {
    const own = config.get(q.skillId)?.safety;
    const live = liveCount(q.skillId);
    const remove = q.changes.filter((c) => c.action === 'remove').length;
    const update = q.changes.filter((c) => c.action === 'update').length;
    const queue = { name: q.skillName, skillId: q.skillId };
    const minExisting = own?.minExistingAssignments ?? safety.minExistingAssignments;
    if (own) {
      if (q.changes.length > 0) {
        const limits = { ...safety, ...own };
        verdicts.push(
          judge(
            {
              rule: 'maxRemovePercent',
              live,
              touched: remove,
              limit: limits.maxRemovePercent,
              minExisting,
              queue,
              verb: 'remove',
              setting: `its safety.maxRemovePercent`,
            },
            force,
          ),
        );
        verdicts.push(
          judge(
            {
              rule: 'maxChangePercent',
              live,
              touched: update,
              limit: limits.maxChangePercent,
              minExisting,
              queue,
              verb: 'change',
              setting: `its safety.maxChangePercent`,
            },
            force,
          ),
        );
      }
    } else {
      globalQueues++;
      global.live += live;
      global.remove += remove;
      global.update += update;
    }
    const queueLimit = own?.maxQueueChangePercent ?? safety.maxQueueChangePercent;
    if (queueLimit !== undefined && q.changes.length > 0) {
      verdicts.push(
        judge(
          {
            rule: 'maxQueueChangePercent',
            live,
            touched: q.changes.length,
            limit: queueLimit,
            minExisting,
            queue,
            verb: 'add, change or remove',
            setting: `${own?.maxQueueChangePercent !== undefined ? 'its ' : ''}safety.maxQueueChangePercent`,
          },
          force,
        ),
      );
    }
  }
  if (globalQueues > 0) {
    const minExisting = safety.minExistingAssignments;
    verdicts.push(
      judge(
        {
          rule: 'maxRemovePercent',
          live: global.live,
          touched: global.remove,
          limit: safety.maxRemovePercent,
          minExisting,
          verb: 'remove',
          setting: 'safety.maxRemovePercent',
        },
        force,
      ),
    );
    verdicts.push(
      judge(
        {
          rule: 'maxChangePercent',
          live: global.live,
          touched: global.update,
          limit: safety.maxChangePercent,
          minExisting,
          verb: 'change',
          setting: 'safety.maxChangePercent',
        },
        force,
      ),
    );
  }
  return verdicts;
}
