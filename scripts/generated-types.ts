import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { JSONSchema4 } from 'json-schema';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface GeneratedTypeFile {
  schema: string;
  output: string;
  name: string;
}

export const generatedTypeFiles: GeneratedTypeFile[] = [
  { schema: `${root}schemas/queue.schema.json`, output: `${root}src/domain/queue.generated.ts`, name: 'SkillopsQueue' },
  { schema: `${root}schemas/settings.schema.json`, output: `${root}src/domain/settings.generated.ts`, name: 'SkillopsSettings' },
  { schema: `${root}schemas/audit.schema.json`, output: `${root}src/domain/audit.generated.ts`, name: 'SkillopsAuditRecord' },
  { schema: `${root}schemas/audit-stopped.schema.json`, output: `${root}src/domain/audit-stopped.generated.ts`, name: 'SkillopsStoppedAuditRecord' },
];

export async function renderGeneratedTypes(target: GeneratedTypeFile): Promise<string> {
  const schema = JSON.parse(await readFile(target.schema, 'utf8')) as JSONSchema4;
  return compile(schema, target.name, {
    bannerComment: '/* Generated from schemas/ by `npm run generate:types`. Do not edit by hand. */',
    additionalProperties: false,
    style: { singleQuote: true },
    cwd: `${root}schemas`,
  });
}
