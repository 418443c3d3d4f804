// `npm run demo`: starts the CXone simulator on a free loopback port with the demo tenant, points
// skillops at it, and runs the main job. Nothing here talks to a real CXone or GitHub host.

import { processIo } from '../terminal/process-io.js';
import { runDemo } from './commands/demo.js';

const io = processIo();
process.exitCode = await runDemo(io);
// exit once stdout has drained, so `npm run demo | tee demo.log` gets every line
process.stdout.write('', () => process.exit(process.exitCode));
