// `skillops apply`: wires options, streams and signals to the apply use case
// (src/apply/run-apply.ts), renders its outcome (src/render/apply-text.ts) and picks the exit code.
import type { ApplyOutcome, ApplyRequest } from '../../apply/apply-types.js';
import type { ChangeResult } from '../../apply/execute-batches.js';
import { performApply } from '../../apply/run-apply.js';
import { GRACE_MS } from '../../apply/shutdown.js';
import type { Verification } from '../../apply/verify.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { applySummaryMarkdown, applyText, auditCommitFailedText, auditNotWrittenText, unfinishedRunsText } from '../../render/apply-text.js';
import { planText } from '../../render/plan-text.js';
import { applyJson } from '../../render/apply-json.js';
import { UsageError } from '../../errors.js';
import { computePlan } from '../compute-plan.js';
import type { Io } from '../io.js';
import { progressFor } from '../progress.js';
import { writeStepSummary } from '../step-summary.js';

export type ApplyOptions = ApplyRequest & {
  /** text (default) or json: one skillops-apply/1 document on stdout (schemas/apply-output.schema.json). */
  format?: 'text' | 'json';
};

export interface ApplyContext {
  stop?: Promise<NodeJS.Signals | unknown>;
  /** A second signal: stop now, keep only the local record. */
  stopNow?: Promise<NodeJS.Signals | unknown>;
  /** The GitHub adapter; built from GITHUB_TOKEN when --commit-audit needs one. */
  github?: GitHubPort;
}

export interface ApplyReport {
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
  const json = options.format === 'json';
  // The prompt and the plan text would mix with the document: JSON runs never ask
  if (json && !options.autoApprove && !options.planFile) throw new UsageError('apply --format json needs --auto-approve or a saved plan (it never asks for confirmation)');
  const forcing = [options.force ? '--force' : '', options.forceWindow ? '--force-window' : ''].filter(Boolean);
  if (forcing.length > 0 && !options.reason?.trim()) {
    throw new UsageError(`${forcing.join(' and ')} needs --reason "why": the reason goes into the audit record`);
  }
  const outcome = await performApply(options, {
    // Seam (issue 12): pass `abort` to the CXone client's tuning once it takes one
    readAndPlan: (r, _abort) => computePlan({ config: r.config, force: r.force ?? false, ...(r.now ? { now: r.now } : {}), ...(r.tuning ? { tuning: r.tuning } : {}), ...(r.target ? { target: r.target } : {}) }, io),
    env: io.env,
    cwd: io.cwd,
    ...(context.stop ? { stop: context.stop } : {}),
    ...(context.stopNow ? { stopNow: context.stopNow } : {}),
    github: () => context.github ?? createGitHub(githubContext(io.env), io.env),
    hooks: {
      planReady: (plan, source) => {
        if (source === 'fresh' && !json) io.out(planText(plan, io.color));
      },
      ...(io.confirm && !json ? { confirm: () => io.confirm!(`\nApply these changes to CXone? Only "yes" is accepted: `) } : {}),
      // with --format json, stdout holds only the document: progress lines go to stderr
      startProgress: (total) => progressFor(json ? { ...io, out: io.err } : io, total, 'Applying'),
      unfinishedFound: (runs, auditDir) => io.err(unfinishedRunsText(runs, auditDir, io.cwd)),
      stopping: (signal) => io.err(`\n${signal} received: finishing the requests in flight (${GRACE_MS / 1000} s at most), then writing the audit record...\n`),
      warn: (message) => io.err(`${message}\n`),
    },
  });
  if (outcome.status === 'finished') io.err(auditNotWrittenText(outcome));
  io.out(json ? applyJson(outcome) : applyText(outcome, { color: io.color, cwd: io.cwd }));
  if (outcome.status === 'finished') {
    io.err(auditCommitFailedText(outcome));
    await writeStepSummary(io, applySummaryMarkdown(outcome));
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

const signalExit = (signal: string): number => (signal === 'SIGTERM' ? 143 : 130);

/** 0 all applied and verified; 1 cancelled, any failure, unverified, the record not written or not committed; 130/143 stopped by SIGINT/SIGTERM. */
export function applyExitCode(outcome: ApplyOutcome): number {
  if (outcome.status === 'no-changes') return 0;
  if (outcome.status === 'cancelled') return 1;
  if (outcome.status === 'stopped') return signalExit(outcome.signal);
  if (outcome.interrupted) return signalExit(outcome.interrupted);
  const failed = outcome.results.some((r) => r.status !== 'applied');
  return failed || !outcome.verification.ok || !outcome.audit.written || (outcome.commit !== undefined && !outcome.commit.committed) ? 1 : 0;
}
