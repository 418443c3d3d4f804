// Long loops on the main thread that run beside the live read (checking files, matching names)
// give the event loop a turn every few milliseconds, so the read's answers are taken in and its
// next requests go out on time instead of waiting for the whole loop.

/** Longest stretch of work before other work is let in. */
const SLICE_MS = 15;
/** A slice ends this long before a request is due: the time one item and a turn of the loop take. */
const DUE_SLACK_MS = 1;

/**
 * When things that must not wait are due (performance.now() times): each rate gate's next
 * request. Slices end early for the first of them, so its timer fires on time instead of after
 * the slice.
 */
const dues = new Set<{ at: number }>();
let nextDue = Number.POSITIVE_INFINITY;

/** A timer due at `at` should fire on time; call the returned function once it has. */
export function expectDue(at: number): () => void {
  const due = { at };
  dues.add(due);
  nextDue = Math.min(nextDue, at);
  return () => {
    dues.delete(due);
    nextDue = Number.POSITIVE_INFINITY;
    for (const d of dues) nextDue = Math.min(nextDue, d.at);
  };
}

/** Call `pause()` between items: it yields when the current slice has run out or a request is due. */
export function timeSlices(ms = SLICE_MS): { pause(): Promise<void> | undefined } {
  let start = performance.now();
  return {
    pause() {
      const now = performance.now();
      if (now - start <= ms && now < nextDue - DUE_SLACK_MS) return undefined;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          start = performance.now();
          resolve();
        }),
      );
    },
  };
}
