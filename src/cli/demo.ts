// `npm run demo`: starts the CXone simulator on a free loopback port with the demo tenant, points
// skillops at it, and runs the main job. Nothing here talks to a real CXone or GitHub host.
import { colorFor, type Io } from './io.js';
import { runDemo } from './commands/demo.js';

const isTTY = Boolean(process.stdout.isTTY);
const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY,
  color: colorFor(process.env, isTTY),
};
process.exitCode = await runDemo(io);
process.exit(process.exitCode);
