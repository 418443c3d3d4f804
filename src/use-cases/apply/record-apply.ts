// Record: the audit record of the run, written under the audit directory. A failed write is
// reported as data (the caller shows the record instead), never thrown: the writes happened.
import path from 'node:path';
import { buildAuditRecord } from '../../audit/audit-record.js';
import type { UnfinishedRun } from '../../audit/journal.js';
import type { WebhookOutcome } from '../../audit/webhook/notify-webhook.js';
import { writeAuditRecord } from '../../audit/write-audit.js';
import type { AuditRecord, Who } from '../../domain/audit.js';
import { SkillopsError } from '../../domain/errors.js';
import type { ApplyRequest, AuditWriteOutcome, PreparedApply, VerificationOutcome } from './apply-types.js';
import type { Execution } from './execute-plan.js';

interface RecordInput {
  startedAt: Date;
  prepared: PreparedApply;
  who: Who;
  execution: Execution;
  verification: VerificationOutcome;
  verifyMs: number;
  webhook: WebhookOutcome;
  request: Pick<ApplyRequest, 'force' | 'forceWindow' | 'reason'>;
  runId?: string;
  /** The signal that stopped the run, if one did (during the writes or the verification). */
  interrupted: string | undefined;
  journal: string;
  unfinishedRuns: UnfinishedRun[];
  /** Lock, forced-by and scheduled details: how this run was allowed to write. */
  trail?: Pick<AuditRecord, 'lock' | 'forced' | 'scheduled' | 'leftAlone'>;
}

export function buildApplyRecord(input: RecordInput): AuditRecord {
  const { inputs } = input.prepared;
  return buildAuditRecord(
    {
      startedAt: input.startedAt,
      finishedAt: new Date(),
      who: input.who,
      plan: input.prepared.plan,
      source: input.prepared.source,
      results: input.execution.results,
      interrupted: input.interrupted !== undefined,
      stats: inputs.cxone.stats(),
      durationsMs: {
        total: Date.now() - input.startedAt.getTime(),
        read: Math.round(inputs.readMs),
        plan: Math.round(inputs.planMs),
        apply: Math.round(input.execution.applyMs),
        verify: Math.round(input.verifyMs),
      },
      verification: input.verification,
      webhook: input.webhook,
      override: {
        ...(input.request.reason ? { reason: input.request.reason } : {}),
        window: Boolean(input.request.forceWindow && input.prepared.plan.policy.window && !input.prepared.plan.policy.window.open),
      },
      ...(input.runId ? { runId: input.runId } : {}),
      journal: input.journal,
      unfinishedRuns: input.unfinishedRuns,
    },
    input.trail,
  );
}

export function auditDirectory(request: ApplyRequest, prepared: PreparedApply): string {
  return request.auditDir ?? path.join(prepared.inputs.root, prepared.inputs.settings.audit.directory);
}

/** Writes the record beside its journal (`<stem>.json`). */
export async function writeApplyRecord(directory: string, record: AuditRecord, journalStem: string): Promise<AuditWriteOutcome> {
  try {
    return { written: true, path: await writeAuditRecord(directory, record, `${journalStem}.json`) };
  } catch (error) {
    return { written: false, directory, error: error instanceof SkillopsError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error)) };
  }
}
