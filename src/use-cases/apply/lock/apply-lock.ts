// One apply at a time: a lock taken before apply reads anything and released in `finally`
// (success, failure, SIGINT). Where the lock lives is a LockStore: a ref in GitHub when a
// repository is configured (atomic: creating a ref fails when it exists), else a file created
// with O_EXCL in the repository. A lock left by a run that died is removed only on request:
// `--force-unlock <id>`, which the audit record names.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { LockedError } from '../../../domain/errors.js';
import { forTerminal } from '../../../text/untrusted.js';

export interface LockHolder {
  /** Short random id; `--force-unlock <id>` names it. */
  id: string;
  /** GitHub actor or local user. */
  actor: string;
  /** The workflow run holding it, when in Actions. */
  runUrl?: string;
  startedAt: string;
  host: string;
  pid: number;
}

export type TryAcquire = { acquired: true } | { acquired: false; held: LockHolder | undefined };

export interface LockStore {
  /** Where the lock lives, for messages: "GitHub branch skillops-lock/apply", "file .skillops/apply.lock". */
  readonly where: string;
  readonly kind: 'github' | 'file';
  /** Atomically takes the lock for `holder`, or says who holds it. */
  tryAcquire(holder: LockHolder): Promise<TryAcquire>;
  /** The current holder (undefined when free or unreadable). */
  read(): Promise<LockHolder | undefined>;
  /** Removes the lock if `id` still holds it; true when removed. */
  release(id: string): Promise<boolean>;
  /** Removes the lock whoever holds it (after the caller checked the id). */
  remove(): Promise<void>;
}

/** What the audit record says about the lock. */
export interface LockTrail {
  kind: LockStore['kind'];
  where: string;
  id: string;
  /** A stale lock this run removed with --force-unlock. */
  forcedUnlock?: { id: string; actor: string; since: string; runUrl?: string };
}

export interface HeldLock {
  trail: LockTrail;
  release(): Promise<void>;
}

export function newHolder(env: NodeJS.ProcessEnv, actor: string, now = new Date()): LockHolder {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return { id: randomBytes(4).toString('hex'), actor, ...(runUrl ? { runUrl } : {}), startedAt: now.toISOString(), host: hostname(), pid: process.pid };
}

/** Lock text as stored (file content or commit message): a title line, then JSON. */
export function lockText(holder: LockHolder): string {
  return `skillops apply lock ${holder.id}\n\n${JSON.stringify(holder, null, 2)}\n`;
}

/** Reads lock text back; it is untrusted (anyone who can write the store can plant one). */
export function parseLockText(text: string): LockHolder | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    const data = JSON.parse(text.slice(start)) as Partial<LockHolder>;
    if (typeof data.id !== 'string' || typeof data.actor !== 'string' || typeof data.startedAt !== 'string') return undefined;
    // shown in terminals and CI logs: no control characters (no workflow commands), bounded
    const clean = (value: string, max: number) => forTerminal(value.slice(0, max));
    return {
      id: clean(data.id, 64),
      actor: clean(data.actor, 100),
      ...(typeof data.runUrl === 'string' ? { runUrl: clean(data.runUrl, 300) } : {}),
      startedAt: clean(data.startedAt, 40),
      host: typeof data.host === 'string' ? clean(data.host, 100) : 'unknown',
      pid: typeof data.pid === 'number' ? data.pid : 0,
    };
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock or refuses with LockedError naming the holder. With `forceUnlock`, a lock held
 * under exactly that id is removed first (and the trail records it); any other id refuses.
 */
export async function acquireLock(store: LockStore, holder: LockHolder, forceUnlock?: string): Promise<HeldLock> {
  let forced: LockTrail['forcedUnlock'];
  if (forceUnlock !== undefined) {
    const current = await store.read();
    if (!current)
      throw new LockedError(
        `--force-unlock ${forceUnlock}: no lock with that id is held (${store.where} is free or unreadable); run apply without --force-unlock`,
        undefined,
        store.where,
      );
    if (current.id !== forceUnlock)
      throw new LockedError(
        `--force-unlock ${forceUnlock} does not match the lock held now (id ${current.id}); check that run before removing its lock`,
        current,
        store.where,
      );
    await store.remove();
    forced = { id: current.id, actor: current.actor, since: current.startedAt, ...(current.runUrl ? { runUrl: current.runUrl } : {}) };
  }
  const attempt = await store.tryAcquire(holder);
  if (!attempt.acquired) throw new LockedError(undefined, attempt.held, store.where);
  let released = false;
  return {
    trail: { kind: store.kind, where: store.where, id: holder.id, ...(forced ? { forcedUnlock: forced } : {}) },
    release: async () => {
      if (released) return;
      released = true;
      await store.release(holder.id);
    },
  };
}
