// The one gate for commands that rewrite queue files (fmt, import): a file is read only as
// validate reads it (regular files, links kept inside their folder, size and nesting limits, the
// same parser and its problems with file:line:col) and written only where it may be: a regular
// file, or a new one, inside the folder, never through a link that leads out of it.
import { constants, lstatSync, realpathSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../domain/errors.js';
import type { Problem } from '../domain/problem.js';
import { parseYamlText, readYamlText } from './read-yaml-file.js';

export type GatedRead = { ok: true; text: string } | { ok: false; problems: Problem[] };

/** The text of a queue file that validate's reader accepts and parses, or its problems. */
export function readQueueFileGated(absolute: string, shown: string, folder: string): GatedRead {
  const read = readYamlText(absolute, shown, folder);
  if (!read.ok) return read;
  const parsed = parseYamlText(read.text, shown);
  return parsed.ok ? { ok: true, text: read.text } : { ok: false, problems: parsed.problems };
}

export type WriteTarget = { ok: true; path: string; exists: boolean } | { ok: false; problem: Problem };

/** Where writing `absolute` would land, if it may: no link out of `folder`, nothing but a regular file. */
export function queueFileWriteTarget(absolute: string, shown: string, folder: string): WriteTarget {
  const refuse = (message: string, code: string): WriteTarget => ({ ok: false, problem: { file: shown, line: 1, col: 1, severity: 'error', code, message } });
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: true, path: absolute, exists: false } : refuse(`cannot read file: ${code ?? 'unknown error'}`, 'unreadable');
  }
  if (info.isSymbolicLink()) {
    let target: string;
    let root: string;
    try {
      target = realpathSync(absolute);
      root = realpathSync(folder);
    } catch (error) {
      return refuse(`symbolic link leads nowhere (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); refusing to write through it`, 'unreadable');
    }
    if (!target.startsWith(root + path.sep))
      return refuse(`symbolic link leads outside ${path.basename(root)}/; refusing to write through it`, 'symlink-outside');
    if (!lstatSync(target).isFile()) return refuse('not a regular file; refusing to write it', 'unreadable');
    return { ok: true, path: target, exists: true };
  }
  if (!info.isFile()) return refuse('not a regular file; refusing to write it', 'unreadable');
  return { ok: true, path: absolute, exists: true };
}

/** Writes a target queueFileWriteTarget allowed, never following a link planted since. */
export async function writeQueueFileGated(target: string, text: string): Promise<void> {
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Rewrites a queue file in place through the gate (its folder: the one it sits in); refuses with file:line:col. */
export async function rewriteQueueFile(absolute: string, shown: string, text: string): Promise<void> {
  const target = queueFileWriteTarget(absolute, shown, path.dirname(absolute));
  if (!target.ok) throw new ConfigError([target.problem], `${shown} cannot be written safely`);
  await writeQueueFileGated(target.path, text);
}
