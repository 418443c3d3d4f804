// The report's stylesheet and its one script, written as files of the site (the page's
// Content-Security-Policy allows no inline style or script). The script only ever puts names into
// the page as text (textContent), never as markup.
import { AGENTS_PER_FILE } from './report-page.js';

const heat = Array.from({ length: 20 }, (_, i) => {
  // 1 (best) darkest, 20 lightest
  const light = 28 + Math.round((i / 19) * 60);
  return `.c.p${i + 1}{background:hsl(212 70% ${light}%);color:${light < 55 ? '#fff' : '#123'}}`;
}).join('\n');

export const REPORT_CSS = `:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b2330;background:#f7f8fa}
body{margin:0}
header{display:flex;gap:1.5rem;align-items:center;padding:.6rem 1.2rem;background:#1d3557;color:#fff;flex-wrap:wrap}
header a{color:#fff;text-decoration:none;padding:.2rem .5rem;border-radius:4px}
header a[aria-current]{background:#457b9d}
header nav{display:flex;gap:.5rem}
.brand{font-weight:700}
.stamp{margin-left:auto;font-size:.85rem;opacity:.85}
main{padding:1rem 1.2rem;max-width:90rem}
h1{margin:.2rem 0 .8rem;overflow-wrap:anywhere}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
.meta{color:#4a5568;overflow-wrap:anywhere}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:.7rem 1rem;min-width:8rem;display:flex;flex-direction:column}
.figure{font-size:1.6rem;font-weight:700}
table{border-collapse:collapse;background:#fff}
th,td{border:1px solid #d9dee5;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef1f5}
.num{font-variant-numeric:tabular-nums}
.none{color:#6b7280}
.ok{color:#1f7a3a}
.warn{color:#a4231b;font-weight:600}
.state.inactive,.state.expired{color:#6b7280}
.state.pending{color:#8a5a00}
.chart{max-width:48rem;width:100%;background:#fff;border:1px solid #d9dee5}
.chart .bar{fill:#457b9d}
.chart .bar.short{fill:#c0392b}
.chart .min{stroke:#c0392b;stroke-dasharray:4 3}
.chart .axis{stroke:#6b7280}
.chart .label{font-size:11px;fill:#4a5568}
.chart .min-label{font-size:12px;font-weight:700;fill:#7a1410;paint-order:stroke;stroke:#fff;stroke-width:3px}
.filters{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:.6rem}
.pager{display:flex;gap:.5rem;align-items:center;margin-bottom:.6rem;flex-wrap:wrap}
.matrix-wrap{overflow:auto;max-height:75vh;border:1px solid #d9dee5}
.matrix th.agent{writing-mode:vertical-rl;transform:rotate(180deg);max-height:12rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:500;font-size:.8rem}
.matrix th.queue{white-space:nowrap;max-width:18rem;overflow:hidden;text-overflow:ellipsis;position:sticky;left:0;background:#eef1f5}
.matrix td{padding:0;width:1.6rem;height:1.4rem;text-align:center;font-size:.75rem}
.c{display:inline-block;min-width:1.4rem;text-align:center}
${heat}
.c.s1{background-image:repeating-linear-gradient(45deg,transparent 0 3px,rgba(255,255,255,.75) 3px 6px)!important}
.c.s2{outline:2px dashed #8a5a00;outline-offset:-2px}
.c.s3{text-decoration:line-through;opacity:.45}
.legend .c{padding:0 .2rem}
.agent-page{display:none}
.agent-page:target{display:block}
main:has(.agent-page:target) .agent-index{display:none}
.agent-index ul{columns:3 18rem}
`;

