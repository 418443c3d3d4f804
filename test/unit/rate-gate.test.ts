// The client rate limiter must never put two requests closer together than one interval, even
// when the event loop is busy and its timers fire late: catching up afterwards put 21 requests
// into one second of a 20-per-second tenant, and each such 429 cost a second (Retry-After: 1).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RateGate } from '../../src/cxone/rate-gate.js';

const test = suite('rate gate');

/**
 * A clock of the test's own: timers fire early (as libuv's do, counting from a cached clock) or
 * late (a busy thread), and callers hold the thread for a while after each send. The gate only
 * sees `now` and `sleep`, so what it lets through is measured exactly, on any machine load.
 */
function virtualClock(seed: number) {
  let now = 0;
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return {
    now: () => now,
    // up to 1 ms early or 6 ms late
    sleep: async (ms: number) => {
      now += Math.max(0, ms + (random() * 7 - 1));
    },
    busy: (ms: number) => {
      now += ms;
    },
    random,
  };
}

test('with timers early and late and a busy thread, sends are never closer than one interval (no catching up)', async () => {
  const perSecond = 100; // 10 ms apart
  const clock = virtualClock(7);
  const gate = new RateGate({ perSecond, now: clock.now, sleep: clock.sleep });
  const sent: number[] = [];
  // eight callers at once, like concurrent page reads; each send is followed by some busy work
  const caller = async () => {
    for (let i = 0; i < 15; i++) {
      await gate.wait();
      sent.push(clock.now());
      clock.busy(clock.random() * 14);
    }
  };
  await Promise.all(Array.from({ length: 8 }, caller));
  assert.is(sent.length, 120);
  const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
  const closest = Math.min(...gaps);
  assert.ok(closest >= 10, `two sends were ${closest.toFixed(2)} ms apart; the interval is 10 ms`);
  // and so at most `perSecond` in any window of one second, wherever the server's second starts
  for (let i = 0; i + perSecond < sent.length; i++) assert.ok(sent[i + perSecond]! - sent[i]! >= 1000, 'more than the rate in one second');
});

test('on the real clock, under a busy event loop, eight callers stay about one interval apart', async () => {
  const gate = new RateGate({ perSecond: 100 });
  const sent: number[] = [];
  const caller = async () => {
    for (let i = 0; i < 10; i++) {
      await gate.wait();
      sent.push(performance.now());
      const until = performance.now() + 5;
      while (performance.now() < until) {
        // hold the thread, as parsing a large page does
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, caller));
  // timestamps are taken after each wait resolves, so a descheduled process shifts single gaps;
  // the rate over the whole run is what a tenant sees
  assert.ok(sent.at(-1)! - sent[0]! >= 79 * 10 - 5, `80 sends took ${(sent.at(-1)! - sent[0]!).toFixed(0)} ms; at 100/s they need 790 ms`);
});

test('a 429 halves the rate and pushes the next send out by the new interval', async () => {
  let now = 0;
  const sleeps: number[] = [];
  const gate = new RateGate({
    perSecond: 10,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  await gate.wait(); // at 0
  gate.slowDown();
  assert.is(gate.current, 5);
  await gate.wait();
  assert.equal(sleeps, [200]);
});

test.run();
