// Entry of the skillops GitHub Action (action.yml: `runs.using: node24`, `main:` the bundle of
// this file). The runner starts this process itself, so its cancellation signals (SIGINT, then
// SIGTERM 7.5 s later) reach skillops' signal gate directly, with no shell in between. Runs one
// skillops command in this process, with the step's outputs written to $GITHUB_OUTPUT.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { forCommandData } from '../text/untrusted.js';
import { readActionInputs } from './action-inputs.js';
import { runAsProcess } from './run-process.js';

/** Reports a problem with the step's inputs; exitCode, not exit(), so the error line is written whole. */
function fail(message: string): void {
  process.stdout.write(`::error title=skillops::${forCommandData(message)}\n`);
  process.exitCode = 1;
}

async function start(): Promise<void> {
  let inputs: ReturnType<typeof readActionInputs>;
  try {
    inputs = readActionInputs(process.env);
  } catch (error) {
    return fail((error as Error).message);
  }

  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  if (inputs.version && inputs.version !== version) {
    return fail(`this action runs the skillops it is built with, ${version}; to run ${inputs.version}, pin the action to that release instead`);
  }
  if (inputs.nodeVersion) {
    process.stdout.write(
      `::warning title=skillops::${forCommandData("node-version is ignored: the action runs on the runner's own Node.js (runs.using: node24)")}\n`,
    );
  }
  if (!inputs.cache) process.env.SKILLOPS_CACHE = 'off';
  if (process.env.GITHUB_OUTPUT) process.env.SKILLOPS_OUTPUT_FILE = process.env.GITHUB_OUTPUT;
  try {
    process.chdir(path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory));
  } catch {
    return fail('working-directory is not a folder of the checked-out repository');
  }
  process.stdout.write(`skillops ${version}, Node.js ${process.version}\n`);

  const log = inputs.outputFile ? path.resolve(inputs.outputFile) : undefined;
  const ok = new Set(inputs.okExitCodes);
  await runAsProcess([inputs.command, ...inputs.args], {
    ...(log ? { log: (text: string) => appendFileSync(log, text) } : {}),
    exitCodeFor: (code) => (ok.has(code) ? 0 : code),
  });
}

await start();
