// What `skillops report` prints when the site is written.
import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';
import type { ReportResult } from '../use-cases/report/make-report.js';

export function reportSummary(result: ReportResult, shownDir: string): string {
  const o = result.data.overview;
  const mib = (result.bytes / 1024 / 1024).toFixed(1);
  return [
    `Wrote the report to ${forTerminal(shownDir)}/index.html (${plural(result.files, 'file')}, ${mib} MiB).`,
    `${plural(o.queues, 'queue')}, ${plural(o.agents, 'agent')}, ${plural(o.assignments, 'assignment')}; ${o.belowMinimum.length} below their minimum today, ${plural(o.singlePointsOfFailure.length, 'single point')} of failure.`,
    '',
  ].join('\n');
}
