import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  makePlan,
  prepareDesired,
  readLiveState
} from "./chunk-UF3C6VWZ.js";
import {
  resolveNow
} from "./chunk-E6VEJHXT.js";
import {
  NO_TARGET
} from "./chunk-GC5C2UK2.js";
import {
  createCxoneClient
} from "./chunk-BSGB53MD.js";
import {
  targetDesired
} from "./chunk-WMZ2HHHT.js";
import {
  loadValidDesired,
  loadValidSettings
} from "./chunk-AF4CAHIT.js";
import {
  ConfigError
} from "./chunk-4SYE6LGA.js";

// src/use-cases/planning/compute-plan.ts
import path from "node:path";

// src/cxone/read-real-time.ts
var DAY_MS = 864e5;
var why = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
async function readRealTime(cxone, options) {
  const recent = options.lookbackDays > 0 ? (async () => {
    const end = options.now;
    const start = new Date(end.getTime() - options.lookbackDays * DAY_MS);
    return cxone.skillSummaries(start.toISOString(), end.toISOString());
  })() : void 0;
  recent?.catch(() => void 0);
  let skills;
  let agents;
  try {
    [skills, agents] = await Promise.all([cxone.listSkillActivity(), cxone.listAgentStates()]);
  } catch (error) {
    return { available: false, reason: why(error) };
  }
  const days = options.lookbackDays;
  let performance2;
  if (recent) {
    try {
      performance2 = { days, skills: await recent };
    } catch (error) {
      performance2 = { days, unavailable: why(error) };
    }
  }
  return { available: true, readAt: options.now.toISOString(), skills, agents, ...performance2 ? { recent: performance2 } : {} };
}

// src/use-cases/planning/compute-plan.ts
function planOrigin(loaded, io) {
  const apiBase = io.env.CXONE_API_BASE || loaded.settings.cxone.apiBase;
  const { tenantId } = loaded.settings.cxone;
  return { ...tenantId ? { tenantId } : {}, ...apiBase ? { apiBase } : {}, skillsDir: path.normalize(loaded.settings.skillsDir) };
}
async function computePlan(options, io) {
  const loaded = await loadValidSettings(options.config, io);
  const now = resolveNow(options.now, io.env, loaded.settings.timeZone);
  const readStart = performance.now();
  const cancelRead = new AbortController();
  const abort = options.tuning?.abort ? AbortSignal.any([options.tuning.abort, cancelRead.signal]) : cancelRead.signal;
  let directoryRead = () => void 0;
  const directory = new Promise((resolve) => directoryRead = resolve);
  const reading = (async () => {
    const cxone2 = options.cxone ?? await createCxoneClient(loaded.settings, io.env, { ...options.tuning, abort });
    const { impact } = loaded.settings;
    const realTime2 = impact.enabled ? readRealTime(cxone2, { now, lookbackDays: impact.lookbackDays }) : void 0;
    const live2 = await readLiveState(cxone2, (skills, agents) => directoryRead({ skills, agents }));
    return { cxone: cxone2, live: live2, realTime: await realTime2, readMs: performance.now() - readStart };
  })();
  reading.catch(() => void 0);
  let desired;
  let problems;
  try {
    const loadedDesired = await loadValidDesired(loaded, io);
    desired = targetDesired(loadedDesired.desired, options.target ?? NO_TARGET, io.cwd);
    problems = loadedDesired.problems;
  } catch (error) {
    cancelRead.abort();
    throw error;
  }
  const target = options.target ?? NO_TARGET;
  const early = await Promise.race([
    directory,
    reading.then(
      () => void 0,
      () => void 0
    )
  ]);
  const prepared = early ? await prepareDesired(desired, early.skills, early.agents, loaded.settings) : void 0;
  const { cxone, live, realTime, readMs } = await reading;
  const planStart = performance.now();
  const result = makePlan(
    { desired, live, now, settings: loaded.settings, force: options.force ?? false, target, ...realTime ? { realTime } : {} },
    prepared
  );
  const planMs = performance.now() - planStart;
  if (!result.plan) throw new ConfigError(result.problems, "the desired state does not match the live tenant");
  const plan = { ...result.plan, origin: planOrigin(loaded, io) };
  return {
    settings: loaded.settings,
    root: loaded.root,
    ...loaded.tenant ? { tenant: loaded.tenant } : {},
    cxone,
    plan,
    live,
    desired,
    now,
    problems: [...problems, ...result.problems],
    readMs,
    planMs,
    ...realTime ? { realTime } : {}
  };
}

export {
  computePlan
};
