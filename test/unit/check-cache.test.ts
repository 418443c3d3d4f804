import { randomBytes } from 'node:crypto';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CACHE_FILE } from '../../src/config/check-cache.js';
import { type LoadResult, loadDesiredState } from '../../src/config/load-desired-state.js';
import { namedAgent } from '../../src/domain/desired-state.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('validate: check cache');

/** Valid files and one of each kind of problem, so every kind of result goes through the cache. */
const files: Record<string, string | Buffer> = {
  'skills/billing.yaml': lines(
    '# a comment',
    'skill: Billing',
    'skillId: 11',
    'agents:',
    '  - agent: a@example.com',
    '    proficiency: 3',
    '    from: 2026-12-01',
    '  - agent: "4410"',
    '    proficiency: 5',
    '    active: false',
  ),
  'skills/sales.yaml': lines(
    'skill: Sales',
    'mode: additive',
    'constraints: { proficiency: { min: 1, max: 4 }, minActiveAgents: 1 }',
    'agents:',
    '  - agent: b@example.com',
    '    proficiency: 2',
  ),
  'skills/bad-schema.yaml': lines('skill: Bad', 'agents:', '  - agent: x@example.com', '    proficiency: 99'),
  'skills/dupe.yaml': lines('skill: Dupe', 'agents:', '  - agent: x@example.com', '    proficiency: 1', '  - agent: x@example.com', '    proficiency: 2'),
  'skills/claims-billing.yaml': lines('skill: Billing', 'agents: []'),
  'skills/broken.yaml': lines('skill: [unclosed', 'agents: []'),
  'skills/not-utf8.yaml': Buffer.from([0x73, 0x6b, 0x69, 0x6c, 0x6c, 0x3a, 0x20, 0xff, 0x0a]),
};

/** This machine's secret: entries are bound to it, so a cache made anywhere else is never believed. */
const cacheKey = randomBytes(32);

const strip = (r: LoadResult) => JSON.stringify({ ...r, filesCached: undefined });

test('results with the cache, cold and warm, are byte-identical to results without it', async () => {
  const { dir, cleanup } = await tempDir(files);
  try {
    await symlink('/etc/hostname', path.join(dir, 'skills', 'zz-link.yaml'));
    const cacheDir = path.join(dir, '.skillops-cache');
    const plain = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    const cold = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const warm = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    assert.ok(plain.problems.length >= 5, 'the fixture has problems of several kinds');
    assert.is(cold.filesCached, 0);
    // every regular file comes from the cache; the symbolic link is always checked afresh
    assert.is(warm.filesCached, 7);
    assert.is(strip(cold), strip(plain));
    assert.is(strip(warm), strip(plain));
  } finally {
    await cleanup();
  }
});

test('a cache larger than one write chunk is written whole and read back: every file a hit, results identical', async () => {
  // 400 files of 200 entries: about 3 MB of cache, written a megabyte at a time
  const many: Record<string, string> = {};
  for (let f = 0; f < 400; f++) {
    const rows = [`skill: Queue ${f}`, `skillId: ${1000 + f}`, 'agents:'];
    for (let a = 0; a < 200; a++) rows.push(`  - agent: agent.${(f * 7 + a) % 900}@example.com`, `    proficiency: ${1 + (a % 5)}`);
    many[`skills/q-${f}.yaml`] = lines(...rows);
  }
  const { dir, cleanup } = await tempDir(many);
  try {
    const cacheDir = path.join(dir, '.skillops-cache');
    const plain = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    const cold = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const text = await readFile(path.join(cacheDir, CACHE_FILE), 'utf8');
    assert.ok(text.length > 2 * (1 << 20), `the cache holds ${text.length} characters`);
    assert.is(text.split('\n').length, 400 + 2, 'a header, one line per file, and the final newline');
    const warm = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    assert.is(warm.filesCached, 400);
    assert.is(strip(cold), strip(plain));
    assert.is(strip(warm), strip(plain));
    // entries naming the same agent share its text and its (frozen) reference, fresh or cached
    for (const loaded of [plain, warm]) {
      const named = loaded.desired.queues.flatMap((q) => q.agents).filter((e) => e.written === 'agent.7@example.com');
      assert.ok(named.length > 50, `${named.length} entries name agent.7`);
      assert.ok(named.every((e) => e.agent === named[0]!.agent && e.written === named[0]!.written));
      assert.ok(Object.isFrozen(named[0]!.agent));
    }
  } finally {
    await cleanup();
  }
});

test('entries share an agent only when they name it the same way: a number and a text that print alike stay apart', () => {
  const byText = namedAgent('1e+21');
  const byNumber = namedAgent(1e21);
  assert.equal(byText.agent, { kind: 'name', userName: '1e+21' });
  assert.equal(byNumber.agent, { kind: 'id', agentId: 1e21 });
  assert.is(namedAgent('1e+21'), byText);
  assert.is(namedAgent(4410).agent, namedAgent(4410).agent);
  assert.equal(namedAgent('4410').agent, { kind: 'id', agentId: 4410 });
});

