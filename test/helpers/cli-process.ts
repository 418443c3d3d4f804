// The CLI as a real child process (src/cli/main.ts through tsx), for what only a process shows:
// exit codes after signals, output drained into pipes, the terminal state.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');

/** Starts `skillops <args>`; stdout and stderr are pipes unless `stdio` says otherwise. */
export function spawnCli(args: string[], options: { cwd: string; env?: Record<string, string>; stdio?: ('pipe' | 'ignore')[] }): ChildProcess {
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), MAIN, ...args], {
    cwd: options.cwd,
    // a plain environment: no colours, no GitHub, nothing inherited by accident
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}), ...options.env },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
}

export function collect(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return () => text;
}

export const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
