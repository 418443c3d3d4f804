// The Matrix page: queues × agents coloured by proficiency. At 2,000 queues × 20,000 agents a
// full grid is 40 million cells, so the page shows one page of it at a time (40 queues × 50
// agents), after the filters (team, queue name, agent name) and the chosen sort; the data is one
// compact script file of the site's own (matrix-data.js), drawn by matrix.js.
import { forScriptJson, forTextNode } from '../text/untrusted.js';
import type { EntryState, ReportData } from '../use-cases/report/report-data.js';
import { page } from './report-page.js';

const STATE_CODE: Record<EntryState, number> = { active: 0, inactive: 1, pending: 2, expired: 3 };

/** The data matrix.js draws: names once, cells as flat [agent, proficiency, state] triples. */
export function renderMatrixData(data: ReportData): string {
  const teams = [...new Set(data.agents.flatMap((a) => (a.team === undefined ? [] : [a.team])))].sort((x, y) => x.localeCompare(y));
  const teamIndex = new Map(teams.map((t, i) => [t, i]));
  const cells = data.queues.map((q) => {
    const flat: number[] = [];
    for (const e of q.entries) flat.push(e.agent, e.proficiency, STATE_CODE[e.state]);
    return flat;
  });
  const payload = {
    today: data.today,
    // matrix.js sets names as text: controls and overrides are shown escaped here
    queues: data.queues.map((q) => forTextNode(q.skill)),
    queueActive: data.queues.map((q) => q.activeToday),
    agents: data.agents.map((a) => forTextNode(a.name)),
    agentTeams: data.agents.map((a) => (a.team === undefined ? -1 : teamIndex.get(a.team)!)),
    agentInactive: data.agents.map((a) => (a.inactive ? 1 : 0)),
    teams: teams.map((t) => forTextNode(t)),
    cells,
  };
  return `window.SKILLOPS_MATRIX = ${forScriptJson(payload)};\n`;
}

export function renderMatrixPage(data: ReportData): string {
  const body = `<h1>Matrix</h1>
<p>Queues down, agents across, each cell an agent's proficiency on the queue (1 is the best, darker). Disabled entries are hatched, entries not yet in effect dashed, ended ones struck through.
Large tenants are shown a page at a time: filter by team, queue or agent, sort, then page through queues and agents.</p>
<form id="filters" class="filters">
<label>Team <select id="team" name="team"><option value="">all teams</option></select></label>
<label>Queue <input id="queue" name="queue" type="search" placeholder="name contains"></label>
<label>Agent <input id="agent" name="agent" type="search" placeholder="name contains"></label>
<label>Queues by <select id="sort-queues" name="sort-queues"><option value="name">name</option><option value="active">fewest active first</option><option value="agents">most agents first</option></select></label>
<label>Agents by <select id="sort-agents" name="sort-agents"><option value="name">name</option><option value="queues">most queues first</option></select></label>
</form>
<div class="pager"><button type="button" id="queues-prev">◀ queues</button><button type="button" id="queues-next">queues ▶</button>
<button type="button" id="agents-prev">◀ agents</button><button type="button" id="agents-next">agents ▶</button>
<span id="status" role="status"></span></div>
<noscript><p class="warn">The matrix is drawn by a script of this site; the queue and agent pages work without it.</p></noscript>
<div class="matrix-wrap"><table id="matrix" class="matrix"></table></div>
<p class="legend"><span class="c p1">1</span> best … <span class="c p20">20</span> · <span class="c p3 s1">3</span> disabled · <span class="c p3 s2">3</span> not yet in effect · <span class="c p3 s3">3</span> ended</p>`;
  return page({ title: 'Matrix', depth: 0, current: 'matrix', body, scripts: ['matrix-data.js', 'matrix.js'], data });
}
