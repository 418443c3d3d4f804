// Loads the JSON Schemas from schemas/ (the single source of truth) and compiles them once.
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

let compiled: { queue: ValidateFunction<SkillopsQueue>; settings: ValidateFunction<SkillopsSettings> } | undefined;

export function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
    addFormats(ajv);
    compiled = {
      queue: ajv.compile<SkillopsQueue>(readSchema('queue.schema.json')),
      settings: ajv.compile<SkillopsSettings>(readSchema('settings.schema.json')),
    };
  }
  return compiled;
}
