// The report's Overview page: the counts and what needs a manager's attention today.
import { forHtml } from '../text/untrusted.js';
import type { QueueFinding, ReportData } from '../use-cases/report/report-data.js';
import { agentLink, n, page, queueLink, table } from './report-page.js';

const findingRows = (data: ReportData, findings: QueueFinding[], withDate = false) =>
  findings.map((f) => [
    queueLink(data, f.queue, 0),
    forHtml(f.rule),
    `<span class="num">${n(f.have)}</span>`,
    `<span class="num">${n(f.need)}</span>`,
    ...(withDate ? [forHtml(f.from ?? '')] : []),
  ]);

export function renderOverview(data: ReportData): string {
  const o = data.overview;
  const cards = [
    ['queues', o.queues],
    ['agents', o.agents],
    ['assignments', o.assignments],
    ['active today', o.activeAssignments],
    ['not yet in effect', o.pendingAssignments],
  ]
    .map(([label, value]) => `<div class="card"><span class="figure" data-figure="${label}">${n(value as number)}</span><span>${label}</span></div>`)
    .join('');
  const drift = o.drift
    ? o.drift.add + o.drift.update + o.drift.remove === 0
      ? '<p class="ok" data-drift="none">Live CXone matches the files.</p>'
      : `<p class="warn" data-drift="found">Live CXone differs from the files: ${n(o.drift.add)} to add, ${n(o.drift.update)} to change, ${n(o.drift.remove)} to remove across ${n(o.drift.queues)} queues (what the next apply would write).</p>`
    : '<p class="none">Drift is shown when the report is made with <code>--live</code>.</p>';
  const max = o.maxActiveSkills;
  const body = `<h1>Overview</h1>
<section class="cards">${cards}</section>
<section id="drift"><h2>Drift</h2>${drift}</section>
<section id="below"><h2>Queues below their minimum today</h2>
${table(['queue', 'rule', 'active', 'needed'], findingRows(data, o.belowMinimum))}</section>
<section id="near"><h2>Queues near their minimum</h2>
${table(['queue', 'rule', 'active', 'needed'], findingRows(data, o.nearMinimum))}</section>
<section id="falls"><h2>Queues that fall below their minimum in the next ${n(data.days.length)} days</h2>
${table(['queue', 'rule', 'active then', 'needed', 'from'], findingRows(data, o.fallsBelow, true))}</section>
<section id="spof"><h2>Single points of failure</h2>
<p>Queues whose active agents at proficiency 1–${n(o.spofProficiency)} are one or two people.</p>
${table(
  ['queue', `agents at 1–${n(o.spofProficiency)}`],
  o.singlePointsOfFailure.map((s) => [queueLink(data, s.queue, 0), s.agents.map((a) => agentLink(data, a, 0)).join(', ')]),
)}</section>
<section id="max-skills"><h2>Agents at or over the most active skills</h2>
${
  max === undefined
    ? '<p class="none">settings.agents.maxActiveSkills is not set.</p>'
    : `<p>At most ${n(max)} active skills per agent (settings.agents.maxActiveSkills).</p>${table(
        ['agent', 'active skills'],
        o.overMaxSkills.map((a) => [agentLink(data, a.agent, 0), `<span class="num">${n(a.active)}</span>`]),
      )}`
}</section>`;
  return page({ title: 'Overview', depth: 0, current: 'overview', body, data });
}
