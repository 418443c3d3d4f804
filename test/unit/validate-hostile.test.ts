import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { loadFiles, problemsAt } from '../helpers/load-files.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('validate: hostile input');

const at = problemsAt;
const check = (files: Record<string, string | Buffer>) => loadFiles(files, { skillsDir: 'skills' });

test('alias bomb is stopped quickly with a clear error', async () => {
  const bomb = lines(
    'skill: A',
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'agents: []',
  );
  const r = await check({ 'skills/bomb.yaml': bomb });
  assert.equal(at(r.problems), ['skills/bomb.yaml:3:8 error yaml-aliases']);
  assert.match(r.problems[0]!.message, 'too many YAML alias expansions');
});

test('a file over 1 MiB is refused before it is parsed', async () => {
  const r = await check({ 'skills/big.yaml': `skill: A\nagents: []\n#${'x'.repeat(1024 * 1024)}\n` });
  assert.equal(at(r.problems), ['skills/big.yaml:1:1 error file-too-large']);
  assert.match(r.problems[0]!.message, 'the limit is 1048576 bytes (1 MiB)');
});

test('duplicate mapping keys point at the second key', async () => {
  const r = await check({ 'skills/a.yaml': lines('skill: A', 'agents:', '  - agent: a@example.com', '    proficiency: 1', '    proficiency: 2') });
  assert.equal(at(r.problems), ['skills/a.yaml:5:5 error yaml-syntax']);
  assert.match(r.problems[0]!.message, 'duplicate key');
});

test('__proto__ and constructor keys are refused and nothing is polluted', async () => {
  const r = await check({
    'skills/a.yaml': lines('skill: A', '__proto__:', '  polluted: true', 'agents:', '  - agent: a@example.com', '    proficiency: 1', '    constructor: {}'),
  });
  assert.equal(at(r.problems), ['skills/a.yaml:2:1 error forbidden-key', 'skills/a.yaml:7:5 error forbidden-key']);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});

test('custom tags such as !!js/function are refused, never executed', async () => {
  const r = await check({
    'skills/a.yaml': lines('skill: !!js/function "function () { globalThis.pwned = true }"', 'agents: !custom []'),
  });
  assert.equal(
    at(r.problems).map((s) => s.replace(/ error .*/, '')),
    ['skills/a.yaml:1:8', 'skills/a.yaml:2:9'],
  );
  assert.ok(r.problems.every((p) => p.code === 'yaml-tag'));
  assert.match(r.problems[0]!.message, 'unsupported YAML tag');
  assert.is((globalThis as Record<string, unknown>).pwned, undefined);
});

test('non-UTF-8 bytes are reported at their line and column', async () => {
  const bytes = Buffer.concat([Buffer.from('skill: A\nagents:\n  - agent: j'), Buffer.from([0xe9]), Buffer.from('rome\n    proficiency: 1\n')]);
  const r = await check({ 'skills/a.yaml': bytes });
  assert.equal(at(r.problems), ['skills/a.yaml:3:13 error not-utf8']);
  assert.match(r.problems[0]!.message, 'not valid UTF-8 (byte 0xe9)');
});

test('an empty file, and a file of only comments, are clear errors', async () => {
  const r = await check({ 'skills/a.yaml': '', 'skills/b.yaml': '# nothing here\n' });
  assert.equal(at(r.problems), ['skills/a.yaml:1:1 error empty-file', 'skills/b.yaml:1:1 error empty-file']);
});

test('a symlink leading outside the folder is refused', async () => {
  const { dir, cleanup } = await tempDir({ 'secret.yaml': lines('skill: Secret', 'agents: []'), 'skills/ok.yaml': lines('skill: Ok', 'agents: []') });
  await symlink(path.join(dir, 'secret.yaml'), path.join(dir, 'skills', 'secret.yaml'));
  const r = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
  await cleanup();
  assert.equal(at(r.problems), ['skills/secret.yaml:1:1 error symlink-outside']);
  assert.equal(
    r.desired.queues.map((q) => q.skill),
    ['Ok'],
  );
});

test('several documents in one file, and YAML syntax errors, are located', async () => {
  const r = await check({
    'skills/a.yaml': lines('skill: A', 'agents: []', '---', 'skill: B', 'agents: []'),
    'skills/b.yaml': lines('skill: B', 'agents: [', '  - x'),
    'skills/c.yaml': lines('- just', '- a list'),
  });
  assert.equal(at(r.problems), [
    'skills/a.yaml:3:1 error multiple-documents',
    'skills/b.yaml:3:3 error yaml-syntax',
    'skills/b.yaml:4:1 error yaml-syntax',
    'skills/c.yaml:1:1 error schema-type',
  ]);
  assert.is(r.problems[3]!.message, 'the file must be a mapping of keys to values, not ["just","a list"]');
});

test.run();
