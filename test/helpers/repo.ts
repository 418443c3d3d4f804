// A throwaway copy of the example repository: skills/ plus a skillops.yaml tuned per test.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { tempDir } from './temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function exampleRepo(settingsPatch: Record<string, unknown> = {}) {
  const { dir, cleanup } = await tempDir();
  await cp(path.join(ROOT, 'skills'), path.join(dir, 'skills'), { recursive: true });
  const settings = parse(await readFile(path.join(ROOT, 'skillops.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(settingsPatch)) {
    settings[key] = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...settings[key], ...value } : (value as Record<string, unknown>);
  }
  await writeFile(path.join(dir, 'skillops.yaml'), stringify(settings));
  return { dir, cleanup, auditDir: path.join(dir, 'audit') };
}
