import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { ConfigError } from '../../src/domain/errors.js';
import { editQueueFile } from '../../src/queue-file/edit-queue-file.js';
import { lines } from '../helpers/temp-dir.js';

const test = suite('config: editQueueFile edits queue files in place');
const ann = { agentId: 1, names: ['ann@x.com'] };
const bob = { agentId: 2, names: ['bob@x.com', 'Bob.Builder@x.com'] };

test('no edits: the very same text', () => {
  const text = 'skill: A\nagents: [ ]\n';
  assert.is(editQueueFile(text, []), text);
});

test('CRLF line endings, a byte-order mark and no final newline are kept', () => {
  const text = '\uFEFFskill: A\r\nagents:\r\n  - agent: ann@x.com\r\n    proficiency: 1';
  const out = editQueueFile(text, [{ agent: ann, set: { active: false } }, { add: { agent: 'zed@x.com', proficiency: 2, active: true } }]);
  assert.is(out, '\uFEFFskill: A\r\nagents:\r\n  - agent: ann@x.com\r\n    proficiency: 1\r\n    active: false\r\n  - agent: zed@x.com\r\n    proficiency: 2');
});

test('agents are matched by id or by any of their names, case-insensitively', () => {
  const text = lines('skill: A', 'agents:', '  - agent: BOB.builder@X.com', '    proficiency: 3', '  - agent: "1"', '    proficiency: 4');
  const out = editQueueFile(text, [
    { agent: bob, set: { proficiency: 5 } },
    { agent: ann, set: { proficiency: 6 } },
  ]);
  assert.is(out, text.replace('proficiency: 3', 'proficiency: 5').replace('proficiency: 4', 'proficiency: 6'));
});

test('insert position follows the file order: by agent, by proficiency, else the end', () => {
  const byAgent = lines('skill: A', 'agents:', '  - agent: ann@x.com', '    proficiency: 9', '  - agent: cy@x.com', '    proficiency: 1');
  assert.is(
    editQueueFile(byAgent, [{ add: { agent: 'bob@x.com', proficiency: 5, active: true } }]),
    lines(
      'skill: A',
      'agents:',
      '  - agent: ann@x.com',
      '    proficiency: 9',
      '  - agent: bob@x.com',
      '    proficiency: 5',
      '  - agent: cy@x.com',
      '    proficiency: 1',
    ),
  );
  const byProficiency = lines('skill: A', 'agents:', '  - agent: cy@x.com', '    proficiency: 1', '  - agent: ann@x.com', '    proficiency: 3');
  assert.is(
    editQueueFile(byProficiency, [{ add: { agent: 'bob@x.com', proficiency: 2, active: true } }]),
    lines(
      'skill: A',
      'agents:',
      '  - agent: cy@x.com',
      '    proficiency: 1',
      '  - agent: bob@x.com',
      '    proficiency: 2',
      '  - agent: ann@x.com',
      '    proficiency: 3',
    ),
  );
  const none = lines('skill: A', 'agents:', '  - agent: cy@x.com', '    proficiency: 3', '  - agent: ann@x.com', '    proficiency: 1');
  assert.ok(editQueueFile(none, [{ add: { agent: 'bob@x.com', proficiency: 2, active: true } }]).endsWith('  - agent: bob@x.com\n    proficiency: 2\n'));
  const declared = lines('skill: A', 'sortAgents: true', 'agents:', '  - agent: cy@x.com', '    proficiency: 3', '  - agent: ann@x.com', '    proficiency: 1');
  assert.ok(
    editQueueFile(declared, [{ add: { agent: 'bob@x.com', proficiency: 2, active: true } }]).startsWith(
      lines('skill: A', 'sortAgents: true', 'agents:', '  - agent: bob@x.com', '    proficiency: 2'),
    ),
  );
});

test('agent names that YAML would read as something else are quoted', () => {
  const text = lines('skill: A', 'agents:', '  - agent: ann@x.com', '    proficiency: 1');
  const out = editQueueFile(text, [
    { add: { agent: 'true', proficiency: 2, active: true } },
    { add: { agent: 'x: #y', proficiency: 3, active: true, comment: 'X' } },
  ]);
  const agents = (parse(out) as { agents: Array<{ agent: unknown }> }).agents.map((a) => a.agent);
  assert.equal(agents, ['ann@x.com', 'true', 'x: #y']);
});

test('an empty flow list becomes a block list; removing the only flow entry leaves []', () => {
  const text = lines('skill: A', 'agents: []');
  assert.is(
    editQueueFile(text, [{ add: { agent: 'ann@x.com', proficiency: 1, active: false, comment: 'Ann X' } }]),
    lines('skill: A', 'agents:', '  - agent: ann@x.com # Ann X', '    proficiency: 1', '    active: false'),
  );
  const one = lines('skill: A', 'agents: [{ agent: ann@x.com, proficiency: 1 }]  # only Ann');
  assert.is(editQueueFile(one, [{ agent: ann, remove: true }]), lines('skill: A', 'agents: []  # only Ann'));
});

test('a comment line above an entry goes with it; a blank line and a section comment before it stay', () => {
  const text = lines(
    'skill: A',
    'agents:',
    '  # Section',
    '',
    '  # about ann',
    '  - agent: ann@x.com',
    '    proficiency: 1',
    '    # more about ann',
    '  - agent: bob@x.com',
    '    proficiency: 2',
  );
  assert.is(editQueueFile(text, [{ agent: ann, remove: true }]), lines('skill: A', 'agents:', '  # Section', '', '  - agent: bob@x.com', '    proficiency: 2'));
});

