// Effective windows are whole days in the tenant's time zone; `now` always comes from outside.

/** The calendar date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function tenantDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

type WindowStatus = 'pending' | 'active' | 'expired';

/** Inclusive window: active from `from` through `until`; dates compare as YYYY-MM-DD strings. */
export function windowStatus(today: string, from?: string, until?: string): WindowStatus {
  if (from !== undefined && today < from) return 'pending';
  if (until !== undefined && today > until) return 'expired';
  return 'active';
}
