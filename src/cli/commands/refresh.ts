// `skillops refresh`: accept live CXone into the queue files, editing them in place (the plan in
// reverse). --diff shows what would change and writes nothing (exit 2 when anything would).
import type { Io } from '../../domain/io.js';
import { refreshDiffText, refreshWrittenText } from '../../render/refresh-text.js';
import { type RefreshOptions, refreshDiffers, refreshQueues, writeRefresh } from '../../use-cases/refresh/refresh-queues.js';

export async function refreshCommand(options: RefreshOptions & { diff?: boolean }, io: Io): Promise<number> {
  const outcome = await refreshQueues(options, io);
  if (options.diff) {
    io.out(refreshDiffText(outcome, io.color));
    return refreshDiffers(outcome) ? 2 : 0;
  }
  await writeRefresh(outcome, io.cwd);
  io.out(refreshWrittenText(outcome, io.color));
  return 0;
}
