// Every file of the report site, as paths and contents, made one at a time as the use case
// writes them (a large tenant's site is hundreds of MiB: it is never all in memory at once).
import type { ReportData } from '../use-cases/report/report-data.js';
import { renderAgentFile } from './report-agent.js';
import { MATRIX_JS, REPORT_CSS } from './report-assets.js';
import { renderHistory } from './report-history.js';
import { renderMatrixData, renderMatrixPage } from './report-matrix.js';
import { renderOverview } from './report-overview.js';
import { AGENTS_PER_FILE } from './report-page.js';
import { renderQueuePage } from './report-queue.js';

/** Written last in the folder: says it is a report, and which entries a next report replaces. */
export const REPORT_MANIFEST = 'skillops-report.json';

export interface SiteFile {
  path: string;
  content: string;
}

/** The folders the files go in, below the site's root. */
export const REPORT_FOLDERS = ['queues', 'agents'];

export function* renderReportSite(data: ReportData): Generator<SiteFile> {
  const fixed: SiteFile[] = [
    { path: 'index.html', content: renderOverview(data) },
    { path: 'matrix.html', content: renderMatrixPage(data) },
    { path: 'matrix-data.js', content: renderMatrixData(data) },
    { path: 'matrix.js', content: MATRIX_JS },
    { path: 'history.html', content: renderHistory(data) },
    { path: 'report.css', content: REPORT_CSS },
  ];
  yield* fixed;
  for (let i = 0; i < data.queues.length; i++) yield { path: `queues/q${i}.html`, content: renderQueuePage(data, i) };
  for (let g = 0; g * AGENTS_PER_FILE < data.agents.length; g++) yield { path: `agents/g${g}.html`, content: renderAgentFile(data, g) };
  const top = [...fixed.map((f) => f.path), ...REPORT_FOLDERS, REPORT_MANIFEST];
  yield {
    path: REPORT_MANIFEST,
    content: `${JSON.stringify({ format: 'skillops-report/1', generatedAt: data.generatedAt, today: data.today, files: top }, null, 2)}\n`,
  };
}
