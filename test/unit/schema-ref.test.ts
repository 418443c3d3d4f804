import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { packageInfo, schemaRef, schemaUrl } from '../../src/queue-file/schema-ref.js';
import { assertSchemaHeader } from '../helpers/schema-ref.js';

const test = suite('config: $schema headers');
const ROOT = path.resolve(import.meta.dirname, '../..');

test("in skillops' own checkout the header is the committed schema, relative to the file", () => {
  assert.is(schemaRef('queue', path.join(ROOT, 'skills'), ROOT), '../schemas/queue.schema.json');
  assert.is(schemaRef('settings', ROOT, ROOT), './schemas/settings.schema.json');
});

test('anywhere else it is the versioned URL of the published package', () => {
  const elsewhere = path.join(tmpdir(), 'some-config-repo');
  assert.is(
    schemaRef('queue', path.join(elsewhere, 'skills'), elsewhere),
    `https://cdn.jsdelivr.net/npm/skillops@${packageInfo().version}/schemas/queue.schema.json`,
  );
  assert.is(schemaRef('settings', elsewhere, elsewhere), schemaUrl('settings'));
});

test('every committed header in this repository resolves to its schema', async () => {
  assertSchemaHeader(await readFile(path.join(ROOT, 'skillops.yaml'), 'utf8'), ROOT, ROOT, 'settings');
  for (const file of (await readdir(path.join(ROOT, 'skills'))).filter((f) => f.endsWith('.yaml'))) {
    assertSchemaHeader(await readFile(path.join(ROOT, 'skills', file), 'utf8'), path.join(ROOT, 'skills'), ROOT, 'queue');
  }
  assertSchemaHeader(
    await readFile(path.join(ROOT, 'templates/skillops.yaml'), 'utf8').then((t) =>
      t.replace('__SCHEMA_HEADER__', `yaml-language-server: $schema=${schemaUrl('settings')}`),
    ),
    ROOT,
    ROOT,
    'settings',
  );
});

test.run();
