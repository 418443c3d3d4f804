// The read → plan half shared by plan, drift and apply: load and validate the desired state,
// read the live tenant through the CXone port, and run the pure planner.
import type { ApplyInputs } from '../apply/apply-types.js';
import type { Problem } from '../config/problem.js';
import { createCxoneClient, type ClientTuning } from '../cxone/create-client.js';
import type { CxonePort } from '../cxone/port.js';
import { readLiveState } from '../cxone/read-live-state.js';
import { ConfigError, UsageError } from '../errors.js';
import { makePlan } from '../plan/make-plan.js';
import { NO_TARGET, targetDesired, type QueueTarget } from '../plan/target.js';
import type { Io } from './io.js';
import { loadValidDesired, loadValidSettings } from './load-config.js';

/** The read → plan result: what apply needs (ApplyInputs) plus the warnings found on the way. */
export interface PlanContext extends ApplyInputs {
  problems: Problem[];
}

/** `now` comes from --now, else SKILLOPS_NOW, else the clock: the planner never reads it. */
export function resolveNow(flag: string | undefined, env: NodeJS.ProcessEnv): Date {
  const text = flag || env.SKILLOPS_NOW;
  if (!text) return new Date();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : text);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--now must be a date (YYYY-MM-DD) or an ISO time, not "${text}"`);
  return date;
}

export async function computePlan(
  options: { config: string; now?: string; force?: boolean; cxone?: CxonePort; tuning?: ClientTuning; target?: QueueTarget },
  io: Io,
): Promise<PlanContext> {
  const loaded = await loadValidSettings(options.config, io);
  const now = resolveNow(options.now, io.env);

  // The live read waits on the network and loading the files on the CPU: do both at once.
  // Problems in the files still come first, ahead of any CXone error.
  const readStart = performance.now();
  const reading = (async () => {
    const cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env, options.tuning));
    const live = await readLiveState(cxone);
    return { cxone, live, readMs: performance.now() - readStart };
  })();
  reading.catch(() => undefined); // handled below; never an unhandled rejection meanwhile
  const loadedDesired = await loadValidDesired(loaded, io);
  const target = options.target ?? NO_TARGET;
  const desired = targetDesired(loadedDesired.desired, target);
  const { problems } = loadedDesired;
  const { cxone, live, readMs } = await reading;

  const planStart = performance.now();
  const result = makePlan({ desired, live, now, settings: loaded.settings, force: options.force ?? false, target });
  const planMs = performance.now() - planStart;
  if (!result.plan) throw new ConfigError(result.problems, 'the desired state does not match the live tenant');
  return { settings: loaded.settings, root: loaded.root, cxone, plan: result.plan, live, desired, now, problems: [...problems, ...result.problems], readMs, planMs };
}
