// The process around runCli, shared by the CLI (main.ts) and the GitHub Action (action.ts): the
// real streams, SIGINT/SIGTERM through the signal gate, the `exit-code` step output, and an exit
// only once stdout and stderr have drained.

import type { Io } from '../domain/io.js';
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

// During apply a second signal asks it to stop now (`stopNow`: it still writes its audit record)
// and ends the process SECOND_SIGNAL_MS later at the latest, inside the 2.5 s GitHub Actions
// leaves between SIGTERM and the kill.
const SECOND_SIGNAL_MS = 1500;

export interface ProcessOptions {
  /** Also receives everything written to stdout and stderr (the action's output-file). */
  log?: (text: string) => void;
  /** The process's exit code for skillops' code (the action's ok-exit-codes); default: the same. */
  exitCodeFor?: (code: number) => number;
}

export async function runAsProcess(argv: string[], options: ProcessOptions = {}): Promise<never> {
  const finish = (code: number) => {
    writeActionOutputs(process.env, { 'exit-code': String(code) });
    return options.exitCodeFor ? options.exitCodeFor(code) : code;
  };

  // A reader that goes away (`skillops export | head`) is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const signals = new SignalGate(
    (code) => {
      showCursor();
      process.exit(finish(code));
    },
    (text) => process.stderr.write(text),
    { stopNowMs: SECOND_SIGNAL_MS },
  );
  process.on('SIGINT', () => signals.handle('SIGINT'));
  process.on('SIGTERM', () => signals.handle('SIGTERM'));

  const io = teed(processIo({ signals }), options.log);
  const code = await runCli(argv, io, { stop: signals.stop, stopNow: signals.stopNow, signals });
  const exitCode = finish(code);
  process.exitCode = exitCode;
  // Exit only once stdout and stderr have drained: with a slow reader on a pipe, an early exit
  // would cut the output short. Then end even if a stray handle (a keep-alive socket) remains.
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(exitCode);
}

function teed(io: Io, log: ((text: string) => void) | undefined): Io {
  if (!log) return io;
  return {
    ...io,
    out: (text) => {
      io.out(text);
      log(text);
    },
    err: (text) => {
      io.err(text);
      log(text);
    },
  };
}
