// `skillops revert`: the inverse of an applied run, written into skills/ so it goes through
// review like any change. Rows the run applied get their file entry set back to the state before
// the run (an add is removed, an update or remove restored), so the next plan is exactly the
// inverse of what was applied. Rows that failed or were not attempted changed nothing in CXone:
// their entry is set back too (so merging the undo does not retry them), or left as it is with
// keepFailed. A file edited since the run is not guessed at: that row is a conflict.
// Files are edited in place by editQueueFile (as refresh does): only the reverted entries change.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rewriteQueueFile } from '../../config/queue-file-gate.js';
import type { AuditRecord } from '../../domain/audit.js';
import type { DesiredAssignment, DesiredQueue, DesiredState } from '../../domain/desired-state.js';
import { ConfigError } from '../../domain/errors.js';
import { type AgentMatch, editQueueFile, type QueueFileEdit, writtenAgentMatches } from '../../queue-file/edit-queue-file.js';

type ChangeRow = AuditRecord['changes'][number];

interface RevertItem {
  row: ChangeRow;
  /** reverted: applied in the run, now undone in the file; reset: not applied in the run, the
   * file set back so it is not retried; kept: not applied, left as it is (keepFailed);
   * conflict: left alone, needs a person. */
  status: 'reverted' | 'reset' | 'kept' | 'conflict';
  file?: string;
  detail: string;
}

interface RevertFile {
  file: string;
  before: string;
  after: string;
}

export interface RevertOutcome {
  record: { file: string; startedAt: string; outcome: AuditRecord['outcome']; commit?: string };
  items: RevertItem[];
  files: RevertFile[];
  written: boolean;
}

interface RevertInput {
  record: AuditRecord;
  recordFile: string;
  desired: DesiredState;
  cwd: string;
  keepFailed?: boolean;
  dryRun?: boolean;
}

interface EntryState {
  proficiency: number;
  isActive: boolean;
}

const stateOf = (s: unknown): EntryState => s as EntryState;
const matchOf = (row: ChangeRow): AgentMatch => ({ agentId: row.agentId, names: [row.userName] });
/** A comment written into YAML from a file name: one line, no control characters. */
const oneLine = (s: string) =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim()
    .slice(0, 160);

const same = (entry: DesiredAssignment, s: EntryState) => entry.proficiency === s.proficiency && entry.active === s.isActive;
const describe = (s: EntryState) => `proficiency ${s.proficiency}${s.isActive ? '' : ', inactive'}`;

function findQueue(desired: DesiredState, row: ChangeRow): DesiredQueue | undefined {
  return (
    desired.queues.find((q) => q.skillId === row.skillId) ??
    desired.queues.find((q) => q.skillId === undefined && q.skill.trim().toLowerCase() === row.skillName.trim().toLowerCase())
  );
}

function findEntry(queue: DesiredQueue, row: ChangeRow): DesiredAssignment | undefined {
  return queue.agents.find((a) => (a.agent.kind === 'id' ? a.agent.agentId === row.agentId : writtenAgentMatches(a.agent.userName, matchOf(row))));
}

/** Why the file no longer states what the run applied for this row, or undefined when it does. */
function conflictOf(queue: DesiredQueue, entry: DesiredAssignment | undefined, row: ChangeRow): string | undefined {
  if (row.action === 'remove') {
    // the run removed it: the file lists it no more, or lists it with an effective window that ended
    if (!entry || entry.until !== undefined) return undefined;
    return `${queue.file} lists ${row.userName} again (${describe({ proficiency: entry.proficiency, isActive: entry.active })}) since the run`;
  }
  const after = stateOf(row.after);
  if (!entry) return `${queue.file} no longer lists ${row.userName}`;
  if (!same(entry, after))
    return `${queue.file} says ${describe({ proficiency: entry.proficiency, isActive: entry.active })} for ${row.userName}, not ${describe(after)} as the run applied`;
  return undefined;
}

