// What every command reads first: skillops.yaml, then the queue files it points at. Commands
// that act on CXone refuse to go on when either has errors; validate reports them instead.
import path from 'node:path';
import type { DesiredState } from '../config/desired-state.js';
import { loadDesiredState } from '../config/load-desired-state.js';
import { hasErrors, type Problem } from '../config/problem.js';
import { loadSettings, type LoadedSettings } from '../config/settings.js';
import { ConfigError } from '../errors.js';
import type { Io } from './io.js';

/**
 * Where checked queue files are cached between runs: `.skillops-cache/` beside skillops.yaml
 * (gitignored; the action keeps it with actions/cache), SKILLOPS_CACHE_DIR to move it, and
 * SKILLOPS_CACHE=off for none. The cache only saves time; results are the same without it.
 */
export function cacheDirOf(loaded: LoadedSettings, env: NodeJS.ProcessEnv): string | undefined {
  if (env.SKILLOPS_CACHE === 'off' || env.SKILLOPS_CACHE === '0') return undefined;
  return env.SKILLOPS_CACHE_DIR ? path.resolve(loaded.root, env.SKILLOPS_CACHE_DIR) : path.join(loaded.root, '.skillops-cache');
}

/** The skills folder named by the settings, relative to the working directory for display. */
export function skillsDirOf(loaded: LoadedSettings, cwd: string): string {
  return path.relative(cwd, path.join(loaded.root, loaded.settings.skillsDir)) || '.';
}

export async function loadValidSettings(config: string, io: Io): Promise<LoadedSettings> {
  const loaded = await loadSettings(config, io.cwd);
  if (hasErrors(loaded.problems)) throw new ConfigError(loaded.problems, `${loaded.file} has problems`);
  return loaded;
}

export async function loadValidConfig(config: string, io: Io): Promise<{ loaded: LoadedSettings; desired: DesiredState; problems: Problem[] }> {
  const loaded = await loadValidSettings(config, io);
  return { loaded, ...(await loadValidDesired(loaded, io)) };
}

/** The queue files named by already loaded settings; refuses when they have errors. */
export async function loadValidDesired(loaded: LoadedSettings, io: Io): Promise<{ desired: DesiredState; problems: Problem[] }> {
  const cacheDir = cacheDirOf(loaded, io.env);
  const result = await loadDesiredState(skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, cacheDir ? { cacheDir } : {});
  if (hasErrors(result.problems)) throw new ConfigError(result.problems, 'the desired state has problems; run `skillops validate` for details');
  return { desired: result.desired, problems: result.problems };
}
