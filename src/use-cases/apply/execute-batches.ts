// Runs write batches against CXone: concurrently up to a limit (all under the client's single
// rate limiter), every agent's outcome kept, a failed batch never stopping the others. `signal`
// stops launching batches (the rest are recorded as not attempted); `hardAbort` gives up on the
// batches in flight: their outcome is unknown (sent, no answer), and they are recorded as such.
// Batch entries sharing a `request` key are one request (an agent-centric or bulk write spans
// several skills): each entry is recorded before and after, the request is sent once.
//
// Bulk writes (POST /agents/skills): the first is sent alone, so a tenant without the endpoint
// (404/405) costs one request; then, once and with one warning, every bulk request of the run
// goes today's way instead (skill-centric or agent-centric, König cover, batchSize). A pair the
// bulk write reports as not applied is sent again today's way, which names the reason; when every
// update of a bulk answer failed (the endpoint adds but does not modify), the rest of the run's
// updates go with PUT.
import pLimit from 'p-limit';
import type { CxonePort } from '../../cxone/port.js';
import type { ChangeResult } from '../../domain/change-result.js';
import { BulkWriteUnavailableError, InterruptedError, SkillopsError } from '../../domain/errors.js';
import type { Change } from '../../domain/plan.js';
import { redact } from '../../text/redact.js';
import { type Batch, coverBatches } from './batches.js';

interface ExecuteOptions {
  concurrency: number;
  /** Agents or skills per request where bulk writes fall back to today's grouping (apply.batchSize). */
  batchSize?: number;
  /** One line for the person running apply (the bulk fallback). */
  warn?: (message: string) => void;
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
  const bulk: BulkState = { unavailable: false, noModify: false, fallback: pLimit(Math.max(1, options.concurrency)) };
  const perRequest = await Promise.all(
    [...requests.values()].map((indexes) =>
      limit(async (): Promise<ChangeResult[]> => {
        const parts = indexes.map((i) => batches[i]!);
        const changes = parts.flatMap((p) => p.changes);
        // the run's first bulk request goes alone; the others wait for its answer (before being
        // journaled, so a stop meanwhile leaves them not attempted)
        const bulkTurn = parts[0]!.via === 'bulk' ? await takeBulkTurn(bulk) : undefined;
        try {
          return await sendRequest(indexes, parts, changes);
        } finally {
          bulkTurn?.();
        }
      }),
    ),
  );
  return { results: perRequest.flat(), interrupted: options.signal?.aborted ?? false };

  async function sendRequest(indexes: number[], parts: Batch[], changes: Change[]): Promise<ChangeResult[]> {
    if (options.signal?.aborted || options.hardAbort?.aborted) {
      return changes.map((change) => ({ change, status: 'not-attempted', error: 'interrupted before this batch was sent' }));
    }
    if (options.onBatchStart) {
      try {
        // all at once: the journal writes lines that wait together in one durable write
        await Promise.all(indexes.map((i) => options.onBatchStart!(i, batches[i]!)));
      } catch (error) {
        const reason = error instanceof SkillopsError ? error.message : redact(String(error));
        return changes.map((change) => ({ change, status: 'not-attempted', error: `not sent: ${reason}` }));
      }
    }
    const work = parts[0]!.via === 'bulk' ? runBulk(cxone, changes, bulk, options) : runRequest(cxone, parts[0]!, changes, options.hardAbort);
    const results = await untilAborted(work, options.hardAbort, () => changes.map((change): ChangeResult => ({ change, status: 'unknown', error: UNKNOWN })));
    // each entry's own share of the answer, in the order the entries were given (recorded together, as above)
    let offset = 0;
    const recorded: Array<void | Promise<void>> = [];
    for (const [k, i] of indexes.entries()) {
      const share = results.slice(offset, offset + parts[k]!.changes.length);
      offset += parts[k]!.changes.length;
      done++;
      recorded.push(options.onBatchDone?.(done, batches.length, share, i));
    }
    await Promise.all(recorded);
    return results;
  }
}

/** Waits while the run's first bulk request is out; the first caller gets the release for the others. */
async function takeBulkTurn(state: BulkState): Promise<(() => void) | undefined> {
  if (state.first) {
    await state.first;
    return undefined;
  }
  let release!: () => void;
  state.first = new Promise<void>((resolve) => (release = resolve));
  return release;
}