/** The file edit that sets a row's entry back to `to` (undefined: the entry goes). */
function editFor(row: ChangeRow, to: EntryState | undefined, listed: boolean, recordName: string): QueueFileEdit {
  if (!to) return { agent: matchOf(row), remove: true };
  const set = { proficiency: to.proficiency, active: to.isActive };
  // undoing a remove: the entry still listed has an effective window that ended, and the
  // restored assignment is in effect now (an update's entry was in effect: its window stays)
  if (listed) return row.action === 'remove' ? { agent: matchOf(row), set, unset: ['from', 'until'] } : { agent: matchOf(row), set };
  const login = row.userName.trim();
  const agent = login && !/^\d+$/.test(login) && !login.startsWith('agent ') ? login : row.agentId;
  return { add: { agent, proficiency: to.proficiency, active: to.isActive, comment: oneLine(`restored by skillops revert ${recordName}`) } };
}

export async function revertRun(input: RevertInput): Promise<RevertOutcome> {
  const { record } = input;
  const items: RevertItem[] = [];
  const editsByFile = new Map<string, QueueFileEdit[]>();
  const recordName = path.basename(input.recordFile);

  for (const row of record.changes) {
    // unknown: sent, but the run stopped before CXone answered; it may have been applied, so it is undone like one
    const applied = row.status === 'applied' || row.status === 'unknown';
    if (!applied && input.keepFailed) {
      items.push({ row, status: 'kept', detail: `${row.status} in the run; left as it is (--keep-failed), so the next apply tries it again` });
      continue;
    }
    const queue = findQueue(input.desired, row);
    if (!queue) {
      items.push({ row, status: 'conflict', detail: `no queue file in skills/ manages skill ${row.skillId} "${row.skillName}" any more` });
      continue;
    }
    const entry = findEntry(queue, row);
    const conflict = conflictOf(queue, entry, row);
    if (conflict) {
      items.push({ row, status: 'conflict', file: queue.file, detail: `${conflict}; edit it by hand` });
      continue;
    }
    if (applied && row.action === 'add' && queue.mode === 'additive') {
      items.push({
        row,
        status: 'conflict',
        file: queue.file,
        detail: `${queue.file} is additive: skillops never removes from it, so removing ${row.userName} from the file would not undo the add; remove the assignment in CXone or make the file authoritative`,
      });
      continue;
    }
    const to = row.action === 'add' ? undefined : stateOf(row.before);
    const edit = editFor(row, to, entry !== undefined, recordName);
    editsByFile.set(queue.file, [...(editsByFile.get(queue.file) ?? []), edit]);
    const what = to ? `back to ${describe(to)}` : 'removed from the file';
    items.push({
      row,
      status: applied ? 'reverted' : 'reset',
      file: queue.file,
      detail: applied
        ? row.status === 'unknown'
          ? `${what} (its outcome was unknown: the run stopped before CXone answered)`
          : what
        : `${row.status} in the run (CXone unchanged); ${what} so merging the undo does not retry it`,
    });
  }

  const files: RevertFile[] = [];
  for (const [file, edits] of editsByFile) {
    const absolute = path.resolve(input.cwd, file);
    const before = await readFile(absolute, 'utf8');
    let after: string;
    try {
      after = editQueueFile(before, edits, { file });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const p = error.problems[0];
      const why = p ? `${p.line ? `line ${p.line}: ` : ''}${p.message}` : error.message;
      for (const item of items)
        if (item.file === file && item.status !== 'conflict')
          Object.assign(item, { status: 'conflict', detail: `${file} cannot be edited in place (${why}); edit it by hand` });
      continue;
    }
    if (after !== before) files.push({ file, before, after });
  }
  if (!input.dryRun) for (const f of files) await rewriteQueueFile(path.resolve(input.cwd, f.file), f.file, f.after);

  return {
    record: { file: input.recordFile, startedAt: record.startedAt, outcome: record.outcome, ...(record.who.commit ? { commit: record.who.commit } : {}) },
    items,
    files,
    written: !input.dryRun && files.length > 0,
  };
}
