import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readSchema } from '../../src/config/schemas.js';
import { loadSettings } from '../../src/config/settings.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { isSecureOrLoopback } from '../../src/text/url.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('settings');

type SchemaNode = { default?: unknown; properties?: Record<string, SchemaNode> };

test('code defaults equal the defaults documented in the schema', () => {
  const schema = readSchema('settings.schema.json') as SchemaNode;
  const documented: string[] = [];
  const walk = (node: SchemaNode, prefix: string[]) => {
    if (node.default !== undefined) documented.push(prefix.join('.'));
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...prefix, key]);
  };
  walk(schema, []);
  assert.ok(documented.length >= 10);
  for (const dotted of documented) {
    const schemaDefault = dotted.split('.').reduce<SchemaNode | undefined>((n, k) => n?.properties?.[k], schema)?.default;
    const codeDefault = dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], DEFAULT_SETTINGS);
    assert.equal(codeDefault, schemaDefault, `default of ${dotted}`);
  }
});

test('missing file means defaults; a valid file is merged over them', async () => {
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': lines('timeZone: Europe/London', 'apply:', '  batchSize: 20') });
  const none = await loadSettings('absent.yaml', dir);
  const some = await loadSettings('skillops.yaml', dir);
  await cleanup();
  assert.is(none.file, undefined);
  assert.equal(none.settings, DEFAULT_SETTINGS);
  assert.is(some.settings.timeZone, 'Europe/London');
  assert.is(some.settings.apply.batchSize, 20);
  assert.is(some.settings.apply.concurrency, DEFAULT_SETTINGS.apply.concurrency);
});

test('bad settings are reported with positions', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': lines('timeZone: Mars/Olympus', 'proficiencyScale: { min: 5, max: 3 }', 'cxone:', '  apiBase: http://api.example.com'),
  });
  const r = await loadSettings('skillops.yaml', dir);
  await cleanup();
  assert.equal(
    r.problems.map((p) => `${p.line}:${p.col} ${p.code}`),
    ['2:19 scale-inverted', '1:11 time-zone', '4:12 insecure-url'],
  );
});

test('http is allowed only for loopback', () => {
  assert.ok(isSecureOrLoopback('https://api-na1.niceincontact.com'));
  assert.ok(isSecureOrLoopback('http://127.0.0.1:8080'));
  assert.ok(isSecureOrLoopback('http://localhost:1'));
  assert.ok(isSecureOrLoopback('http://[::1]:1'));
  assert.not.ok(isSecureOrLoopback('http://10.0.0.1'));
  assert.not.ok(isSecureOrLoopback('http://127.0.0.1.evil.example'));
  assert.not.ok(isSecureOrLoopback('ftp://x'));
});

test.run();
