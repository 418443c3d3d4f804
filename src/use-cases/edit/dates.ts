// Calendar days as queue files write them: YYYY-MM-DD, compared as text.
import { UsageError } from '../../domain/errors.js';
import { addDays } from '../../text/calendar-day.js';
import { forTerminal } from '../../text/untrusted.js';

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A day from the command line, or a usage error naming the option. */
export function dayOption(text: string | undefined, option: string): string | undefined {
  if (text === undefined) return undefined;
  if (!isDay(text)) throw new UsageError(`${option} must be a day written YYYY-MM-DD, not "${forTerminal(text, 60)}"`);
  return text;
}

/** The day before: an entry that ends the day before `day` is gone on `day` (until is inclusive). */
export const dayBefore = (day: string): string => addDays(day, -1);
