// The apply use case's inputs, hooks and result. The use case returns data (ApplyOutcome); the
// CLI renders it (src/render/apply-text.ts) and maps it to an exit code.

import type { UnfinishedRun } from '../../audit/journal.js';
import type { WebhookOutcome } from '../../audit/webhook/notify-webhook.js';
import type { ClientTuning } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import type { AuditRecord, StoppedAuditRecord } from '../../domain/audit.js';
import type { ChangeResult } from '../../domain/change-result.js';
import type { DesiredState } from '../../domain/desired-state.js';
import type { RealTimeRead } from '../../domain/live-impact.js';
import type { LiveState } from '../../domain/live-state.js';
import type { LeftAloneQueue, Plan } from '../../domain/plan.js';
import type { Settings } from '../../domain/settings.js';
import type { QueueTarget } from '../../domain/target.js';
import type { GitHubPort } from '../../github/port.js';
import type { LockTrail } from './lock/apply-lock.js';
import type { Verification } from './verify.js';

/** What the user asked for (parsed options). */
export interface ApplyRequest {
  config: string;
  planFile?: string;
  autoApprove?: boolean;
  force?: boolean;
  /** Write even outside the change windows (settings.changeWindows). */
  forceWindow?: boolean;
  /** Why --force or --force-window was given; required with either, kept in the audit record. */
  reason?: string;
  now?: string;
  auditDir?: string;
  /** Client tuning (tests shorten retry waits); production uses the defaults. */
  tuning?: ClientTuning;
  /** Commit the audit record to the repository through the GitHub API (in Actions). */
  commitAudit?: boolean;
  /** Only some queues (--queue / --exclude-queue); a saved plan is applied with its own target. */
  target?: QueueTarget;
  // one apply at a time, and scheduled runs
  /** Take over a stale apply lock held under this id (recorded in the audit record). */
  forceUnlock?: string;
  /** Set by performLockedApply: the lock this run holds, for the audit record. */
  lock?: LockTrail;
  /** Scheduled run: apply only the changes dated entries make due; the rest is reported as drift. */
  scheduled?: boolean;
}

/** Desired state, live state and the fresh plan computed from them (the read → plan half). */
export interface ApplyInputs {
  settings: Settings;
  root: string;
  cxone: CxonePort;
  /** The plan this run computed from live state. */
  plan: Plan;
  live: LiveState;
  desired: DesiredState;
  now: Date;
  readMs: number;
  planMs: number;
  /** CXone's real-time read of this run (live impact), when one was made. */
  realTime?: RealTimeRead;
}

/** The inputs plus the plan that will be applied (the saved one, once checked, or the fresh one). */
export interface PreparedApply {
  inputs: ApplyInputs;
  plan: Plan;
  source: 'saved' | 'fresh';
  /** A scheduled run's split between due changes and drift. */
  scheduled?: ScheduledSelection;
  /** A saved plan's run: queues outside its cover that differ from live CXone, not written. */
  leftAlone?: LeftAloneQueue[];
}

interface ProgressSink {
  update(done: number, total: number): void;
  stop(): void;
}

/** Moments the caller may want to show while the use case runs; all optional. */
export interface ApplyHooks {
  /** The plan is ready (before guards and confirmation). */
  planReady?(plan: Plan, source: PreparedApply['source']): void;
  /** Ask a person; undefined when no one can answer (CI): then --auto-approve is required. */
  confirm?(plan: Plan): Promise<boolean>;
  /** Writes are about to start: return where progress goes. */
  startProgress?(totalBatches: number): ProgressSink;
  /** Earlier runs left unfinished journals (killed): reported before anything else happens. */
  unfinishedFound?(runs: UnfinishedRun[], auditDir: string): void;
  /** A stop signal arrived. */
  stopping?(signal: string): void;
  /** Something went wrong that does not fail the run. */
  warn?(message: string): void;
}

export interface ApplyDeps {
  /**
   * Reads desired and live state and plans (the CLI's computePlan). `abort` is aborted when the
   * run must stop; it becomes the CXone client's `abort` option, which cancels the read's requests
   * and, since the writes go through the same client, the writes in flight.
   */
  readAndPlan(request: ApplyRequest, abort: AbortSignal): Promise<ApplyInputs>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  hooks?: ApplyHooks;
  /** Resolves when the run should stop (SIGINT/SIGTERM); its value names the signal. */
  stop?: Promise<unknown>;
  /** Resolves on a second signal: stop now, keep only the local record. */
  stopNow?: Promise<unknown>;
  /** The GitHub adapter, built only when the audit record is committed. */
  github?: () => GitHubPort;
  /** Checks that may refuse the run before anything is written (default: DEFAULT_GUARDS). */
  guards?: readonly ApplyGuard[];
}

/** A check between planning and writing; it refuses by throwing a typed SkillopsError. */
export type ApplyGuard = (prepared: PreparedApply, request: ApplyRequest) => void | Promise<void>;

/** Verification result, or why it did not run. */
export type VerificationOutcome = Verification | { ok: boolean; skipped: string };

export interface ApplyCounts {
  applied: number;
  failed: number;
  notAttempted: number;
  /** Sent, but the run stopped before CXone answered. */
  unknown: number;
}

/** Where the audit record went. */
export type AuditWriteOutcome = { written: true; path: string } | { written: false; directory: string; error: string };

/** Committing the audit record to the repository (only with --commit-audit). */
export type AuditCommitOutcome =
  | { committed: true; path: string; branch: string; sha: string; attempts: number }
  | { committed: false; path: string; error: string };

interface OutcomeBase {
  plan: Plan;
  source: PreparedApply['source'];
  /** Earlier runs that were killed before finishing their journal. */
  unfinishedRuns: UnfinishedRun[];
  scheduled?: ScheduledSelection;
  /** A saved plan's run: queues outside its cover that differ from live CXone, not written. */
  leftAlone?: LeftAloneQueue[];
}

export type ApplyOutcome =
  /** Stopped by a signal before anything was written; the record says so (none when no audit folder was known). */
  | {
      status: 'stopped';
      signal: string;
      phase: 'read' | 'confirm';
      unfinishedRuns: UnfinishedRun[];
      scheduled?: undefined;
      record?: StoppedAuditRecord;
      audit?: AuditWriteOutcome;
    }
  | (OutcomeBase & { status: 'no-changes' })
  | (OutcomeBase & { status: 'cancelled' })
  | (OutcomeBase & {
      status: 'finished';
      results: ChangeResult[];
      counts: ApplyCounts;
      /** The signal that stopped the run early, if one did. */
      interrupted?: string;
      verification: VerificationOutcome;
      webhook: WebhookOutcome;
      record: AuditRecord;
      /** This run's journal, relative to the audit directory. */
      journal: string;
      audit: AuditWriteOutcome;
      commit?: AuditCommitOutcome;
    });

export type FinishedApply = Extract<ApplyOutcome, { status: 'finished' }>;

export interface ScheduledSelection {
  selfHeal: boolean;
  catchUpDays: number;
  /** Changes applied because a date made them due. */
  due: number;
  /** The other differences, one line each ("add Web Chat / jane@x (4410001) proficiency 2"). */
  drift: string[];
  /** Today's full plan with only the drift changes: what the drift report shows. */
  driftPlan: Plan;
}