test('clear errors, with the position, for entries that cannot be edited in place', () => {
  const aliased = lines('skill: A', 'agents:', '  - &a { agent: ann@x.com, proficiency: 1 }', '  - *a');
  const err = (text: string, edits: Parameters<typeof editQueueFile>[1]) => {
    try {
      editQueueFile(text, edits, { file: 'skills/a.yaml' });
    } catch (error) {
      assert.instance(error, ConfigError);
      return (error as ConfigError).problems[0]!;
    }
    throw new Error('expected an error');
  };
  assert.match(err(aliased, [{ agent: ann, set: { proficiency: 2 } }]).message, 'an agent entry is a YAML alias; edit it by hand');
  const plain = lines('skill: A', 'agents:', '  - agent: ann@x.com', '    proficiency: 1');
  const missing = err(plain, [{ agent: bob, set: { proficiency: 2 } }]);
  assert.equal([missing.file, missing.line, missing.message], ['skills/a.yaml', 3, 'no entry for agent 2 (bob@x.com)']);
  assert.match(err(plain, [{ add: { agent: 'ANN@x.com', proficiency: 1, active: true } }]).message, 'agent ANN@x.com is already listed');
});

test('unset removes keys of a block entry: its comment lines above and deeper after go with it, every other byte stays', () => {
  const text = lines(
    'skill: A # the header',
    'agents:',
    '  # about ann',
    '  - agent: ann@x.com # Ann X',
    '    proficiency: 3',
    '    # the trial window',
    '    from: 2026-01-01',
    '    until: 2026-02-01   # end of trial',
    '      # (agreed with the team lead)',
    '    # why ann is here',
    '    note: covers nights',
    '  - agent: bob@x.com',
    '    until: 2026-02-01',
    '    proficiency: 2 # last key',
  );
  const out = editQueueFile(text, [
    { agent: ann, set: { proficiency: 1 }, unset: ['from', 'until'] },
    { agent: bob, set: {}, unset: ['until'] },
  ]);
  assert.is(
    out,
    lines(
      'skill: A # the header',
      'agents:',
      '  # about ann',
      '  - agent: ann@x.com # Ann X',
      '    proficiency: 1',
      '    # why ann is here',
      '    note: covers nights',
      '  - agent: bob@x.com',
      '    proficiency: 2 # last key',
    ),
  );
});

test('unset of the key on the dash line: the next key moves up, comment lines between go above the entry', () => {
  const text = lines(
    'skill: A',
    'agents:',
    '  - until: 2026-02-01 # trial',
    '    # who',
    '    agent: ann@x.com',
    '    proficiency: 3',
    '  - agent: bob@x.com',
    '    proficiency: 2',
  );
  assert.is(
    editQueueFile(text, [{ agent: ann, set: { active: false }, unset: ['until', 'from'] }]),
    lines('skill: A', 'agents:', '    # who', '  - agent: ann@x.com', '    proficiency: 3', '    active: false', '  - agent: bob@x.com', '    proficiency: 2'),
  );
});

test('unset removes keys of flow entries, in the middle and at the end, keeping the rest of the line', () => {
  const text = lines(
    'skill: A',
    'agents:',
    '  - { agent: ann@x.com, from: 2026-01-01, proficiency: 3, until: 2026-02-01 }  # Ann',
    '  - {agent: bob@x.com,until: 2026-02-01,proficiency: 2}',
    '  - agent: cy@x.com',
    '    proficiency: 1',
  );
  const out = editQueueFile(text, [
    { agent: ann, set: { proficiency: 4, active: true }, unset: ['from', 'until'] },
    { agent: bob, set: {}, unset: ['until'] },
  ]);
  assert.is(
    out,
    lines(
      'skill: A',
      'agents:',
      '  - { agent: ann@x.com, proficiency: 4 }  # Ann',
      '  - {agent: bob@x.com,proficiency: 2}',
      '  - agent: cy@x.com',
      '    proficiency: 1',
    ),
  );
  const list = lines('skill: A', 'agents: [', '  { agent: ann@x.com, proficiency: 3,', '    until: 2026-02-01, # trial', '    active: false },', ']');
  assert.is(
    editQueueFile(list, [{ agent: ann, set: { active: true }, unset: ['until'] }]),
    lines('skill: A', 'agents: [', '  { agent: ann@x.com, proficiency: 3,', '    active: true },', ']'),
  );
});

test('unset of a key the entry does not have changes nothing; agent and proficiency cannot be unset', () => {
  const text = lines('skill: A', 'agents:', '  - agent: ann@x.com', '    proficiency: 3');
  assert.is(editQueueFile(text, [{ agent: ann, set: {}, unset: ['from', 'until'] }]), text);
  assert.throws(
    () => editQueueFile(text, [{ agent: ann, set: {}, unset: ['proficiency'] }]),
    (e: unknown) => e instanceof ConfigError && /cannot unset `proficiency`/.test(e.message),
  );
  assert.throws(
    () => editQueueFile(text, [{ agent: ann, set: { active: false }, unset: ['active'] }]),
    (e: unknown) => e instanceof ConfigError && /cannot unset `active`/.test(e.message),
  );
});

test.run();