interface BulkState {
  /** The tenant answered 404/405 to the bulk write: the run's bulk requests go today's way. */
  unavailable: boolean;
  /** Every update of a bulk answer failed: the run's updates go with PUT. */
  noModify: boolean;
  /** Settles when the run's first bulk request has answered (the others wait for it). */
  first?: Promise<void>;
  /** Limits the requests of the fallback to the run's concurrency. */
  fallback: ReturnType<typeof pLimit>;
}

const failedResult = (error: unknown, changes: Change[], hardAbort?: AbortSignal): ChangeResult[] => {
  if (hardAbort?.aborted || error instanceof InterruptedError) return changes.map((change) => ({ change, status: 'unknown', error: UNKNOWN }));
  const reason = error instanceof SkillopsError ? error.message : redact(error instanceof Error ? error.message : String(error));
  return changes.map((change) => ({ change, status: 'failed', error: reason }));
};

/** One bulk request: its changes, through the bulk write or, where that cannot take them, today's way. Results in the order of `changes`. */
async function runBulk(cxone: CxonePort, changes: Change[], state: BulkState, options: ExecuteOptions): Promise<ChangeResult[]> {
  const results = new Map<Change, ChangeResult>();
  const later: Change[] = [];
  const writePairs = cxone.writePairs?.bind(cxone);
  const now = writePairs && !state.unavailable ? changes.filter((c) => !(state.noModify && c.action === 'update')) : [];
  const sentNow = new Set(now);
  later.push(...changes.filter((c) => !sentNow.has(c)));
  if (writePairs && now.length > 0) {
    try {
      const outcomes = await writePairs(
        now.map((c) => ({ agentId: c.agentId, skillId: c.skillId, proficiency: c.after!.proficiency, isActive: c.after!.isActive })),
      );
      now.forEach((change, i) => {
        const o = outcomes[i];
        results.set(
          change,
          o?.success ? { change, status: 'applied' } : { change, status: 'failed', error: o?.error ?? 'CXone returned no outcome for this change' },
        );
      });
      const updates = now.filter((c) => c.action === 'update');
      const failedUpdates = updates.filter((c) => results.get(c)?.status === 'failed');
      if (updates.length > 0 && failedUpdates.length === updates.length && !state.noModify) {
        state.noModify = true;
        options.warn?.(
          `CXone's bulk write (POST /agents/skills) did not modify ${failedUpdates.length === 1 ? 'an existing assignment' : 'existing assignments'}: updates are sent with PUT for the rest of this run.`,
        );
      }
      // a pair the bulk write did not apply goes again today's way, which also says why when it
      // fails (the bulk answer gives no reason)
      later.push(...now.filter((c) => results.get(c)?.status === 'failed'));
    } catch (error) {
      if (!(error instanceof BulkWriteUnavailableError)) {
        for (const r of failedResult(error, now, options.hardAbort)) results.set(r.change, r);
      } else {
        if (!state.unavailable) {
          state.unavailable = true;
          options.warn?.(
            `CXone answered ${error.detail.status} to the bulk write (POST /agents/skills): this tenant or API version has no such endpoint, so this run writes per skill or per agent instead.`,
          );
        }
        const settled = new Map(error.settled.map((o) => [`${o.agentId}:${o.skillId}`, o]));
        for (const change of now) {
          const o = settled.get(`${change.agentId}:${change.skillId}`);
          if (!o) later.push(change);
          else results.set(change, o.success ? { change, status: 'applied' } : { change, status: 'failed', error: o.error ?? 'failed' });
        }
      }
    }
  }
  // today's way: the König cover of what is left, in batches of batchSize
  const requests = new Map<string, Batch[]>();
  for (const b of coverBatches(later, options.batchSize ?? 50)) requests.set(b.request, [...(requests.get(b.request) ?? []), b]);
  await Promise.all(
    [...requests.values()].map((parts) =>
      state.fallback(async () => {
        for (const r of await runRequest(
          cxone,
          parts[0]!,
          parts.flatMap((p) => p.changes),
          options.hardAbort,
        ))
          results.set(r.change, r);
      }),
    ),
  );
  return changes.map((change) => results.get(change) ?? { change, status: 'failed', error: 'CXone returned no outcome for this change' });
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
