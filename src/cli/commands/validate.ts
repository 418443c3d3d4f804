import { loadDesiredState } from '../../config/load-desired-state.js';
import { loadSettings } from '../../config/settings.js';
import type { Io } from '../../domain/io.js';
import { hasErrors, sortProblems } from '../../domain/problem.js';
import { problemsGithub, problemsJson, problemsSummary, problemsText } from '../../render/problems.js';
import { checkCacheOf, skillsDirOf } from '../../use-cases/planning/load-config.js';

interface ValidateOptions {
  config: string;
  format: 'text' | 'json';
}

export async function validateCommand(dir: string | undefined, options: ValidateOptions, io: Io): Promise<number> {
  const loaded = await loadSettings(options.config, io.cwd);
  const result = await loadDesiredState(dir ?? skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, await checkCacheOf(loaded, io.env));
  const problems = sortProblems([...loaded.problems, ...result.problems]);

  if (options.format === 'json') {
    io.out(problemsJson(problems, result.filesChecked));
  } else {
    io.out(problemsText(problems, io.color));
    io.out(`${problemsSummary(problems, result.filesChecked, loaded.file)}\n`);
  }
  if (io.env.GITHUB_ACTIONS === 'true') io.out(problemsGithub(problems));
  return hasErrors(problems) ? 1 : 0;
}
