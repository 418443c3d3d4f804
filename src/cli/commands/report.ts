// `skillops report --out DIR [--live] [--days N]`: write the skill-matrix site and say where.
import type { Io } from '../../domain/io.js';
import { reportSummary } from '../../render/report-summary.js';
import { shownPath } from '../../text/shown-path.js';
import { makeReport, type ReportOptions } from '../../use-cases/report/make-report.js';

export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  const result = await makeReport(options, io);
  io.out(reportSummary(result, shownPath(result.outDir, io.cwd)));
  return 0;
}
