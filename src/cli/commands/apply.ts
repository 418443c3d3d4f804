// `skillops apply`: wires options, streams and signals to the apply use case
// (use-cases/apply/run-apply.ts), renders its outcome (render/apply-text.ts) and picks the exit code.

import type { ChangeResult } from '../../domain/change-result.js';
import { SkillopsError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { applyJson } from '../../render/apply-json.js';
import { applySummaryMarkdown, applyText, auditCommitFailedText, auditNotWrittenText, tenantOf, unfinishedRunsText } from '../../render/apply-text.js';
import { leftAloneMarkdown, leftAloneText } from '../../render/left-alone-text.js';
import { planText } from '../../render/plan-text.js';
import { scheduledText } from '../../render/scheduled-text.js';
import { progressFor } from '../../terminal/progress.js';
import { redact } from '../../text/redact.js';
import { type ApplyOptions, checkedApplyOptions } from '../../use-cases/apply/apply-options.js';
import type { ApplyOutcome } from '../../use-cases/apply/apply-types.js';
import { explainRefusal } from '../../use-cases/apply/explain-refusal.js';
import { performLockedApply } from '../../use-cases/apply/locked-apply.js';
import { GRACE_MS } from '../../use-cases/apply/shutdown.js';
import type { Verification } from '../../use-cases/apply/verify.js';
import { reportScheduledDrift } from '../../use-cases/drift/report-scheduled-drift.js';
import { computePlan } from '../../use-cases/planning/compute-plan.js';

export type { ApplyOptions };

interface ApplyContext {
  stop?: Promise<NodeJS.Signals | unknown>;
  /** A second signal: stop now, keep only the local record. */
  stopNow?: Promise<NodeJS.Signals | unknown>;
  /** The GitHub adapter; built from GITHUB_TOKEN when --commit-audit needs one. */
  github?: GitHubPort;
}

interface ApplyReport {
  exitCode: number;
  auditPath?: string;
  results: ChangeResult[];
  verification?: Verification;
  outcome: ApplyOutcome;
}

export async function applyCommand(options: ApplyOptions, io: Io, context: ApplyContext = {}): Promise<number> {
  return (await runApply(options, io, context)).exitCode;
}

export async function runApply(options: ApplyOptions, io: Io, context: ApplyContext = {}): Promise<ApplyReport> {
  options = checkedApplyOptions(options, io.env);
  const json = options.format === 'json';
  let outcome: ApplyOutcome;
  try {
    outcome = await performLockedApplyFor(options, io, context, json);
  } catch (error) {
    // on merge (--pr): a refusal before any write is explained on the pull request too
    if (options.pr !== undefined && error instanceof SkillopsError) {
      const note = await explainRefusal(redact(error.message, io.env), options.pr, io, context.github);
      if (note) io.err(`${note}\n`);
    }
    throw error;
  }
  return reportApply(outcome, io, context, json);
}

function performLockedApplyFor(options: ApplyOptions, io: Io, context: ApplyContext, json: boolean): Promise<ApplyOutcome> {
  return performLockedApply(options, {
    githubGiven: context.github !== undefined,
    // `abort` (the shutdown's hard stop) cancels the client's requests in flight and its waits
    readAndPlan: (r, abort) =>
      computePlan(
        {
          config: r.config,
          force: r.force ?? false,
          ...(r.now ? { now: r.now } : {}),
          tuning: { ...r.tuning, abort },
          ...(r.target ? { target: r.target } : {}),
        },
        io,
      ),
    env: io.env,
    cwd: io.cwd,
    ...(context.stop ? { stop: context.stop } : {}),
    ...(context.stopNow ? { stopNow: context.stopNow } : {}),
    github: () => context.github ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env),
    hooks: {
      planReady: (plan, source) => {
        if (source === 'fresh' && !json) io.out(planText(plan, io.color));
      },
      ...(io.confirm && !json ? { confirm: (plan) => io.confirm!(`\nApply these changes to ${tenantOf(plan)}? Only "yes" is accepted: `) } : {}),
      // with --format json, stdout holds only the document: progress lines go to stderr
      startProgress: (total) => progressFor(json ? { ...io, out: io.err } : io, total, 'Applying'),
      unfinishedFound: (runs, auditDir) => io.err(unfinishedRunsText(runs, auditDir, io.cwd)),
      stopping: (signal) => io.err(`\n${signal} received: finishing the requests in flight (${GRACE_MS / 1000} s at most), then writing the audit record...\n`),
      warn: (message) => io.err(`${message}\n`),
    },
  });
}

async function reportApply(outcome: ApplyOutcome, io: Io, context: ApplyContext, json: boolean): Promise<ApplyReport> {
  if (outcome.scheduled) {
    // with --format json, stdout holds only the document
    const say = json ? io.err : io.out;
    say(scheduledText(outcome.scheduled));
    const report = await reportScheduledDrift(outcome.scheduled, io, context.github);
    if (report.issue) say(`Drift issue #${report.issue.number} ${report.issue.action}.\n`);
    if (report.error) io.err(`Could not update the drift issue: ${report.error}\n`);
  }
  if (outcome.status === 'finished') io.err(auditNotWrittenText(outcome));
  // queues outside a saved plan's cover that differ: with --format json, stdout holds only the document
  if ('leftAlone' in outcome) (json ? io.err : io.out)(leftAloneText(outcome.leftAlone));
  io.out(json ? applyJson(outcome) : applyText(outcome, { color: io.color, cwd: io.cwd }));
  if (outcome.status === 'finished') {
    io.err(auditCommitFailedText(outcome));
    await writeStepSummary(io, applySummaryMarkdown(outcome) + leftAloneMarkdown(outcome.leftAlone));
  }
  if (outcome.status !== 'finished') return { exitCode: applyExitCode(outcome), results: [], outcome };
  return {
    exitCode: applyExitCode(outcome),
    ...(outcome.audit.written ? { auditPath: outcome.audit.path } : {}),
    results: outcome.results,
    ...('unexpected' in outcome.verification ? { verification: outcome.verification } : {}),
    outcome,
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
