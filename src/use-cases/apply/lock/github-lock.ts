// The lock in GitHub: a branch (default `skillops-lock/apply`) created through the API. Creating a
// ref that exists fails (422 "Reference already exists"), which makes creation a test-and-set
// shared by every machine that talks to the repository. The holder is the message of the commit
// the branch points at. A branch, not a custom `refs/skillops/...` namespace: GitHub does not
// document that GITHUB_TOKEN may create refs outside heads/ and tags/. A lock found held names
// its workflow run; GitHub says whether that run is still queued or in progress.

import { SkillopsError } from '../../../domain/errors.js';
import type { GitHubPort } from '../../../github/port.js';
import { type HolderLiveness, holderRunId, type LockHolder, type LockStore, lockText, parseLockText, type TryAcquire } from './apply-lock.js';

export const LOCK_BRANCH = 'skillops-lock/apply';
/** One lock per tenant of a repository of many, so tenants apply side by side. */
export const lockBranchFor = (tenant?: string): string => (tenant ? `${LOCK_BRANCH}-${tenant}` : LOCK_BRANCH);

export class GitHubLockStore implements LockStore {
  readonly kind = 'github' as const;
  readonly where: string;

  constructor(
    private readonly github: GitHubPort,
    private readonly branch = LOCK_BRANCH,
  ) {
    this.where = `GitHub branch ${branch}`;
  }

  async tryAcquire(holder: LockHolder): Promise<TryAcquire> {
    const created = await this.github.createLockRef(this.branch, lockText(holder));
    if (created.created) return { acquired: true };
    return { acquired: false, held: await this.read() };
  }

  async read(): Promise<LockHolder | undefined> {
    const ref = await this.github.readLockRef(this.branch);
    return ref ? parseLockText(ref.message) : undefined;
  }

  async takeOver(held: LockHolder, holder: LockHolder): Promise<boolean> {
    const ref = await this.github.readLockRef(this.branch);
    if (!ref || parseLockText(ref.message)?.id !== held.id) return false;
    return (await this.github.takeOverLockRef(this.branch, ref.sha, lockText(holder))).taken;
  }

  async release(id: string): Promise<boolean> {
    const current = await this.read();
    if (current?.id !== id) return false;
    await this.github.deleteLockRef(this.branch);
    return true;
  }

  async remove(): Promise<void> {
    await this.github.deleteLockRef(this.branch);
  }

  async liveness(holder: LockHolder, env: NodeJS.ProcessEnv): Promise<HolderLiveness> {
    const runId = holderRunId(holder);
    if (!runId) return { state: 'unknown', why: 'the lock names no workflow run' };
    // a re-run of this very run: its earlier attempt is over, since attempts run one after another
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (String(runId) === env.GITHUB_RUN_ID && holder.runAttempt && Number.isInteger(attempt) && holder.runAttempt < attempt)
      return { state: 'gone', why: `attempt ${holder.runAttempt} of workflow run ${runId} ended (this is attempt ${attempt})` };
    let run: Awaited<ReturnType<GitHubPort['workflowRun']>>;
    try {
      run = await this.github.workflowRun(runId);
    } catch (error) {
      return {
        state: 'unknown',
        why: `GitHub did not say whether workflow run ${runId} is still running (${error instanceof SkillopsError ? error.message : String(error)})`,
      };
    }
    if (run.status === 'completed') return { state: 'gone', why: `workflow run ${runId} is completed${run.conclusion ? ` (${run.conclusion})` : ''}` };
    return { state: 'alive', why: `workflow run ${runId} is ${run.status}` };
  }
}
