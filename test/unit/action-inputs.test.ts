// The JavaScript action reads its inputs as the runner passes them (INPUT_<NAME>, upper-cased,
// spaces to underscores, hyphens kept, trimmed), with the defaults action.yml declares.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { ACTION_COMMANDS, ACTION_INPUT_DEFAULTS, inputVariable, readActionInputs } from '../../src/cli/action-inputs.js';

const test = suite('action: inputs as the runner passes them');
const ROOT = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
};

test('action.yml declares exactly the inputs the code reads, with the same defaults', () => {
  assert.equal(Object.keys(action.inputs).sort(), Object.keys(ACTION_INPUT_DEFAULTS).sort());
  for (const [name, def] of Object.entries(action.inputs)) {
    if (def.required) continue;
    assert.is(def.default, ACTION_INPUT_DEFAULTS[name as keyof typeof ACTION_INPUT_DEFAULTS], name);
  }
  assert.ok(action.inputs.command!.required);
  for (const command of ACTION_COMMANDS) assert.match(action.inputs.command!.description, command);
});

test('the runner names: upper case, spaces to underscores, hyphens kept', () => {
  assert.is(inputVariable('ok-exit-codes'), 'INPUT_OK-EXIT-CODES');
  assert.is(inputVariable('working-directory'), 'INPUT_WORKING-DIRECTORY');
  assert.is(inputVariable('some input'), 'INPUT_SOME_INPUT');
});

test('values are trimmed; args split on any whitespace; ok-exit-codes are numbers', () => {
  const inputs = readActionInputs({
    INPUT_COMMAND: ' drift\n',
    INPUT_ARGS: '--issue\n  --pull-request\t--format text ',
    'INPUT_OK-EXIT-CODES': '0 2',
    INPUT_CACHE: 'false',
    'INPUT_WORKING-DIRECTORY': 'config',
  });
  assert.equal(inputs, {
    command: 'drift',
    args: ['--issue', '--pull-request', '--format', 'text'],
    version: '',
    okExitCodes: [0, 2],
    outputFile: '',
    workingDirectory: 'config',
    nodeVersion: '',
    cache: false,
  });
  // a runner that passes no variable for an input gives its default
  assert.equal(readActionInputs({ INPUT_COMMAND: 'validate' }).okExitCodes, [0]);
  assert.is(readActionInputs({ INPUT_COMMAND: 'validate' }).cache, true);
});

test('refused: no command, an unknown command, bad exit codes, a cache that is not true or false', () => {
  for (const [env, message] of [
    [{}, 'the input "command" is required'],
    [{ INPUT_COMMAND: 'rm -rf' }, 'unknown command'],
    [{ INPUT_COMMAND: 'sim' }, 'unknown command'],
    [{ INPUT_COMMAND: 'plan', 'INPUT_OK-EXIT-CODES': '0 two' }, 'ok-exit-codes'],
    [{ INPUT_COMMAND: 'plan', INPUT_CACHE: 'yes' }, 'cache must be'],
  ] as const) {
    assert.throws(
      () => readActionInputs(env),
      (e: Error) => e.message.includes(message),
      JSON.stringify(env),
    );
  }
});

test('installing skillops from its git repository builds nothing: no script npm would run for a git install', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  // npm prepares a git dependency (installing every devDependency) when it has any of these
  for (const script of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) assert.is(pkg.scripts[script], undefined, script);
});

test.run();
