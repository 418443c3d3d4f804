// Runs write batches against CXone: concurrently up to a limit (all under the client's single
// rate limiter), every agent's outcome kept, a failed batch never stopping the others. `signal`
// stops launching batches (the rest are recorded as not attempted); `hardAbort` gives up on the
// batches in flight: their outcome is unknown (sent, no answer), and they are recorded as such.
import pLimit from 'p-limit';
import type { CxonePort } from '../cxone/port.js';
import type { AgentOutcome } from '../cxone/types.js';
import { SkillopsError } from '../errors.js';
import { redact } from '../redact.js';
import type { Change } from '../plan/plan-types.js';
import type { Batch } from './batches.js';

export type ItemStatus = 'applied' | 'failed' | 'not-attempted' | 'unknown';

export interface ChangeResult {
  change: Change;
  status: ItemStatus;
  error?: string;
}

export interface ExecuteOptions {
  concurrency: number;
  /** Stop launching batches. */
  signal?: AbortSignal;
  /**
   * Stop waiting for batches in flight. Seam: once the CXone client takes an `abort` signal
   * (issue 12), pass the same signal to it so the requests themselves are cancelled too.
   */
  hardAbort?: AbortSignal;
  /** Before a batch is sent (the journal records it durably first); a rejection skips the batch. */
  onBatchStart?: (index: number, batch: Batch) => Promise<void>;
  onBatchDone?: (done: number, total: number, results: ChangeResult[], index: number) => void | Promise<void>;
}

const UNKNOWN = 'no answer before shutdown: CXone may or may not have applied this';

export async function executeBatches(cxone: CxonePort, batches: Batch[], options: ExecuteOptions): Promise<{ results: ChangeResult[]; interrupted: boolean }> {
  const limit = pLimit(Math.max(1, options.concurrency));
  let done = 0;
  const perBatch = await Promise.all(
    batches.map((batch, index) =>
      limit(async (): Promise<ChangeResult[]> => {
        if (options.signal?.aborted || options.hardAbort?.aborted) {
          return batch.changes.map((change) => ({ change, status: 'not-attempted', error: 'interrupted before this batch was sent' }));
        }
        if (options.onBatchStart) {
          try {
            await options.onBatchStart(index, batch);
          } catch (error) {
            const reason = error instanceof SkillopsError ? error.message : redact(String(error));
            return batch.changes.map((change) => ({ change, status: 'not-attempted', error: `not sent: ${reason}` }));
          }
        }
        const results = await untilAborted(runBatch(cxone, batch, options.hardAbort), options.hardAbort, () => batch.changes.map((change): ChangeResult => ({ change, status: 'unknown', error: UNKNOWN })));
        done++;
        await options.onBatchDone?.(done, batches.length, results, index);
        return results;
      }),
    ),
  );
  return { results: perBatch.flat(), interrupted: options.signal?.aborted ?? false };
}

/** `work`, unless `signal` aborts first: then `onAbort()` (the work goes on unobserved). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, onAbort: () => T): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise<T>((resolve, reject) => {
    const abort = () => resolve(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function runBatch(cxone: CxonePort, batch: Batch, hardAbort?: AbortSignal): Promise<ChangeResult[]> {
  let outcomes: AgentOutcome[];
  try {
    if (batch.action === 'remove') {
      outcomes = await cxone.removeAssignments(batch.skillId, batch.changes.map((c) => c.agentId));
    } else {
      const items = batch.changes.map((c) => ({ agentId: c.agentId, proficiency: c.after!.proficiency, isActive: c.after!.isActive }));
      outcomes = batch.action === 'add' ? await cxone.addAssignments(batch.skillId, items) : await cxone.updateAssignments(batch.skillId, items);
    }
  } catch (error) {
    // Cancelled by the shutdown (a client that honours the abort signal): nobody knows what CXone did
    if (hardAbort?.aborted) return batch.changes.map((change) => ({ change, status: 'unknown', error: UNKNOWN }));
    // The whole batch failed after the client's retries: every item in it failed for this reason
    const reason = error instanceof SkillopsError ? error.message : redact(error instanceof Error ? error.message : String(error));
    return batch.changes.map((change) => ({ change, status: 'failed', error: reason }));
  }
  const byAgent = new Map(outcomes.map((o) => [o.agentId, o]));
  return batch.changes.map((change) => {
    const outcome = byAgent.get(change.agentId);
    if (!outcome) return { change, status: 'failed', error: 'CXone returned no outcome for this agent' };
    return outcome.success ? { change, status: 'applied' } : { change, status: 'failed', error: outcome.error ?? 'failed' };
  });
}
