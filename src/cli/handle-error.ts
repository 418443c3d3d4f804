// The one error boundary: typed errors become a message and an exit code.
import { ConfigError, PolicyError, SkillopsError } from '../errors.js';
import { redact } from '../redact.js';
import { problemsText } from '../render/problems.js';
import type { Io } from './io.js';

export function handleError(error: unknown, io: Io): number {
  const { color } = io;
  if (error instanceof ConfigError) {
    io.err(problemsText(error.problems, color));
    io.err(`${color.red('Error:')} ${redact(error.message, io.env)}\n`);
    return error.exitCode;
  }
  if (error instanceof PolicyError) {
    io.err(`${color.red('Error:')} ${redact(error.message, io.env)}\nUse --force with --reason to override safety thresholds (routing constraints cannot be forced: change the files).\n`);
    return error.exitCode;
  }
  if (error instanceof SkillopsError) {
    io.err(`${color.red('Error:')} ${redact(error.message, io.env)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = io.env.SKILLOPS_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  io.err(`${color.red('Internal error:')} ${redact(message + stack, io.env)}\nThis is a bug in skillops; set SKILLOPS_DEBUG=1 for details.\n`);
  return 1;
}
