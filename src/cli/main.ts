#!/usr/bin/env node
// Process entry: the only place that touches process streams and the exit code.
import { createInterface } from 'node:readline/promises';
import { colorFor, type Io } from './io.js';
import { runCli } from './program.js';

const isTTY = Boolean(process.stdout.isTTY);
const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY,
  color: colorFor(process.env, isTTY),
  // Only a person at a terminal can confirm; in CI (no TTY) commands require --auto-approve
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

// The first SIGINT/SIGTERM asks the running command to stop gracefully; a second one is final.
let signalled: NodeJS.Signals | undefined;
const stop = new Promise<NodeJS.Signals>((resolve) => {
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
    signalled = signal;
    resolve(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
});

process.exitCode = await runCli(process.argv.slice(2), io, { stop });
process.exit(process.exitCode);
