import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  SETTINGS_FILE,
  findSettingsFile,
  hasErrors,
  loadDesiredState,
  loadSettings,
  machineCacheSecret
} from "./chunk-PA7MRQNR.js";
import {
  ConfigError,
  UsageError
} from "./chunk-4SYE6LGA.js";

// src/use-cases/planning/load-config.ts
import { stat } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
async function checkCacheOf(loaded, env) {
  if (env.SKILLOPS_CACHE === "off" || env.SKILLOPS_CACHE === "0") return {};
  const cacheDir = env.SKILLOPS_CACHE_DIR ? path.resolve(loaded.root, env.SKILLOPS_CACHE_DIR) : path.join(loaded.root, ".skillops-cache");
  const keyFile = path.join(env.XDG_STATE_HOME || path.join(env.HOME || homedir(), ".local", "state"), "skillops", "cache-key");
  const inside = path.relative(loaded.root, keyFile);
  if (!inside.startsWith("..") && !path.isAbsolute(inside)) return {};
  const cacheKey = await machineCacheSecret(keyFile);
  return cacheKey ? { cacheDir, cacheKey } : {};
}
function skillsDirOf(loaded, cwd) {
  return path.relative(cwd, path.join(loaded.root, loaded.settings.skillsDir)) || ".";
}
async function resolveConfigPath(given, cwd) {
  if (given !== void 0) {
    const absolute = path.resolve(cwd, given);
    let isFile;
    try {
      isFile = (await stat(absolute)).isFile();
    } catch (error) {
      const code = error.code;
      throw new UsageError(
        code === "ENOENT" ? `settings file ${given} does not exist (from --config; resolved to ${absolute})` : `cannot read settings file ${given} (${code ?? String(error)})`
      );
    }
    if (!isFile) throw new UsageError(`--config ${given} is not a file`);
    return { path: given };
  }
  const found = await findSettingsFile(cwd);
  if (!found) return { path: SETTINGS_FILE };
  const shown = path.relative(cwd, found);
  return shown === SETTINGS_FILE ? { path: SETTINGS_FILE } : { path: found, note: `Using settings ${shown} (found above ${cwd}); paths in it are relative to ${path.dirname(found)}.` };
}
async function loadValidSettings(config, io) {
  const loaded = await loadSettings(config, io.cwd);
  if (hasErrors(loaded.problems)) throw new ConfigError(loaded.problems, `${loaded.file} has problems`);
  return loaded;
}
async function loadValidConfig(config, io) {
  const loaded = await loadValidSettings(config, io);
  return { loaded, ...await loadValidDesired(loaded, io) };
}
async function loadValidDesired(loaded, io) {
  const result = await loadDesiredState(skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, await checkCacheOf(loaded, io.env));
  if (hasErrors(result.problems)) throw new ConfigError(result.problems, "the desired state has problems; run `skillops validate` for details");
  return { desired: result.desired, problems: result.problems };
}

export {
  checkCacheOf,
  skillsDirOf,
  resolveConfigPath,
  loadValidSettings,
  loadValidConfig,
  loadValidDesired
};
