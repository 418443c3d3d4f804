import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-XP2CE6XE.js";
import "./chunk-U44J253G.js";
import "./chunk-SGRLANEU.js";
import "./chunk-62VJM5YZ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forCommandData
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/cli/action.ts
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";

// src/cli/action-inputs.ts
var ACTION_COMMANDS = [
  "validate",
  "plan",
  "show",
  "comment",
  "apply",
  "drift",
  "export",
  "import",
  "reviewed-plan",
  "tenants",
  "assign",
  "unassign",
  "move",
  "report"
];
var ACTION_INPUT_DEFAULTS = {
  command: "",
  args: "",
  version: "",
  "ok-exit-codes": "0",
  "output-file": "",
  "working-directory": ".",
  "node-version": "",
  cache: "true"
};
var inputVariable = (name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
function input(env, name) {
  const value = env[inputVariable(name)];
  return value === void 0 ? ACTION_INPUT_DEFAULTS[name] : value.trim();
}
function readActionInputs(env) {
  const command = input(env, "command");
  if (!command) throw new UsageError('the input "command" is required');
  if (!ACTION_COMMANDS.includes(command)) throw new UsageError(`unknown command; use ${ACTION_COMMANDS.join(", ")}`);
  const okExitCodes = input(env, "ok-exit-codes").split(/\s+/).filter(Boolean).map((text) => {
    if (!/^\d{1,3}$/.test(text)) throw new UsageError('ok-exit-codes must be exit codes separated by spaces, e.g. "0 2"');
    return Number(text);
  });
  const cache = input(env, "cache");
  if (cache !== "true" && cache !== "false") throw new UsageError('cache must be "true" or "false"');
  return {
    command,
    args: input(env, "args").split(/\s+/).filter(Boolean),
    version: input(env, "version"),
    okExitCodes,
    outputFile: input(env, "output-file"),
    workingDirectory: input(env, "working-directory") || ".",
    nodeVersion: input(env, "node-version"),
    cache: cache === "true"
  };
}

// src/cli/action.ts
function fail(message) {
  process.stdout.write(`::error title=skillops::${forCommandData(message)}
`);
  process.exitCode = 1;
}
async function start() {
  let inputs;
  try {
    inputs = readActionInputs(process.env);
  } catch (error) {
    return fail(error.message);
  }
  const { version } = JSON.parse(readFileSync(new URL("../../package.json", new URL("./cli/action.js", import.meta.url).href), "utf8"));
  if (inputs.version && inputs.version !== version) {
    return fail(`this action runs the skillops it is built with, ${version}; to run ${inputs.version}, pin the action to that release instead`);
  }
  if (inputs.nodeVersion) {
    process.stdout.write(
      `::warning title=skillops::${forCommandData("node-version is ignored: the action runs on the runner's own Node.js (runs.using: node24)")}
`
    );
  }
  if (!inputs.cache) process.env.SKILLOPS_CACHE = "off";
  if (process.env.GITHUB_OUTPUT) process.env.SKILLOPS_OUTPUT_FILE = process.env.GITHUB_OUTPUT;
  try {
    process.chdir(path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory));
  } catch {
    return fail("working-directory is not a folder of the checked-out repository");
  }
  process.stdout.write(`skillops ${version}, Node.js ${process.version}
`);
  const log = inputs.outputFile ? path.resolve(inputs.outputFile) : void 0;
  const ok = new Set(inputs.okExitCodes);
  await runAsProcess([inputs.command, ...inputs.args], {
    ...log ? { log: (text) => appendFileSync(log, text) } : {},
    exitCodeFor: (code) => ok.has(code) ? 0 : code
  });
}
await start();
