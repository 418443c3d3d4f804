import { readFile } from 'node:fs/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generatedTypeFiles, renderGeneratedTypes } from '../../scripts/generated-types.js';

const test = suite('schemas: generated types');

for (const target of generatedTypeFiles) {
  test(`${target.output.split('/').pop()} matches a fresh generation from ${target.schema.split('/').pop()}`, async () => {
    const committed = await readFile(target.output, 'utf8');
    const fresh = await renderGeneratedTypes(target);
    assert.ok(committed === fresh, `${target.output} is out of date with its schema: run \`npm run generate:types\` and commit the result`);
  });
}

test('a schema edit without regeneration is detected', async () => {
  const target = generatedTypeFiles[0]!;
  const committed = await readFile(target.output, 'utf8');
  const schema = JSON.parse(await readFile(target.schema, 'utf8')) as { properties: Record<string, unknown> };
  schema.properties.extraField = { type: 'string', description: 'added without regenerating' };
  const { compile } = await import('json-schema-to-typescript');
  const edited = await compile(schema as never, target.name, { bannerComment: '', additionalProperties: false, cwd: target.schema.replace(/[^/]+$/, '') });
  assert.ok(!committed.includes('extraField'));
  assert.ok(edited.includes('extraField'));
});

test.run();
