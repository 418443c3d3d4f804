import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/plan/effective-date.ts
function tenantDate(now, timeZone) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
function windowStatus(today, from, until) {
  if (from !== void 0 && today < from) return "pending";
  if (until !== void 0 && today > until) return "expired";
  return "active";
}

// src/use-cases/planning/resolve-now.ts
function resolveNow(flag, env, timeZone = "UTC") {
  const text = flag || env.SKILLOPS_NOW;
  if (!text) return /* @__PURE__ */ new Date();
  const invalid = () => new UsageError(`--now must be a date (YYYY-MM-DD) or an ISO time, not "${forTerminal(text, 60)}"`);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const noonUtc = Date.UTC(y, m - 1, d, 12);
    if (new Date(noonUtc).toISOString().slice(0, 10) !== text) throw invalid();
    const instant = new Date(noonUtc - zoneOffsetMs(new Date(noonUtc), timeZone));
    return tenantDate(instant, timeZone) === text ? instant : new Date(noonUtc);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}
function zoneOffsetMs(at, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(at);
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(at.getTime() / 1e3) * 1e3;
}

// src/text/calendar-day.ts
function addDays(day, n) {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

export {
  addDays,
  tenantDate,
  windowStatus,
  resolveNow
};
