// The run's one client-side rate limiter, adaptive: requests are spaced evenly at the current
// rate; a 429 halves the rate at once (multiplicative decrease) and every second of answers
// without one raises it by a tenth of the configured rate (additive increase), never above the
// configured rate. So a setting above what the tenant allows costs a few 429s, not a run of
// them, and a tenant that recovers is used fully again. (p-throttle, used before, cannot change
// its rate while running.)

export interface RateGateOptions {
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
  private next = 0;
  private lastRaise = 0;
  private lastSlow = -Infinity;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RateGateOptions) {
    this.max = options.perSecond;
    this.min = Math.min(options.minPerSecond ?? 0.5, this.max);
    this.rate = this.max;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Requests per second now. */
  get current(): number {
    return this.rate;
  }

  /** Waits for this caller's slot: slots are 1/rate apart, handed out in call order. */
  async wait(): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.next);
    this.next = slot + 1000 / this.rate;
    if (slot > now) await this.sleep(slot - now);
  }

  /** The server said 429: halve the rate and push the next slot out by one new interval. */
  slowDown(): void {
    // 429s for requests already in flight say the same thing: one halving per second
    if (this.now() - this.lastSlow < 1000) return;
    this.lastSlow = this.now();
    this.rate = Math.max(this.min, this.rate / 2);
    this.lastRaise = this.now();
    this.next = Math.max(this.next, this.now() + 1000 / this.rate);
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
