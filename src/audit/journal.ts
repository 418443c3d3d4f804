// The audit journal: JSON Lines beside the audit record, appended and fsync'd as the run goes,
// never rewritten. "started" (who, plan fingerprint, intended changes and batches) is durable
// before the first CXone write; "sending" before each batch, "batch" with its outcomes after it;
// "finished" links the final record. A run killed at any point leaves what it attempted (sent),
// what it knows (batch outcomes) and, by difference, what is unknown. A later apply closes an
// unfinished journal by appending "superseded" once its own record links it.

import { type FileHandle, open, readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { SkillopsAuditRecord } from '../domain/audit.generated.js';
import type { AuditRecord, Who } from '../domain/audit.js';
import { AuditWriteError } from '../domain/errors.js';
import { ensureDirectory } from './ensure-directory.js';

export const JOURNAL_FORMAT = 'skillops-journal/1';
const JOURNAL_SUFFIX = '.journal.jsonl';

type ChangeRow = Omit<AuditRecord['changes'][number], 'status' | 'error'>;
type ItemResult = { agentId: number; status: AuditRecord['changes'][number]['status']; error?: string };

export type JournalLine =
  | {
      type: 'started';
      format: typeof JOURNAL_FORMAT;
      at: string;
      pid: number;
      host: string;
      who: Who;
      plan: Pick<AuditRecord['plan'], 'source' | 'liveFingerprint' | 'desiredHash' | 'effectiveDate'>;
      changes: ChangeRow[];
      batches: { skillId: number; action: ChangeRow['action']; agentIds: number[] }[];
    }
  | { type: 'sending'; at: string; batch: number }
  | { type: 'batch'; at: string; batch: number; results: ItemResult[] }
  | { type: 'stopping'; at: string; reason: string }
  | { type: 'finished'; at: string; outcome: AuditRecord['outcome']; record?: string; recordError?: string; fullRecord?: AuditRecord }
  | { type: 'superseded'; at: string; by: string }
  /** Ends a copy committed to the repository: what happened after it is only in the run's own journal. */
  | { type: 'snapshot'; at: string; note: string };

export type StartedLine = Extract<JournalLine, { type: 'started' }>;

/** Summary of a journal that has no "finished" (or "superseded") line: a run that was killed. As the audit record stores it (schemas/audit.schema.json). */
export type UnfinishedRun = NonNullable<SkillopsAuditRecord['unfinishedRuns']>[number];

export class AuditJournal {
  /** Lines waiting for the next write, each with who waits for it to be durable. */
  private pending: { text: string; done: () => void; failed: (error: Error) => void }[] = [];
  private flushing: Promise<void> | undefined;
  private failure: Error | undefined;

  private constructor(
    private readonly handle: FileHandle,
    /** Absolute path of the journal. */
    readonly path: string,
    /** The journal's path relative to the audit directory, without JOURNAL_SUFFIX. */
    readonly stem: string,
  ) {}

  /** Creates a new journal at `<directory>/<stem>.journal.jsonl` (`-1`, `-2`… if taken) and writes `started`. */
  static async start(directory: string, stem: string, started: StartedLine): Promise<AuditJournal> {
    const target = path.join(directory, stem);
    await ensureDirectory(path.dirname(target));
    for (let n = 0; n <= 100; n++) {
      const candidate = n === 0 ? stem : `${stem}-${n}`;
      const file = path.join(directory, candidate + JOURNAL_SUFFIX);
      let handle: FileHandle;
      try {
        handle = await open(file, 'wx');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        throw new AuditWriteError(`cannot create the audit journal ${file} (${code ?? String(error)})`);
      }
      const journal = new AuditJournal(handle, file, candidate);
      await syncDirectory(path.dirname(file));
      await journal.append(started);
      return journal;
    }
    throw new AuditWriteError(`cannot create the audit journal beside ${target}: too many runs with the same name`);
  }

  /**
   * Appends one line; resolves once it is on disk (fsync'd). Lines appended while a write is in
   * progress go together in the next write and fsync (group commit), in order, never interleaved.
   */
  append(line: JournalLine): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const durable = new Promise<void>((done, failed) => this.pending.push({ text: `${JSON.stringify(line)}\n`, done, failed }));
    this.flushing ??= this.flush();
    return durable;
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      try {
        if (this.failure) throw this.failure;
        await this.handle.write(group.map((g) => g.text).join(''));
        await this.handle.datasync();
        for (const g of group) g.done();
      } catch (error) {
        this.failure ??= new AuditWriteError(`cannot append to the audit journal ${this.path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        for (const g of group) g.failed(this.failure);
      }
    }
    this.flushing = undefined;
  }

  /** The journal's path relative to the audit directory. */
  get relative(): string {
    return this.stem + JOURNAL_SUFFIX;
  }

  /** What is on disk so far. */
  text(): Promise<string> {
    return readFile(this.path, 'utf8');
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle.close().catch(() => undefined);
  }
}

async function syncDirectory(directory: string): Promise<void> {
  // The new file's directory entry must be durable too; not every platform lets a directory be fsync'd
  try {
    const dir = await open(directory, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // best effort
  }
}

/** Parses a journal; a torn last line (killed while writing) is ignored. */
export function parseJournal(text: string): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw) as unknown;
      if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') lines.push(value as JournalLine);
    } catch {
      // torn line
    }
  }
  return lines;
}

/** What a journal says about its run, or undefined when the run finished or was superseded. */
/** The journal as committed before the first write: its lines so far, and a line saying the rest is elsewhere. */
export function snapshotText(text: string, localPath: string): string {
  const line: JournalLine = {
    type: 'snapshot',
    at: new Date().toISOString(),
    note: `committed before the first CXone write; later lines are in ${localPath} on the runner (the workflow artifact)`,
  };
  return `${text}${JSON.stringify(line)}\n`;
}

export function summariseUnfinished(relative: string, lines: JournalLine[]): UnfinishedRun | undefined {
  const started = lines.find((l): l is StartedLine => l.type === 'started' && l.format === JOURNAL_FORMAT);
  if (!started || !Array.isArray(started.changes) || !Array.isArray(started.batches)) return undefined;
  if (lines.some((l) => l.type === 'finished' || l.type === 'superseded')) return undefined;
  const sent = new Set<number>();
  const answered = new Set<number>();
  let applied = 0;
  let failed = 0;
  let unknown = 0;
  let stopping: string | undefined;
  for (const line of lines) {
    if (line.type === 'sending' && Number.isInteger(line.batch)) sent.add(line.batch);
    if (line.type === 'stopping') stopping = String(line.reason);
    if (line.type === 'batch' && Number.isInteger(line.batch) && Array.isArray(line.results) && !answered.has(line.batch)) {
      answered.add(line.batch);
      sent.add(line.batch);
      for (const r of line.results) {
        if (r.status === 'applied') applied++;
        else if (r.status === 'failed') failed++;
        else if (r.status === 'unknown') unknown++;
      }
    }
  }
  // a copy committed before the first write says nothing of what came after: nothing is "not sent", all is unknown
  const snapshot = lines.at(-1)?.type === 'snapshot';
  let notSent = 0;
  started.batches.forEach((b, i) => {
    const n = Array.isArray(b.agentIds) ? b.agentIds.length : 0;
    if (!sent.has(i) && !snapshot) notSent += n;
    else if (!answered.has(i)) unknown += n;
  });
  return {
    journal: relative,
    startedAt: String(started.at),
    actor: String(started.who?.actor ?? 'unknown'),
    ...(started.who?.commit ? { commit: String(started.who.commit) } : {}),
    liveFingerprint: String(started.plan?.liveFingerprint ?? ''),
    intended: started.changes.length,
    applied,
    failed,
    unknown,
    notSent,
    ...(stopping ? { stopping } : {}),
  };
}

/**
 * Unfinished journals under the audit directory, oldest first. Only the YYYY/MM layout apply
 * writes is walked, so a wrong directory (say /) is not crawled.
 */
export async function findUnfinishedRuns(directory: string, stillRunning: (started: StartedLine) => boolean = isRunningHere): Promise<UnfinishedRun[]> {
  const found: UnfinishedRun[] = [];
  for (const year of await names(directory, /^\d{4}$/)) {
    for (const month of await names(path.join(directory, year), /^\d{2}$/)) {
      const inMonth = await names(path.join(directory, year, month), /\.json(l)?$/);
      const records = new Set(inMonth.filter((n) => n.endsWith('.json')));
      for (const file of inMonth.filter((n) => n.endsWith(JOURNAL_SUFFIX))) {
        const relative = `${year}/${month}/${file}`;
        // a record beside it finished the run (its own "finished" line may not have been committed)
        if (records.has(`${file.slice(0, -JOURNAL_SUFFIX.length)}.json`)) continue;
        let text: string;
        try {
          text = await readFile(path.join(directory, year, month, file), 'utf8');
        } catch {
          continue;
        }
        const lines = parseJournal(text);
        const run = summariseUnfinished(relative, lines);
        // an apply still running here is not unfinished (the apply lock keeps two from overlapping)
        if (run && !stillRunning(lines.find((l): l is StartedLine => l.type === 'started')!)) found.push(run);
      }
    }
  }
  return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Whether the journal's process is alive on this machine (signal 0 probes without signalling). */
function isRunningHere(started: StartedLine): boolean {
  if (started.host !== hostname() || !Number.isInteger(started.pid) || started.pid === process.pid) return false;
  try {
    process.kill(started.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function names(directory: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
}

/** Closes an unfinished journal of an earlier run: appends who took over (never rewrites it). */
export async function markSuperseded(directory: string, run: UnfinishedRun, by: string): Promise<void> {
  const file = path.join(directory, run.journal);
  // a run killed mid-line left a torn last line: start a new one
  const text = await readFile(file, 'utf8');
  const handle = await open(file, 'a');
  try {
    await handle.write(
      `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${JSON.stringify({ type: 'superseded', at: new Date().toISOString(), by } satisfies JournalLine)}\n`,
    );
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
