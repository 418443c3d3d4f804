// The one error boundary: typed errors become a message and an exit code. Messages can hold
// CXone error bodies and names, so they are redacted and then made safe for the terminal.
import { CancelledError, ConfigError, PolicyError, SkillopsError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { problemsText } from '../render/problems.js';
import { redact } from '../text/redact.js';
import { forMessage, forTerminalLines } from '../text/untrusted.js';

export function handleError(error: unknown, io: Io): number {
  const { color } = io;
  const shown = (text: string) => forTerminalLines(redact(text, io.env));
  if (error instanceof ConfigError) {
    io.err(problemsText(error.problems, color));
    io.err(`${color.red('Error:')} ${shown(error.message)}\n`);
    return error.exitCode;
  }
  if (error instanceof PolicyError) {
    // one line per reason, each reason escaped as a whole (a reason may hold a newline)
    const reasons = error.reasons.map((r) => `  - ${forMessage(redact(r, io.env), 2_000)}\n`).join('');
    const hint = error.forceHelps
      ? 'Use --force with --reason to override safety thresholds (routing constraints cannot be forced: change the files).'
      : 'Routing constraints cannot be overridden, not even with --force: change skills/ so each queue keeps its minActiveAgents.';
    io.err(`${color.red('Error:')} plan refused by policy:\n${reasons}${hint}\n`);
    return error.exitCode;
  }
  if (error instanceof CancelledError) {
    // the person chose this: no "Error:"
    io.err(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof SkillopsError) {
    io.err(`${color.red('Error:')} ${shown(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = io.env.SKILLOPS_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  io.err(`${color.red('Internal error:')} ${shown(message + stack)}\nThis is a bug in skillops; set SKILLOPS_DEBUG=1 for details.\n`);
  return 1;
}
