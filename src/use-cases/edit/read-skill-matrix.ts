// A skill matrix from a spreadsheet: the CSV `skillops export` writes (queue, skillId, agent,
// agentId, proficiency, active, from, until, file) plus an optional note column, as Excel saves
// it again: a byte-order mark, `;` between cells (locales with a decimal comma), CRLF, quoted
// cells, trailing empty rows. Parsed by csv-parse; every cell keeps its line and column.
import { parse } from 'csv-parse/sync';
import type { Problem } from '../../domain/problem.js';
import { suggest } from '../../text/suggest.js';
import { forTerminal } from '../../text/untrusted.js';

export const MATRIX_COLUMNS = ['queue', 'skillid', 'agent', 'agentid', 'proficiency', 'active', 'from', 'until', 'file', 'note'] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

export interface MatrixRow {
  /** 1-based line of the CSV the row starts on. */
  line: number;
  cells: Partial<Record<MatrixColumn, string>>;
}

export interface SkillMatrix {
  rows: MatrixRow[];
  /** The columns the header names, with their 1-based position. */
  columns: Map<MatrixColumn, number>;
  problems: Problem[];
}

/** `=`, `+`, `-`, `@` at the start of a cell were guarded with an apostrophe by export. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function readSkillMatrix(raw: string, file: string): SkillMatrix {
  const problems: Problem[] = [];
  const problem = (line: number, col: number, message: string) => problems.push({ file, line, col, severity: 'error', code: 'csv', message });
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const header = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  // Excel writes `;` where the decimal separator is a comma: the header tells which
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : header.includes('\t') && !header.includes(',') ? '\t' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; column?: number; message: string };
    problem(e.lines ?? 1, 1, `not a readable CSV: ${e.message.replace(/^[A-Za-z_ ]*: /, '')}`);
    return { rows: [], columns: new Map(), problems };
  }
  const columns = new Map<MatrixColumn, number>();
  const first = records[0];
  if (!first) {
    problem(1, 1, 'the CSV is empty: it needs a header row (queue, agent, proficiency, …)');
    return { rows: [], columns, problems };
  }
  first.record.forEach((name, i) => {
    const key = name.toLowerCase().replace(/[\s_-]/g, '');
    if (key === '') return;
    if ((MATRIX_COLUMNS as readonly string[]).includes(key)) {
      if (columns.has(key as MatrixColumn)) problem(1, i + 1, `column "${forTerminal(name, 60)}" is named twice`);
      else columns.set(key as MatrixColumn, i + 1);
      return;
    }
    const hint = suggest(key, MATRIX_COLUMNS);
    problem(1, i + 1, `unknown column "${forTerminal(name, 60)}"${hint ? ` (did you mean "${hint}"?)` : ''}; the columns are ${MATRIX_COLUMNS.join(', ')}`);
  });
  for (const [need, either] of [
    ['queue', 'skillid'],
    ['agent', 'agentid'],
    ['proficiency', undefined],
  ] as const) {
    if (!columns.has(need) && !(either && columns.has(either))) problem(1, 1, `the header has no ${need} column`);
  }
  const width = first.record.length;
  const rows: MatrixRow[] = [];
  for (const { record, info } of records.slice(1)) {
    // where the row starts: where it ends, less the line breaks inside its quoted cells
    const line = info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    // Excel's trailing rows of empty cells (`;;;;`) are no rows
    if (record.every((c) => c === '')) continue;
    record.slice(width).forEach((c, k) => {
      if (c !== '') problem(line, width + k + 1, `a cell beyond the header's ${width} columns: "${forTerminal(c, 60)}"`);
    });
    const cells: MatrixRow['cells'] = {};
    for (const [name, at] of columns) cells[name] = unguard(record[at - 1] ?? '');
    rows.push({ line, cells });
  }
  return { rows, columns, problems };
}
