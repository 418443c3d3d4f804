// `skillops apply`: hands options, streams and signals to the apply use case
// (use-cases/apply/apply-from-repository.ts), renders its outcome and picks the exit code.

import type { ChangeResult } from '../../domain/change-result.js';
import type { Io } from '../../domain/io.js';
import { applyJson } from '../../render/apply-json.js';
import { applyText, auditCommitFailedText, auditNotWrittenText, tenantOf, unfinishedRunsText } from '../../render/apply-text.js';
import { leftAloneText } from '../../render/left-alone-text.js';
import { planText } from '../../render/plan-text.js';
import { scheduledText } from '../../render/scheduled-text.js';
import { progressFor } from '../../terminal/progress.js';
import { type ApplyRunContext, applyFromRepository } from '../../use-cases/apply/apply-from-repository.js';
import type { ApplyOptions } from '../../use-cases/apply/apply-options.js';
import type { ApplyHooks, ApplyOutcome } from '../../use-cases/apply/apply-types.js';
import { GRACE_MS } from '../../use-cases/apply/shutdown.js';
import type { Verification } from '../../use-cases/apply/verify.js';

export type { ApplyOptions };

interface ApplyReport {
  exitCode: number;
  auditPath?: string;
  results: ChangeResult[];
  verification?: Verification;
  outcome: ApplyOutcome;
}

export async function applyCommand(options: ApplyOptions, io: Io, context: ApplyRunContext = {}): Promise<number> {
  return (await runApply(options, io, context)).exitCode;
}

export async function runApply(options: ApplyOptions, io: Io, context: ApplyRunContext = {}): Promise<ApplyReport> {
  const json = options.format === 'json';
  const { outcome, drift } = await applyFromRepository(options, io, context, hooksFor(io, json));
  if (outcome.scheduled) {
    // with --format json, stdout holds only the document
    const say = json ? io.err : io.out;
    say(scheduledText(outcome.scheduled));
    if (drift?.issue) say(`Drift issue #${drift.issue.number} ${drift.issue.action}.\n`);
    if (drift?.error) io.err(`Could not update the drift issue: ${drift.error}\n`);
  }
  if (outcome.status === 'finished' || outcome.status === 'stopped') io.err(auditNotWrittenText(outcome));
  // queues outside a saved plan's cover that differ: with --format json, stdout holds only the document
  if ('leftAlone' in outcome) (json ? io.err : io.out)(leftAloneText(outcome.leftAlone));
  io.out(json ? applyJson(outcome) : applyText(outcome, { color: io.color, cwd: io.cwd }));
  if (outcome.status !== 'finished') return { exitCode: applyExitCode(outcome), results: [], outcome };
  io.err(auditCommitFailedText(outcome));
  return {
    exitCode: applyExitCode(outcome),
    ...(outcome.audit.written ? { auditPath: outcome.audit.path } : {}),
    results: outcome.results,
    ...('unexpected' in outcome.verification ? { verification: outcome.verification } : {}),
    outcome,
  };
}

/** What people see while apply runs: the fresh plan, the prompt, progress, signals, warnings. */
function hooksFor(io: Io, json: boolean): ApplyHooks {
  // what a stop means depends on whether the writes have started
  let writing = false;
  return {
    planReady: (plan, source) => {
      if (source === 'fresh' && !json) io.out(planText(plan, io.color));
    },
    ...(io.confirm && !json ? { confirm: (plan) => io.confirm!(`\nApply these changes to ${tenantOf(plan)}? Only "yes" is accepted: `) } : {}),
    // with --format json, stdout holds only the document: progress lines go to stderr
    startProgress: (total) => {
      writing = true;
      return progressFor(json ? { ...io, out: io.err } : io, total, 'Applying');
    },
    unfinishedFound: (runs, auditDir) => io.err(unfinishedRunsText(runs, auditDir, io.cwd)),
    stopping: (signal) =>
      io.err(
        writing
          ? `\n${signal} received: finishing the requests in flight (${GRACE_MS / 1000} s at most), then writing the audit record...\n`
          : `\n${signal} received: stopping before any write to CXone; writing the audit record...\n`,
      ),
    warn: (message) => io.err(`${message}\n`),
  };
}

/** Exit code when everything was applied and verified but the audit record could not be committed. */
const APPLIED_NOT_COMMITTED = 3;

const signalExit = (signal: string): number => (signal === 'SIGTERM' ? 143 : 130);

/**
 * 0 all applied and verified; 1 cancelled, any failure, unverified or the record not written;
 * 3 all applied and verified but the audit record not committed (it is in audit/, the job
 * summary and the artifact); 130/143 stopped by SIGINT/SIGTERM.
 */
function applyExitCode(outcome: ApplyOutcome): number {
  if (outcome.status === 'no-changes') return 0;
  if (outcome.status === 'cancelled') return 1;
  if (outcome.status === 'stopped') return signalExit(outcome.signal);
  if (outcome.interrupted) return signalExit(outcome.interrupted);
  const failed = outcome.results.some((r) => r.status !== 'applied');
  if (failed || !outcome.verification.ok || !outcome.audit.written) return 1;
  return outcome.commit !== undefined && !outcome.commit.committed ? APPLIED_NOT_COMMITTED : 0;
}
