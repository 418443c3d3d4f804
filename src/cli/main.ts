#!/usr/bin/env node
// Process entry of the CLI. `skillops --version` answers from package.json alone; every other
// command loads the program (and each command only the modules it needs) when it runs.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runAsProcess } = await import('./run-process.js');
  await runAsProcess(argv);
}
