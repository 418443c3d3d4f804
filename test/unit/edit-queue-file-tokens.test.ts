// The one walk over the concrete syntax tree that finds the comments of a queue file and where a
// node's last significant token ends: it must reach every token, wherever the parser puts it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Parser } from 'yaml';
import { eachToken } from '../../src/queue-file/edit-queue-file.js';
import { lines } from '../helpers/temp-dir.js';

const test = suite('queue-file: every token of the syntax tree');

type Leaf = { type: string; offset: number; source: string };

function leavesOf(text: string): Leaf[] {
  const leaves: Leaf[] = [];
  eachToken([...new Parser().parse(text)], (o) => {
    if (typeof o.offset === 'number' && typeof o.source === 'string') leaves.push(o as unknown as Leaf);
  });
  return leaves.sort((a, b) => a.offset - b.offset);
}

test('the tokens it reaches are the whole text, each byte once: directives, tags, anchors, explicit keys, flow collections, comments', () => {
  const text = lines(
    '%YAML 1.2',
    '--- # the document',
    'skill: !!str A # a tag',
    '? explicit # a comment in the key',
    ': value',
    'anchors: &a [1, {b: 2} , *a] # flow',
    'agents:',
    '  # above the entry',
    '  - agent: ann@x.com',
    '    proficiency: 3',
    '...',
  );
  const leaves = leavesOf(text);
  let at = 0;
  for (const leaf of leaves) {
    assert.is(leaf.offset, at, `${leaf.type} ${JSON.stringify(leaf.source)} starts where the one before it ends`);
    at += leaf.source.length;
  }
  assert.is(leaves.map((l) => l.source).join(''), text);
  for (const type of ['directive', 'doc-start', 'tag', 'anchor', 'alias', 'explicit-key-ind', 'flow-map-start', 'flow-seq-end', 'seq-item-ind', 'doc-end'])
    assert.ok(
      leaves.some((l) => l.type === type),
      type,
    );
});

test('a block scalar: its header and the comment on it (the properties), then its body', () => {
  const text = lines('skill: A', 'note: |  # on the header', '  one', '  two');
  const leaves = leavesOf(text);
  assert.ok(leaves.some((l) => l.type === 'block-scalar-header' && l.source === '|'));
  assert.ok(leaves.some((l) => l.type === 'comment' && l.source === '# on the header' && text.slice(l.offset).startsWith('# on the header')));
  assert.ok(leaves.some((l) => l.type === 'block-scalar' && l.source === '  one\n  two\n'));
});

test('the node comes before what it holds; a list is each of its nodes', () => {
  const [doc] = [...new Parser().parse('a: b\n')];
  const seen: unknown[] = [];
  eachToken(doc, (o) => seen.push(o.type));
  assert.is(seen[0], 'document');
  assert.is(seen[1], 'block-map');
  const twice: unknown[] = [];
  eachToken([doc, doc], (o) => twice.push(o.type));
  assert.equal(twice, [...seen, ...seen]);
  eachToken(undefined, () => assert.unreachable('nothing to visit'));
});

test.run();
