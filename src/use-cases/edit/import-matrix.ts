// `skillops import --csv FILE`: a skill matrix from the workforce-management spreadsheet applied
// to the queue files in place. merge adds and updates the rows' entries; replace also deletes the
// entries of each queue the CSV names that the CSV does not list. Every problem is reported with
// the CSV's line and column, and nothing is written when there is any.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DesiredQueue } from '../../domain/desired-state.js';
import { ConfigError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import type { Problem } from '../../domain/problem.js';
import { shownPath } from '../../text/shown-path.js';
import { forTerminal } from '../../text/untrusted.js';
import { isDay } from './dates.js';
import type { EditOutcome, EntryOp, NamedAgent } from './edit-types.js';
import { type EditOptions, nameAgent, openWorkspace, queueNamed, type Workspace } from './edit-workspace.js';
import { finishEdit } from './finish-edit.js';
import { type MatrixColumn, type MatrixRow, readSkillMatrix, type SkillMatrix } from './read-skill-matrix.js';

export interface ImportCsvOptions extends EditOptions {
  csv: string;
  mode?: 'merge' | 'replace';
}

const BOOLEAN: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
  wahr: true,
  falsch: false,
  vrai: true,
  faux: false,
};

export async function importSkillMatrix(o: ImportCsvOptions, io: Io): Promise<EditOutcome> {
  const mode = o.mode ?? 'merge';
  if (mode !== 'merge' && mode !== 'replace') throw new UsageError(`--mode must be merge or replace, not "${forTerminal(String(mode), 40)}"`);
  const absolute = path.resolve(io.cwd, o.csv);
  const shown = shownPath(absolute, io.cwd);
  let raw: string;
  try {
    raw = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const matrix = readSkillMatrix(raw, shown);
  if (matrix.problems.length > 0) throw new ConfigError(matrix.problems, `${shown} has problems; nothing was written`);
  const ws = await openWorkspace(o, io);
  const { ops, problems } = matrixOps(ws, matrix, shown, mode);
  if (problems.length > 0) throw new ConfigError(problems, `${shown} has ${problems.length} problem(s); nothing was written`);
  return finishEdit(ws, ops, `import --csv (${mode})`, o, io);
}

interface RowAgent {
  agent: NamedAgent;
  /** Who the row means: the agent id (live) or the name as written (offline), for duplicates and replace. */
  key: string;
  /** Other keys the row answers for in replace (offline: the agentId beside the name). */
  also?: string;
}

/** The entry operations a matrix asks for, or every problem it has (with the CSV's line and column). */
export function matrixOps(ws: Workspace, matrix: SkillMatrix, file: string, mode: 'merge' | 'replace'): { ops: EntryOp[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const col = (name: MatrixColumn) => matrix.columns.get(name) ?? 1;
  const problem = (row: MatrixRow, column: MatrixColumn, message: string) =>
    problems.push({ file, line: row.line, col: col(column), severity: 'error', code: 'csv', message: `${column}: ${message}` });
  const queues = new Map<string, ReturnType<typeof queueNamed> | undefined>();
  const scale = ws.loaded.settings.proficiencyScale;
  const seen = new Map<string, number>();
  const ops: EntryOp[] = [];
  const named = new Map<DesiredQueue, Set<string>>();
  const has = (c: MatrixColumn) => matrix.columns.has(c);

  for (const row of matrix.rows) {
    const c = row.cells;
    const before = problems.length;
    // the queue: by name, else by skillId
    const queueText = c.queue || c.skillid || '';
    const queueColumn: MatrixColumn = c.queue ? 'queue' : 'skillid';
    if (!queues.has(queueText)) queues.set(queueText, queueText ? queueNamed(ws, queueText) : undefined);
    const found = queues.get(queueText);
    const queue = found && 'queue' in found ? found.queue : undefined;
    if (!queueText) problem(row, queueColumn, 'empty: name the queue');
    else if (found && 'error' in found) problem(row, queueColumn, found.error);
    else if (queue && c.queue && c.skillid && queue.skillId !== undefined && c.skillid !== String(queue.skillId)) {
      problem(row, 'skillid', `${forTerminal(c.skillid, 40)} is not the skillId of ${forTerminal(queue.skill, 200)} (${queue.skillId})`);
    }
    const agent = rowAgent(ws, row, problem);
    const values = rowValues(row, queue, scale, problem);
    if (problems.length > before || !queue || !agent || !values) continue;
    const key = `${queue.file}\u0000${agent.key}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(
        row,
        c.agent ? 'agent' : 'agentid',
        `${forTerminal(agent.agent.typed, 200)} is listed for ${forTerminal(queue.skill, 200)} twice (first on line ${first})`,
      );
      continue;
    }
    seen.set(key, row.line);
    const unset = (['from', 'until', 'note'] as const).filter((k) => has(k) && c[k] === '');
    ops.push({ kind: 'upsert', queue, agent: agent.agent, set: values, ...(unset.length > 0 ? { unset } : {}) });
    const keys = named.get(queue) ?? new Set<string>();
    keys.add(agent.key);
    if (agent.also) keys.add(agent.also);
    named.set(queue, keys);
  }
  if (mode === 'replace' && problems.length === 0) ops.push(...replaceOps(ws, named));
  return { ops, problems };
}

type Report = (row: MatrixRow, column: MatrixColumn, message: string) => void;

function rowAgent(ws: Workspace, row: MatrixRow, problem: Report): RowAgent | undefined {
  const { agent: written = '', agentid: id = '' } = row.cells;
  if (id !== '' && !/^\d+$/.test(id)) {
    problem(row, 'agentid', `"${forTerminal(id, 40)}" is not a number`);
    return undefined;
  }
  const typed = written || id;
  if (!typed) {
    problem(row, 'agent', 'empty: name the agent (user name, e-mail or agentId)');
    return undefined;
  }
  const found = nameAgent(ws, typed);
  if ('error' in found) {
    problem(row, written ? 'agent' : 'agentid', found.error);
    return undefined;
  }
  if (ws.directory) {
    if (id !== '' && Number(id) !== found.match.agentId)
      problem(row, 'agentid', `${forTerminal(written, 200)} is agentId ${found.match.agentId} in CXone, not ${id}`);
    return { agent: found, key: `id:${found.match.agentId}` };
  }
  // offline: an agentId beside the name also matches an entry written by id
  const agent: NamedAgent = id !== '' && written ? { ...found, match: { agentId: Number(id), names: found.match.names ?? [] } } : found;
  return { agent, key: `as:${typed.toLowerCase()}`, ...(id !== '' && written ? { also: `as:${id}` } : {}) };
}

function rowValues(row: MatrixRow, queue: DesiredQueue | undefined, scale: { min: number; max: number }, problem: Report) {
  const c = row.cells;
  const p = c.proficiency ?? '';
  const proficiency = Number(p);
  let ok = true;
  const bad = (column: MatrixColumn, message: string) => {
    problem(row, column, message);
    ok = false;
  };
  if (!/^\d+$/.test(p)) bad('proficiency', p === '' ? 'empty: give a whole number' : `"${forTerminal(p, 40)}" is not a whole number`);
  else if (proficiency < scale.min || proficiency > scale.max) bad('proficiency', `${proficiency} is outside the tenant scale ${scale.min}–${scale.max}`);
  else if (queue && (proficiency < queue.proficiency.min || proficiency > queue.proficiency.max))
    bad('proficiency', `${proficiency} is outside ${forTerminal(queue.skill, 200)}'s allowed ${queue.proficiency.min}–${queue.proficiency.max}`);
  const activeText = (c.active ?? '').toLowerCase();
  const active = activeText === '' ? true : BOOLEAN[activeText];
  if (active === undefined) bad('active', `"${forTerminal(c.active ?? '', 40)}" is not true or false`);
  for (const k of ['from', 'until'] as const) {
    const d = c[k] ?? '';
    if (d !== '' && !isDay(d)) bad(k, `"${forTerminal(d, 40)}" is not a day written YYYY-MM-DD (format the column as text in the spreadsheet)`);
  }
  if (ok && c.from && c.until && c.from > c.until) bad('until', `${c.until} is before from ${c.from}`);
  if ((c.note ?? '').length > 500) bad('note', 'longer than 500 characters');
  if (!ok) return undefined;
  return {
    proficiency,
    active: active!,
    ...(c.from ? { from: c.from } : {}),
    ...(c.until ? { until: c.until } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}

/** replace: each queue the CSV names keeps only the agents it lists. */
function replaceOps(ws: Workspace, named: Map<DesiredQueue, Set<string>>): EntryOp[] {
  const ops: EntryOp[] = [];
  for (const [queue, keys] of named) {
    for (const e of queue.agents) {
      if (keys.has(entryKey(ws, e.written))) continue;
      const w = e.written.trim();
      const match = /^\d+$/.test(w) ? { agentId: Number(w) } : { agentId: -1, names: [w] };
      ops.push({ kind: 'remove', queue, agent: { typed: w, match, written: w } });
    }
  }
  return ops;
}

/** The key a file's entry has among the rows' keys: the agent id live, the written name offline. */
function entryKey(ws: Workspace, written: string): string {
  const w = written.trim();
  const found = ws.directory ? nameAgent(ws, w) : undefined;
  return found && !('error' in found) ? `id:${found.match.agentId}` : `as:${w.toLowerCase()}`;
}
