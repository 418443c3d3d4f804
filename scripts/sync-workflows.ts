// This repository's own skillops workflows are the reference config: they are exactly what
// `skillops init --action ./` writes for a config repository (same templates, branch main), so
// they run the action of their own commit: pinned by commit like every other action they use.
// After editing templates/workflows/, run `npm run sync:workflows`; a test fails when
// .github/workflows/ and the templates drift apart.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REFERENCE_ACTION, renderTemplates, WORKFLOWS } from '../src/use-cases/init/templates.js';

const root = path.resolve(import.meta.dirname, '..');
const files = await renderTemplates({ action: REFERENCE_ACTION, branch: 'main', settingsSchema: './schemas/settings.schema.json' });
for (const workflow of WORKFLOWS) {
  const rel = `.github/workflows/${workflow}`;
  await writeFile(path.join(root, rel), files.get(rel)!, 'utf8');
  console.log(`wrote ${rel}`);
}
