// Runs in a worker thread (see check-files.ts): checks a slice of the queue files and returns
// plain results. The YAML trees stay in this thread and are dropped here.

import type { Settings } from '../domain/settings.js';
import { checkQueueFileAt, type FileResult, type FileToCheck } from './check-queue-file.js';

// This thread is ours alone and is started with an empty environment. The YAML parser looks up
// process.env.LOG_TOKENS once per token, and process.env is a slow native object; a plain one
// makes parsing about a fifth faster.
process.env = { ...process.env };

export interface CheckFilesTask {
  files: FileToCheck[];
  dir: string;
  settings: Settings;
  /** false: the fast reader already declined these files */
  plain: boolean;
}

export default function checkFiles({ files, dir, settings, plain }: CheckFilesTask): FileResult[] {
  return files.map((file) => checkQueueFileAt(file, dir, settings, { plain }));
}
