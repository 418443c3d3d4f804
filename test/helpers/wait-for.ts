// Waiting for a condition instead of sleeping for a guessed time: the one polling loop of the
// tests. It checks at once, then every few milliseconds, and fails with a message naming what it
// waited for (and what it saw) when the time is up or when `unless` settles first, e.g. a child
// process that exited before it got there.

export interface WaitOptions {
  /** Give up after this long (default 30 s: far more than any condition here needs, even on a busy machine). */
  limitMs?: number;
  /** Poll interval (default 5 ms). */
  everyMs?: number;
  /** Stop waiting, with an error, once this settles (a child's exit). */
  unless?: Promise<unknown>;
  /** What to show when it fails: the output so far, say. */
  detail?: () => string;
}

/**
 * Resolves with the first value of `probe` that is neither `undefined` nor `false`.
 * `probe` may be synchronous or return a promise.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, options: WaitOptions = {}): Promise<T> {
  const { limitMs = 30_000, everyMs = 5, unless, detail } = options;
  let settled = false;
  void unless?.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  const until = performance.now() + limitMs;
  const fail = (why: string) => new Error(`${why}: ${what}${detail ? `; so far:\n${detail()}` : ''}`);
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (settled) throw fail('exited before');
    if (performance.now() > until) throw fail(`timed out after ${limitMs} ms waiting for`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The text `read()` returns, once it contains `pattern`. */
export const textMatching = (read: () => string, pattern: RegExp | string) => () => {
  const text = read();
  return (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) ? text : undefined;
};
