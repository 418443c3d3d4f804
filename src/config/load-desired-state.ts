// Reads every queue file in a folder and returns the desired state with all problems found.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkFilesInOrder, type CheckFilesOptions } from './check-files.js';
import type { DesiredState } from './desired-state.js';
import { hasErrors, sortProblems, type Problem } from './problem.js';
import { checkSkillClaims } from './queue-rules.js';
import type { Settings } from './settings.js';

export interface LoadResult {
  desired: DesiredState;
  problems: Problem[];
  filesChecked: number;
}

export async function loadDesiredState(dir: string, settings: Settings, cwd = process.cwd(), options: CheckFilesOptions = {}): Promise<LoadResult> {
  const absoluteDir = path.resolve(cwd, dir);
  const display = (name: string) => path.relative(cwd, path.join(absoluteDir, name)) || name;
  let entries;
  try {
    entries = await readdir(absoluteDir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      desired: { queues: [] },
      filesChecked: 0,
      problems: [{ file: path.relative(cwd, absoluteDir) || dir, line: 1, col: 1, severity: 'error', code: 'no-skills-dir', message: code === 'ENOENT' ? 'folder does not exist' : `cannot read folder (${code ?? 'unknown error'})` }],
    };
  }
  const files = entries
    .filter((e) => /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort();

  // Each file is read, checked and normalised on its own so its YAML tree can be dropped at
  // once; results are kept in file order so output is stable.
  const toCheck = files.map((name) => ({ absolute: path.join(absoluteDir, name), shown: display(name) }));
  const perFile = await checkFilesInOrder(toCheck, absoluteDir, settings, options);
  const problems = perFile.flatMap((r) => r.problems);
  const queues = perFile.flatMap((r) => (r.queue ? [r.queue] : []));
  problems.push(...checkSkillClaims(queues));
  if (files.length === 0) {
    problems.push({ file: path.relative(cwd, absoluteDir) || dir, line: 1, col: 1, severity: 'warning', code: 'no-queue-files', message: 'no .yaml queue files found' });
  }
  return { desired: { queues }, problems: sortProblems(problems), filesChecked: files.length };
}

export { hasErrors };
