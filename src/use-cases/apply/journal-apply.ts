// The run's audit journal: started before the first write (fails fast when the audit directory
// cannot be written: nothing has changed yet), a line per batch, finished with the record.

import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { auditRelativePath, changeRows } from '../../audit/audit-record.js';
import { AuditJournal, findUnfinishedRuns, JOURNAL_FORMAT, markSuperseded, type UnfinishedRun } from '../../audit/journal.js';
import type { AuditRecord, Who } from '../../domain/audit.js';
import type { AuditWriteOutcome, PreparedApply } from './apply-types.js';
import type { Batch } from './batches.js';
import type { BatchRecorder } from './execute-plan.js';

export async function startApplyJournal(auditDir: string, startedAt: Date, who: Who, prepared: PreparedApply, batches: Batch[]): Promise<AuditJournal> {
  const { plan, source } = prepared;
  const stem = auditRelativePath(startedAt, who.commit).replace(/\.json$/, '');
  return AuditJournal.start(auditDir, stem, {
    type: 'started',
    format: JOURNAL_FORMAT,
    at: startedAt.toISOString(),
    pid: process.pid,
    host: hostname(),
    who,
    plan: { source, liveFingerprint: plan.liveFingerprint, desiredHash: plan.desiredHash, effectiveDate: plan.effectiveDate },
    changes: changeRows(
      plan,
      plan.queues.flatMap((q) => q.changes.map((change) => ({ change, status: 'not-attempted' as const }))),
    ).map(({ status: _status, ...row }) => row),
    batches: batches.map((b) => ({ skillId: b.skillId, action: b.action, agentIds: b.changes.map((c) => c.agentId) })),
  });
}

export function journalRecorder(journal: AuditJournal): BatchRecorder & { stopping(reason: string): Promise<void> } {
  const now = () => new Date().toISOString();
  return {
    stopping: (reason) => journal.append({ type: 'stopping', at: now(), reason }).catch(() => undefined),
    sending: (batch) => journal.append({ type: 'sending', at: now(), batch }),
    done: (batch, results) =>
      journal.append({
        type: 'batch',
        at: now(),
        batch,
        results: results.map((r) => ({ agentId: r.change.agentId, status: r.status, ...(r.error ? { error: r.error } : {}) })),
      }),
  };
}

/** Completes the journal: the record's path, or the whole record when it could not be written. */
export async function finishApplyJournal(journal: AuditJournal, record: AuditRecord, audit: AuditWriteOutcome, auditDir: string): Promise<void> {
  await journal
    .append({
      type: 'finished',
      at: new Date().toISOString(),
      outcome: record.outcome,
      ...(audit.written ? { record: relativeTo(auditDir, audit.path) } : { recordError: audit.error, fullRecord: record }),
    })
    .catch(() => undefined);
  await journal.close();
}

/** Unfinished journals of earlier runs; an unreadable audit directory simply has none. */
export const unfinishedRuns = (auditDir: string): Promise<UnfinishedRun[]> => findUnfinishedRuns(auditDir).catch(() => []);

/** Marks earlier unfinished journals as superseded by this run (best effort: they stay readable either way). */
export async function supersedeUnfinished(auditDir: string, runs: UnfinishedRun[], by: string): Promise<void> {
  for (const run of runs) await markSuperseded(auditDir, run, by).catch(() => undefined);
}

const relativeTo = (auditDir: string, file: string): string => path.relative(auditDir, file).split(path.sep).join('/');

export const readJournalText = (auditDir: string, run: UnfinishedRun): Promise<string> => readFile(path.join(auditDir, run.journal), 'utf8');
