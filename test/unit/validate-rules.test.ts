import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';
import { loadFiles, problemsAt } from '../helpers/load-files.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('validate: rules and schema, with positions');

const at = problemsAt;
const check = (files: Record<string, string | Buffer>, settings?: Settings) => loadFiles(files, settings ? { settings } : {});

test('a valid file has no problems and normalises defaults', async () => {
  const result = await check({
    'billing.yaml': lines(
      'skill: Billing',
      'agents:',
      '  - agent: jane@example.com',
      '    proficiency: 1',
      '  - agent: "4410092"',
      '    proficiency: 3',
      '    active: false',
    ),
  });
  assert.equal(result.problems, []);
  const queue = result.desired.queues[0]!;
  assert.is(queue.mode, 'authoritative');
  assert.equal(queue.proficiency, { min: 1, max: 20 });
  assert.equal(queue.agents[1]!.agent, { kind: 'id', agentId: 4410092 });
  assert.is(queue.agents[1]!.active, false);
  assert.equal(queue.agents[1]!.at, { file: 'billing.yaml', line: 5, col: 12 });
});

test('duplicate agent points at the second entry', async () => {
  const r = await check({
    'billing.yaml': lines(
      'skill: Billing',
      'agents:',
      '  - agent: Jane@example.com',
      '    proficiency: 1',
      '  - agent: jane@example.com',
      '    proficiency: 2',
    ),
  });
  assert.equal(at(r.problems), ['billing.yaml:5:12 error duplicate-agent']);
  assert.match(r.problems[0]!.message, 'listed twice in this file (first at line 3)');
});

test('proficiency outside queue constraints and outside tenant scale', async () => {
  const settings = { ...DEFAULT_SETTINGS, proficiencyScale: { min: 1, max: 10 } };
  const r = await check(
    {
      'billing.yaml': lines(
        'skill: Billing',
        'constraints:',
        '  proficiency: { min: 2, max: 5 }',
        'agents:',
        '  - agent: a@example.com',
        '    proficiency: 7',
        '  - agent: b@example.com',
        '    proficiency: 1',
        '  - agent: c@example.com',
        '    proficiency: 15',
      ),
    },
    settings,
  );
  assert.equal(at(r.problems), [
    'billing.yaml:6:18 error proficiency-constraint',
    'billing.yaml:8:18 error proficiency-constraint',
    'billing.yaml:10:18 error proficiency-scale',
  ]);
  assert.is(r.problems[0]!.message, "proficiency 7 is above this queue's maximum 5");
  assert.is(r.problems[1]!.message, "proficiency 1 is below this queue's minimum 2");
  assert.is(r.problems[2]!.message, 'proficiency 15 is outside the tenant scale 1–10');
});

test('constraints outside the tenant scale or inverted', async () => {
  const settings = { ...DEFAULT_SETTINGS, proficiencyScale: { min: 1, max: 10 } };
  const r = await check(
    {
      'a.yaml': lines('skill: A', 'constraints:', '  proficiency:', '    max: 12', 'agents: []'),
      'b.yaml': lines('skill: B', 'constraints:', '  proficiency: { min: 5, max: 3 }', 'agents: []'),
    },
    settings,
  );
  assert.equal(at(r.problems), ['a.yaml:4:10 error constraint-scale', 'b.yaml:3:16 error constraint-inverted']);
});

test('from after until, and impossible dates', async () => {
  const r = await check({
    'a.yaml': lines(
      'skill: A',
      'agents:',
      '  - agent: a@example.com',
      '    proficiency: 1',
      '    from: 2027-02-01',
      '    until: 2027-01-31',
      '  - agent: b@example.com',
      '    proficiency: 1',
      '    from: 2026-02-30',
      '  - agent: c@example.com',
      '    proficiency: 1',
      '    until: tomorrow',
    ),
  });
  assert.equal(at(r.problems), ['a.yaml:5:11 error dates-inverted', 'a.yaml:9:11 error schema-format', 'a.yaml:12:12 error schema-format']);
  assert.is(r.problems[0]!.message, 'from 2027-02-01 is after until 2027-01-31');
  assert.is(r.problems[1]!.message, 'from "2026-02-30" is not a valid date (expected YYYY-MM-DD)');
});

