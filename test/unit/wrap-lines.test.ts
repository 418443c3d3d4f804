// Wrapping at the terminal's width: between words, never inside one, continuation lines indented.
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { wrapLines } from '../../src/render/wrap-lines.js';

const test = suite('render: wrap lines at the terminal width');

const policyLine = '  ✓ ok      all queues · maxRemovePercent: remove at most 30% of live managed assignments; 1 of 19600 (0.0%)';

test('a long line wraps between words with a hanging indent; every word survives whole', () => {
  const wrapped = wrapLines(policyLine, 40).split('\n');
  assert.ok(wrapped.length > 1);
  for (const l of wrapped) assert.ok(l.length <= 40, l);
  assert.ok(
    wrapped.slice(1).every((l) => l.startsWith('      ')),
    wrapped.join('\n'),
  );
  assert.equal(wrapped.join(' ').split(/\s+/).filter(Boolean), policyLine.split(/\s+/).filter(Boolean));
});

test('colour codes do not count as width', () => {
  const red = new Chalk({ level: 1 }).red;
  const line = `  ${'word '.repeat(15).trim()}`;
  assert.is(wrapLines(red(line), 80), red(line), 'fits in 80 visible columns');
  const wrapped = wrapLines(red(line), 40);
  assert.ok(wrapped.includes('\n'));
  for (const l of wrapped.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) assert.ok(l.length <= 40, l);
});

test('no width (a pipe or a file): lines are left as they are', () => {
  assert.is(wrapLines(policyLine, undefined), policyLine);
});

test('a word longer than the width is kept whole rather than broken', () => {
  const path = `  ! skills/${'x'.repeat(60)}.yaml:1:1: something`;
  assert.ok(wrapLines(path, 40).includes(`skills/${'x'.repeat(60)}.yaml:1:1:`));
});

test.run();
