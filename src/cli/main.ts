#!/usr/bin/env node
// Process entry: the only place that touches process streams and the exit code.
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
};

process.exitCode = await runCli(process.argv.slice(2), io);