/** matrix.js: filters, sorts and pages the grid from window.SKILLOPS_MATRIX. */
export const MATRIX_JS = `'use strict';
(function () {
  var M = window.SKILLOPS_MATRIX;
  var ROWS = 40, COLS = 50;
  var el = function (id) { return document.getElementById(id); };
  var view = { queuePage: 0, agentPage: 0 };
  // each agent's queues, once
  var agentQueues = M.agents.map(function () { return []; });
  M.cells.forEach(function (flat, q) { for (var i = 0; i < flat.length; i += 3) agentQueues[flat[i]].push(q); });
  var teamSelect = el('team');
  M.teams.forEach(function (t, i) { var o = document.createElement('option'); o.value = String(i); o.textContent = t; teamSelect.appendChild(o); });
  if (M.teams.length === 0) { teamSelect.disabled = true; teamSelect.title = 'teams come from CXone: make the report with --live'; }
  var lower = function (s) { return s.toLowerCase(); };
  var queueNames = M.queues.map(lower), agentNames = M.agents.map(lower);
  var byName = function (names) { return function (a, b) { return names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b; }; };

  function compute() {
    var team = teamSelect.value === '' ? -1 : Number(teamSelect.value);
    var qText = lower(el('queue').value.trim()), aText = lower(el('agent').value.trim());
    var agentFilter = team >= 0 || aText !== '';
    var agentOk = M.agents.map(function (_, a) { return (team < 0 || M.agentTeams[a] === team) && (aText === '' || agentNames[a].indexOf(aText) >= 0); });
    var queues = [];
    for (var q = 0; q < M.queues.length; q++) {
      if (qText !== '' && queueNames[q].indexOf(qText) < 0) continue;
      if (agentFilter) {
        var flat = M.cells[q], hit = false;
        for (var i = 0; i < flat.length && !hit; i += 3) hit = agentOk[flat[i]];
        if (!hit) continue;
      }
      queues.push(q);
    }
    var inQueues = new Array(M.agents.length).fill(0);
    queues.forEach(function (q) { var flat = M.cells[q]; for (var i = 0; i < flat.length; i += 3) inQueues[flat[i]]++; });
    var agents = [];
    for (var a = 0; a < M.agents.length; a++) if (agentOk[a] && inQueues[a] > 0) agents.push(a);
    var sq = el('sort-queues').value, sa = el('sort-agents').value;
    var qn = byName(queueNames);
    if (sq === 'active') queues.sort(function (x, y) { return M.queueActive[x] - M.queueActive[y] || qn(x, y); });
    else if (sq === 'agents') queues.sort(function (x, y) { return M.cells[y].length - M.cells[x].length || qn(x, y); });
    else queues.sort(qn);
    var an = byName(agentNames);
    if (sa === 'queues') agents.sort(function (x, y) { return inQueues[y] - inQueues[x] || an(x, y); });
    else agents.sort(an);
    return { queues: queues, agents: agents };
  }

  function draw() {
    var v = compute();
    var qPages = Math.max(1, Math.ceil(v.queues.length / ROWS)), aPages = Math.max(1, Math.ceil(v.agents.length / COLS));
    view.queuePage = Math.min(view.queuePage, qPages - 1);
    view.agentPage = Math.min(view.agentPage, aPages - 1);
    var qs = v.queues.slice(view.queuePage * ROWS, view.queuePage * ROWS + ROWS);
    var as = v.agents.slice(view.agentPage * COLS, view.agentPage * COLS + COLS);
    var column = new Map(as.map(function (a, i) { return [a, i]; }));
    var table = el('matrix');
    table.textContent = '';
    var head = table.createTHead().insertRow();
    var corner = document.createElement('th'); corner.textContent = 'queue \\\\ agent'; head.appendChild(corner);
    as.forEach(function (a) {
      var th = document.createElement('th'); th.className = 'agent'; th.dataset.agent = String(a);
      th.dataset.team = M.agentTeams[a] >= 0 ? M.teams[M.agentTeams[a]] : '';
      var link = document.createElement('a'); link.href = 'agents/g' + Math.floor(a / ${AGENTS_PER_FILE}) + '.html#a' + a; link.textContent = M.agents[a];
      link.title = M.agents[a] + (M.agentTeams[a] >= 0 ? ' (' + M.teams[M.agentTeams[a]] + ')' : '') + (M.agentInactive[a] ? ', disabled in CXone' : '');
      th.appendChild(link); head.appendChild(th);
    });
    var body = table.createTBody();
    qs.forEach(function (q) {
      var row = body.insertRow();
      var th = document.createElement('th'); th.className = 'queue'; th.dataset.queue = String(q);
      var link = document.createElement('a'); link.href = 'queues/q' + q + '.html'; link.textContent = M.queues[q];
      link.title = M.queues[q] + ': ' + M.queueActive[q] + ' active today';
      th.appendChild(link); row.appendChild(th);
      var cells = as.map(function () { return row.insertCell(); });
      var flat = M.cells[q];
      for (var i = 0; i < flat.length; i += 3) {
        var c = column.get(flat[i]);
        if (c === undefined) continue;
        var span = document.createElement('span');
        span.className = 'c p' + Math.min(20, Math.max(1, flat[i + 1])) + ' s' + flat[i + 2];
        span.textContent = String(flat[i + 1]);
        span.title = M.agents[flat[i]] + ' on ' + M.queues[q] + ': proficiency ' + flat[i + 1] + ['', ', disabled', ', not yet in effect', ', ended'][flat[i + 2]];
        cells[c].appendChild(span);
      }
    });
    var range = function (page, size, total) { return total === 0 ? '0' : (page * size + 1).toLocaleString('en-US') + '–' + Math.min(total, page * size + size).toLocaleString('en-US'); };
    el('status').textContent = 'queues ' + range(view.queuePage, ROWS, v.queues.length) + ' of ' + v.queues.length.toLocaleString('en-US') +
      ', agents ' + range(view.agentPage, COLS, v.agents.length) + ' of ' + v.agents.length.toLocaleString('en-US');
    el('queues-prev').disabled = view.queuePage === 0; el('queues-next').disabled = view.queuePage >= qPages - 1;
    el('agents-prev').disabled = view.agentPage === 0; el('agents-next').disabled = view.agentPage >= aPages - 1;
  }

  var again = function () { view.queuePage = 0; view.agentPage = 0; draw(); };
  ['team', 'sort-queues', 'sort-agents'].forEach(function (id) { el(id).addEventListener('change', again); });
  ['queue', 'agent'].forEach(function (id) { el(id).addEventListener('input', again); });
  el('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  el('queues-prev').addEventListener('click', function () { view.queuePage--; draw(); });
  el('queues-next').addEventListener('click', function () { view.queuePage++; draw(); });
  el('agents-prev').addEventListener('click', function () { view.agentPage--; draw(); });
  el('agents-next').addEventListener('click', function () { view.agentPage++; draw(); });
  draw();
})();
`;
