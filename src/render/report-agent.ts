// One agent's page: every queue the files give them, and their past and upcoming changes.
import { forHtml } from '../text/untrusted.js';
import type { ReportData } from '../use-cases/report/report-data.js';
import { historyRef, prLabel } from './report-history.js';
import { n, page, queueLink, STATE_LABEL, table } from './report-page.js';
import { RECENT_APPLIES } from './report-queue.js';

export function renderAgentPage(data: ReportData, index: number): string {
  const a = data.agents[index]!;
  const entries = a.entries.map(([qi, ei]) => ({ qi, e: data.queues[qi]!.entries[ei]! }));
  const rows = entries.map(({ qi, e }) => [
    queueLink(data, qi, 1),
    String(e.proficiency),
    e.state === 'active' ? 'active' : `<span class="state ${e.state}">${STATE_LABEL[e.state]}</span>`,
    forHtml(e.from ?? ''),
    forHtml(e.until ?? ''),
  ]);
  // dated changes: a start or an end, before today (past) or from today on (upcoming)
  const dated: { day: string; what: string; qi: number }[] = [];
  for (const { qi, e } of entries) {
    if (e.from !== undefined) dated.push({ day: e.from, what: `starts at proficiency ${n(e.proficiency)}`, qi });
    if (e.until !== undefined) dated.push({ day: e.until, what: 'last day', qi });
  }
  dated.sort((x, y) => x.day.localeCompare(y.day));
  const datedRows = (list: typeof dated) => list.map((d) => [forHtml(d.day), queueLink(data, d.qi, 1), d.what]);
  const applied = a.applies.slice(0, RECENT_APPLIES).map((hi) => {
    const h = data.history[hi]!;
    const mine = h.changes.filter((c) => (a.agentId !== undefined && c.agentId === a.agentId) || c.userName.toLowerCase() === a.name.toLowerCase());
    return [historyRef(h, hi, 1), prLabel(data, h), mine.map((c) => `${forHtml(c.action)} ${forHtml(c.skillName)} (${forHtml(c.status)})`).join('<br>')];
  });
  const about = [
    a.fullName ? forHtml(a.fullName) : '',
    a.agentId !== undefined ? `agentId ${a.agentId}` : '',
    a.team ? `team ${forHtml(a.team)}` : '',
    a.inactive ? '<span class="warn">disabled in CXone</span>' : '',
    `${n(a.activeSkills)} active skills today`,
  ].filter(Boolean);
  const body = `<h1>${forHtml(a.name)}</h1>
<p class="meta">${about.join(' · ')}</p>
<section><h2>Queues (${n(entries.length)})</h2>${table(['queue', 'proficiency', 'state', 'from', 'until'], rows, 'entries')}</section>
<section><h2>Upcoming changes</h2>${table(['day', 'queue', 'change'], datedRows(dated.filter((d) => d.day >= data.today)))}</section>
<section><h2>Past dated changes</h2>${table(['day', 'queue', 'change'], datedRows(dated.filter((d) => d.day < data.today)))}</section>
<section><h2>Applies that changed this agent</h2>${table(['when', 'pull request', 'changes'], applied)}</section>`;
  return page({ title: a.name, depth: 1, body, data });
}