test('an edited file is checked again; the others still come from the cache', async () => {
  const { dir, cleanup } = await tempDir(files);
  try {
    const cacheDir = path.join(dir, '.skillops-cache');
    await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    await writeFile(path.join(dir, 'skills/sales.yaml'), lines('skill: Sales', 'agents:', '  - agent: b@example.com', '    proficiency: 7'));
    const warm = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const plain = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    assert.is(warm.filesCached, 6);
    assert.is(strip(warm), strip(plain));
    assert.is(warm.desired.queues.find((q) => q.skill === 'Sales')?.agents[0]?.proficiency, 7);
  } finally {
    await cleanup();
  }
});

test('other settings make other entries: a narrower scale is judged afresh', async () => {
  const { dir, cleanup } = await tempDir(files);
  try {
    const cacheDir = path.join(dir, '.skillops-cache');
    await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const narrow = { ...DEFAULT_SETTINGS, proficiencyScale: { min: 1, max: 4 } };
    const cached = await loadDesiredState('skills', narrow, dir, { cacheDir, cacheKey });
    const plain = await loadDesiredState('skills', narrow, dir);
    assert.is(cached.filesCached, 0);
    assert.is(strip(cached), strip(plain));
    assert.ok(
      plain.problems.some((p) => p.file.endsWith('billing.yaml') && p.severity === 'error'),
      'proficiency 5 is outside 1-4',
    );
  } finally {
    await cleanup();
  }
});

test('a corrupt, foreign or tampered cache is ignored and rewritten', async () => {
  const { dir, cleanup } = await tempDir(files);
  try {
    const cacheDir = path.join(dir, '.skillops-cache');
    const cacheFile = path.join(cacheDir, CACHE_FILE);
    const plain = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const [header, ...entries] = (await readFile(cacheFile, 'utf8')).trimEnd().split('\n');
    const good = JSON.parse(header!) as { format: string; code: string };
    const keys = entries.map((line) => line.slice(0, line.indexOf(' ')));
    const withEntries = (head: object, body: (line: string, key: string) => string) =>
      [JSON.stringify(head), ...entries.map((line, i) => `${keys[i]} ${body(line.slice(line.indexOf(' ') + 1), keys[i]!)}`)].join('\n');
    assert.is(entries.length, 7);

    const variants: [string, string][] = [
      ['not JSON', '{"format": "skillops-check-cache/2", "co'],
      ['another version of the code', withEntries({ ...good, code: 'made-by-another-skillops' }, (line) => line)],
      ['another format', withEntries({ ...good, format: 'something-else/9' }, (line) => line)],
      ['entries of the wrong shape', withEntries(good, () => JSON.stringify({ problems: 'none', queue: 42 }))],
      ['entries cut short', withEntries(good, (line) => line.slice(0, line.length - 2))],
      ['agents packed with the wrong types', withEntries(good, (line) => line.replace(/\["([^"]*)",(\d+),/g, '[1,"$2",'))],
      ['keys that match no file', withEntries(good, (line) => line).replace(/^[0-9a-f]{64} /gm, (k) => `${k.slice(1)} `)],
      ['an old cache in the first format', JSON.stringify({ format: 'skillops-check-cache/1', code: good.code, entries: {} })],
    ];
    for (const [what, content] of variants) {
      await writeFile(cacheFile, content);
      const result = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
      // files whose entries are unusable are checked afresh: results equal the uncached ones
      assert.is(result.filesCached, what === 'agents packed with the wrong types' ? entries.filter((e) => !/\["[^"]*",\d+,/.test(e)).length : 0, what);
      assert.is(strip(result), strip(plain), what);
      // rewritten, so the next run is warm again
      const again = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
      assert.is(again.filesCached, 7, what);
    }
  } finally {
    await cleanup();
  }
});

test('an entry edited while keeping its key cannot change the result, and a cache made elsewhere is not believed', async () => {
  const retention = lines(
    'skill: Retention',
    'mode: additive',
    'constraints: { minActiveAgents: 1 }',
    'agents:',
    '  - agent: keep@example.com',
    '    proficiency: 2',
  );
  const { dir, cleanup } = await tempDir({ 'skills/retention.yaml': retention });
  try {
    const cacheDir = path.join(dir, '.skillops-cache');
    const cacheFile = path.join(cacheDir, CACHE_FILE);
    const plain = await loadDesiredState('skills', DEFAULT_SETTINGS, dir);
    await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    const text = await readFile(cacheFile, 'utf8');
    // what an attacker writes: authoritative, another minimum and another agent, same key and
    // everything else on the line kept
    const tampered = text
      .replace('"mode":"additive"', '"mode":"authoritative"')
      .replace('"minActiveAgents":1', '"minActiveAgents":0')
      .replaceAll('keep@example.com', 'intruder@example.com');
    assert.is.not(tampered, text, 'the entry was edited');
    await writeFile(cacheFile, tampered);
    const warm = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    assert.is(warm.filesCached, 0, 'the edited entry is not used');
    assert.is(strip(warm), strip(plain));
    assert.is(warm.desired.queues[0]?.mode, 'additive');
    assert.equal(
      warm.desired.queues[0]?.agents.map((a) => a.written),
      ['keep@example.com'],
    );

    // a cache written on another machine (or committed to the repository) has entries bound to
    // another secret: none is used, even with matching keys and honest contents
    await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey: randomBytes(32) });
    const foreign = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { cacheDir, cacheKey });
    assert.is(foreign.filesCached, 0);
    assert.is(strip(foreign), strip(plain));
  } finally {
    await cleanup();
  }
});

test.run();
