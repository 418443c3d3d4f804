#!/usr/bin/env node
// Process entry: wires the real streams (processIo), signals and the exit code to runCli.
import { processIo } from './io.js';
import { runCli } from './program.js';
import { writeActionOutputs } from './action-output.js';

const io = processIo();

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
writeActionOutputs(process.env, { 'exit-code': String(process.exitCode) });
process.exit(process.exitCode);
