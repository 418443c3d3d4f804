// Apply progress: a bar on a terminal, plain periodic lines in CI logs.
import cliProgress from 'cli-progress';
import type { Io } from '../domain/io.js';

interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progressFor(io: Io, total: number, label: string): Progress {
  if (io.isTTY && total > 1) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} batches`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    // the bar hides the cursor while it draws; whatever ends the process, it comes back
    const showCursor = () => process.stderr.write('\u001B[?25h');
    process.once('exit', showCursor);
    bar.start(total, 0);
    return {
      update: (done) => bar.update(done),
      stop: () => {
        bar.stop();
        process.removeListener('exit', showCursor);
      },
    };
  }
  let lastShown = 0;
  return {
    update(done, all) {
      // about every 10%, and always the last one
      if (done === all || done - lastShown >= Math.max(1, Math.ceil(all / 10))) {
        lastShown = done;
        io.out(`${label}: ${done}/${all} batches\n`);
      }
    },
    stop() {},
  };
}
