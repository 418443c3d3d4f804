// The agent pages: every queue the files give an agent, and their past and upcoming changes.
// Agents come AGENTS_PER_FILE to a file (agents/g0.html#a12): a 20,000-agent tenant is 200 files
// instead of 20,000, which is most of the time a large report takes to write. The stylesheet
// shows only the agent the address names (:target), and the list of the file's agents without one.
import { forHtml } from '../text/untrusted.js';
import type { ReportData } from '../use-cases/report/report-data.js';
import { historyRef, prLabel } from './report-history.js';
import { AGENTS_PER_FILE, agentLink, n, page, queueLink, STATE_LABEL, table } from './report-page.js';
import { RECENT_APPLIES } from './report-queue.js';

function agentSection(data: ReportData, index: number): string {
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
  return `<article class="agent-page" id="a${index}"><h1>${forHtml(a.name)}</h1>
<p class="meta">${about.join(' · ')}</p>
<section><h2>Queues (${n(entries.length)})</h2>${table(['queue', 'proficiency', 'state', 'from', 'until'], rows, 'entries')}</section>
<section><h2>Upcoming changes</h2>${table(['day', 'queue', 'change'], datedRows(dated.filter((d) => d.day >= data.today)))}</section>
<section><h2>Past dated changes</h2>${table(['day', 'queue', 'change'], datedRows(dated.filter((d) => d.day < data.today)))}</section>
<section><h2>Applies that changed this agent</h2>${table(['when', 'pull request', 'changes'], applied)}</section></article>`;
}

/** The file of agent group `group`: an index of its agents, then one article per agent. */
export function renderAgentFile(data: ReportData, group: number): string {
  const first = group * AGENTS_PER_FILE;
  const last = Math.min(data.agents.length, first + AGENTS_PER_FILE) - 1;
  const members = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const index = `<nav class="agent-index"><h1>Agents ${n(first + 1)}–${n(last + 1)} of ${n(data.agents.length)}</h1><ul>${members
    .map((i) => `<li>${agentLink(data, i, 1)}</li>`)
    .join('')}</ul></nav>`;
  const body = `${index}\n${members.map((i) => agentSection(data, i)).join('\n')}`;
  return page({ title: `Agents ${n(first + 1)}–${n(last + 1)}`, depth: 1, body, data });
}
