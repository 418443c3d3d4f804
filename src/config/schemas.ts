// Loads the JSON Schemas from schemas/ (the single source of truth) and compiles each once, when
// first used.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SkillopsQueue } from '../domain/queue.generated.js';
import type { SkillopsSettings } from '../domain/settings.generated.js';

// ajv-formats is CommonJS with a default export
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${schemasDir}${name}`, 'utf8')) as Record<string, unknown>;
}

interface Validators {
  queue: ValidateFunction<SkillopsQueue>;
  settings: ValidateFunction<SkillopsSettings>;
}

let ajv: Ajv | undefined;
const compiled: Partial<Validators> = {};

function compile<K extends keyof Validators>(name: K, file: string): Validators[K] {
  if (!compiled[name]) {
    // validateSchema off: these are skillops' own schemas, checked against the JSON Schema
    // meta-schema by the tests (schemas-valid.test.ts) rather than on every run (13 of the 45 ms
    // the settings schema took to compile before a plan's first request)
    ajv ??= addFormats(new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, validateSchema: false }));
    compiled[name] = ajv.compile(readSchema(file)) as Validators[K];
  }
  return compiled[name]!;
}

/**
 * The validators, each compiled the first time it is used: a command that only reads the
 * settings before it talks to CXone (plan, with every queue file in the check cache) does not
 * wait for the queue schema to compile first.
 */
const lazy: Validators = {
  get queue() {
    return compile('queue', 'queue.schema.json');
  },
  get settings() {
    return compile('settings', 'settings.schema.json');
  },
};

export function validators(): Validators {
  return lazy;
}

/** Which validators this process has compiled so far (for tests of the lazy compiling). */
export function compiledValidators(): (keyof Validators)[] {
  return (Object.keys(compiled) as (keyof Validators)[]).sort();
}
