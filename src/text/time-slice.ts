// Long loops on the main thread that run beside the live read (checking files, matching names)
// give the event loop a turn every few milliseconds, so the read's answers are taken in and its
// next requests go out on time instead of waiting for the whole loop.

/** Longest stretch of work before other work is let in. */
const SLICE_MS = 15;

/** Call `pause()` between items: it yields only when the current slice has run out. */
export function timeSlices(ms = SLICE_MS): { pause(): Promise<void> | undefined } {
  let start = performance.now();
  return {
    pause() {
      if (performance.now() - start <= ms) return undefined;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          start = performance.now();
          resolve();
        }),
      );
    },
  };
}
