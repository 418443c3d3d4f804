// A merge queue's required check: the plan of the group's head, restricted to the queues the
// group's reviewed plans cover, must have exactly their changes (the rule apply uses after the
// merge). Read-only: CXone is read, nothing is written, no lock is taken. A group whose plans
// would be refused after the merge fails its check now, so the queue takes it out instead.
import type { Io } from '../../domain/io.js';
import type { LeftAloneQueue } from '../../domain/plan.js';
import { computePlan } from '../planning/compute-plan.js';
import { prepareApply } from './prepare-apply.js';

export interface MergeGroupVerdict {
  changes: number;
  queues: number;
  leftAlone: LeftAloneQueue[];
}

export async function judgeMergeGroup(options: { planFile: string; config: string; now?: string }, io: Io): Promise<MergeGroupVerdict> {
  const abort = new AbortController();
  const prepared = await prepareApply(
    { config: options.config, planFile: options.planFile, ...(options.now ? { now: options.now } : {}) },
    {
      readAndPlan: (r, signal) =>
        computePlan(
          { config: r.config, force: false, ...(r.now ? { now: r.now } : {}), tuning: { abort: signal }, ...(r.target ? { target: r.target } : {}) },
          io,
        ),
      env: io.env,
      cwd: io.cwd,
    },
    abort.signal,
  );
  const { add, update, remove, queuesChanged } = prepared.plan.summary;
  return { changes: add + update + remove, queues: queuesChanged, leftAlone: prepared.leftAlone ?? [] };
}
