// One apply at a time: a lock taken before apply reads anything and released in `finally`
// (success, failure, SIGINT). Where the lock lives is a LockStore: a ref in GitHub when a
// repository is configured (atomic: creating a ref fails when it exists), else a file created
// with O_EXCL in the repository. A lock whose holder is gone (its workflow run completed, or its
// process on this host ended) is taken over and the takeover recorded; a holder that cannot be
// checked (GitHub did not answer, another host) is removed only on request: `--force-unlock
// <id>`, which the audit record names too.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AuditRecord } from '../../../domain/audit.js';
import { LockedError } from '../../../domain/errors.js';
import { forTerminal } from '../../../text/untrusted.js';
import { workflowRunUrl } from '../../../text/url.js';

export interface LockHolder {
  /** Short random id; `--force-unlock <id>` names it. */
  id: string;
  /** GitHub actor or local user. */
  actor: string;
  /** The workflow run holding it, when in Actions. */
  runUrl?: string;
  /** That run's id and attempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT): asked about when the lock is found held. */
  runId?: number;
  runAttempt?: number;
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
  /** Replaces `held`'s lock with `holder`'s if `held` still holds it; false when another run got there first. */
  takeOver(held: LockHolder, holder: LockHolder): Promise<boolean>;
  /** Whether the holder's run or process has ended, as far as this store can tell. */
  liveness(holder: LockHolder, env: NodeJS.ProcessEnv): Promise<HolderLiveness>;
}

/** gone: taken over; alive: refused; unknown: refused, --force-unlock named. `why` says how it was judged. */
export type HolderLiveness = { state: 'gone' | 'alive' | 'unknown'; why: string };

/** A lock taken over because its holder was gone: who held it and how that was known (as the audit record keeps it). */
export type LockTakeover = NonNullable<NonNullable<AuditRecord['lock']>['takenOver']>;

/** What the audit record says about the lock. */
export interface LockTrail {
  kind: LockStore['kind'];
  where: string;
  id: string;
  /** A stale lock this run removed with --force-unlock. */
  forcedUnlock?: { id: string; actor: string; since: string; runUrl?: string };
  /** A lock this run took over because its holder's run or process had ended. */
  takenOver?: LockTakeover;
}

export interface HeldLock {
  trail: LockTrail;
  release(): Promise<void>;
}

export function newHolder(env: NodeJS.ProcessEnv, actor: string, now = new Date()): LockHolder {
  const runUrl = workflowRunUrl(env);
  const runId = positive(env.GITHUB_RUN_ID);
  const runAttempt = positive(env.GITHUB_RUN_ATTEMPT);
  return {
    id: randomBytes(4).toString('hex'),
    actor,
    ...(runUrl ? { runUrl } : {}),
    ...(runId ? { runId } : {}),
    ...(runId && runAttempt ? { runAttempt } : {}),
    startedAt: now.toISOString(),
    host: hostname(),
    pid: process.pid,
  };
}

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return text && /^\d+$/.test(text) && Number.isSafeInteger(n) && n > 0 ? n : undefined;
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
      ...(Number.isSafeInteger(data.runId) && data.runId! > 0 ? { runId: data.runId! } : {}),
      ...(Number.isSafeInteger(data.runAttempt) && data.runAttempt! > 0 ? { runAttempt: data.runAttempt! } : {}),
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
 * under exactly that id is removed first (and the trail records it); any other id refuses. A lock
 * found held is taken over when its holder is gone (the trail records how that was known);
 * refused when it is alive, or when that cannot be told (then --force-unlock is the way).
 */
export async function acquireLock(store: LockStore, holder: LockHolder, forceUnlock?: string, env: NodeJS.ProcessEnv = {}): Promise<HeldLock> {
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
  let takenOver: LockTakeover | undefined;
  let attempt = await store.tryAcquire(holder);
  if (!attempt.acquired && attempt.held) {
    const held = attempt.held;
    const liveness = await store.liveness(held, env);
    if (liveness.state !== 'gone') throw new LockedError(`${lockedText(held, store.where, liveness)}`, held, store.where);
    // the holder is gone: replace its lock, unless another run replaced or released it meanwhile
    if (!(await store.takeOver(held, holder))) throw new LockedError(undefined, await store.read(), store.where);
    attempt = { acquired: true };
    takenOver = {
      id: held.id,
      actor: held.actor,
      since: held.startedAt,
      ...(held.runUrl ? { runUrl: held.runUrl } : {}),
      ...(held.runId ? { runId: held.runId } : {}),
      host: held.host,
      pid: held.pid,
      why: liveness.why,
    };
  }
  if (!attempt.acquired) throw new LockedError(undefined, attempt.held, store.where);
  let released = false;
  return {
    trail: { kind: store.kind, where: store.where, id: holder.id, ...(forced ? { forcedUnlock: forced } : {}), ...(takenOver ? { takenOver } : {}) },
    release: async () => {
      if (released) return;
      released = true;
      await store.release(holder.id);
    },
  };
}

/** The refusal: who holds it, and why it was not taken over. */
function lockedText(held: LockHolder, where: string, liveness: HolderLiveness): string {
  const by = `${held.actor}${held.runUrl ? ` (${held.runUrl})` : ` on ${held.host}, pid ${held.pid}`}`;
  const head = `apply is locked by ${by} since ${held.startedAt} (lock ${held.id}, ${where}). Nothing was changed.`;
  if (liveness.state === 'alive') return `${head} It is still running: ${liveness.why}. Wait for it to finish.`;
  return `${head} Whether it is still running cannot be told: ${liveness.why}. If it is gone, take the lock over with: skillops apply --force-unlock ${held.id}`;
}

/** The run id a holder names: recorded, or the last part of its run URL (locks written before the id was). */
export function holderRunId(holder: LockHolder): number | undefined {
  if (holder.runId) return holder.runId;
  const match = /\/actions\/runs\/(\d+)(?:\/|$)/.exec(holder.runUrl ?? '');
  return match ? positive(match[1]) : undefined;
}
