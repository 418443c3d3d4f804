// Which queues a run acts on (`--queue` / `--exclude-queue`); the rules live in plan/target.ts.
export interface QueueTarget {
  /** Only these queues (empty: every queue). */
  queues: string[];
  /** Never these queues. */
  excludeQueues: string[];
}

export const NO_TARGET: QueueTarget = { queues: [], excludeQueues: [] };
