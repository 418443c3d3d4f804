// The fast reader for plain block YAML must agree with the yaml library wherever it answers:
// same data, same position for every node and key, and only on files the library reads without
// a problem. Checked on the repository's own queue files, on files `skillops import` and
// `skillops fmt` write (names full of YAML's special characters included), on hand-written
// variants, and on thousands of random mutations of them (seeded, so a failure reproduces).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type PathSegment, readPlainYaml } from '../../src/config/plain-yaml.js';
import { MAX_ITEMS_PER_LIST, MAX_KEYS_PER_MAPPING, parseWithLibrary, parseYamlText } from '../../src/config/read-yaml-file.js';
import type { Agent, LiveAssignment } from '../../src/domain/live-state.js';
import { formatQueueText } from '../../src/queue-file/format-queue-file.js';
import { renderQueueFile } from '../../src/queue-file/write-queue-yaml.js';

const test = suite('plain YAML fast reader');
const root = fileURLToPath(new URL('../../', import.meta.url));
const limits = { maxKeys: MAX_KEYS_PER_MAPPING, maxItems: MAX_ITEMS_PER_LIST };

/** Every path in a value, with the missing paths next to them that locate must also agree on. */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix, ...['missing', 99999, '', 'null', 'true', 0, '0', -1, 'length'].map((k) => [...prefix, k]));
  if (Array.isArray(value)) for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** undefined when the fast reader declines; otherwise throws unless it agrees with the library. */
function compare(text: string, name: string): boolean {
  const fast = readPlainYaml(text, limits);
  if (!fast) return false;
  const slow = parseWithLibrary(text, name);
  if (!slow.ok) throw new Error(`${name}: the fast reader accepted a file the library refuses (${slow.problems.map((p) => p.code).join(', ')}):\n${text}`);
  assert.equal(fast.data, slow.parsed.data, `${name}: data differs:\n${text}`);
  const viaFast = parseYamlText(text, name);
  if (!viaFast.ok) throw new Error(`${name}: parseYamlText failed where the fast reader answered`);
  for (const p of pathsOf(slow.parsed.data)) {
    for (const key of [false, true]) {
      const want = slow.parsed.locate(p, { key });
      const got = viaFast.parsed.locate(p, { key });
      if (got.line !== want.line || got.col !== want.col) {
        assert.unreachable(
          `${name}: position of ${JSON.stringify(p)}${key ? ' (key)' : ''} is ${got.line}:${got.col}, the library says ${want.line}:${want.col}:\n${text}`,
        );
      }
    }
  }
  return true;
}

const agent = (agentId: number, userName: string, first: string, last: string, isActive = true): Agent =>
  ({ agentId, userName, firstName: first, lastName: last, isActive, teamId: 1 }) as Agent;

/** Files as `skillops import` writes them, skill and agent names full of YAML's special characters. */
function importedFiles(): string[] {
  const names = [
    'Billing Support',
    'Sales: EMEA',
    '# not a comment',
    '- dash',
    'yes',
    'null',
    '123',
    '007',
    '0x1F',
    'Ünïcødé Queue',
    'a "quoted" name',
    "O'Brien's queue",
    '[flow]',
    '{map}',
    '&anchor',
    '*alias',
    '!tag',
    '%directive',
    '@at',
    '`tick`',
    'Ends with colon:',
    'tab\there',
    'trailing ',
    ' leading',
    'x #y',
    'Zürich – Kundendienst',
    '2026-01-01',
    'true',
    'Infinity',
    '.inf',
    '~',
  ];
  const agents = [
    agent(1, 'ann@example.com', 'Ann', 'Lee'),
    agent(2, 'bob@example.com', 'Bob # hash', 'Ray: x', false),
    agent(3, '12345', 'Num', 'Ber'),
    agent(4, 'josé@example.com', 'José', 'García'),
    agent(5, 'dup@example.com', 'Dup', 'One'),
  ];
  const byId = new Map(agents.map((a) => [a.agentId, a]));
  const logins = new Set(['ann@example.com', 'bob@example.com', 'josé@example.com']);
  return names.map((skillName, i) => {
    const assignments: LiveAssignment[] = agents.map(
      (a, k) => ({ skillId: 100 + i, agentId: a.agentId, proficiency: ((i + k) % 20) + 1, isActive: k % 3 !== 1 }) as LiveAssignment,
    );
    return renderQueueFile({ skillId: 100 + i, skillName, isActive: true } as never, assignments, byId, logins);
  });
}

