import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultThreads, PARALLEL_FROM_FILES } from '../../src/config/check-files.js';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { MAX_ITEMS_PER_LIST, MAX_KEYS_PER_MAPPING } from '../../src/config/read-yaml-file.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('validate: worker threads');

/** Valid files mixed with one of each kind of problem, so every result path crosses threads. */
function mixedFiles(count: number): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < count; i++) {
    const name = `skills/queue-${String(i).padStart(3, '0')}.yaml`;
    files[name] = lines(
      `skill: Queue ${String(i).padStart(3, '0')}`,
      `skillId: ${1000 + i}`,
      'agents:',
      `  - agent: a${i}@example.com`,
      '    proficiency: 3',
      '    from: 2026-12-01',
      `  - agent: "${4000 + i}"`,
      '    proficiency: 5',
      '    active: false',
    );
  }
  files['skills/queue-005.yaml'] = lines('skill: Queue 005', 'agents:', '  - agent: x@example.com', '    proficiency: 99');
  files['skills/queue-010.yaml'] = lines(
    'skill: Queue 010',
    'agents:',
    '  - agent: x@example.com',
    '    proficiency: 1',
    '  - agent: x@example.com',
    '    proficiency: 2',
  );
  files['skills/queue-015.yaml'] = Buffer.from([0x73, 0x6b, 0x69, 0x6c, 0x6c, 0x3a, 0x20, 0xff, 0x0a]);
  files['skills/queue-020.yaml'] = lines('skill: Queue 001', 'agents: []');
  files['skills/queue-025.yaml'] = lines('skill: A', '__proto__: { polluted: true }', 'agents: []');
  files['skills/queue-030.yaml'] = lines('skill: [unclosed', 'agents: []');
  files['skills/queue-035.yaml'] = lines(
    'skill: Queue 035',
    'mode: replace',
    'agents:',
    '  - agent: y@example.com',
    '    proficiency: 2',
    '    until: tomorrow',
  );
  return files;
}

test('spread over worker threads, the result is exactly the one-thread result, in file order', async () => {
  const { dir, cleanup } = await tempDir(mixedFiles(240));
  try {
    await symlink('/etc/hostname', path.join(dir, 'skills', 'queue-zzz.yaml'));
    const one = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { threads: 1 });
    const two = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { threads: 2 });
    assert.is(one.filesChecked, 241);
    assert.equal(
      [...new Set(one.problems.filter((p) => p.severity === 'error').map((p) => p.code))].sort(),
      [
        'duplicate-agent',
        'duplicate-skill',
        'forbidden-key',
        'not-utf8',
        'schema-enum',
        'schema-maximum',
        'schema-format',
        'symlink-outside',
        'yaml-syntax',
      ].sort(),
    );
    assert.equal(two, one);
    // by default plain files are read on this thread and the others (here the broken ones) by
    // the library: results still land in file order, identical to the rest
    const mixed = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    assert.equal(mixed, one);
    assert.is(({} as Record<string, unknown>).polluted, undefined);
  } finally {
    await cleanup();
  }
});

test('by default, plain files stay here and the others go to worker threads when there are many: same result, file order', async () => {
  // every third file plain; the rest use YAML only the library reads (anchors, flow lists), more
  // than PARALLEL_FROM_FILES of them, so they go to the pool while the plain ones are read here
  const files: Record<string, string> = {};
  for (let i = 0; i < 480; i++) {
    const name = `skills/queue-${String(i).padStart(3, '0')}.yaml`;
    files[name] =
      i % 3 === 0
        ? lines(`skill: Queue ${i}`, 'agents:', `  - agent: a${i}@example.com`, `    proficiency: ${1 + (i % 5)}`)
        : lines(`skill: &name Queue ${i}`, `agents: [{ agent: b${i}@example.com, proficiency: ${1 + (i % 7)}, note: *name }]`);
  }
  files['skills/queue-100.yaml'] = lines('skill: Queue 100', 'agents: [{ agent: x@example.com, proficiency: 99 }]');
  files['skills/queue-201.yaml'] = lines('skill: Queue 201', 'agents:', '  - agent: x@example.com', '    proficiency: 1', '    proficiency: 2');
  const { dir, cleanup } = await tempDir(files);
  try {
    const one = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { threads: 1 });
    const mixed = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    const declined = Object.values(files).filter((text) => !readPlainYaml(text, { maxKeys: MAX_KEYS_PER_MAPPING, maxItems: MAX_ITEMS_PER_LIST })).length;
    assert.ok(declined >= PARALLEL_FROM_FILES, `${declined} files for the library: enough for the pool`);
    assert.is(one.desired.queues.length, 478);
    assert.equal(
      one.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.code}`),
      ['skills/queue-100.yaml:2:schema-maximum', 'skills/queue-201.yaml:5:yaml-syntax'],
    );
    assert.equal(mixed, one);
  } finally {
    await cleanup();
  }
});

test('folders below the threshold stay on one thread', () => {
  assert.is(defaultThreads(10), 1);
  assert.is(defaultThreads(PARALLEL_FROM_FILES - 1), 1);
});

test.run();
