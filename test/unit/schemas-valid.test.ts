// The shipped JSON Schemas are valid against the JSON Schema meta-schema and pass ajv's strict
// mode. skillops compiles its own schemas without checking them against the meta-schema on every
// run (it costs start-up time); this is where they are checked.
import { readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readSchema, schemasDir, validators } from '../../src/config/schemas.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const test = suite('schemas: valid against the meta-schema');

test('every shipped schema validates against the meta-schema; the two skillops runs compile in strict mode', () => {
  const names = readdirSync(schemasDir).filter((n) => n.endsWith('.schema.json'));
  assert.ok(names.includes('settings.schema.json') && names.includes('queue.schema.json'));
  for (const name of names) {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false, validateSchema: true }));
    assert.ok(ajv.validateSchema(readSchema(name)), `${name}: ${ajv.errorsText(ajv.errors)}`);
  }
  for (const name of ['settings.schema.json', 'queue.schema.json']) {
    const ajv = addFormats(new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, validateSchema: true }));
    assert.not.throws(() => ajv.compile(readSchema(name)), `${name} compiles in strict mode, checked against the meta-schema`);
  }
});

test('a schema with a mistake is caught here: the check is not a formality', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true, strictTypes: false, validateSchema: true }));
  assert.is(ajv.validateSchema({ type: 'object', properties: { a: { type: 'nonsense' } } }), false);
});

test('the validators skillops runs with still judge settings and queue files', () => {
  const { settings, queue } = validators();
  assert.is(settings({ skillsDir: 'skills' }), true);
  assert.is(settings({ skillsDir: 7 }), false);
  assert.is(queue({ skill: 'Billing', agents: [{ agent: 'a@example.com', proficiency: 3 }] }), true);
  assert.is(queue({ skill: 'Billing', agents: [{ agent: 'a@example.com', proficiency: 'high' }] }), false);
});

test.run();
