// `skillops export`: the assignments as CSV or JSON, on stdout or into --out.
import type { Io } from '../../domain/io.js';
import { type ExportOptions, exportTo } from '../../use-cases/export/export-assignments.js';

export async function exportCommand(options: ExportOptions & { format: 'csv' | 'json'; out?: string }, io: Io): Promise<number> {
  const { rows, text } = await exportTo(options, io);
  if (text !== undefined) io.out(text);
  else io.err(`wrote ${rows} assignments to ${options.out}\n`);
  return 0;
}
