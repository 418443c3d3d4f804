// A throwaway copy of the example repository: skills/ plus a skillops.yaml tuned per test.
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

const run = promisify(execFile);

export interface GitIdentity {
  name: string;
  email: string;
}
const ANALYST: GitIdentity = { name: 'Analyst', email: 'analyst@example.com' };
/** The platform team that adopts skillops in its config repository. */
export const TEAM: GitIdentity = { name: 'Team', email: 'team@example.com' };

/** git in `dir`, as the analyst who edits queue files (or `who`); its output, trimmed. */
export const gitIn =
  (dir: string, who: GitIdentity = ANALYST) =>
  (...args: string[]): Promise<string> =>
    run('git', ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, ...args], { cwd: dir }).then((r) => r.stdout.trim());

/** Makes `dir` a git repository on main whose one commit holds its files as they are. */
export async function commitAsMain(dir: string): Promise<void> {
  const g = gitIn(dir);
  await g('init', '-q', '-b', 'main');
  await g('add', '-A');
  await g('commit', '-q', '-m', 'skills as they are');
}
