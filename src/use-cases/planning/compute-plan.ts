// The read → plan half shared by plan, drift and apply: load and validate the desired state,
// read the live tenant through the CXone port, and run the pure planner.

import path from 'node:path';
import type { LoadedSettings } from '../../config/settings.js';
import { type ClientTuning, createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { readLiveState } from '../../cxone/read-live-state.js';
import { readRealTime } from '../../cxone/read-real-time.js';
import type { DesiredState } from '../../domain/desired-state.js';
import { ConfigError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import type { Agent, Skill } from '../../domain/live-state.js';
import type { Plan, PlanOrigin } from '../../domain/plan.js';
import type { Problem } from '../../domain/problem.js';
import { NO_TARGET, type QueueTarget } from '../../domain/target.js';
import { makePlan, prepareDesired } from '../../plan/make-plan.js';
import { targetDesired } from '../../plan/target.js';
import type { ApplyInputs } from '../apply/apply-types.js';
import { loadValidDesired, loadValidSettings } from './load-config.js';
import { resolveNow } from './resolve-now.js';

/** What this run plans for: compare with a saved plan's origin using checkPlanOrigin. */
function planOrigin(loaded: LoadedSettings, io: Io): PlanOrigin {
  const apiBase = io.env.CXONE_API_BASE || loaded.settings.cxone.apiBase;
  const { tenantId } = loaded.settings.cxone;
  return { ...(tenantId ? { tenantId } : {}), ...(apiBase ? { apiBase } : {}), skillsDir: path.normalize(loaded.settings.skillsDir) };
}

/** The read → plan result: what apply needs (ApplyInputs) plus the warnings found on the way. */
export interface PlanContext extends ApplyInputs {
  problems: Problem[];
}

export async function computePlan(
  options: { config: string; now?: string; force?: boolean; cxone?: CxonePort; tuning?: ClientTuning; target?: QueueTarget },
  io: Io,
): Promise<PlanContext> {
  const loaded = await loadValidSettings(options.config, io);
  const now = resolveNow(options.now, io.env, loaded.settings.timeZone);

  // The live read waits on the network and loading the files on the CPU: do both at once.
  // Problems in the files still come first, ahead of any CXone error.
  // When the files fail, the read is cancelled rather than left running to its end.
  const readStart = performance.now();
  const cancelRead = new AbortController();
  const abort = options.tuning?.abort ? AbortSignal.any([options.tuning.abort, cancelRead.signal]) : cancelRead.signal;
  let directoryRead: (read: { skills: Skill[]; agents: Agent[] }) => void = () => undefined;
  const directory = new Promise<{ skills: Skill[]; agents: Agent[] }>((resolve) => (directoryRead = resolve));
  const reading = (async () => {
    const cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env, { ...options.tuning, abort }));
    // Live impact: two (or three) tenant-wide requests beside the assignment read; never fails
    const { impact } = loaded.settings;
    const realTime = impact.enabled ? readRealTime(cxone, { now, lookbackDays: impact.lookbackDays }) : undefined;
    const live = await readLiveState(cxone, (skills, agents) => directoryRead({ skills, agents }));
    return { cxone, live, realTime: await realTime, readMs: performance.now() - readStart };
  })();
  reading.catch(() => undefined); // handled below; never an unhandled rejection meanwhile
  let desired: DesiredState;
  let problems: Problem[];
  try {
    const loadedDesired = await loadValidDesired(loaded, io);
    desired = targetDesired(loadedDesired.desired, options.target ?? NO_TARGET, io.cwd);
    problems = loadedDesired.problems;
  } catch (error) {
    cancelRead.abort();
    throw error;
  }
  const target = options.target ?? NO_TARGET;
  // Skills and agents come first and the assignments take most of the read: match the files to
  // skills and agents meanwhile (in slices, so the read keeps going), unless the read is over
  const early = await Promise.race([
    directory,
    reading.then(
      () => undefined,
      () => undefined,
    ),
  ]);
  const prepared = early ? await prepareDesired(desired, early.skills, early.agents, loaded.settings) : undefined;
  const { cxone, live, realTime, readMs } = await reading;

  const planStart = performance.now();
  const result = makePlan(
    { desired, live, now, settings: loaded.settings, force: options.force ?? false, target, ...(realTime ? { realTime } : {}) },
    prepared,
  );
  const planMs = performance.now() - planStart;
  if (!result.plan) throw new ConfigError(result.problems, 'the desired state does not match the live tenant');
  const plan: Plan = { ...result.plan, origin: planOrigin(loaded, io) };
  return {
    settings: loaded.settings,
    root: loaded.root,
    ...(loaded.tenant ? { tenant: loaded.tenant } : {}),
    cxone,
    plan,
    live,
    desired,
    now,
    problems: [...problems, ...result.problems],
    readMs,
    planMs,
    ...(realTime ? { realTime } : {}),
  };
}
