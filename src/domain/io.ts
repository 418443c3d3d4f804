// What a run sees of its process: output streams, environment, working directory, and a way to
// ask a yes/no question. terminal/process-io.ts makes the real one; tests pass a capturing one.
import type { ChalkInstance } from 'chalk';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  color: ChalkInstance;
  /** The terminal's width, when output goes to a terminal (or COLUMNS says); text is wrapped to it. */
  columns?: number;
  /** Ask a yes/no question before changing CXone; undefined when no one can answer. Resolves
   *  true only for "yes"; rejects with CancelledError on Ctrl-C (130) or end of input (1). */
  confirm?: (question: string) => Promise<boolean>;
}
