// Typed errors, created where a boundary is crossed (files, CXone, GitHub) and handled once in
// src/cli/. Messages are written for the person at the terminal and never hold secrets.
import type { Problem } from './problem.js';

export abstract class SkillopsError extends Error {
  abstract readonly exitCode: number;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The desired state or settings have problems; every problem is listed with its position. */
export class ConfigError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    readonly problems: Problem[],
    message = `${problems.length} problem(s) in the desired state`,
  ) {
    super(message);
  }
}

/** The command line itself is wrong (unknown flag value, missing file argument). */
export class UsageError extends SkillopsError {
  readonly exitCode = 1;
}

/** A plan broke a routing constraint or safety threshold; --force overrides thresholds only. */
export class PolicyError extends SkillopsError {
  readonly exitCode = 1;
  /** @param forceHelps false when --force was given or only routing constraints refused: then "use --force" would mislead */
  constructor(
    readonly reasons: string[],
    readonly forceHelps = true,
  ) {
    super(`plan refused by policy:\n${reasons.map((r) => `  - ${r}`).join('\n')}`);
  }
}

/** apply outside the change windows (settings.changeWindows) without --force-window --reason. */
export class ChangeWindowError extends SkillopsError {
  readonly exitCode = 1;
}

/** The live tenant changed since a saved plan was computed. */
export class StalePlanError extends SkillopsError {
  readonly exitCode = 1;
  constructor(detail: string) {
    super(`saved plan is stale: ${detail}. Run \`skillops plan\` again.`);
  }
}

/** A saved plan's changes are not the changes its inputs give now (edited by hand, or stale). */
export class PlanIntegrityError extends SkillopsError {
  readonly exitCode = 1;
  constructor(readonly differences: string[]) {
    super(
      `saved plan refused: its changes are not the changes recomputed from skills/ and live CXone (tampered with, or made by another version). ${differences.length} difference(s):\n${differences
        .slice(0, 10)
        .map((d) => `  - ${d}`)
        .join('\n')}${differences.length > 10 ? `\n  … and ${differences.length - 10} more` : ''}\nRun \`skillops plan --out\` again and review it.`,
    );
  }
}

/** The audit journal or record cannot be written where settings or --audit-dir say. */
export class AuditWriteError extends SkillopsError {
  readonly exitCode = 1;
}

/** Credentials were refused or are missing. */
export class CxoneAuthError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** CXone answered with an error after retries, or could not be reached. */
export class CxoneApiError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly detail: {
      status?: number;
      method: string;
      path: string;
      cxoneError?: string;
      requestId?: string;
      attempts: number;
    },
  ) {
    super(message);
  }
}

/**
 * The tenant (or the API version) has no bulk assignment endpoint: it answered 404 or 405.
 * `settled` holds the outcomes of any part of the write that was answered before.
 */
export class BulkWriteUnavailableError extends CxoneApiError {
  constructor(
    message: string,
    detail: CxoneApiError['detail'],
    readonly settled: Array<{ agentId: number; skillId: number; success: boolean; error?: string }>,
  ) {
    super(message, detail);
  }
}

/** GitHub refused a request or could not be reached. */
export class GitHubError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Another apply holds the apply lock; the message names the holder and the way out. */
export class LockedError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    detail: string | undefined,
    readonly holder: { id: string; actor: string; startedAt: string; runUrl?: string; host?: string; pid?: number } | undefined,
    readonly where: string,
  ) {
    super(detail ?? LockedError.describe(holder, where));
  }

  private static describe(holder: LockedError['holder'], where: string): string {
    if (!holder)
      return `another apply holds the lock (${where}), and its holder cannot be read. Nothing was changed. If no apply is running, remove ${where} by hand.`;
    const by = `${holder.actor}${holder.runUrl ? ` (${holder.runUrl})` : holder.host ? ` on ${holder.host}, pid ${holder.pid ?? '?'}` : ''}`;
    return (
      `apply is locked by ${by} since ${holder.startedAt} (lock ${holder.id}, ${where}). Nothing was changed. ` +
      `Wait for that run to finish; if it is gone, take the lock over with: skillops apply --force-unlock ${holder.id}`
    );
  }
}

/** GitHub cannot take the audit record (token, repository, branch or permission), found before any CXone write. */
export class GitHubAccessError extends SkillopsError {
  readonly exitCode = 1;
}

/** The plan reviewers saw on the merged pull request cannot be found or trusted; nothing is applied. */
export class ReviewedPlanError extends SkillopsError {
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly pullRequest?: number,
  ) {
    super(message);
  }
}

/** The user cancelled at a prompt (Ctrl-C: 130, end of input: 1). Nothing was changed. */
export class CancelledError extends SkillopsError {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The run was interrupted (a signal aborted it): requests in flight were cancelled. */
export class InterruptedError extends SkillopsError {
  readonly exitCode = 130;
}
