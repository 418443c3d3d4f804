// What SIGINT (Ctrl-C) and SIGTERM do. By default there is nothing to protect, so a signal ends
// the process at once with 130/143 (plan, drift, import, validate, export). A command that must
// wind down itself (apply: requests in flight, then the audit record; sim: close the server)
// calls `graceful()`: the first signal then resolves `stop` instead. With `{ hold: true }` (apply)
// a second signal resolves `stopNow` (apply stops waiting and writes its audit record) and ends
// the process `stopNowMs` later at the latest, if apply has not ended by then; further signals
// change nothing. Without hold, a second signal ends the process at once.
// A prompt waiting for an answer takes the signal itself (`intercept`), so Ctrl-C there cancels.

const exitCodeFor = (signal: NodeJS.Signals): number => (signal === 'SIGTERM' ? 143 : 130);

export interface SignalHooks {
  /** The first signal resolves `stop` instead of ending the process. */
  graceful(options?: { hold?: boolean }): void;
  /** While a prompt waits: a signal calls `onSignal` instead. Returns the function that ends this. */
  intercept(onSignal: (signal: NodeJS.Signals) => void): () => void;
}

export class SignalGate implements SignalHooks {
  readonly stop: Promise<NodeJS.Signals>;
  readonly stopNow: Promise<NodeJS.Signals>;
  received: NodeJS.Signals | undefined;
  private resolveStop!: (signal: NodeJS.Signals) => void;
  private resolveStopNow!: (signal: NodeJS.Signals) => void;
  private stoppingNow = false;
  private mode: 'exit' | 'graceful' | 'hold' = 'exit';
  private interceptor: ((signal: NodeJS.Signals) => void) | undefined;

  /**
   * @param exit ends the process now (main.ts: restore the cursor, then process.exit)
   * @param notice tells the user a signal was held
   */
  constructor(
    private readonly exit: (code: number) => void,
    private readonly notice: (text: string) => void,
    private readonly options: { stopNowMs?: number } = {},
  ) {
    this.stop = new Promise((resolve) => {
      this.resolveStop = resolve;
    });
    this.stopNow = new Promise((resolve) => {
      this.resolveStopNow = resolve;
    });
  }

  graceful(options: { hold?: boolean } = {}): void {
    this.mode = options.hold ? 'hold' : 'graceful';
  }

  intercept(onSignal: (signal: NodeJS.Signals) => void): () => void {
    this.interceptor = onSignal;
    return () => {
      if (this.interceptor === onSignal) this.interceptor = undefined;
    };
  }

  handle(signal: NodeJS.Signals): void {
    if (this.interceptor) {
      this.interceptor(signal);
      return;
    }
    if (this.mode === 'exit' || (this.received && this.mode === 'graceful')) {
      this.exit(exitCodeFor(signal));
      return;
    }
    if (this.received) {
      if (this.stoppingNow) return;
      this.stoppingNow = true;
      this.notice(`\n${signal} received again: stopping now; the audit record is still written.\n`);
      this.resolveStopNow(signal);
      setTimeout(() => this.exit(exitCodeFor(signal)), this.options.stopNowMs ?? 1500).unref();
      return;
    }
    this.received = signal;
    this.resolveStop(signal);
  }
}
