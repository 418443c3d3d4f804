// How the plan comment packs its blocks into comments and a long diff into pieces: one greedy
// packing, texts kept whole and in order, each run under the budget unless one text alone is over.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { packUnder } from '../../src/render/plan-comment.js';

const test = suite('render: packing texts under a budget');

test('texts fill a run until the next one, with its joint, would go over the budget', () => {
  // 3+1, 3+1 = 8 fits a budget of 8; the third starts a new run
  assert.equal(packUnder(['aaa', 'bbb', 'ccc'], 8, 1), [['aaa', 'bbb'], ['ccc']]);
  // a wider joint (a blank line between blocks) leaves room for fewer
  assert.equal(packUnder(['aaa', 'bbb', 'ccc'], 8, 2), [['aaa'], ['bbb'], ['ccc']]);
  assert.equal(packUnder(['aaa', 'bbb', 'ccc'], 100, 2), [['aaa', 'bbb', 'ccc']]);
});

test('a text over the budget alone gets a run of its own, uncut; nothing is dropped or reordered', () => {
  const texts = ['a', 'x'.repeat(50), 'b', 'c', 'y'.repeat(20), 'd'];
  const runs = packUnder(texts, 10, 1);
  assert.equal(runs, [['a'], ['x'.repeat(50)], ['b', 'c'], ['y'.repeat(20)], ['d']]);
  assert.equal(runs.flat(), texts);
  for (const run of runs) if (run.length > 1) assert.ok(run.reduce((n, t) => n + t.length + 1, 0) <= 10, run.join('|'));
});

test('nothing to pack: one empty run', () => {
  assert.equal(packUnder([], 10, 1), [[]]);
});

test.run();
