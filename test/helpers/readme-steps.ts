// The README's "Adopting skillops" list, parsed: each step's title, note and exact commands. The
// unit test compares it with what `skillops init` prints; the adoption e2e test runs it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdoptionStep } from '../../src/use-cases/init/adoption-steps.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The numbered list of the README's "Adopting skillops" section: title, note, commands. */
export async function readmeSteps(): Promise<AdoptionStep[]> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Adopting skillops\n');
  if (start < 0) throw new Error('the README has no "Adopting skillops" section');
  const end = readme.indexOf('\n## ', start + 1);
  const lines = readme.slice(start, end < 0 ? undefined : end).split('\n');
  const steps: AdoptionStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const item = /^(\d+)\. \*\*(.+?)\.\*\*(?: (.*))?$/.exec(lines[i]!);
    if (item) {
      if (Number(item[1]) !== steps.length + 1) throw new Error(`README step numbers do not run in order: ${lines[i]}`);
      steps.push({ title: item[2]!, commands: [], ...(item[3] ? { note: item[3] } : {}) });
    } else if (lines[i] === '   ```sh') {
      for (i++; lines[i] !== '   ```'; i++) steps.at(-1)!.commands.push(lines[i]!.replace(/^ {3}/, ''));
    }
  }
  return steps;
}
