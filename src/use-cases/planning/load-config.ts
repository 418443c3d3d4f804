// What every command reads first: skillops.yaml, then the queue files it points at. Commands
// that act on CXone refuse to go on when either has errors; validate reports them instead.
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { machineCacheSecret } from '../../config/check-cache.js';
import { loadDesiredState } from '../../config/load-desired-state.js';
import { findSettingsFile, type LoadedSettings, loadSettings, SETTINGS_FILE } from '../../config/settings.js';
import type { DesiredState } from '../../domain/desired-state.js';
import { ConfigError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { hasErrors, type Problem } from '../../domain/problem.js';

/**
 * Where checked queue files are cached between runs: `.skillops-cache/` beside skillops.yaml
 * (gitignored; the action keeps it with actions/cache), SKILLOPS_CACHE_DIR to move it, and
 * SKILLOPS_CACHE=off for none. Entries are bound to this machine's secret, kept outside the
 * repository (`$XDG_STATE_HOME/skillops/cache-key`, else `~/.local/state/skillops/cache-key`),
 * so nothing a commit holds is believed. The cache only saves time; results are the same
 * without it.
 */
export async function checkCacheOf(loaded: LoadedSettings, env: NodeJS.ProcessEnv): Promise<{ cacheDir?: string; cacheKey?: Buffer }> {
  if (env.SKILLOPS_CACHE === 'off' || env.SKILLOPS_CACHE === '0') return {};
  const cacheDir = env.SKILLOPS_CACHE_DIR ? path.resolve(loaded.root, env.SKILLOPS_CACHE_DIR) : path.join(loaded.root, '.skillops-cache');
  const keyFile = path.join(env.XDG_STATE_HOME || path.join(env.HOME || homedir(), '.local', 'state'), 'skillops', 'cache-key');
  // a secret the repository itself could hold is no secret: no cache then
  const inside = path.relative(loaded.root, keyFile);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return {};
  const cacheKey = await machineCacheSecret(keyFile);
  return cacheKey ? { cacheDir, cacheKey } : {};
}

/** The skills folder named by the settings, relative to the working directory for display. */
export function skillsDirOf(loaded: LoadedSettings, cwd: string): string {
  return path.relative(cwd, path.join(loaded.root, loaded.settings.skillsDir)) || '.';
}

/**
 * Which settings file a command uses. --config must name a file that exists; without it the
 * nearest skillops.yaml from the working directory upward is used (with a note when it is not
 * in the working directory), else the defaults with skills/ here.
 */
export async function resolveConfigPath(given: string | undefined, cwd: string): Promise<{ path: string; note?: string }> {
  if (given !== undefined) {
    const absolute = path.resolve(cwd, given);
    let isFile: boolean;
    try {
      isFile = (await stat(absolute)).isFile();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT'
          ? `settings file ${given} does not exist (from --config; resolved to ${absolute})`
          : `cannot read settings file ${given} (${code ?? String(error)})`,
      );
    }
    if (!isFile) throw new UsageError(`--config ${given} is not a file`);
    return { path: given };
  }
  const found = await findSettingsFile(cwd);
  if (!found) return { path: SETTINGS_FILE };
  const shown = path.relative(cwd, found);
  return shown === SETTINGS_FILE
    ? { path: SETTINGS_FILE }
    : { path: found, note: `Using settings ${shown} (found above ${cwd}); paths in it are relative to ${path.dirname(found)}.` };
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
  const result = await loadDesiredState(skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, await checkCacheOf(loaded, io.env));
  if (hasErrors(result.problems)) throw new ConfigError(result.problems, 'the desired state has problems; run `skillops validate` for details');
  return { desired: result.desired, problems: result.problems };
}
