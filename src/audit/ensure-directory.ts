// Creates a directory and its missing parents one level at a time. Node 20's
// mkdir({ recursive: true }) spins forever under /proc (it retries ENOENT from a parent it
// cannot create); one syscall per level either succeeds or fails with a clear code.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AuditWriteError } from '../domain/errors.js';

export async function ensureDirectory(directory: string, what = 'audit directory'): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(directory);
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) throw new AuditWriteError(`cannot create the ${what} ${directory}: ${current} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof AuditWriteError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new AuditWriteError(`cannot create the ${what} ${directory}: ${current} (${code ?? String(error)})`);
      const parent = path.dirname(current);
      missing.unshift(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const dir of missing) {
    try {
      await mkdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new AuditWriteError(`cannot create the ${what} ${directory}: mkdir ${dir} failed (${code ?? String(error)})`);
    }
  }
}
