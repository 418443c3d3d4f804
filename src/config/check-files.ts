// Checks many queue files, in file order. Plain block YAML, what skillops writes and most people
// write, is read on this thread by the fast reader (about 3 µs per agent entry, less than
// copying a result back from a worker would cost). Files only the yaml library can read take
// about 16 µs per entry, so when there are many of them they are spread over worker threads;
// a few stay on this thread, where starting workers would cost more than it saves.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { Settings } from '../domain/settings.js';
import { timeSlices } from '../text/time-slice.js';
import type { CheckFilesTask } from './check-files-worker.js';
import { checkPlainQueueFileAt, checkQueueFileAt, type FileResult, type FileToCheck } from './check-queue-file.js';

/** Below this many files one thread is faster. */
export const PARALLEL_FROM_FILES = 300;
/** Files per task, at least: small enough that threads finish together, large enough to amortise. */
const MIN_FILES_PER_TASK = 25;
const MAX_THREADS = 8;

export interface CheckFilesOptions {
  /** Worker threads for every file; 0 or 1 keeps everything on this thread. Default: plain files
   *  on this thread, the others on threads by their count and the cores. */
  threads?: number;
}

export function defaultThreads(fileCount: number): number {
  return fileCount < PARALLEL_FROM_FILES ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}

/**
 * The worker module sits beside this one: .js when built. Run from TypeScript source (tests,
 * benchmarks under tsx), a worker needs tsx's loader too, and Node 20 does not hand `--import`
 * hooks to worker threads, so a small bootstrap registers tsx before importing the module.
 */
function workerModule(): string {
  const here = fileURLToPath(import.meta.url);
  const worker = new URL(`./check-files-worker${extname(here)}`, import.meta.url).href;
  if (extname(here) !== '.ts') return worker;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); const m = await import(${JSON.stringify(worker)}); export default m.default;`;
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`;
}

export async function checkFilesInOrder(files: FileToCheck[], dir: string, settings: Settings, options: CheckFilesOptions = {}): Promise<FileResult[]> {
  if (options.threads !== undefined) return checkOnThreads(files, dir, settings, options.threads, true);
  const results: FileResult[] = new Array(files.length);
  const others: number[] = [];
  // plan reads CXone meanwhile: its answers and next requests should not wait for a thousand files
  const slices = timeSlices();
  for (let i = 0; i < files.length; i++) {
    const result = checkPlainQueueFileAt(files[i]!, dir, settings);
    if (result) results[i] = result;
    else others.push(i);
    await slices.pause();
  }
  if (others.length > 0) {
    const checked = await checkOnThreads(
      others.map((i) => files[i]!),
      dir,
      settings,
      defaultThreads(others.length),
      false,
    );
    for (const [k, fileIndex] of others.entries()) results[fileIndex] = checked[k]!;
  }
  return results;
}

/** @param plain false when the fast reader already declined these files */
async function checkOnThreads(files: FileToCheck[], dir: string, settings: Settings, wanted: number, plain: boolean): Promise<FileResult[]> {
  // about four tasks per thread, so a thread that drew slow files does not hold up the rest
  const perTask = Math.max(MIN_FILES_PER_TASK, Math.ceil(files.length / (wanted * 4)));
  const threads = Math.min(wanted, Math.ceil(files.length / perTask));
  if (threads <= 1) {
    // one file at a time: its YAML tree can be dropped before the next is read
    return files.map((file) => checkQueueFileAt(file, dir, settings, { plain }));
  }

  const pool = new Tinypool({
    filename: workerModule(),
    minThreads: threads,
    maxThreads: threads,
    // Workers see no environment: they need none, and secrets stay out of them
    env: {},
  });
  try {
    const tasks: Promise<FileResult[]>[] = [];
    for (let start = 0; start < files.length; start += perTask) {
      const task: CheckFilesTask = { files: files.slice(start, start + perTask), dir, settings, plain };
      tasks.push(pool.run(task) as Promise<FileResult[]>);
    }
    return (await Promise.all(tasks)).flat();
  } finally {
    await pool.destroy();
  }
}
