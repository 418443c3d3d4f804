// The moment a run judges effective dates by: --now, else SKILLOPS_NOW, else the clock.
import { UsageError } from '../../domain/errors.js';
import { tenantDate } from '../../plan/effective-date.js';
import { forTerminal } from '../../text/untrusted.js';

/**
 * `now` comes from --now, else SKILLOPS_NOW, else the clock: the planner never reads it. A date
 * alone (YYYY-MM-DD) means noon of that day in the tenant's time zone, so the planner judges
 * exactly that day wherever the zone is (noon UTC is already tomorrow east of UTC+12).
 */
export function resolveNow(flag: string | undefined, env: NodeJS.ProcessEnv, timeZone = 'UTC'): Date {
  const text = flag || env.SKILLOPS_NOW;
  if (!text) return new Date();
  const invalid = () => new UsageError(`--now must be a date (YYYY-MM-DD) or an ISO time, not "${forTerminal(text, 60)}"`);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const noonUtc = Date.UTC(y, m - 1, d, 12);
    if (new Date(noonUtc).toISOString().slice(0, 10) !== text) throw invalid();
    // local noon: noon UTC shifted by the zone's offset at that moment (checked, for DST days)
    const instant = new Date(noonUtc - zoneOffsetMs(new Date(noonUtc), timeZone));
    return tenantDate(instant, timeZone) === text ? instant : new Date(noonUtc);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in milliseconds. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
