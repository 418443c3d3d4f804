import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { formatQueueText } from '../../src/queue-file/format-queue-file.js';
import { captureIo } from '../helpers/capture-io.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('fmt: canonical layout, comments kept');

/** A hand-written file that is not canonical in every way fmt fixes, with comments everywhere. */
const messy = lines(
  '# yaml-language-server: $schema=../schemas/queue.schema.json',
  '# Owned by the billing team; ask #billing-ops before removing anyone.',
  'agents:   # who serves this queue',
  '  # strongest first',
  '  - proficiency: 1',
  "    agent: 'jane.doe@example.com'   # Jane Doe",
  '  - { agent: "4410092", proficiency: 3, active: false }',
  '',
  '  # joins in December',
  '  - note: "moves from Sales"',
  '    from: 2026-12-01',
  '    agent: sam.lee@example.com',
  '    proficiency: 2',
  'mode: authoritative',
  'constraints:',
  '  proficiency: { min: 1, max: 5 }  # the scale this queue uses',
  '  minActiveAgents: 2',
  'skill: "Billing Support"   # CXone skill name',
  'skillId: 11012345',
);

const canonical = lines(
  '# yaml-language-server: $schema=../schemas/queue.schema.json',
  '# Owned by the billing team; ask #billing-ops before removing anyone.',
  'skill: Billing Support # CXone skill name',
  'skillId: 11012345',
  'mode: authoritative',
  'constraints:',
  '  proficiency: { min: 1, max: 5 } # the scale this queue uses',
  '  minActiveAgents: 2',
  'agents:',
  '  # who serves this queue',
  '  # strongest first',
  '  - agent: jane.doe@example.com # Jane Doe',
  '    proficiency: 1',
  '  - agent: "4410092"',
  '    proficiency: 3',
  '    active: false',
  '',
  '  # joins in December',
  '  - agent: sam.lee@example.com',
  '    proficiency: 2',
  '    from: 2026-12-01',
  '    note: moves from Sales',
);

test('reorders keys, unfolds flow entries and drops needless quotes, keeping every comment and value', () => {
  const result = formatQueueText(messy);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.text, canonical);
  assert.equal(parse(result.text), parse(messy));
  for (const comment of messy.match(/#.*$/gm) ?? []) assert.ok(result.text.includes(comment.replace(/\s+$/, '')), `comment kept: ${comment}`);
});

test('formatting twice changes nothing; a canonical file is left as it is', () => {
  const once = formatQueueText(messy);
  assert.ok(once.ok && once.changed);
  if (!once.ok) return;
  const twice = formatQueueText(once.text);
  assert.ok(twice.ok);
  if (!twice.ok) return;
  assert.is(twice.changed, false);
  assert.is(twice.text, once.text);
});

test('agents are sorted only when the file opts in with sortAgents: true', () => {
  const body = [
    'agents:',
    '  - agent: zoe@example.com # last',
    '    proficiency: 1',
    '  - agent: 4410',
    '    proficiency: 2',
    '  - agent: Adam@example.com',
    '    proficiency: 3',
  ];
  const unsorted = formatQueueText(lines('skill: Q', ...body));
  assert.ok(unsorted.ok);
  if (unsorted.ok) assert.is(unsorted.changed, false);
  const sorted = formatQueueText(lines('skill: Q', 'sortAgents: true', ...body));
  assert.ok(sorted.ok);
  if (!sorted.ok) return;
  assert.is(
    sorted.text,
    lines(
      'skill: Q',
      'sortAgents: true',
      'agents:',
      '  - agent: Adam@example.com',
      '    proficiency: 3',
      '  - agent: zoe@example.com # last',
      '    proficiency: 1',
      '  - agent: 4410',
      '    proficiency: 2',
    ),
  );
});

test('values that need quotes keep them: numeric strings, yes/no, leading specials, dates stay strings', () => {
  const text = lines(
    'skill: "12345"',
    'description: "yes"',
    'agents:',
    '  - agent: "@ops"',
    '    proficiency: 1',
    '    note: "# not a comment"',
    '    from: "2026-12-01"',
  );
  const result = formatQueueText(text);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(parse(result.text), parse(text));
});

test('a file that does not parse is reported, not touched', () => {
  const result = formatQueueText('skill: [unclosed\nagents: []\n');
  assert.is(result.ok, false);
});

test('every shipped example in skills/ parses to the same data after fmt, and fmt is stable on it', async () => {
  const dir = fileURLToPath(new URL('../../skills/', import.meta.url));
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.yaml'))) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const result = formatQueueText(text);
    assert.ok(result.ok, name);
    if (!result.ok) continue;
    assert.equal(parse(result.text), parse(text), name);
    const again = formatQueueText(result.text);
    assert.ok(again.ok && !again.changed, `${name} is stable`);
  }
});

test('skillops fmt --check exits 1 and writes nothing; fmt rewrites; then --check exits 0', async () => {
  const { dir, cleanup } = await tempDir({ 'skills/billing.yaml': messy, 'skills/ok.yaml': lines('skill: Ok', 'agents: []') });
  try {
    const file = path.join(dir, 'skills/billing.yaml');
    const check = captureIo({ cwd: dir });
    assert.is(await runCli(['fmt', '--check', '--diff'], check), 1);
    assert.match(check.stdout(), 'would reformat skills/billing.yaml');
    assert.match(check.stdout(), '+skill: Billing Support');
    assert.is(await readFile(file, 'utf8'), messy);

    const write = captureIo({ cwd: dir });
    assert.is(await runCli(['fmt'], write), 0);
    assert.match(write.stdout(), '1 file reformatted, 1 already canonical.');
    assert.is(await readFile(file, 'utf8'), canonical);

    const again = captureIo({ cwd: dir });
    assert.is(await runCli(['fmt', '--check', 'skills/billing.yaml'], again), 0);
  } finally {
    await cleanup();
  }
});

test('skillops fmt exits 1 on a file that does not parse and names it', async () => {
  const { dir, cleanup } = await tempDir({ 'skills/broken.yaml': 'skill: [unclosed\n' });
  try {
    const io = captureIo({ cwd: dir });
    assert.is(await runCli(['fmt'], io), 1);
    // the problem as validate reports it, with its position, then what fmt did about it
    assert.match(io.stderr(), /^skills\/broken\.yaml:\d+:\d+ error .*\[yaml-syntax\]$/m);
    assert.match(io.stderr(), 'skills/broken.yaml: not formatted, validate refuses it');
  } finally {
    await cleanup();
  }
});

test.run();
