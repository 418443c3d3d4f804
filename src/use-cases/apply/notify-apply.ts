// Notify: the WFM webhook's skill_sync_complete event. Its failure never fails the apply; the
// outcome goes into the audit record.
import { changeRows } from '../../audit/audit-record.js';
import { notifyWebhook, type WebhookOutcome } from '../../audit/webhook/notify-webhook.js';
import type { Who } from '../../domain/audit.js';
import type { ChangeResult } from '../../domain/change-result.js';
import type { ApplyCounts, PreparedApply, VerificationOutcome } from './apply-types.js';

interface NotifyInput {
  prepared: PreparedApply;
  who: Who;
  results: ChangeResult[];
  counts: ApplyCounts;
  verification: VerificationOutcome;
  env: NodeJS.ProcessEnv;
  runId?: string;
  /** Time left (Infinity: not shutting down): then one attempt within it, cut on a second signal. */
  budgetMs: number;
  urgent: AbortSignal;
}

export async function notifyApply({ prepared, who, results, counts, verification, env, runId, budgetMs, urgent }: NotifyInput): Promise<WebhookOutcome> {
  const { plan } = prepared;
  const shuttingDown = budgetMs !== Infinity;
  if (shuttingDown && budgetMs < 250) return { delivered: false, skipped: 'apply was shutting down: no time left to notify' };
  return notifyWebhook({
    ...(runId ? { runId } : {}),
    ...(shuttingDown ? { attempts: 1, timeoutMs: Math.min(5000, budgetMs), totalMs: budgetMs } : {}),
    signal: urgent,
    url: env.SKILLOPS_WEBHOOK_URL || prepared.inputs.settings.webhook.url,
    secret: env.SKILLOPS_WEBHOOK_SECRET,
    payload: {
      event: 'skill_sync_complete',
      effectiveDate: plan.effectiveDate,
      commit: who.commit ?? null,
      pullRequest: who.pullRequest?.number ?? null,
      summary: { ...plan.summary, ...counts, verified: verification.ok },
      changes: changeRows(plan, results),
    },
  });
}
