// Bounded shutdown. The first SIGINT/SIGTERM stops launching batches at once, gives the
// requests in flight GRACE_MS to answer, then gives up on them (their outcome is unknown) so
// the audit record is written well inside BUDGET_MS of the signal: GitHub Actions sends SIGINT,
// SIGTERM 7.5 s later and kills 2.5 s after that. A second signal gives up at once; only the
// local record and journal are written then.
import type { ApplyHooks } from './apply-types.js';

/** In-flight requests get this long after the first signal. */
export const GRACE_MS = 2000;
/** Everything after the first signal (grace, webhook, pull-request lookup, commit) fits in this. */
const BUDGET_MS = 4500;

interface ShutdownOptions {
  stop?: Promise<unknown> | undefined;
  stopNow?: Promise<unknown> | undefined;
  hooks?: ApplyHooks;
  graceMs?: number;
  budgetMs?: number;
}

const signalName = (s: unknown): string => (typeof s === 'string' ? s : 'SIGINT');

export class Shutdown {
  private readonly launchController = new AbortController();
  private readonly hardController = new AbortController();
  private readonly urgentController = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private stoppedAt: number | undefined;
  private why: string | undefined;
  private resolveStopped!: (reason: string) => void;
  /** Resolves with the reason when the first stop arrives. */
  readonly stopped = new Promise<string>((resolve) => {
    this.resolveStopped = resolve;
  });
  private readonly budgetMs: number;

  constructor(options: ShutdownOptions = {}) {
    const graceMs = options.graceMs ?? GRACE_MS;
    this.budgetMs = options.budgetMs ?? BUDGET_MS;
    void options.stop?.then((s) => {
      if (this.begin(signalName(s))) {
        options.hooks?.stopping?.(this.why!);
        this.timer = setTimeout(() => this.hardController.abort(), graceMs);
        this.timer.unref?.();
      }
    });
    void options.stopNow?.then((s) => {
      const first = this.begin(signalName(s));
      if (first) options.hooks?.stopping?.(this.why!);
      this.hardController.abort();
      this.urgentController.abort();
    });
  }

  private begin(reason: string): boolean {
    if (this.why !== undefined) return false;
    this.why = reason;
    this.stoppedAt = performance.now();
    this.launchController.abort();
    this.resolveStopped(reason);
    return true;
  }

  /** Aborted on the first stop: launch nothing new. */
  get launch(): AbortSignal {
    return this.launchController.signal;
  }
  /** Aborted when the grace ends (or on a second stop): stop waiting for requests in flight. */
  get hard(): AbortSignal {
    return this.hardController.signal;
  }
  /** Aborted on a second stop: skip everything but the local record. */
  get urgent(): AbortSignal {
    return this.urgentController.signal;
  }
  /** The signal that asked to stop, if any. */
  get reason(): string | undefined {
    return this.why;
  }

  /** Time left in the shutdown budget: Infinity before any stop, 0 after a second one. */
  remainingMs(): number {
    if (this.stoppedAt === undefined) return Infinity;
    if (this.urgent.aborted) return 0;
    return Math.max(0, this.budgetMs - (performance.now() - this.stoppedAt));
  }

  /** `work`, or the stop reason if a stop arrives first (the work goes on unobserved). */
  race<T>(work: Promise<T>): Promise<{ value: T } | { stopped: string }> {
    if (this.why !== undefined) return Promise.resolve({ stopped: this.why });
    return Promise.race([work.then((value) => ({ value })), this.stopped.then((stopped) => ({ stopped }))]);
  }

  /**
   * The run is over: anything it left unobserved (a read still retrying after a stop during the
   * read, for example) is cancelled, so no request or retry wait outlives the run.
   */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.hardController.abort();
  }
}

/** `work`, or `fallback()` once `ms` pass (Infinity: no limit). */
export function within<T>(work: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  if (ms === Infinity) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), Math.max(0, ms));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
