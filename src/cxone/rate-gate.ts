// The run's one client-side rate limiter, adaptive: requests are spaced one interval apart at the
// current rate; a 429 halves the rate at once (multiplicative decrease) and every second of
// answers without one raises it by a tenth of the configured rate (additive increase), never above
// the configured rate. So a setting above what the tenant allows costs a few 429s, not a run of
// them, and a tenant that recovers is used fully again. (p-throttle, used before, cannot change
// its rate while running.)
//
// Each request has a slot, one interval after the slot before it. A timer that fires late (the
// thread was parsing a page) sends its request late, and the requests after it may then go
// closer together, down to half an interval, until they are back on their slots: time lost to a
// busy thread is made up instead of added to the read. What a tenant can count never exceeds the
// rate: no request goes out while the configured rate's worth were sent within the last second
// and a margin, wherever that second starts. After a 429 the gate keeps strictly to one interval for the rest
// of the run.

interface RateGateOptions {
  /** The configured rate: the most requests per second ever sent. */
  perSecond: number;
  /** The lowest rate a 429 can push it down to. */
  minPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether late requests may catch up on their slots (default: yes, for a rate of 1/s or more). */
  catchUp?: boolean;
}

export class RateGate {
  private rate: number;
  private readonly max: number;
  private readonly min: number;
  /** When the last request was let through. */
  private lastSent = -Infinity;
  /** The slot of the last request: when it was due, which is earlier than lastSent when it went late. */
  private lastSlot = -Infinity;
  /** Send times of the last `window` requests, oldest first: no more than that within one second. */
  private readonly recent: number[] = [];
  private readonly window: number;
  /** Late requests may catch up on their slots; off after the first 429. */
  private catchUp: boolean;
  /** The callers waiting, in order. */
  private queue: Promise<void> = Promise.resolve();
  private lastRaise = 0;
  private lastSlow = -Infinity;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RateGateOptions) {
    this.max = options.perSecond;
    this.min = Math.min(options.minPerSecond ?? 0.5, this.max);
    this.rate = this.max;
    this.window = Math.floor(this.max);
    this.catchUp = options.catchUp ?? this.window >= 1;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Requests per second now. */
  get current(): number {
    return this.rate;
  }

  /**
   * Waits for this caller's turn: callers go in call order, each at its slot, one interval after
   * the slot before it. One that went late (a busy thread) lets the next ones go sooner, never
   * closer than half an interval and never more than the configured rate within one second;
   * with catching up off (after a 429), each goes one interval after the one before it actually
   * went. A caller that finds the gate idle takes the present as its slot: idle time is no credit.
   */
  wait(): Promise<void> {
    const called = this.now();
    const turn = this.queue.then(async () => {
      // its slot: one interval after the one before it, or when it asked if the gate was idle
      const slot = Math.max(this.lastSlot + 1000 / this.rate, called);
      // computed again after every sleep: timers count from the event loop's cached clock and
      // can fire a little early, and a 429 meanwhile moves the turn out
      for (;;) {
        const due = this.catchUp ? this.catchUpDue(slot) : this.lastSent + 1000 / this.rate;
        const wait = due - this.now();
        if (wait <= 0) break;
        await this.sleep(wait);
      }
      const sent = this.now();
      this.lastSent = sent;
      this.lastSlot = this.catchUp ? Math.min(slot, sent) : sent;
      this.recent.push(sent);
      if (this.recent.length > this.window) this.recent.shift();
    });
    // one caller's failure (a sleep that throws) must not fail everyone queued behind it
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The earliest this request may go while catching up: its slot, half an interval, one second. */
  private catchUpDue(slot: number): number {
    const spacing = this.lastSent + 500 / this.rate;
    const oldest = this.window > 0 && this.recent.length >= this.window ? this.recent[0]! + 1000 + WIRE_MARGIN_MS : -Infinity;
    return Math.max(slot, spacing, oldest);
  }

  /** The server said 429: halve the rate; the next request waits one new interval from now. */
  slowDown(): void {
    // 429s for requests already in flight say the same thing: one halving per second
    if (this.now() - this.lastSlow < 1000) return;
    this.lastSlow = this.now();
    this.rate = Math.max(this.min, this.rate / 2);
    this.lastRaise = this.now();
    this.lastSent = Math.max(this.lastSent, this.now());
    this.lastSlot = this.lastSent;
    this.catchUp = false;
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

/**
 * Slack on the one-second bound while catching up: a request leaves the process some
 * milliseconds after the gate lets it through (a busy thread), and the tenant counts it when it
 * arrives (a busy gateway), so two requests exactly a second apart here can land in one second
 * there. Against the simulator on a loaded machine, 25 ms still drew a 429 in about one plan of
 * four at 20/s; 50 ms drew none in 24. Keeping it only around requests that went early drew one
 * in about fifteen: the tenant's own pauses bunch requests that were on time here.
 */
const WIRE_MARGIN_MS = 50;
