// Change windows: when apply may write to CXone. Pure: `now` is an input, never the clock. Local
// wall-clock times are judged in the windows' IANA zone through Intl, so "06:00" means 06:00 on
// both sides of a daylight-saving change.

import type { ChangeWindowStatus } from '../domain/plan.js';
import type { ChangeWindows } from '../domain/settings.js';
import { addDays } from '../text/calendar-day.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Day = (typeof DAYS)[number];
/** How far ahead the next opening is looked for. */
const HORIZON_DAYS = 370;

interface Local {
  date: string;
  day: Day;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

function wallClock(instant: number, zone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, mo: parts.month!, d: parts.day!, h: parts.hour!, mi: parts.minute!, s: parts.second! };
}

const pad = (n: number) => String(n).padStart(2, '0');

function local(instant: number, zone: string): Local {
  const w = wallClock(instant, zone);
  const date = `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
  return { date, day: dayOf(date), minutes: w.h * 60 + w.mi };
}

function dayOf(date: string): Day {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** The instant a local date and time happens in `zone` (for a time skipped by DST, the instant after the gap). */
export function zonedInstant(date: string, minutes: number, zone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  const offset = (t: number) => {
    const w = wallClock(t, zone);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000;
  };
  const first = asUtc - offset(asUtc);
  return asUtc - offset(first);
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inWeekly(at: Local, windows: ChangeWindows['weekly']): boolean {
  if (windows.length === 0) return true;
  const previous = DAYS[(DAYS.indexOf(at.day) + 6) % 7]!;
  return windows.some((w) => {
    const from = minutesOf(w.from);
    const until = minutesOf(w.until);
    const days = w.days as Day[];
    if (from < until) return days.includes(at.day) && at.minutes >= from && at.minutes < until;
    // overnight: from `from` on a listed day until `until` on the next day
    return (days.includes(at.day) && at.minutes >= from) || (days.includes(previous) && at.minutes < until);
  });
}

const frozenOn = (date: string, windows: ChangeWindows) => windows.freezes.find((f) => f.from <= date && date <= f.until);

function openAt(instant: number, windows: ChangeWindows): boolean {
  const at = local(instant, windows.timeZone);
  return !frozenOn(at.date, windows) && inWeekly(at, windows.weekly);
}

function describeWindows(windows: ChangeWindows): string[] {
  return windows.weekly.map((w) => `${w.days.join(',')} ${w.from}–${w.until}`);
}

function localText(instant: number, zone: string): string {
  const at = local(instant, zone);
  return `${at.date} ${pad(Math.floor(at.minutes / 60))}:${pad(at.minutes % 60)} (${at.day})`;
}

/** Whether apply may write at `now`, why not, and when the next window opens or this one closes. */
export function changeWindowStatus(now: Date, windows: ChangeWindows): ChangeWindowStatus {
  const zone = windows.timeZone;
  const t = now.getTime();
  const at = local(t, zone);
  const described = describeWindows(windows);
  const base = { timeZone: zone, windows: described };

  // Openness changes only at local midnights (freezes) and at window edges: test those instants
  const edges = (date: string, which: 'from' | 'until'): number[] => {
    const times = [0, ...windows.weekly.map((w) => (which === 'from' ? minutesOf(w.from) : minutesOf(w.until)))].sort((a, b) => a - b);
    return [...new Set(times)].map((m) => zonedInstant(date, m, zone));
  };
  const firstEdge = (which: 'from' | 'until', wantOpen: boolean): number | undefined => {
    for (let d = 0; d <= HORIZON_DAYS; d++) {
      for (const edge of edges(addDays(at.date, d), which)) {
        if (edge > t && openAt(edge, windows) === wantOpen) return edge;
      }
    }
    return undefined;
  };

  if (openAt(t, windows)) {
    const closes = windows.weekly.length > 0 || windows.freezes.some((f) => f.until >= at.date) ? firstEdge('until', false) : undefined;
    return { ...base, open: true, ...(closes !== undefined ? { closesAt: new Date(closes).toISOString(), closesAtLocal: localText(closes, zone) } : {}) };
  }
  const freeze = frozenOn(at.date, windows);
  const reason = freeze
    ? `change freeze ${freeze.from}${freeze.until !== freeze.from ? ` to ${freeze.until}` : ''}: ${freeze.reason}`
    : `outside the weekly change windows (${described.join('; ')}, ${zone})`;
  const next = firstEdge('from', true);
  return { ...base, open: false, reason, ...(next !== undefined ? { nextOpen: new Date(next).toISOString(), nextOpenLocal: localText(next, zone) } : {}) };
}
