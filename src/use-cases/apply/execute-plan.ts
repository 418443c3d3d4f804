// Execute: the plan's changes as write batches, each recorded in the journal before it is sent
// and after it answers. A stop signal stops launching batches; when the grace ends, batches
// still in flight are given up on and recorded as unknown.

import type { ChangeResult } from '../../domain/change-result.js';
import type { ApplyCounts, ApplyHooks, PreparedApply } from './apply-types.js';
import type { Batch } from './batches.js';
import { executeBatches } from './execute-batches.js';
import type { Shutdown } from './shutdown.js';

export interface Execution {
  batches: Batch[];
  results: ChangeResult[];
  /** The signal that stopped the run early, if one did. */
  interrupted?: string;
  applyMs: number;
}

/** Where each batch is recorded (the journal); both may reject to mean "could not record". */
export interface BatchRecorder {
  sending(index: number): Promise<void>;
  done(index: number, results: ChangeResult[]): Promise<void>;
}

export async function executePlan(
  prepared: PreparedApply,
  batches: Batch[],
  shutdown: Shutdown,
  recorder: BatchRecorder,
  hooks: ApplyHooks,
): Promise<Execution> {
  const { settings, cxone } = prepared.inputs;
  const start = performance.now();
  const progress = hooks.startProgress?.(batches.length);
  const { results, interrupted } = await executeBatches(cxone, batches, {
    concurrency: settings.apply.concurrency,
    batchSize: settings.apply.batchSize,
    ...(hooks.warn ? { warn: (message: string) => hooks.warn?.(message) } : {}),
    signal: shutdown.launch,
    hardAbort: shutdown.hard,
    onBatchStart: (index) => recorder.sending(index),
    onBatchDone: async (done, total, batchResults, index) => {
      progress?.update(done, total);
      // A batch that answered but could not be recorded: the journal's failure stops the next ones
      await recorder.done(index, batchResults).catch(() => undefined);
    },
  });
  progress?.stop();
  const reason = interrupted ? (shutdown.reason ?? 'SIGINT') : undefined;
  return { batches, results, ...(reason ? { interrupted: reason } : {}), applyMs: performance.now() - start };
}

export function countResults(results: ChangeResult[]): ApplyCounts {
  const counts = { applied: 0, failed: 0, notAttempted: 0, unknown: 0 };
  for (const r of results)
    counts[r.status === 'applied' ? 'applied' : r.status === 'failed' ? 'failed' : r.status === 'unknown' ? 'unknown' : 'notAttempted']++;
  return counts;
}
