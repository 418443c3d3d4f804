// Where a command's output goes. Tests pass a capturing Io; main.ts passes the real streams.
import { createInterface } from 'node:readline/promises';
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  color: ChalkInstance;
  /** Ask a yes/no question on a TTY; undefined when no one can answer. */
  confirm?: (question: string) => Promise<boolean>;
}

export function colorFor(env: NodeJS.ProcessEnv, isTTY: boolean): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const enabled = forced || (isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return new Chalk({ level: enabled ? 1 : 0 });
}

/** The real process streams. Only a person at a terminal can confirm; in CI (no TTY) commands
 *  that change CXone require --auto-approve. */
export function processIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY,
    color: colorFor(process.env, isTTY),
    ...(isTTY && process.stdin.isTTY
      ? {
          confirm: async (question: string) => {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            try {
              return (await rl.question(question)).trim() === 'yes';
            } finally {
              rl.close();
            }
          },
        }
      : {}),
  };
}

export function captureIo(overrides: Partial<Io> = {}): Io & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const env = overrides.env ?? {};
  return {
    out: (t) => { stdout += t; },
    err: (t) => { stderr += t; },
    env,
    cwd: overrides.cwd ?? process.cwd(),
    isTTY: overrides.isTTY ?? false,
    color: overrides.color ?? colorFor(env, false),
    ...(overrides.confirm ? { confirm: overrides.confirm } : {}),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