test('two files claiming the same skill by name or by id', async () => {
  const r = await check({
    'billing.yaml': lines('skill: Billing', 'skillId: 42', 'agents: []'),
    'billing-copy.yaml': lines('# copy', 'skill: billing', 'agents: []'),
    'other.yaml': lines('skill: Other', 'skillId: 42', 'agents: []'),
  });
  const errors = r.problems.filter((p) => p.severity === 'error');
  assert.equal(at(errors), ['billing.yaml:1:8 error duplicate-skill', 'other.yaml:1:8 error duplicate-skill']);
  assert.match(errors[0]!.message, 'also claimed by billing-copy.yaml:2:8');
  assert.match(errors[1]!.message, 'skillId 42 is also claimed by billing.yaml:1:8');
});

test('file name that does not match the skill slug is a warning only', async () => {
  const r = await check({ 'queue1.yaml': lines('skill: Café Support / Tier 2', 'agents: []') });
  assert.equal(at(r.problems), ['queue1.yaml:1:8 warning file-name']);
  assert.match(r.problems[0]!.message, 'expected "cafe-support-tier-2.yaml"');
});

test('schema problems in plain words with positions', async () => {
  const r = await check({
    'a.yaml': lines(
      'skill: A',
      'mode: replace',
      'agnets: []',
      'agents:',
      '  - agent: a@example.com',
      '    proficiency: high',
      '  - proficiency: 2',
      '  - agent: [x]',
      '    proficiency: 25',
    ),
  });
  assert.equal(at(r.problems), [
    'a.yaml:2:7 error schema-enum',
    'a.yaml:3:1 error schema-additionalProperties',
    'a.yaml:6:18 error schema-type',
    'a.yaml:7:5 error schema-required',
    'a.yaml:8:12 error schema-oneOf',
    'a.yaml:9:18 error schema-maximum',
  ]);
  const messages = r.problems.map((p) => p.message);
  assert.is(messages[0], 'mode must be one of "authoritative", "additive", not "replace"');
  assert.is(messages[1], 'unknown key "agnets" (did you mean "agents"?)');
  assert.is(messages[2], 'proficiency must be a whole number, not "high"');
  assert.is(messages[3], 'missing required key "agent" in agents[1]');
  assert.is(messages[5], 'proficiency 25 is above the maximum 20');
});

test('rules still run on the valid entries of a file with schema errors', async () => {
  const r = await check({
    'a.yaml': lines(
      'skill: A',
      'agents:',
      '  - agent: a@example.com',
      '    proficiency: 1',
      '  - agent: a@example.com',
      '    proficiency: 1',
      '  - agent: b@example.com',
      '    proficiency: x',
    ),
  });
  assert.equal(at(r.problems), ['a.yaml:5:12 error duplicate-agent', 'a.yaml:8:18 error schema-type']);
});

test('every file is reported in one run, errors from several files together', async () => {
  const r = await check({
    'a.yaml': lines('skill: A', 'agents:', '  - agent: x', '    proficiency: 0'),
    'b.yaml': lines('skill: B', 'agents: nope'),
    'c.yaml': lines('skill: C', 'agents: []'),
  });
  assert.is(r.filesChecked, 3);
  assert.equal(at(r.problems), ['a.yaml:4:18 error schema-minimum', 'b.yaml:2:9 error schema-type']);
  assert.is(r.desired.queues.length, 1);
});

test('a missing folder is a clear error', async () => {
  const { dir, cleanup } = await tempDir();
  const r = await loadDesiredState('nope', DEFAULT_SETTINGS, dir);
  await cleanup();
  assert.equal(at(r.problems), ['nope:1:1 error no-skills-dir']);
  assert.is(r.problems[0]!.message, 'folder does not exist');
});

test('a symlink inside the folder is followed', async () => {
  const { dir, cleanup } = await tempDir({ 'real/a.yaml': lines('skill: A', 'agents: []') });
  await symlink(path.join(dir, 'real', 'a.yaml'), path.join(dir, 'real', 'link.yaml'));
  const r = await loadDesiredState('real', DEFAULT_SETTINGS, dir);
  await cleanup();
  // both names claim skill A: the link was read
  assert.equal(
    at(r.problems).filter((p) => p.includes('error')),
    ['real/link.yaml:1:8 error duplicate-skill'],
  );
});

test.run();
