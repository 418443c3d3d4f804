// An Io that keeps what a command prints, for tests and benchmarks.

import type { Io } from '../../src/domain/io.js';
import { colorFor } from '../../src/terminal/process-io.js';

export function captureIo(overrides: Partial<Io> = {}): Io & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  // the check cache's key stays in the test run's own folder (scripts/run-tests.mjs sets it)
  const stateHome = process.env.XDG_STATE_HOME;
  const env = { ...(stateHome ? { XDG_STATE_HOME: stateHome } : {}), ...(overrides.env ?? {}) };
  return {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    env,
    cwd: overrides.cwd ?? process.cwd(),
    isTTY: overrides.isTTY ?? false,
    color: overrides.color ?? colorFor(env, false),
    ...(overrides.columns ? { columns: overrides.columns } : {}),
    ...(overrides.confirm ? { confirm: overrides.confirm } : {}),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
