// Long loops beside the live read (checking files, matching names) give the event loop a turn
// every 15 ms; the rate gate's next request is due every 50 ms at 20/s. A slice that runs over
// that moment sends the request late, and each late send pushes every later one out (0.4-0.7 s
// over a 500,000-assignment read). So slices end early when a request is due.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RateGate } from '../../src/cxone/rate-gate.js';
import { expectDue, timeSlices } from '../../src/text/time-slice.js';

const test = suite('time slices give way to a request that is due');

test('pause() yields inside a slice once something is due, and not after it is released', async () => {
  const slices = timeSlices(1000); // a slice far longer than this test
  assert.is(slices.pause(), undefined, 'nothing due: the slice goes on');
  const release = expectDue(performance.now() + 0.5);
  const yielded = slices.pause();
  assert.ok(yielded instanceof Promise, 'due within a millisecond: the slice ends');
  await yielded;
  release();
  assert.is(slices.pause(), undefined, 'released: the slice goes on');
  // the earliest of two dues counts, and releasing it leaves the other
  const later = expectDue(performance.now() + 10_000);
  const sooner = expectDue(performance.now());
  assert.ok(slices.pause() instanceof Promise);
  sooner();
  assert.is(slices.pause(), undefined);
  later();
});

test('with a sliced loop busy beside it, the gate sends on time', async () => {
  const gate = new RateGate({ perSecond: 50 }); // 20 ms apart
  const sent: number[] = [];
  let done = false;
  const sends = (async () => {
    for (let i = 0; i < 25; i++) {
      await gate.wait();
      sent.push(performance.now());
    }
    done = true;
  })();
  // the loop: items of about 0.2 ms, slices of 15 ms, until the sends are done
  const slices = timeSlices();
  while (!done) {
    const until = performance.now() + 0.2;
    while (performance.now() < until) {
      // one item's work
    }
    await slices.pause();
  }
  await sends;
  const late = sent
    .slice(1)
    .map((t, i) => t - sent[i]! - 20)
    .sort((a, b) => a - b);
  const median = late[Math.floor(late.length / 2)]!;
  // a slice that ignored the due time would leave a send late by half a slice (7.5 ms) on average
  assert.ok(median <= 3, `sends were late by ${median.toFixed(2)} ms (median); within a slice they would be about 7.5 ms`);
});

test.run();
