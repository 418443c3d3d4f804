// One queue's page: who serves it at what proficiency and from when, where each entry is
// written, the coverage over the period, and the applies that changed it.
import { forHtml } from '../text/untrusted.js';
import type { ReportData } from '../use-cases/report/report-data.js';
import { coverageChart } from './report-chart.js';
import { historyRef, prLabel } from './report-history.js';
import { agentLink, externalLink, n, page, STATE_LABEL, table } from './report-page.js';

/** Recent applies shown on a queue or agent page. */
export const RECENT_APPLIES = 20;

export function renderQueuePage(data: ReportData, index: number): string {
  const q = data.queues[index]!;
  const file = forHtml(q.file);
  const source = (line: number) => (q.fileUrl ? externalLink(`${q.fileUrl}#L${line}`, `${file}:${line}`) : `${file}:${line}`);
  const rules = [
    `mode ${forHtml(q.mode)}`,
    `minimum ${n(q.minActiveAgents)} active`,
    ...q.staffing.map((s) => `at least ${n(s.minAgents)} at proficiency 1–${n(s.maxProficiency)}`),
    ...q.teams.map((t) => `at least ${n(t.minAgents)} of team ${forHtml(t.team)}`),
  ];
  const rows = q.entries.map((e) => {
    const agent = data.agents[e.agent]!;
    return [
      agentLink(data, e.agent, 1),
      agent.team ? forHtml(agent.team) : '',
      String(e.proficiency),
      e.state === 'active' && !agent.inactive
        ? 'active'
        : `<span class="state ${e.state}">${STATE_LABEL[e.state]}${agent.inactive ? ' (agent disabled in CXone)' : ''}</span>`,
      forHtml(e.from ?? ''),
      forHtml(e.until ?? ''),
      source(e.line),
    ];
  });
  const applies = q.applies.slice(0, RECENT_APPLIES).map((hi) => {
    const h = data.history[hi]!;
    const mine = h.changes.filter((c) => (q.skillId !== undefined && c.skillId === q.skillId) || c.skillName.toLowerCase() === q.skill.toLowerCase());
    return [historyRef(h, hi, 1), forHtml(h.actor), prLabel(data, h), `<span class="num">${n(mine.length)}</span>`, forHtml(h.outcome)];
  });
  const body = `<h1>${forHtml(q.skill)}</h1>
<p class="meta">${q.skillId !== undefined ? `skillId ${q.skillId} · ` : ''}${externalLink(q.fileUrl, forHtml(q.file))} · ${rules.join(' · ')}${
    q.drift !== undefined
      ? ` · ${q.drift === 0 ? 'matches live CXone' : `<span class="warn">${n(q.drift)} ${q.drift === 1 ? 'difference' : 'differences'} from live CXone</span>`}`
      : ''
  }</p>
<section><h2>Active agents per day, next ${n(data.days.length)} days</h2>
<p>Today ${n(q.activeToday)} active; dated entries start and end as their <code>from</code> and <code>until</code> say.</p>
${coverageChart(data.days, q.coverage, q.minActiveAgents)}</section>
<section><h2>Agents (${n(q.entries.length)})</h2>
${table(['agent', 'team', 'proficiency', 'state', 'from', 'until', 'written at'], rows, 'entries')}</section>
<section><h2>Recent applies that changed this queue</h2>
${table(['when', 'who', 'pull request', 'changes here', 'outcome'], applies)}</section>`;
  return page({ title: q.skill, depth: 1, body, data });
}
