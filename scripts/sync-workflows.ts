// This repository's own skillops workflows are the reference config: they are exactly what
// `skillops init` writes for a config repository (same templates, the released action, branch
// main). After editing templates/workflows/, run `npm run sync:workflows`; a test fails when
// .github/workflows/ and the templates drift apart.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultAction, renderTemplates, WORKFLOWS } from '../src/use-cases/init/templates.js';

const root = path.resolve(import.meta.dirname, '..');
const files = await renderTemplates({ action: defaultAction(), branch: 'main', settingsSchema: './schemas/settings.schema.json' });
for (const workflow of WORKFLOWS) {
  const rel = `.github/workflows/${workflow}`;
  await writeFile(path.join(root, rel), files.get(rel)!, 'utf8');
  console.log(`wrote ${rel}`);
}
