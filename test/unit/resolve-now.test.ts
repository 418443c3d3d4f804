// `--now 2026-11-30` means that day in the tenant's time zone, not noon UTC (which is
// already the next day east of UTC+12).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { tenantDate } from '../../src/plan/effective-date.js';
import { resolveNow } from '../../src/use-cases/planning/resolve-now.js';

const test = suite('--now in the tenant time zone');

for (const zone of [
  'Pacific/Kiritimati',
  'Pacific/Tongatapu',
  'Pacific/Auckland',
  'Etc/GMT+12',
  'Pacific/Pago_Pago',
  'America/New_York',
  'UTC',
  'Asia/Kolkata',
]) {
  test(`--now 2026-11-30 is 2026-11-30 in ${zone}`, () => {
    assert.is(tenantDate(resolveNow('2026-11-30', {}, zone), zone), '2026-11-30');
  });
}

test('a DST change day still resolves to that day', () => {
  assert.is(tenantDate(resolveNow('2026-03-08', {}, 'America/New_York'), 'America/New_York'), '2026-03-08');
  assert.is(tenantDate(resolveNow('2026-10-04', {}, 'Australia/Lord_Howe'), 'Australia/Lord_Howe'), '2026-10-04');
});

test('SKILLOPS_NOW is read the same way; an ISO time is taken as it is', () => {
  assert.is(tenantDate(resolveNow(undefined, { SKILLOPS_NOW: '2026-11-30' }, 'Pacific/Kiritimati'), 'Pacific/Kiritimati'), '2026-11-30');
  assert.is(resolveNow('2026-11-30T23:00:00Z', {}, 'Pacific/Kiritimati').toISOString(), '2026-11-30T23:00:00.000Z');
});

test('an impossible date is refused', () => {
  assert.throws(() => resolveNow('2026-02-30', {}, 'UTC'), /--now must be a date/);
  assert.throws(() => resolveNow('soon', {}, 'UTC'), /--now must be a date/);
});

test.run();
