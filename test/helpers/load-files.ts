// Load desired state from files written to a fresh temporary folder, and show problems as
// "file:line:col severity code" so a test reads like validate's output.
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import type { Problem } from '../../src/domain/problem.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';
import { tempDir } from './temp-dir.js';

export const problemsAt = (problems: Problem[]): string[] => problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.severity} ${p.code}`);

/** Writes `files` into a temporary folder and loads `skillsDir` inside it. */
export async function loadFiles(files: Record<string, string | Buffer>, options: { skillsDir?: string; settings?: Settings } = {}) {
  const { dir, cleanup } = await tempDir(files);
  try {
    return await loadDesiredState(options.skillsDir ?? '.', options.settings ?? DEFAULT_SETTINGS, dir);
  } finally {
    await cleanup();
  }
}
