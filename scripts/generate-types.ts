// Writes src/domain/*.generated.ts from schemas/*.json. The schemas are the single source of the
// types; test/unit/generated-types.test.ts fails when the committed files drift from them.
import { writeFile } from 'node:fs/promises';
import { generatedTypeFiles, renderGeneratedTypes } from './generated-types.js';

for (const target of generatedTypeFiles) {
  await writeFile(target.output, await renderGeneratedTypes(target), 'utf8');
  console.log(`wrote ${target.output}`);
}
