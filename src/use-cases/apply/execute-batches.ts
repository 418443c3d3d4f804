// Runs write batches against CXone: concurrently up to a limit (all under the client's single
// rate limiter), every agent's outcome kept, a failed batch never stopping the others. `signal`
// stops launching batches (the rest are recorded as not attempted); `hardAbort` gives up on the
// batches in flight: their outcome is unknown (sent, no answer), and they are recorded as such.
// Batch entries sharing a `request` key are one request (an agent-centric write spans several
// skills): each entry is recorded before and after, the request is sent once.
import pLimit from 'p-limit';
import type { CxonePort } from '../../cxone/port.js';
import type { ChangeResult } from '../../domain/change-result.js';
import { InterruptedError, SkillopsError } from '../../domain/errors.js';
import type { Change } from '../../domain/plan.js';
import { redact } from '../../text/redact.js';
import type { Batch } from './batches.js';

interface ExecuteOptions {
  concurrency: number;
  /** Stop launching batches. */
  signal?: AbortSignal;
  /**
   * Stop waiting for batches in flight. apply gives the CXone client the same signal (its `abort`
   * option), which cancels the requests themselves; not waiting here covers a port without one.
   */
  hardAbort?: AbortSignal;
  /** Before a batch is sent (the journal records it durably first); a rejection skips the batch. */
  onBatchStart?: (index: number, batch: Batch) => Promise<void>;
  onBatchDone?: (done: number, total: number, results: ChangeResult[], index: number) => void | Promise<void>;
}

const UNKNOWN = 'no answer before shutdown: CXone may or may not have applied this';

export async function executeBatches(cxone: CxonePort, batches: Batch[], options: ExecuteOptions): Promise<{ results: ChangeResult[]; interrupted: boolean }> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const requests = new Map<string, number[]>();
  for (const [index, b] of batches.entries()) requests.set(b.request, [...(requests.get(b.request) ?? []), index]);
  let done = 0;
  const perRequest = await Promise.all(
    [...requests.values()].map((indexes) =>
      limit(async (): Promise<ChangeResult[]> => {
        const parts = indexes.map((i) => batches[i]!);
        const changes = parts.flatMap((p) => p.changes);
        if (options.signal?.aborted || options.hardAbort?.aborted) {
          return changes.map((change) => ({ change, status: 'not-attempted', error: 'interrupted before this batch was sent' }));
        }
        if (options.onBatchStart) {
          try {
            for (const i of indexes) await options.onBatchStart(i, batches[i]!);
          } catch (error) {
            const reason = error instanceof SkillopsError ? error.message : redact(String(error));
            return changes.map((change) => ({ change, status: 'not-attempted', error: `not sent: ${reason}` }));
          }
        }
        const results = await untilAborted(runRequest(cxone, parts[0]!, changes, options.hardAbort), options.hardAbort, () =>
          changes.map((change): ChangeResult => ({ change, status: 'unknown', error: UNKNOWN })),
        );
        // each entry's own share of the answer, in the order the entries were given
        let offset = 0;
        for (const [k, i] of indexes.entries()) {
          const share = results.slice(offset, offset + parts[k]!.changes.length);
          offset += parts[k]!.changes.length;
          done++;
          await options.onBatchDone?.(done, batches.length, share, i);
        }
        return results;
      }),
    ),
  );
  return { results: perRequest.flat(), interrupted: options.signal?.aborted ?? false };
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

/** Outcomes of one request, one per change in request order. */
async function send(cxone: CxonePort, batch: Batch, changes: Change[]): Promise<Array<{ success: boolean; error?: string }>> {
  const item = (c: Change) => ({ proficiency: c.after!.proficiency, isActive: c.after!.isActive });
  if (batch.via === 'agent') {
    const agentId = changes[0]!.agentId;
    if (batch.action === 'remove')
      return cxone.removeAgentSkills(
        agentId,
        changes.map((c) => c.skillId),
      );
    const items = changes.map((c) => ({ skillId: c.skillId, ...item(c) }));
    return batch.action === 'add' ? cxone.addAgentSkills(agentId, items) : cxone.updateAgentSkills(agentId, items);
  }
  if (batch.action === 'remove')
    return cxone.removeAssignments(
      batch.skillId,
      changes.map((c) => c.agentId),
    );
  const items = changes.map((c) => ({ agentId: c.agentId, ...item(c) }));
  return batch.action === 'add' ? cxone.addAssignments(batch.skillId, items) : cxone.updateAssignments(batch.skillId, items);
}

async function runRequest(cxone: CxonePort, batch: Batch, changes: Change[], hardAbort?: AbortSignal): Promise<ChangeResult[]> {
  let outcomes: Array<{ success: boolean; error?: string }>;
  try {
    outcomes = await send(cxone, batch, changes);
  } catch (error) {
    // Cancelled by the shutdown or by the client's abort signal: nobody knows what CXone did
    if (hardAbort?.aborted || error instanceof InterruptedError) return changes.map((change) => ({ change, status: 'unknown', error: UNKNOWN }));
    // The whole request failed after the client's retries: every item in it failed for this reason
    const reason = error instanceof SkillopsError ? error.message : redact(error instanceof Error ? error.message : String(error));
    return changes.map((change) => ({ change, status: 'failed', error: reason }));
  }
  return changes.map((change, i) => {
    const outcome = outcomes[i];
    if (!outcome) return { change, status: 'failed', error: 'CXone returned no outcome for this change' };
    return outcome.success ? { change, status: 'applied' } : { change, status: 'failed', error: outcome.error ?? 'failed' };
  });
}
