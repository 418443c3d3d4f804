#!/usr/bin/env node
// Process entry: wires the real streams (processIo), signals and the exit code to runCli.

import { writeActionOutputs } from '../github/action-output.js';
import { processIo } from '../terminal/process-io.js';
import { SignalGate } from '../terminal/signals.js';
import { runCli } from './program.js';

/** Resolves once everything written to `stream` so far has been handed to the OS. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve();
  return new Promise((resolve) => {
    // writes complete in order, so this callback runs after every earlier chunk is flushed
    stream.write('', () => resolve());
  });
}

/** The terminal cursor is never left hidden (a progress bar hides it while it draws). */
function showCursor(): void {
  if (process.stderr.isTTY) process.stderr.write('\u001B[?25h');
}

// A reader that goes away (`skillops export | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// During apply a second signal asks it to stop now (`stopNow`: it still writes its audit record)
// and ends the process SECOND_SIGNAL_MS later at the latest, inside the 2.5 s GitHub Actions
// leaves between SIGTERM and the kill.
const SECOND_SIGNAL_MS = 1500;
const signals = new SignalGate(
  (code) => {
    showCursor();
    process.exit(code);
  },
  (text) => process.stderr.write(text),
  { stopNowMs: SECOND_SIGNAL_MS },
);
process.on('SIGINT', () => signals.handle('SIGINT'));
process.on('SIGTERM', () => signals.handle('SIGTERM'));

const argv = process.argv.slice(2);
const code = await runCli(argv, processIo({ signals }), { stop: signals.stop, stopNow: signals.stopNow, signals });
process.exitCode = code;
writeActionOutputs(process.env, { 'exit-code': String(code) });
// Exit only once stdout and stderr have drained: with a slow reader on a pipe, an early exit
// would cut the output short. Then end even if a stray handle (a keep-alive socket) remains.
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
