// The lock in GitHub: a branch (default `skillops-lock/apply`) created through the API. Creating a
// ref that exists fails (422 "Reference already exists"), which makes creation a test-and-set
// shared by every machine that talks to the repository. The holder is the message of the commit
// the branch points at. A branch, not a custom `refs/skillops/...` namespace: GitHub does not
// document that GITHUB_TOKEN may create refs outside heads/ and tags/.
import type { GitHubPort } from '../../../github/port.js';
import { type LockHolder, type LockStore, lockText, parseLockText, type TryAcquire } from './apply-lock.js';

export const LOCK_BRANCH = 'skillops-lock/apply';

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

  async release(id: string): Promise<boolean> {
    const current = await this.read();
    if (current?.id !== id) return false;
    await this.github.deleteLockRef(this.branch);
    return true;
  }

  async remove(): Promise<void> {
    await this.github.deleteLockRef(this.branch);
  }
}
