// One apply at a time: the apply use case inside the apply lock. Before anything is read or written:
// GitHub access is settled (with --commit-audit the token and repository must work), the lock is
// taken (in GitHub when a repository is configured, else a file in the repository), and a guard
// makes sure the audit branch exists. The lock is released in `finally`: after success, failure
// and a stop signal (the use case returns an interrupted outcome, then we release).
import path from 'node:path';
import { whoFromEnvironment } from '../../audit/who.js';
import { tenantOfSettings } from '../../config/tenant-folder.js';
import { GitHubAccessError, GitHubError } from '../../domain/errors.js';
import type { GitHubPort } from '../../github/port.js';
import type { ApplyDeps, ApplyGuard, ApplyOutcome, ApplyRequest } from './apply-types.js';
import { auditAccessGuard } from './audit-access-guard.js';
import { DEFAULT_GUARDS } from './guards.js';
import { acquireLock, type HeldLock, type LockStore, newHolder } from './lock/apply-lock.js';
import { FileLockStore } from './lock/file-lock.js';
import { GitHubLockStore, lockBranchFor } from './lock/github-lock.js';
import { performApply } from './run-apply.js';

interface LockedApplyDeps extends ApplyDeps {
  /** A GitHub adapter was handed in (tests): it counts as a configured repository. */
  githubGiven?: boolean;
  /** Where the lock lives, instead of the default choice (tests). */
  lockStore?: LockStore;
}

/** GitHub is configured when the audit record is committed, or a token and repository are set. */
function githubConfigured(request: ApplyRequest, deps: LockedApplyDeps): boolean {
  return Boolean(request.commitAudit || deps.githubGiven || (deps.env.GITHUB_TOKEN && deps.env.GITHUB_REPOSITORY));
}

export async function performLockedApply(request: ApplyRequest, deps: LockedApplyDeps): Promise<ApplyOutcome> {
  // 1. GitHub access, before anything else: a missing token or repository refuses here
  let github: GitHubPort | undefined;
  if (deps.github && githubConfigured(request, deps)) {
    github = deps.github();
  }
  const settingsFile = path.resolve(deps.cwd, request.config);
  // a tenant's file lock lives in its own folder; its GitHub lock is a branch of its own
  const tenant = tenantOfSettings(settingsFile)?.name;
  const store = deps.lockStore ?? (github ? new GitHubLockStore(github, lockBranchFor(tenant)) : new FileLockStore(path.dirname(settingsFile)));

  // 2. the lock
  const who = await whoFromEnvironment(deps.env, deps.cwd);
  let lock: HeldLock;
  try {
    lock = await acquireLock(store, newHolder(deps.env, who.actor), request.forceUnlock, deps.env);
  } catch (error) {
    if (error instanceof GitHubError) {
      throw new GitHubAccessError(
        `cannot take the apply lock in GitHub: ${error.message}. Nothing was read from or written to CXone; check GITHUB_TOKEN (contents: write) and GITHUB_REPOSITORY.`,
      );
    }
    throw error;
  }
  const taken = lock.trail.takenOver;
  if (taken)
    deps.hooks?.warn?.(
      `Took over the apply lock ${taken.id} of ${taken.actor} (since ${taken.since}, ${store.where}): ${taken.why}. The audit record names it.`,
    );

  // 3. the use case, with the audit-branch guard when the record is committed
  const guards: readonly ApplyGuard[] = [...(deps.guards ?? DEFAULT_GUARDS), ...(request.commitAudit && github ? [auditAccessGuard(github)] : [])];
  try {
    return await performApply({ ...request, lock: lock.trail }, { ...deps, guards, ...(github ? { github: () => github } : {}) });
  } finally {
    try {
      await lock.release();
    } catch (error) {
      deps.hooks?.warn?.(
        `Could not release the apply lock (${store.where}): ${error instanceof Error ? error.message : String(error)}. Remove it with --force-unlock ${lock.trail.id} once this run has ended.`,
      );
    }
  }
}
