import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  problemsGithub,
  problemsJson,
  problemsSummary,
  problemsText
} from "./chunk-U44J253G.js";
import {
  checkCacheOf,
  skillsDirOf
} from "./chunk-AF4CAHIT.js";
import {
  hasErrors,
  loadDesiredState,
  loadSettings,
  sortProblems
} from "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/use-cases/validate/validate-repository.ts
async function validateRepository(dir, config, io) {
  const loaded = await loadSettings(config, io.cwd);
  const result = await loadDesiredState(dir ?? skillsDirOf(loaded, io.cwd), loaded.settings, io.cwd, await checkCacheOf(loaded, io.env));
  return { problems: sortProblems([...loaded.problems, ...result.problems]), filesChecked: result.filesChecked, settingsFile: loaded.file };
}

// src/cli/commands/validate.ts
async function validateCommand(dir, options, io) {
  const { problems, filesChecked, settingsFile } = await validateRepository(dir, options.config, io);
  if (options.format === "json") {
    io.out(problemsJson(problems, filesChecked));
  } else {
    io.out(problemsText(problems, io.color));
    io.out(`${problemsSummary(problems, filesChecked, settingsFile)}
`);
  }
  if (io.env.GITHUB_ACTIONS === "true") io.out(problemsGithub(problems));
  return hasErrors(problems) ? 1 : 0;
}
export {
  validateCommand
};
