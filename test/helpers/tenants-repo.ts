// A throwaway repository of many tenants: tenants/<name>/skillops.yaml and tenants/<name>/skills/
// (a copy of the example queue files), committed on main.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { commitAsMain } from './repo.js';
import { tempDir } from './temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every tenant's settings are the example's, tuned for the simulator, with audit.directory left to the tenant default. */
export async function tenantsRepo(names: string[], options: { git?: boolean } = {}) {
  const { dir, cleanup } = await tempDir();
  const settings = parse(await readFile(path.join(ROOT, 'skillops.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  settings.apply = { ...settings.apply, requestsPerSecond: 1000 };
  settings.audit = {};
  for (const name of names) {
    const folder = path.join(dir, 'tenants', name);
    await mkdir(folder, { recursive: true });
    await cp(path.join(ROOT, 'skills'), path.join(folder, 'skills'), { recursive: true });
    await writeFile(path.join(folder, 'skillops.yaml'), stringify(settings));
  }
  // what init writes: local plans, logs, caches and lock files are never part of a change
  await cp(path.join(ROOT, 'templates/gitignore'), path.join(dir, '.gitignore'));
  if (options.git !== false) await commitAsMain(dir);
  return { dir, cleanup, tenant: (name: string) => path.join(dir, 'tenants', name) };
}

/** Appends an agent to a queue file of one tenant (the analyst's edit). */
export async function addAgent(dir: string, tenant: string, file: string, agent: string, proficiency: number): Promise<void> {
  const target = path.join(dir, 'tenants', tenant, 'skills', file);
  await writeFile(target, `${await readFile(target, 'utf8')}  - agent: ${agent}\n    proficiency: ${proficiency}\n`);
}
