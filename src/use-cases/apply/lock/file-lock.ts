// The lock without GitHub: a file in the repository, created with O_EXCL (`wx`), so of two runs
// on one machine or one shared checkout only one creates it. A lock found held by a process of
// this host that has ended is taken over; another host's processes cannot be checked from here.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { type HolderLiveness, type LockHolder, type LockStore, lockText, parseLockText, type TryAcquire } from './apply-lock.js';

export const LOCK_FILE = '.skillops/apply.lock';

export class FileLockStore implements LockStore {
  readonly kind = 'file' as const;
  readonly where: string;
  private readonly file: string;

  constructor(root: string) {
    this.file = path.join(root, LOCK_FILE);
    this.where = `file ${LOCK_FILE}`;
  }

  async tryAcquire(holder: LockHolder): Promise<TryAcquire> {
    await mkdir(path.dirname(this.file), { recursive: true });
    try {
      const handle = await open(this.file, 'wx', 0o644);
      try {
        await handle.writeFile(lockText(holder), 'utf8');
      } finally {
        await handle.close();
      }
      return { acquired: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return { acquired: false, held: await this.read() };
    }
  }

  async read(): Promise<LockHolder | undefined> {
    try {
      return parseLockText(await readFile(this.file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  async takeOver(held: LockHolder, holder: LockHolder): Promise<boolean> {
    if ((await this.read())?.id !== held.id) return false;
    await rm(this.file, { force: true });
    return (await this.tryAcquire(holder)).acquired;
  }

  async release(id: string): Promise<boolean> {
    const current = await this.read();
    if (current?.id !== id) return false;
    await rm(this.file, { force: true });
    return true;
  }

  async remove(): Promise<void> {
    await rm(this.file, { force: true });
  }

  async liveness(holder: LockHolder): Promise<HolderLiveness> {
    if (holder.host !== hostname())
      return { state: 'unknown', why: `it was taken on another host (${holder.host}), whose processes cannot be checked from here` };
    if (!Number.isSafeInteger(holder.pid) || holder.pid <= 0) return { state: 'unknown', why: 'the lock names no process' };
    try {
      process.kill(holder.pid, 0);
      return { state: 'alive', why: `process ${holder.pid} on this host is running` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ESRCH') return { state: 'gone', why: `process ${holder.pid} on this host has ended` };
      // EPERM: it exists, under another user
      return {
        state: code === 'EPERM' ? 'alive' : 'unknown',
        why: `process ${holder.pid} on this host ${code === 'EPERM' ? 'is running (another user)' : `cannot be checked (${code})`}`,
      };
    }
  }
}
