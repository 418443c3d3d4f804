import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/domain/errors.ts
var SkillopsError = class extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var ConfigError = class extends SkillopsError {
  constructor(problems, message = `${problems.length} problem(s) in the desired state`) {
    super(message);
    this.problems = problems;
  }
  problems;
  exitCode = 1;
};
var UsageError = class extends SkillopsError {
  exitCode = 1;
};
var PolicyError = class extends SkillopsError {
  /** @param forceHelps false when --force was given or only routing constraints refused: then "use --force" would mislead */
  constructor(reasons, forceHelps = true) {
    super(`plan refused by policy:
${reasons.map((r) => `  - ${r}`).join("\n")}`);
    this.reasons = reasons;
    this.forceHelps = forceHelps;
  }
  reasons;
  forceHelps;
  exitCode = 1;
};
var ChangeWindowError = class extends SkillopsError {
  exitCode = 1;
};
var StalePlanError = class extends SkillopsError {
  exitCode = 1;
  constructor(detail) {
    super(`saved plan is stale: ${detail}. Run \`skillops plan\` again.`);
  }
};
var PlanIntegrityError = class extends SkillopsError {
  constructor(differences) {
    super(
      `saved plan refused: its changes are not the changes recomputed from skills/ and live CXone (tampered with, or made by another version). ${differences.length} difference(s):
${differences.slice(0, 10).map((d) => `  - ${d}`).join("\n")}${differences.length > 10 ? `
  … and ${differences.length - 10} more` : ""}
Run \`skillops plan --out\` again and review it.`
    );
    this.differences = differences;
  }
  differences;
  exitCode = 1;
};
var AuditWriteError = class extends SkillopsError {
  exitCode = 1;
};
var CxoneAuthError = class extends SkillopsError {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  exitCode = 1;
};
var CxoneApiError = class extends SkillopsError {
  constructor(message, detail) {
    super(message);
    this.detail = detail;
  }
  detail;
  exitCode = 1;
};
var BulkWriteUnavailableError = class extends CxoneApiError {
  constructor(message, detail, settled) {
    super(message, detail);
    this.settled = settled;
  }
  settled;
};
var GitHubError = class extends SkillopsError {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  exitCode = 1;
};
var LockedError = class _LockedError extends SkillopsError {
  constructor(detail, holder, where) {
    super(detail ?? _LockedError.describe(holder, where));
    this.holder = holder;
    this.where = where;
  }
  holder;
  where;
  exitCode = 1;
  static describe(holder, where) {
    if (!holder)
      return `another apply holds the lock (${where}), and its holder cannot be read. Nothing was changed. If no apply is running, remove ${where} by hand.`;
    const by = `${holder.actor}${holder.runUrl ? ` (${holder.runUrl})` : holder.host ? ` on ${holder.host}, pid ${holder.pid ?? "?"}` : ""}`;
    return `apply is locked by ${by} since ${holder.startedAt} (lock ${holder.id}, ${where}). Nothing was changed. Wait for that run to finish; if it is gone, take the lock over with: skillops apply --force-unlock ${holder.id}`;
  }
};
var GitHubAccessError = class extends SkillopsError {
  exitCode = 1;
};
var ReviewedPlanError = class extends SkillopsError {
  constructor(message, pullRequest) {
    super(message);
    this.pullRequest = pullRequest;
  }
  pullRequest;
  exitCode = 1;
};
var CancelledError = class extends SkillopsError {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};
var InterruptedError = class extends SkillopsError {
  exitCode = 130;
};

export {
  SkillopsError,
  ConfigError,
  UsageError,
  PolicyError,
  ChangeWindowError,
  StalePlanError,
  PlanIntegrityError,
  AuditWriteError,
  CxoneAuthError,
  CxoneApiError,
  BulkWriteUnavailableError,
  GitHubError,
  LockedError,
  GitHubAccessError,
  ReviewedPlanError,
  CancelledError,
  InterruptedError
};
