// The History page: every apply from the audit records, newest first.
import { forHtml } from '../text/untrusted.js';
import type { HistoryEntry, ReportData } from '../use-cases/report/report-data.js';
import { externalLink, n, page, table } from './report-page.js';

/** Failures listed per apply; the rest are counted. */
const FAILURES_SHOWN = 10;

/** An apply's time, linked to its row on the History page. */
export const historyRef = (h: HistoryEntry, index: number, depth: 0 | 1) =>
  `<a href="${depth === 1 ? '../' : ''}history.html#apply-${index}">${forHtml(h.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))}</a>`;

export function prLabel(data: ReportData, h: HistoryEntry): string {
  const pr = h.pullRequest;
  if (!pr) return '';
  const label = `#${pr.number}${pr.title ? ` ${forHtml(pr.title, 120)}` : ''}`;
  return externalLink(data.repositoryUrl ? `${data.repositoryUrl}/pull/${pr.number}` : undefined, label);
}

export function renderHistory(data: ReportData): string {
  const rows = data.history.map((h, i) => {
    const failures = h.failures
      .slice(0, FAILURES_SHOWN)
      .map((f) => `${forHtml(f.action)} ${forHtml(f.userName)} on ${forHtml(f.skillName)}: ${forHtml(f.error ?? '', 200)}`);
    if (h.failures.length > FAILURES_SHOWN) failures.push(`and ${n(h.failures.length - FAILURES_SHOWN)} more`);
    return [
      `<span id="apply-${i}">${forHtml(h.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))}</span>`,
      `${externalLink(h.runUrl, forHtml(h.actor))}${h.commit ? `<br><code>${forHtml(h.commit.slice(0, 12))}</code>` : ''}`,
      `${prLabel(data, h)}${h.pullRequest?.author ? `<br>by ${forHtml(h.pullRequest.author)}` : ''}`,
      forHtml((h.pullRequest?.approvers ?? []).join(', ')),
      `<span class="num">+${n(h.counts.add)} ~${n(h.counts.update)} -${n(h.counts.remove)}</span>`,
      `${h.counts.failed > 0 ? `<span class="warn">${n(h.counts.failed)} failed</span><br>` : ''}${failures.join('<br>')}`,
      `<span class="outcome ${forHtml(h.outcome)}">${forHtml(h.outcome)}</span>`,
    ];
  });
  const skipped =
    data.historySkipped > 0
      ? `<p class="warn">${n(data.historySkipped)} audit ${data.historySkipped === 1 ? 'record' : 'records'} left out (older than the newest 500, or not a valid audit record).</p>`
      : '';
  const body = `<h1>History</h1>
<p>Applies recorded under the audit directory, newest first.</p>${skipped}
${table(['when (UTC)', 'who', 'pull request', 'approvers', 'applied', 'failures', 'outcome'], rows, 'history')}`;
  return page({ title: 'History', depth: 0, current: 'history', body, data });
}
