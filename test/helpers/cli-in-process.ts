// The CLI run in this process, as the e2e tests drive it: arguments in, exit code and output back.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { captureIo } from './capture-io.js';

/** A runner for `skillops <args>` in the folder and environment `where` gives at call time. */
export function cliAt(where: () => { dir: string; env: NodeJS.ProcessEnv; columns?: number }) {
  return async (args: string[]) => {
    const { dir, env, columns } = where();
    const io = captureIo({ cwd: dir, env: { ...env }, ...(columns ? { columns } : {}) });
    const code = await runCli(args, io);
    return { code, out: io.stdout(), err: io.stderr() };
  };
}

/** Every file in `dir`/skills by name, with its text. */
export async function skillFiles(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(path.join(dir, 'skills'))).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, 'skills', f), 'utf8')] as const)));
}
