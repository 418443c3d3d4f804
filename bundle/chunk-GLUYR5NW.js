import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  makePlan,
  prepareDesired,
  readLiveState
} from "./chunk-2XYCHBI7.js";
import {
  resolveNow
} from "./chunk-ZSBGB5KE.js";
import {
  NO_TARGET
} from "./chunk-GC5C2UK2.js";
import {
  createCxoneClient
} from "./chunk-RCT4S7TD.js";
import {
  targetDesired
} from "./chunk-DOJ4DNFV.js";
import {
  loadValidDesired,
  loadValidSettings
} from "./chunk-IBIDTUHT.js";
import {
  ConfigError
} from "./chunk-2UCZ34NV.js";

// src/use-cases/planning/compute-plan.ts
import path from "node:path";
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
    const live2 = await readLiveState(cxone2, (skills, agents) => directoryRead({ skills, agents }));
    return { cxone: cxone2, live: live2, readMs: performance.now() - readStart };
  })();
  reading.catch(() => void 0);
  let desired;
  let problems;
  try {
    const loadedDesired = await loadValidDesired(loaded, io);
    desired = targetDesired(loadedDesired.desired, options.target ?? NO_TARGET);
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
  const { cxone, live, readMs } = await reading;
  const planStart = performance.now();
  const result = makePlan({ desired, live, now, settings: loaded.settings, force: options.force ?? false, target }, prepared);
  const planMs = performance.now() - planStart;
  if (!result.plan) throw new ConfigError(result.problems, "the desired state does not match the live tenant");
  const plan = { ...result.plan, origin: planOrigin(loaded, io) };
  return { settings: loaded.settings, root: loaded.root, cxone, plan, live, desired, now, problems: [...problems, ...result.problems], readMs, planMs };
}

export {
  computePlan
};
