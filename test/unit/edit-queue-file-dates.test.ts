import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { editQueueFile } from '../../src/queue-file/edit-queue-file.js';
import { lines } from '../helpers/temp-dir.js';

const test = suite('config: editQueueFile sets dates and notes in place');
const ann = { agentId: 1, names: ['ann@x.com'] };
const bob = { agentId: 2, names: ['bob@x.com'] };

const BLOCK = lines(
  'skill: A # the queue',
  'agents:',
  '  # lead',
  '  - agent: ann@x.com # Ann',
  '    proficiency: 1',
  '    active: false',
  '  - agent: bob@x.com',
  '    proficiency: 2',
  '    until: 2027-01-31 # end of the campaign',
  '    note: keeps 2',
);

test('a date the entry lacks goes after the keys before it; one it has is replaced in place', () => {
  const out = editQueueFile(BLOCK, [
    { agent: ann, set: { from: '2026-12-01', note: 'moves up' } },
    { agent: bob, set: { until: '2027-02-28', from: '2026-12-07' } },
  ]);
  assert.is(
    out,
    lines(
      'skill: A # the queue',
      'agents:',
      '  # lead',
      '  - agent: ann@x.com # Ann',
      '    proficiency: 1',
      '    active: false',
      '    from: 2026-12-01',
      '    note: moves up',
      '  - agent: bob@x.com',
      '    proficiency: 2',
      '    from: 2026-12-07',
      '    until: 2027-02-28 # end of the campaign',
      '    note: keeps 2',
    ),
  );
});

test('a note that YAML would misread is quoted; setting and unsetting in one edit', () => {
  const out = editQueueFile(BLOCK, [{ agent: bob, set: { note: 'yes: #1 choice', from: '2026-12-01' }, unset: ['until'] }]);
  assert.ok(out.includes('    from: 2026-12-01\n    note: "yes: #1 choice"\n') || out.includes("    from: 2026-12-01\n    note: 'yes: #1 choice'\n"), out);
  assert.not.ok(out.includes('until'));
});

test('flow entries and new entries carry dates and notes', () => {
  const flow = lines('skill: A', 'agents:', '  - { agent: ann@x.com, proficiency: 1 }');
  assert.is(
    editQueueFile(flow, [
      { agent: ann, set: { until: '2026-12-31' } },
      { add: { agent: 'cy@x.com', proficiency: 3, active: true, from: '2027-01-01', note: 'covers Ann' } },
    ]),
    lines(
      'skill: A',
      'agents:',
      '  - { agent: ann@x.com, proficiency: 1, until: 2026-12-31 }',
      '  - { agent: cy@x.com, proficiency: 3, from: 2027-01-01, note: covers Ann }',
    ),
  );
  const block = lines('skill: A', 'agents:', '  - agent: ann@x.com', '    proficiency: 1');
  assert.is(
    editQueueFile(block, [{ add: { agent: 'bob@x.com', proficiency: 2, active: false, until: '2027-01-31' } }]),
    lines(
      'skill: A',
      'agents:',
      '  - agent: ann@x.com',
      '    proficiency: 1',
      '  - agent: bob@x.com',
      '    proficiency: 2',
      '    active: false',
      '    until: 2027-01-31',
    ),
  );
});

test('removing every entry of a block list leaves `agents: []`, not an empty value', () => {
  const out = editQueueFile(BLOCK, [
    { agent: ann, remove: true },
    { agent: bob, remove: true },
  ]);
  assert.is(out, lines('skill: A # the queue', 'agents: []'));
});

test.run();
