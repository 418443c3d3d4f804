#!/usr/bin/env node
// Process entry: wires the real streams (processIo), signals and the exit code to runCli.
import { processIo } from './io.js';
import { runCli } from './program.js';
import { writeActionOutputs } from './action-output.js';

const io = processIo();

// The first SIGINT/SIGTERM asks the running command to stop gracefully; a second one asks it to
// stop now (`stopNow`: apply still writes its audit record) and exits SECOND_SIGNAL_MS later at
// the latest, inside the 2.5 s GitHub Actions leaves between SIGTERM and the kill.
const SECOND_SIGNAL_MS = 1500;
let signalled: NodeJS.Signals | undefined;
let stopNowResolve: (signal: NodeJS.Signals) => void = () => undefined;
const stopNow = new Promise<NodeJS.Signals>((resolve) => { stopNowResolve = resolve; });
const stop = new Promise<NodeJS.Signals>((resolve) => {
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      stopNowResolve(signal);
      setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), SECOND_SIGNAL_MS).unref();
      return;
    }
    signalled = signal;
    resolve(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
});

process.exitCode = await runCli(process.argv.slice(2), io, { stop, stopNow });
writeActionOutputs(process.env, { 'exit-code': String(process.exitCode) });
process.exit(process.exitCode);
