import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fileDiff } from '../../src/render/file-diff.js';

const test = suite('render: file diff for import --diff');
const plain = new Chalk({ level: 0 });

test('a unified diff with headers, hunk and only the changed lines marked', () => {
  const out = fileDiff(
    'skills/a.yaml',
    'skill: A\nagents:\n  - agent: x\n    proficiency: 1\n',
    'skill: A\nagents:\n  - agent: x\n    proficiency: 2\n',
    plain,
  );
  assert.is(
    out,
    ['--- a/skills/a.yaml', '+++ b/skills/a.yaml', '@@ -2,3 +2,3 @@', ' agents:', '   - agent: x', '-    proficiency: 1', '+    proficiency: 2', ''].join('\n'),
  );
});

test('control characters from CXone names are shown escaped, never emitted', () => {
  const out = fileDiff('skills/a.yaml', 'skill: A\n', 'skill: "A\u001b[2J"\n::error::x\u0007\n', plain);
  assert.not.ok(/[\u0000-\u0009\u000b-\u001f]/.test(out));
  assert.match(out, '+skill: "A\\x1b[2J"');
  assert.match(out, '+::error::x\\x07');
});

test('comment lines read as written (a "#" starts no workflow command); workflow commands in context lines are still escaped', () => {
  const before = '# Imported from CXone\nskill: A\n# agents below\nagents: []\n  ::warning::x\n  ##[error]y\n';
  const out = fileDiff('skills/a.yaml', before, before.replace('skill: A', 'skill: B'), plain);
  assert.match(out, '\n # Imported from CXone\n');
  assert.match(out, '\n # agents below\n');
  assert.not.match(out, '\\x23 agents');
  assert.not.match(out, /^\s*(::|##\[)/m);
});

test('colours only when the chalk instance has them', () => {
  const out = fileDiff('a', 'x\n', 'y\n', new Chalk({ level: 1 }));
  assert.match(out, '\u001b[32m+y\u001b[39m');
  assert.match(out, '\u001b[31m-x\u001b[39m');
});

test.run();
