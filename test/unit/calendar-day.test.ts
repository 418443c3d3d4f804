import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays } from '../../src/text/calendar-day.js';
import { dayBefore } from '../../src/use-cases/edit/dates.js';

const test = suite('calendar days: one helper counts them');

test('across months, years and leap days, both ways', () => {
  assert.is(addDays('2026-12-31', 1), '2027-01-01');
  assert.is(addDays('2028-02-28', 1), '2028-02-29');
  assert.is(addDays('2027-03-01', -1), '2027-02-28');
  assert.is(addDays('2026-11-25', 0), '2026-11-25');
  assert.is(addDays('2026-11-25', 40), '2027-01-04');
});

test("the edit commands' day before is the same arithmetic", () => {
  for (const day of ['2026-01-01', '2028-03-01', '2026-12-07']) assert.is(dayBefore(day), addDays(day, -1));
});

test.run();
