// Hostile queue files: the worst 1 MiB files finish and report what is wrong, with
// bounded output. Timings are measured in bench/hostile-validate.ts, never asserted here.

import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { worstCaseFiles } from '../../bench/hostile-files.js';
import { agentDirectory } from '../../src/plan/resolve.js';
import { problemsJson, problemsText } from '../../src/render/problems.js';
import { loadFiles, problemsAt } from '../helpers/load-files.js';
import { lines } from '../helpers/temp-dir.js';
import { agent } from '../helpers/world.js';

const test = suite('validate: worst-case files');
const check = (files: Record<string, string | Buffer>) => loadFiles(files, { skillsDir: 'skills' });
const files = worstCaseFiles();

test('1 MiB with 105,000 distinct top-level keys: refused at the key cap, output bounded', async () => {
  assert.ok(files.manyKeys.length <= 1024 * 1024);
  const r = await check({ 'skills/keys.yaml': files.manyKeys });
  const codes = new Set(r.problems.map((p) => p.code));
  assert.ok(codes.has('too-many-keys'), [...codes].join(', '));
  assert.ok(r.problems.length <= 1_001, `${r.problems.length} problems`);
  assert.ok(problemsJson(r.problems, 1).length < 1_000_000);
});

test('1 MiB of invalid agents (~30,000 entries): every kind reported, the count capped', async () => {
  assert.ok(files.invalidAgents.length <= 1024 * 1024);
  const r = await check({ 'skills/agents.yaml': files.invalidAgents });
  assert.equal(problemsAt(r.problems.slice(0, 3)), [
    'skills/agents.yaml:1:1 error too-many-problems',
    'skills/agents.yaml:3:13 error schema-oneOf',
    'skills/agents.yaml:3:30 error schema-type',
  ]);
  assert.ok(r.problems.length <= 1_001, `${r.problems.length} problems`);
  assert.ok(r.problems.some((p) => p.code === 'too-many-problems'));
  assert.ok(problemsText(r.problems, new Chalk({ level: 0 })).length < 1_000_000);
});

test('an alias-amplified 0.9 MB file is refused and its output stays bounded', async () => {
  assert.ok(files.aliases.length < 1024 * 1024);
  const r = await check({ 'skills/aliases.yaml': files.aliases });
  // each of the 99 aliased entries is reported, its 0.88 MB value echoed only as a short preview
  assert.is(r.problems.filter((p) => p.code === 'schema-type').length, 99);
  assert.ok(r.problems.every((p) => p.message.length < 300));
  const json = problemsJson(r.problems, 1);
  assert.ok(json.length < 100_000, `JSON output is ${json.length} characters`);
});

test('1,000 unknown agents against 20,000 live agents: each one reported, suggestions kept', () => {
  const live = Array.from({ length: 20_000 }, (_, i) => agent(i + 1, `agent${i}@generated.example`));
  const directory = agentDirectory(live);
  const errors = Array.from({ length: 1_000 }, (_, i) => directory.resolveAgent({ kind: 'name', userName: `agnet${i}@generated.example` }));
  assert.ok(errors.every((e) => 'error' in e));
  // a close typo still gets its suggestion
  const typo = directory.resolveAgent({ kind: 'name', userName: 'agent123@generated.exampel' });
  assert.ok('error' in typo && typo.error.includes('did you mean "agent123@generated.example"'), JSON.stringify(typo));
  const swapped = directory.resolveAgent({ kind: 'name', userName: 'agnet42@generated.example' });
  assert.ok('error' in swapped && swapped.error.includes('did you mean "agent42@generated.example"'), JSON.stringify(swapped));
});

test('!!binary, !!set and !!omap are refused like any other tag', async () => {
  const r = await check({
    'skills/a.yaml': lines('skill: !!binary SGVsbG8=', 'agents: []'),
    'skills/b.yaml': lines('skill: B', 'agents: !!set { a@x.example }'),
    'skills/c.yaml': lines('skill: C', 'agents: !!omap [ a: 1 ]'),
  });
  assert.equal(problemsAt(r.problems), ['skills/a.yaml:1:17 error yaml-tag', 'skills/b.yaml:2:15 error yaml-tag', 'skills/c.yaml:2:16 error yaml-tag']);
  assert.match(r.problems[0]!.message, 'unsupported YAML tag: !!binary');
});

test('NUL, escape and bidi-override characters in values are refused', async () => {
  const r = await check({
    'skills/a.yaml': lines('skill: "A\\0B"', 'agents: []'),
    'skills/b.yaml': lines('skill: B', 'agents:', '  - agent: "\\e[31mred@x.example"', '    proficiency: 1'),
    'skills/c.yaml': lines('skill: "C\u202e"', 'agents: []'),
  });
  assert.equal(problemsAt(r.problems), [
    'skills/a.yaml:1:8 error control-character',
    'skills/b.yaml:3:12 error control-character',
    'skills/c.yaml:1:8 error control-character',
  ]);
  assert.match(r.problems[0]!.message, '\\x00');
});

test('a value echoed in a message is cut', async () => {
  const r = await check({ 'skills/a.yaml': lines('skill: A', `mode: ${'m'.repeat(50_000)}`, 'agents: []') });
  assert.equal(problemsAt(r.problems), ['skills/a.yaml:2:7 error schema-enum']);
  assert.ok(r.problems[0]!.message.length < 400, r.problems[0]!.message.slice(0, 400));
});

test.run();
