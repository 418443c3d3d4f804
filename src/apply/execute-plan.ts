// Execute: the plan's changes as write batches. A stop signal lets the batches in flight finish
// and records the rest as not attempted.
import { planBatches, type Batch } from './batches.js';
import { executeBatches, type ChangeResult } from './execute-batches.js';
import type { ApplyCounts, ApplyHooks, PreparedApply } from './apply-types.js';

export interface Execution {
  batches: Batch[];
  results: ChangeResult[];
  /** The signal that stopped the run early, if one did. */
  interrupted?: string;
  applyMs: number;
}

/** Watches the stop promise: the returned signal aborts once it resolves. */
export function watchStop(stop: Promise<unknown> | undefined, hooks: ApplyHooks): { signal: AbortSignal; reason: () => string | undefined } {
  const controller = new AbortController();
  let reason: string | undefined;
  void stop?.then((s) => {
    reason = typeof s === 'string' ? s : 'SIGINT';
    controller.abort();
    hooks.stopping?.(reason);
  });
  return { signal: controller.signal, reason: () => reason };
}

export async function executePlan(prepared: PreparedApply, stop: ReturnType<typeof watchStop>, hooks: ApplyHooks): Promise<Execution> {
  const { settings, cxone } = prepared.inputs;
  const batches = planBatches(prepared.plan, settings.apply.batchSize);
  const start = performance.now();
  const progress = hooks.startProgress?.(batches.length);
  const { results, interrupted } = await executeBatches(cxone, batches, {
    concurrency: settings.apply.concurrency,
    signal: stop.signal,
    onBatchDone: (done, total) => progress?.update(done, total),
  });
  progress?.stop();
  const reason = interrupted ? (stop.reason() ?? 'SIGINT') : undefined;
  return { batches, results, ...(reason ? { interrupted: reason } : {}), applyMs: performance.now() - start };
}

export function countResults(results: ChangeResult[]): ApplyCounts {
  const counts = { applied: 0, failed: 0, notAttempted: 0 };
  for (const r of results) counts[r.status === 'applied' ? 'applied' : r.status === 'failed' ? 'failed' : 'notAttempted']++;
  return counts;
}
