import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_NESTING, tooDeepAt } from '../../src/config/read-yaml-file.js';

const test = suite('the nesting limit, counted before any parser');

test('brackets in quotes, comments and plain words do not count; real nesting does', () => {
  const many = '['.repeat(MAX_NESTING * 2);
  assert.is(tooDeepAt(`skill: "${many}"\nagents: []\n`), -1, 'double-quoted');
  assert.is(tooDeepAt(`skill: '${many}'\nagents: []\n`), -1, 'single-quoted');
  assert.is(tooDeepAt(`skill: "a \\" ${many}"\n`), -1, 'an escaped quote inside');
  assert.is(tooDeepAt(`skill: X # ${many}\n`), -1, 'a comment');
  assert.is(tooDeepAt(`skill: "two\n  lines ${many}"\n`), -1, 'a quote over two lines');
  assert.is(tooDeepAt(`x: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}\n`), -1, 'just inside the limit');
  assert.is(tooDeepAt(`x: ${'['.repeat(MAX_NESTING)}\n`), 3 + MAX_NESTING - 1, 'one level too many, at the bracket that opens it');
  const block = Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${'  '.repeat(i)}a:\n`).join('');
  assert.ok(tooDeepAt(block) > 0, 'block mappings');
  assert.ok(tooDeepAt(`${'- '.repeat(MAX_NESTING + 1)}x\n`) > 0, 'compact sequences');
  assert.is(tooDeepAt('skill: X\nagents:\n  - agent: a@example.com\n    proficiency: 2\n  - { agent: b, proficiency: 1 }\n'), -1, 'a queue file');
});

test.run();
