// Runs write batches against CXone: concurrently up to a limit (all under the client's single
// rate limiter), every agent's outcome kept, a failed batch never stopping the others, and on
// interruption the batches in flight finish while the rest are recorded as not attempted.
import pLimit from 'p-limit';
import type { CxonePort } from '../cxone/port.js';
import type { AgentOutcome } from '../cxone/types.js';
import { SkillopsError } from '../errors.js';
import { redact } from '../redact.js';
import type { Change } from '../plan/plan-types.js';
import type { Batch } from './batches.js';

export type ItemStatus = 'applied' | 'failed' | 'not-attempted';

export interface ChangeResult {
  change: Change;
  status: ItemStatus;
  error?: string;
}

export interface ExecuteOptions {
  concurrency: number;
  signal?: AbortSignal;
  onBatchDone?: (done: number, total: number, results: ChangeResult[]) => void;
}

export async function executeBatches(cxone: CxonePort, batches: Batch[], options: ExecuteOptions): Promise<{ results: ChangeResult[]; interrupted: boolean }> {
  const limit = pLimit(Math.max(1, options.concurrency));
  let done = 0;
  const perBatch = await Promise.all(
    batches.map((batch) =>
      limit(async (): Promise<ChangeResult[]> => {
        if (options.signal?.aborted) {
          return batch.changes.map((change) => ({ change, status: 'not-attempted', error: 'interrupted before this batch was sent' }));
        }
        const results = await runBatch(cxone, batch);
        done++;
        options.onBatchDone?.(done, batches.length, results);
        return results;
      }),
    ),
  );
  return { results: perBatch.flat(), interrupted: options.signal?.aborted ?? false };
}

async function runBatch(cxone: CxonePort, batch: Batch): Promise<ChangeResult[]> {
  let outcomes: AgentOutcome[];
  try {
    if (batch.action === 'remove') {
      outcomes = await cxone.removeAssignments(batch.skillId, batch.changes.map((c) => c.agentId));
    } else {
      const items = batch.changes.map((c) => ({ agentId: c.agentId, proficiency: c.after!.proficiency, isActive: c.after!.isActive }));
      outcomes = batch.action === 'add' ? await cxone.addAssignments(batch.skillId, items) : await cxone.updateAssignments(batch.skillId, items);
    }
  } catch (error) {
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
