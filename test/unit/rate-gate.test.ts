// The client rate limiter must never put two requests closer together than one interval, even
// when the event loop is busy and its timers fire late: catching up afterwards put 21 requests
// into one second of a 20-per-second tenant, and each such 429 cost a second (Retry-After: 1).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RateGate } from '../../src/cxone/rate-gate.js';

const test = suite('rate gate');

/** Holds the thread, as parsing a large page does while other requests wait for their turn. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

test('under a busy event loop, sends are never closer than one interval (no catching up)', async () => {
  const perSecond = 100; // 10 ms apart
  const gate = new RateGate({ perSecond });
  const sent: number[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  // eight callers at once, like concurrent page reads; each send is followed by some busy work
  const caller = async () => {
    for (let i = 0; i < 15; i++) {
      await gate.wait();
      sent.push(performance.now());
      busy(random() * 14);
    }
  };
  await Promise.all(Array.from({ length: 8 }, caller));
  assert.is(sent.length, 120);
  const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
  const closest = Math.min(...gaps);
  // timer granularity is 1 ms: allow a little under 10 ms, never a catch-up burst
  assert.ok(closest >= 9, `two sends were ${closest.toFixed(2)} ms apart; the interval is 10 ms`);
  // and so at most `perSecond` in any window of one second, wherever the server's second starts
  for (let i = 0; i + perSecond < sent.length; i++) assert.ok(sent[i + perSecond]! - sent[i]! >= 990, 'more than the rate in one second');
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
