// Runs every test/**/*.test.ts with uvu (TypeScript through tsx) and ends with the plain line
// `N passed, N failed` that CI reads, computed from uvu's own counts. Exits non-zero on failure.
// Usage: npm test [-- <pattern>]   e.g. npm test -- plan
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pattern = process.argv[2] ?? '\\.test\\.ts$';
const stateHome = mkdtempSync(path.join(tmpdir(), 'skillops-test-state-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', pattern], {
  stdio: ['ignore', 'pipe', 'inherit'],
  // the check cache's per-machine key goes to a folder of this run, not the user's home
  env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: stateHome },
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  rmSync(stateHome, { recursive: true, force: true });
  const number = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? NaN);
  const total = number('Total');
  const passed = number('Passed');
  const skipped = number('Skipped') || 0;
  let failed = Number.isNaN(total) || Number.isNaN(passed) ? 0 : total - passed - skipped;
  // A crash before uvu could count (a test file that fails to load) is still a failure
  if (code !== 0 && failed === 0) failed = 1;
  const ran = Number.isNaN(passed) ? 0 : passed;
  process.stdout.write(`\n${ran} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  process.exitCode = code !== 0 || failed > 0 || ran === 0 ? 1 : 0;
});
