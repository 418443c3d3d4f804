// Reads every queue file in a folder and its sub-folders and returns the desired state with all problems found.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DesiredState } from '../domain/desired-state.js';
import { hasErrors, type Problem, sortProblems } from '../domain/problem.js';
import type { Settings } from '../domain/settings.js';
import { timeSlices } from '../text/time-slice.js';
import { openCheckCache } from './check-cache.js';
import { type CheckFilesOptions, checkFilesInOrder } from './check-files.js';
import type { FileResult, FileToCheck } from './check-queue-file.js';
import { type ListedQueueFile, listQueueFiles } from './list-queue-files.js';
import { checkSkillClaims } from './queue-rules.js';

export interface LoadResult {
  desired: DesiredState;
  problems: Problem[];
  filesChecked: number;
  /** Files whose result came from the check cache (0 without one). */
  filesCached?: number;
}

interface LoadOptions extends CheckFilesOptions {
  /** Folder of the check cache (see check-cache.ts); no cache when absent. */
  cacheDir?: string;
  /** This machine's secret the cache entries are bound to; no cache without it. */
  cacheKey?: Buffer;
}

/** @param dir the skills folder, or one queue file in it (`skillops validate skills/x.yaml`) */
export async function loadDesiredState(dir: string, settings: Settings, cwd = process.cwd(), options: LoadOptions = {}): Promise<LoadResult> {
  const target = path.resolve(cwd, dir);
  const isFile = await stat(target).then(
    (s) => s.isFile(),
    () => false,
  );
  // one file: checked alone, as a member of the folder it sits in
  const absoluteDir = isFile ? path.dirname(target) : target;
  const display = (name: string) => path.relative(cwd, path.join(absoluteDir, name)) || name;
  let listed: ListedQueueFile[];
  try {
    listed = await listQueueFiles(absoluteDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      desired: { queues: [] },
      filesChecked: 0,
      problems: [
        {
          file: path.relative(cwd, absoluteDir) || dir,
          line: 1,
          col: 1,
          severity: 'error',
          code: 'no-skills-dir',
          message: code === 'ENOENT' ? 'folder does not exist' : `cannot read folder (${code ?? 'unknown error'})`,
        },
      ],
    };
  }
  // the folder and its sub-folders (list-queue-files.ts), or the one file named
  const entries = listed.filter((e) => !isFile || e.relative === path.basename(target));
  const files = entries.map((e) => e.relative);

  // Each file is read, checked and normalised on its own so its YAML tree can be dropped at
  // once; results are kept in file order so output is stable.
  const toCheck = files.map((name) => ({ absolute: path.join(absoluteDir, name), shown: display(name) }));
  // only regular files are read for the cache key: a link, FIFO or device is left to the checker
  const regular = new Set(entries.filter((e) => e.regular).map((e) => e.absolute));
  let filesCached: number | undefined;
  let perFile: FileResult[];
  if (options.cacheDir && options.cacheKey) {
    const cached = await checkWithCache(toCheck, regular, absoluteDir, settings, { dir: options.cacheDir, key: options.cacheKey }, options);
    perFile = cached.results;
    filesCached = cached.hits;
  } else {
    perFile = await checkFilesInOrder(toCheck, absoluteDir, settings, options);
  }
  const problems = perFile.flatMap((r) => r.problems);
  const queues = perFile.flatMap((r) => (r.queue ? [r.queue] : []));
  // files with errors still claim their skill: a clash is reported alongside their other errors
  problems.push(...checkSkillClaims(perFile.flatMap((r) => (r.queue ? [r.queue] : r.claim ? [r.claim] : []))));
  if (files.length === 0) {
    problems.push({
      file: path.relative(cwd, absoluteDir) || dir,
      line: 1,
      col: 1,
      severity: 'warning',
      code: 'no-queue-files',
      message: 'no .yaml queue files found',
    });
  }
  return { desired: { queues }, problems: sortProblems(problems), filesChecked: files.length, ...(filesCached !== undefined ? { filesCached } : {}) };
}

/** Files whose bytes were checked before come from the cache; only the others are parsed. */
async function checkWithCache(
  files: FileToCheck[],
  regular: Set<string>,
  dir: string,
  settings: Settings,
  cacheAt: { dir: string; key: Buffer },
  options: CheckFilesOptions,
): Promise<{ results: FileResult[]; hits: number }> {
  const cache = await openCheckCache(cacheAt.dir, settings, cacheAt.key);
  const results: (FileResult | undefined)[] = [];
  const keys: (string | undefined)[] = [];
  const misses: FileToCheck[] = [];
  // in slices, so a live read running beside this keeps being served
  const slices = timeSlices();
  for (const file of files) {
    await slices.pause();
    let key: string | undefined;
    // A symbolic link's result depends on where it leads, not only on the bytes: never cached.
    // Unreadable files are left to the checker, which reports them.
    if (regular.has(file.absolute)) {
      try {
        key = cache.keyOf(file.shown, readFileSync(file.absolute));
      } catch {
        key = undefined;
      }
    }
    const hit = key ? cache.get(key) : undefined;
    keys.push(key);
    results.push(hit);
    if (!hit) misses.push({ absolute: file.absolute, shown: file.shown });
  }
  if (misses.length > 0) {
    const checked = await checkFilesInOrder(misses, dir, settings, options);
    let next = 0;
    for (let i = 0; i < results.length; i++) {
      if (results[i]) continue;
      const result = checked[next++]!;
      results[i] = result;
      const key = keys[i];
      if (key) cache.set(key, result);
    }
  }
  await cache.save();
  return { results: results as FileResult[], hits: cache.hits };
}

export { hasErrors };
