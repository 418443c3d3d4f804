// Change windows judged at a fixed `now`: both sides of an edge, across daylight-saving changes
// in the windows' zone, freezes, overnight windows. The clock is never read.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChangeWindows } from '../../src/domain/settings.js';
import { changeWindowStatus, zonedInstant } from '../../src/plan/change-window.js';

const test = suite('change windows');

// Weekday mornings in London: GMT (UTC+0) in winter, BST (UTC+1) in summer
const LONDON: ChangeWindows = {
  timeZone: 'Europe/London',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', until: '09:00' }],
  freezes: [],
};
const at = (iso: string, w: ChangeWindows = LONDON) => changeWindowStatus(new Date(iso), w);

test('both sides of the opening edge (Thursday 26 November 2026, GMT)', () => {
  const before = at('2026-11-26T05:59:59Z');
  assert.is(before.open, false);
  assert.is(before.reason, 'outside the weekly change windows (mon,tue,wed,thu,fri 06:00–09:00, Europe/London)');
  assert.is(before.nextOpen, '2026-11-26T06:00:00.000Z');
  assert.is(before.nextOpenLocal, '2026-11-26 06:00 (thu)');
  const after = at('2026-11-26T06:00:00Z');
  assert.is(after.open, true);
  assert.is(after.closesAt, '2026-11-26T09:00:00.000Z');
});

test('both sides of the closing edge: until is exclusive, the next window is the next weekday', () => {
  assert.is(at('2026-11-27T08:59:59Z').open, true);
  const closed = at('2026-11-27T09:00:00Z');
  assert.is(closed.open, false);
  // Friday closes: Saturday and Sunday have no window
  assert.is(closed.nextOpen, '2026-11-30T06:00:00.000Z');
  assert.is(closed.nextOpenLocal, '2026-11-30 06:00 (mon)');
});

test('across the end of British Summer Time (Sunday 25 October 2026): 06:00 local moves from 05:00Z to 06:00Z', () => {
  // Monday 19 October, BST: the window opens at 05:00Z
  assert.is(at('2026-10-19T04:59:59Z').open, false);
  assert.is(at('2026-10-19T05:00:00Z').open, true);
  assert.is(at('2026-10-19T05:00:00Z').closesAt, '2026-10-19T08:00:00.000Z');
  // Friday 23 October after the window: the next one is Monday 26 October, now GMT
  const friday = at('2026-10-23T08:30:00Z');
  assert.is(friday.open, false);
  assert.is(friday.nextOpen, '2026-10-26T06:00:00.000Z');
  assert.is(friday.nextOpenLocal, '2026-10-26 06:00 (mon)');
  // Monday 26 October, GMT: 05:30Z is 05:30 local, closed; 06:00Z opens it
  assert.is(at('2026-10-26T05:30:00Z').open, false);
  assert.is(at('2026-10-26T06:00:00Z').open, true);
});

test('across the start of British Summer Time: a window over the skipped hour opens when the clocks jump', () => {
  // Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST, so local 01:00-02:00 does not exist
  const w: ChangeWindows = { timeZone: 'Europe/London', weekly: [{ days: ['sun'], from: '01:00', until: '03:00' }], freezes: [] };
  const saturday = at('2026-03-28T12:00:00Z', w);
  assert.is(saturday.nextOpen, '2026-03-29T01:00:00.000Z');
  const open = at('2026-03-29T01:00:00Z', w);
  assert.is(open.open, true);
  // local 03:00 BST is 02:00Z: the window lasts one real hour that night
  assert.is(open.closesAt, '2026-03-29T02:00:00.000Z');
  assert.is(at('2026-03-29T00:59:59Z', w).open, false);
  assert.is(at('2026-03-29T02:00:00Z', w).open, false);
});

test('the same instants judged in another zone (America/New_York, DST ends 1 November 2026)', () => {
  const ny: ChangeWindows = { ...LONDON, timeZone: 'America/New_York' };
  // Friday 30 October, EDT (UTC-4): 06:00 local is 10:00Z
  assert.is(at('2026-10-30T09:59:59Z', ny).open, false);
  assert.is(at('2026-10-30T10:00:00Z', ny).open, true);
  // Monday 2 November, EST (UTC-5): 06:00 local is 11:00Z
  const monday = at('2026-11-02T10:30:00Z', ny);
  assert.is(monday.open, false);
  assert.is(monday.nextOpen, '2026-11-02T11:00:00.000Z');
});

test('a freeze closes an open window, with its reason, and the next window is after it', () => {
  const w: ChangeWindows = { ...LONDON, freezes: [{ from: '2026-11-27', until: '2026-11-30', reason: 'Black Friday peak' }] };
  const friday = at('2026-11-27T07:00:00Z', w);
  assert.is(friday.open, false);
  assert.is(friday.reason, 'change freeze 2026-11-27 to 2026-11-30: Black Friday peak');
  assert.is(friday.nextOpen, '2026-12-01T06:00:00.000Z');
  // Thursday's window closes at 09:00 as usual, before the freeze
  assert.is(at('2026-11-26T07:00:00Z', w).closesAt, '2026-11-26T09:00:00.000Z');
});

test('freezes alone: open any time outside them; the freeze edge is local midnight', () => {
  const w: ChangeWindows = { timeZone: 'Europe/London', weekly: [], freezes: [{ from: '2026-07-01', until: '2026-07-01', reason: 'migration' }] };
  const open = at('2026-06-30T12:00:00Z', w);
  assert.is(open.open, true);
  // midnight in London in July is 23:00Z the day before
  assert.is(open.closesAt, '2026-06-30T23:00:00.000Z');
  assert.is(at('2026-06-30T22:59:59Z', w).open, true);
  const frozen = at('2026-06-30T23:00:00Z', w);
  assert.equal(
    { open: frozen.open, reason: frozen.reason, next: frozen.nextOpen },
    { open: false, reason: 'change freeze 2026-07-01: migration', next: '2026-07-01T23:00:00.000Z' },
  );
});

test('an overnight window runs into the next day', () => {
  const w: ChangeWindows = { timeZone: 'UTC', weekly: [{ days: ['sat'], from: '22:00', until: '02:00' }], freezes: [] };
  assert.is(at('2026-11-28T21:59:00Z', w).open, false);
  assert.is(at('2026-11-28T22:00:00Z', w).open, true);
  assert.is(at('2026-11-29T01:59:00Z', w).open, true);
  assert.is(at('2026-11-29T01:59:00Z', w).closesAt, '2026-11-29T02:00:00.000Z');
  assert.is(at('2026-11-29T02:00:00Z', w).open, false);
  assert.is(at('2026-11-29T02:00:00Z', w).nextOpen, '2026-12-05T22:00:00.000Z');
});

test('zonedInstant: local wall-clock time to the instant, both offsets', () => {
  assert.is(new Date(zonedInstant('2026-07-15', 6 * 60, 'Europe/London')).toISOString(), '2026-07-15T05:00:00.000Z');
  assert.is(new Date(zonedInstant('2026-12-15', 6 * 60, 'Europe/London')).toISOString(), '2026-12-15T06:00:00.000Z');
  assert.is(new Date(zonedInstant('2026-12-15', 24 * 60, 'Asia/Kolkata')).toISOString(), '2026-12-15T18:30:00.000Z');
});

test.run();
