// What every command registration shares: the streams, the run context, the one place that turns
// a command's result or error into an exit code, and the options several commands take.
import { Option } from 'commander';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import type { QueueTarget } from '../domain/target.js';
import type { GitHubPort } from '../github/port.js';
import type { SignalHooks } from '../terminal/signals.js';

export interface CliContext {
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); long-running commands wait on it. */
  stop?: Promise<unknown>;
  /** Resolves on a second signal: stop now (apply keeps only its local record). */
  stopNow?: Promise<unknown>;
  /** A GitHub adapter to use instead of one built from GITHUB_TOKEN (tests). */
  github?: GitHubPort;
  /** Wait between GitHub lookups that are retried (tests: 0). */
  retryDelayMs?: number;
  /** How signals reach commands (main.ts); without it a signal ends the process at once. */
  signals?: SignalHooks;
}

export interface CliRuntime {
  io: Io;
  context: CliContext;
  /** Runs a command's action; its exit code (or its error, handled once) becomes the run's. */
  run: (action: () => Promise<number>) => () => Promise<void>;
  /** Global options, resolved before the command runs. */
  globals: () => { config: string; tenant?: string };
  /**
   * A file named on the command line: with -C it is relative to that folder (as with git -C),
   * so a plan saved there is read back from there; without -C it is used as given.
   */
  inDir: (file: string) => string;
}

// Commands are loaded when they run, so `validate` and `--help` never load the HTTP clients,
// Octokit or the simulator: start-up stays short.
export const commands = {
  validate: () => import('./commands/validate.js'),
  plan: () => import('./commands/plan.js'),
  apply: () => import('./commands/apply.js'),
  import: () => import('./commands/import.js'),
  refresh: () => import('./commands/refresh.js'),
  export: () => import('./commands/export.js'),
  report: () => import('./commands/report.js'),
  comment: () => import('./commands/comment.js'),
  reviewedPlan: () => import('./commands/reviewed-plan.js'),
  sim: () => import('./commands/sim.js'),
  fmt: () => import('./commands/fmt.js'),
  revert: () => import('./commands/revert.js'),
  init: () => import('./commands/init.js'),
  edit: () => import('./commands/edit.js'),
  tenants: () => import('./commands/tenants.js'),
};

/** --queue / --exclude-queue, repeatable, on every command that reads or writes queues. */
const collect = (value: string, previous: string[]) => [...previous, value];
export const queueOption = () =>
  new Option('--queue <queue>', 'only this queue: skill name, skillId, file or glob like "sales-*" (repeatable)').argParser(collect).default([]);
export const excludeQueueOption = () =>
  new Option('--exclude-queue <queue>', 'leave this queue out (repeatable; same forms as --queue)').argParser(collect).default([]);
export const targetOf = (o: { queue?: string[]; excludeQueue?: string[] }): QueueTarget => ({ queues: o.queue ?? [], excludeQueues: o.excludeQueue ?? [] });

export const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text');
export const nowOption = () => new Option('--now <date>', 'judge effective dates as of this date or ISO time (default: now; env SKILLOPS_NOW)');

export function withoutPr<T extends { pr?: string }>(options: T): Omit<T, 'pr'> {
  const { pr: _pr, ...rest } = options;
  return rest;
}

export function pullRequestNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--pr must be a pull request number, not "${text}"`);
  return n;
}
