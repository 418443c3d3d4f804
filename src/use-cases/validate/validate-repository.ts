// `skillops validate`: the settings and the queue files checked offline, every problem at once.
import { loadDesiredState } from '../../config/load-desired-state.js';
import { loadSettings } from '../../config/settings.js';
import type { Io } from '../../domain/io.js';
import { type Problem, sortProblems } from '../../domain/problem.js';
import { checkCacheOf, skillsDirOf } from '../planning/load-config.js';

interface Validation {
  problems: Problem[];
  filesChecked: number;
  /** The settings file read, when there is one. */
  settingsFile: string | undefined;
}

/** `dir`: a folder of queue files or one file; default the settings' skills folder. */
export async function validateRepository(dir: string | undefined, config: string, io: Io): Promise<Validation> {
  const loaded = await loadSettings(config, io.cwd);
  const result = await loadDesiredState(dir ?? skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, await checkCacheOf(loaded, io.env));
  return { problems: sortProblems([...loaded.problems, ...result.problems]), filesChecked: result.filesChecked, settingsFile: loaded.file };
}
