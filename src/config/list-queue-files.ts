// Which entries of a skills folder are queue files, the one rule every command uses: every
// `.yaml`/`.yml` entry in the folder and in its sub-folders, found recursively, except names
// starting with a dot (files and folders) and folders themselves. A FIFO, device or link named
// `.yaml` is listed too, so the reader refuses it with a problem instead of skipping it.
// Links to folders are not followed.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Deeper sub-folders than any repository organises queues in; beyond it, nothing is listed. */
const MAX_FOLDER_DEPTH = 16;

export interface ListedQueueFile {
  /** Path relative to the folder listed, with `/` (`emea/web-chat.yaml`). */
  relative: string;
  absolute: string;
  /** A regular file (not a link, FIFO or device). */
  regular: boolean;
}

/** The queue files under `folder`, sorted by relative path. Throws when `folder` cannot be read. */
export async function listQueueFiles(folder: string): Promise<ListedQueueFile[]> {
  const found: ListedQueueFile[] = [];
  const walk = async (relative: string, depth: number, entries: Dirent[]) => {
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const absolute = path.join(folder, rel);
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH) await walk(rel, depth + 1, await readdir(absolute, { withFileTypes: true }).catch(() => []));
      } else if (/\.ya?ml$/i.test(entry.name)) found.push({ relative: rel, absolute, regular: entry.isFile() });
    }
  };
  await walk('', 0, await readdir(folder, { withFileTypes: true }));
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
