// The skillops GitHub Action's inputs, read the way the runner passes them to a JavaScript
// action: INPUT_<NAME> with the name upper-cased and spaces turned into underscores (hyphens
// stay), trimmed. action.yml declares the same inputs with the same defaults (a test compares).
import { UsageError } from '../domain/errors.js';

/** The commands the action runs. */
export const ACTION_COMMANDS = [
  'validate',
  'plan',
  'show',
  'comment',
  'apply',
  'drift',
  'export',
  'import',
  'reviewed-plan',
  'tenants',
  'assign',
  'unassign',
  'move',
  'report',
] as const;

/** Every input and its default, as in action.yml (`command` is required there). */
export const ACTION_INPUT_DEFAULTS = {
  command: '',
  args: '',
  version: '',
  'ok-exit-codes': '0',
  'output-file': '',
  'working-directory': '.',
  'node-version': '',
  cache: 'true',
} as const;

export type ActionInputName = keyof typeof ACTION_INPUT_DEFAULTS;

export interface ActionInputs {
  command: (typeof ACTION_COMMANDS)[number];
  /** Split on whitespace, as the composite action's `read -a` did: no quoting, no globbing. */
  args: string[];
  version: string;
  okExitCodes: number[];
  outputFile: string;
  workingDirectory: string;
  nodeVersion: string;
  cache: boolean;
}

export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

function input(env: NodeJS.ProcessEnv, name: ActionInputName): string {
  const value = env[inputVariable(name)];
  return value === undefined ? ACTION_INPUT_DEFAULTS[name] : value.trim();
}

export function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const command = input(env, 'command');
  if (!command) throw new UsageError('the input "command" is required');
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command; use ${ACTION_COMMANDS.join(', ')}`);
  const okExitCodes = input(env, 'ok-exit-codes')
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => {
      if (!/^\d{1,3}$/.test(text)) throw new UsageError('ok-exit-codes must be exit codes separated by spaces, e.g. "0 2"');
      return Number(text);
    });
  const cache = input(env, 'cache');
  if (cache !== 'true' && cache !== 'false') throw new UsageError('cache must be "true" or "false"');
  return {
    command: command as ActionInputs['command'],
    args: input(env, 'args').split(/\s+/).filter(Boolean),
    version: input(env, 'version'),
    okExitCodes,
    outputFile: input(env, 'output-file'),
    workingDirectory: input(env, 'working-directory') || '.',
    nodeVersion: input(env, 'node-version'),
    cache: cache === 'true',
  };
}