const handWritten = [
  'skill: A\nagents: []\n',
  'skill: Billing\nskillId: 12\nmode: additive\nagents:\n  - agent: a@example.com\n    proficiency: 3\n',
  '# header\n\nskill: Billing # the queue\nconstraints:\n  minActiveAgents: 2\n  proficiency:\n    min: 1\n    max: 5\nagents:\n  - agent: a@example.com # Ann\n    proficiency: 3\n    active: false\n    from: 2026-12-01\n    until: 2027-01-05\n    note: moves from Sales on 1 December\n  - agent: 42\n    proficiency: 20\n',
  'skill: "Quoted"\ndescription: \'single\'\nagents:\n  -   agent: wide@example.com\n      proficiency: 1\n',
  'skill: Z\nagents:\n    - agent: deep@example.com\n      proficiency: 2\n    # a comment in the list\n    - agent: other@example.com\n      proficiency: -1\n',
  'skill: S\nsafety:\n  maxChangePercent: 50\nagents:\n- agent: compact@example.com\n  proficiency: 1\n',
  'skill: S\nagents:\n  - plain item\n  - 12\n  - true\n',
  'skill: Flow\nconstraints:\n  proficiency: { min: 1, max: 5 } # bounds\n  minActiveAgents: 2\nsafety: {maxChangePercent: 50,  maxRemovals: 3}\nempty: {}\nagents:\n  - agent: a@example.com\n    proficiency: 2\n',
  'skill: F\nc: { a: "x, y", b: \'q\', d: 2026-01-01, e: true, f: Some words }\nagents: []\n',
  'skill: F\nc: { a: 1, }\n',
  'skill: F\nc: { a: [1], b: 2 }\n',
  'skill: F\nc: { a:1 }\n',
  'skill: F\nc: { a: 1\n',
  'skill: F\nc: { a: 1, a: 2 }\n',
  'true: 1\nTrue: 2\n',
  'a: 1\nTrue: 2\nagents:\n  - Null: x\n',
  'skill: Semi; colon\ndescription: Seasonal overflow; assignments are dated!\nagents: []\n',
  'skill: A\nkey:  two spaces\nagents:\n  - agent: x@example.com   # spaced comment\n    proficiency: 3\n',
  'skill: A\r\nagents: []\r\n',
  'skill: A\n\tagents: []\n',
  'skill: &a A\nagents: []\n',
  'skill: A\nskill: B\n',
  '---\nskill: A\n',
  'skill: A\n...\n',
  '%YAML 1.1\n---\nskill: A\n',
  'skill: A\nagents:\n  - agent: x\n   proficiency: 3\n',
  'skill: A\nagents:\n  - agent: x\n      proficiency: 3\n',
  'skill: A\n  continued\n',
  'skill: 1.5\n',
  'skill: 0x1F\n',
  'skill: ~\n',
  'skill:\n',
  'skill: a: b\n',
  '__proto__: A\n',
  'skill: "esc\\"aped"\n',
  'skill: A\nagents: [a, b]\n',
  'skill: |\n  block\n',
  '- just\n- a list\n',
  '# only a comment\n',
  '',
];

