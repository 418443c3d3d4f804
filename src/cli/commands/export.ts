// `skillops export`: the assignments as CSV or JSON, on stdout or into --out.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toCsv, toExportJson } from '../../config/export-rows.js';
import type { Io } from '../../domain/io.js';
import { type ExportOptions, exportAssignments } from '../../use-cases/export/export-assignments.js';

export async function exportCommand(options: ExportOptions & { format: 'csv' | 'json'; out?: string }, io: Io): Promise<number> {
  const rows = await exportAssignments(options, io);
  const text = options.format === 'json' ? toExportJson(rows) : toCsv(rows, options.out ? 'file' : 'terminal');
  if (options.out) {
    await writeFile(path.resolve(io.cwd, options.out), text, 'utf8');
    io.err(`wrote ${rows.length} assignments to ${options.out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}
