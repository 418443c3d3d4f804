// The run's one client-side rate limiter, adaptive: requests are spaced at least one interval
// apart at the current rate; a 429 halves the rate at once (multiplicative decrease) and every second of answers
// without one raises it by a tenth of the configured rate (additive increase), never above the
// configured rate. So a setting above what the tenant allows costs a few 429s, not a run of
// them, and a tenant that recovers is used fully again. (p-throttle, used before, cannot change
// its rate while running.)

import { expectDue } from '../text/time-slice.js';

interface RateGateOptions {
  /** The configured rate: the most requests per second ever sent. */
  perSecond: number;
  /** The lowest rate a 429 can push it down to. */
  minPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class RateGate {
  private rate: number;
  private readonly max: number;
  private readonly min: number;
  /** When the last request was let through. */
  private lastSent = -Infinity;
  /** The callers waiting, in order. */
  private queue: Promise<void> = Promise.resolve();
  private lastRaise = 0;
  private lastSlow = -Infinity;
  private readonly now: () => number;
  private readonly realClock: boolean;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RateGateOptions) {
    this.max = options.perSecond;
    this.min = Math.min(options.minPerSecond ?? 0.5, this.max);
    this.rate = this.max;
    this.realClock = options.now === undefined;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Requests per second now. */
  get current(): number {
    return this.rate;
  }

  /**
   * Waits for this caller's turn: callers go in call order, each one interval after the one
   * before it actually went. A timer that fires late (a busy thread) delays the ones after it
   * rather than letting them catch up, so no two requests are ever closer than one interval and
   * no second, wherever the server's starts, holds more than the rate.
   */
  wait(): Promise<void> {
    const turn = this.queue.then(async () => {
      // computed again after every sleep: timers count from the event loop's cached clock and
      // can fire a little early, and a 429 meanwhile moves the turn out
      for (;;) {
        const due = this.lastSent + 1000 / this.rate;
        const wait = due - this.now();
        if (wait <= 0) break;
        // on the real clock, long loops beside the read end their slice for it, so this timer
        // fires on time: each late send pushes every later one out (0.4-0.7 s over a 500k read)
        const fired = this.realClock ? expectDue(due) : undefined;
        try {
          await this.sleep(wait);
        } finally {
          fired?.();
        }
      }
      this.lastSent = this.now();
    });
    // one caller's failure (a sleep that throws) must not fail everyone queued behind it
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The server said 429: halve the rate; the next request waits one new interval from now. */
  slowDown(): void {
    // 429s for requests already in flight say the same thing: one halving per second
    if (this.now() - this.lastSlow < 1000) return;
    this.lastSlow = this.now();
    this.rate = Math.max(this.min, this.rate / 2);
    this.lastRaise = this.now();
    this.lastSent = Math.max(this.lastSent, this.now());
  }

  /** An answer that was not a 429: recover by a tenth of the configured rate per second. */
  recovered(): void {
    if (this.rate >= this.max) return;
    const now = this.now();
    if (now - this.lastRaise < 1000) return;
    this.lastRaise = now;
    this.rate = Math.min(this.max, this.rate + this.max / 10);
  }
}
