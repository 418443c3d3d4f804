// The Io port (domain/io.ts) on the real process: stdout, stderr, a yes/no prompt on the terminal, colours.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';
import { CancelledError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import type { SignalHooks } from './signals.js';

export function colorFor(env: NodeJS.ProcessEnv, isTTY: boolean, noColor = false): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const enabled = !noColor && (forced || (isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb'));
  return new Chalk({ level: enabled ? 1 : 0 });
}

const CANCELLED = 'Apply cancelled. Nothing was changed.';

/**
 * A confirmation read from `input`. Ctrl-C is seen by readline when `input` is a terminal in raw
 * mode, and as a process signal (through `signals.intercept`) otherwise; both cancel with 130.
 * End of input (Ctrl-D, a closed pipe) cancels with 1. Nothing else can end the question.
 */
export function confirmOn(
  input: Readable,
  output: Writable,
  options: { terminal?: boolean; signals?: SignalHooks; aside?: Writable } = {},
): (question: string) => Promise<boolean> {
  return (question) =>
    new Promise<boolean>((resolve, reject) => {
      const rl = createInterface({ input, output, terminal: options.terminal ?? false });
      let settled = false;
      const finish = (outcome: { answer: boolean } | { cancelled: number }) => {
        if (settled) return;
        settled = true;
        release?.();
        rl.close();
        if ('answer' in outcome) resolve(outcome.answer);
        else {
          // end the prompt's line; `aside` when `output` may be a pipe whose reader is gone
          (options.aside ?? output).write('\n');
          reject(new CancelledError(CANCELLED, outcome.cancelled));
        }
      };
      const release = options.signals?.intercept((signal) => finish({ cancelled: signal === 'SIGTERM' ? 143 : 130 }));
      rl.on('SIGINT', () => finish({ cancelled: 130 }));
      rl.on('close', () => finish({ cancelled: 1 }));
      rl.question(question, (answer) => finish({ answer: answer.trim() === 'yes' }));
    });
}

/** The real process streams. Only a person at a terminal can confirm, and what tells is stdin
 *  (as in Terraform): `skillops apply | tee log` still asks. In CI (no TTY) commands that change
 *  CXone require --auto-approve. The question goes to stdout like the plan above it, so it comes
 *  after the plan even through `tee`, and lands in the log. When stdout is not a terminal the
 *  answer is read in line mode: the terminal echoes it, and Ctrl-C arrives as a signal. */
export function processIo(options: { signals?: SignalHooks; noColor?: boolean } = {}): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  const columns = terminalColumns(process.env, isTTY ? process.stdout.columns : undefined);
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY,
    color: colorFor(process.env, isTTY, options.noColor),
    ...(columns ? { columns } : {}),
    ...(process.stdin.isTTY
      ? {
          confirm: confirmOn(process.stdin, process.stdout, {
            terminal: isTTY,
            aside: process.stderr,
            ...(options.signals ? { signals: options.signals } : {}),
          }),
        }
      : {}),
  };
}

/** The width text is wrapped to: the terminal's, else COLUMNS; none for pipes and files. */
export function terminalColumns(env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number | undefined {
  if (ttyColumns && ttyColumns > 0) return ttyColumns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}