test('the library and the fast reader agree on every file the fast reader takes', () => {
  const corpus = [
    ...readdirSync(path.join(root, 'skills'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(path.join(root, 'skills', f), 'utf8')),
    ...importedFiles(),
    ...handWritten,
  ];
  for (const text of [...corpus]) {
    const formatted = formatQueueText(text);
    if (formatted.ok) corpus.push(formatted.text);
  }
  let taken = 0;
  corpus.forEach((text, i) => {
    if (compare(text, `corpus-${i}.yaml`)) taken++;
  });
  // it must actually be used on what skillops writes, or it saves nothing
  assert.ok(taken >= corpus.length / 2, `the fast reader took only ${taken} of ${corpus.length} files`);
});

test('it takes every file import writes from plain names, and every queue file of this repository', () => {
  for (const f of readdirSync(path.join(root, 'skills')).filter((name) => name.endsWith('.yaml'))) {
    assert.ok(readPlainYaml(readFileSync(path.join(root, 'skills', f), 'utf8'), limits), `skills/${f} should be plain`);
  }
  const plainNamed = importedFiles().filter((t) => /^skill: (Billing Support|Zürich – Kundendienst|Ünïcødé Queue)$/m.test(t));
  assert.is(plainNamed.length, 3);
  for (const text of plainNamed) assert.ok(readPlainYaml(text, limits), text);
});

test('it declines what it does not cover, and the library reports the problem', () => {
  const deep = `${Array.from({ length: 40 }, (_, d) => `${' '.repeat(d)}k:`).join('\n')}\n${' '.repeat(40)}k: 1\n`;
  const declined = [
    deep,
    'True: 1\n',
    'null: 1\n',
    'a: 1\nTrue: 2\n',
    'a:\n  - NULL: 1\n',
    'c: { False: 1 }\n',
    'skill: A\r\nagents: []\r\n',
    'skill: &a A\nagents: []\n',
    'skill: A\nskill: B\n',
    '__proto__: A\n',
    'skill: 0x1F\n',
    'skill: A\nagents:\n  - agent: x\n   proficiency: 3\n',
    '---\nskill: A\n---\nskill: B\n',
  ];
  for (const text of declined) assert.is(readPlainYaml(text, limits), undefined, text);
  const dup = parseYamlText('skill: A\nskill: B\n', 'd.yaml');
  assert.ok(!dup.ok && dup.problems.some((p) => p.code === 'yaml-syntax' && p.line === 2));
  // the library reads `True:` as the key "true": a second `true:` is a duplicate it reports
  const core = parseYamlText('true: 1\nTrue: 2\n', 'c.yaml');
  assert.ok(!core.ok && core.problems.some((p) => p.code === 'yaml-syntax' && p.line === 2));
  const reserved = parseYamlText('__proto__: A\n', 'p.yaml');
  assert.ok(!reserved.ok && reserved.problems.some((p) => p.code === 'forbidden-key'));
});

test('lists and mappings over the limits are left to the library, which refuses them', () => {
  const many = `skill: A\nagents:\n${'  - 1\n'.repeat(MAX_ITEMS_PER_LIST + 1)}`;
  assert.is(readPlainYaml(many, limits), undefined);
  const r = parseYamlText(many, 'many.yaml');
  assert.ok(!r.ok && r.problems.some((p) => p.code === 'too-many-items'));
  const atLimit = `skill: A\nagents:\n${'  - 1\n'.repeat(MAX_ITEMS_PER_LIST)}`;
  assert.ok(readPlainYaml(atLimit, limits));
});

/** A small seeded generator (mulberry32), so a failing mutation can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('random mutations: wherever the fast reader answers, it agrees with the library', () => {
  const seeds = [
    ...importedFiles().slice(0, 4),
    ...handWritten.slice(1, 11),
    ...['holiday-overflow.yaml', 'billing-support.yaml'].map((f) => readFileSync(path.join(root, 'skills', f), 'utf8')),
  ];
  const pieces = [
    'True: ',
    'null: ',
    '–',
    '😀',
    '\u00a0',
    ' ',
    '  ',
    '\n',
    '\n  ',
    ':',
    ': ',
    '#',
    ' #',
    '-',
    '- ',
    '"',
    "'",
    '\\',
    '&',
    '*',
    '!',
    '|',
    '>',
    '{',
    '}',
    '[',
    ']',
    ',',
    '?',
    '%',
    '@',
    '`',
    '\t',
    '\r',
    '~',
    '.',
    '0',
    '7',
    '1.5',
    'e3',
    'x',
    'true',
    'null',
    'é',
    '\u200e',
    '\u0085',
    'key: v',
    'agent: a@b.c',
    '---',
    '...',
  ];
  const next = random(20261125);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  let taken = 0;
  let tried = 0;
  for (let round = 0; round < 3000; round++) {
    let text = pick(seeds);
    const edits = 1 + Math.floor(next() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * (text.length + 1));
      const kind = next();
      if (kind < 0.5) text = text.slice(0, at) + pick(pieces) + text.slice(at);
      else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      else {
        // duplicate or re-indent a whole line
        const lines = text.split('\n');
        const i = Math.floor(next() * lines.length);
        if (next() < 0.5) lines.splice(i, 0, lines[i]!);
        else lines[i] = ' '.repeat(Math.floor(next() * 5)) + lines[i]!.trimStart();
        text = lines.join('\n');
      }
    }
    tried++;
    if (compare(text, `mutation-${round}.yaml`)) taken++;
  }
  // both kinds must occur, or the test proves nothing
  assert.ok(taken > 300 && taken < tried - 300, `fast reader took ${taken} of ${tried} mutations`);
});

test.run();
