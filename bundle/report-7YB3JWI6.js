import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  readAuditRecord
} from "./chunk-7T4WKAEH.js";
import {
  shownPath
} from "./chunk-UI2O7OKX.js";
import "./chunk-RB62M4TY.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import "./chunk-UF3C6VWZ.js";
import {
  addDays,
  resolveNow,
  tenantDate
} from "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import {
  agentDirectory
} from "./chunk-BSGB53MD.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import {
  loadValidConfig
} from "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  agentRefKey,
  forHtml,
  forHtmlHref,
  forScriptJson,
  forTerminal,
  forTextNode
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/report-summary.ts
function reportSummary(result, shownDir) {
  const o = result.data.overview;
  const mib = (result.bytes / 1024 / 1024).toFixed(1);
  return [
    `Wrote the report to ${forTerminal(shownDir)}/index.html (${plural(result.files, "file")}, ${mib} MiB).`,
    `${plural(o.queues, "queue")}, ${plural(o.agents, "agent")}, ${plural(o.assignments, "assignment")}; ${o.belowMinimum.length} below their minimum today, ${plural(o.singlePointsOfFailure.length, "single point")} of failure.`,
    ""
  ].join("\n");
}

// src/use-cases/report/make-report.ts
import { mkdir, readdir as readdir2, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/render/report-page.ts
var csp = (scripts) => [
  "default-src 'none'",
  scripts ? "script-src 'self'" : "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
function page(spec) {
  const up = spec.depth === 1 ? "../" : "";
  const nav = [
    ["overview", "index.html", "Overview"],
    ["matrix", "matrix.html", "Matrix"],
    ["history", "history.html", "History"]
  ].map(([key, href, label]) => `<a href="${up}${href}"${spec.current === key ? ' aria-current="page"' : ""}>${label}</a>`).join("");
  const scripts = (spec.scripts ?? []).map((s) => `<script src="${up}${s}" defer></script>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(scripts !== "")}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${forHtml(spec.title)} · skillops report</title>
<link rel="stylesheet" href="${up}report.css">
${scripts}
</head>
<body>
<header><span class="brand">skillops report</span><nav>${nav}</nav><span class="stamp">${stamp(spec.data)}</span></header>
<main>
${spec.body}
</main>
</body>
</html>
`;
}
function stamp(data) {
  return `as of ${forHtml(data.today)} (${forHtml(data.timeZone)})${data.live ? ", with live CXone" : ", from the repository"}`;
}
var n = (value) => value > -1e3 && value < 1e3 ? String(value) : value.toLocaleString("en-US");
var escapedNames = /* @__PURE__ */ new WeakMap();
function names(data) {
  let found = escapedNames.get(data);
  if (!found) {
    found = { queues: data.queues.map((q) => forHtml(q.skill)), agents: data.agents.map((a) => forHtml(a.name)) };
    escapedNames.set(data, found);
  }
  return found;
}
var queueHref = (index, depth) => `${depth === 1 ? "../" : ""}queues/q${index}.html`;
var AGENTS_PER_FILE = 100;
var agentHref = (index, depth) => `${depth === 1 ? "../" : ""}agents/g${Math.floor(index / AGENTS_PER_FILE)}.html#a${index}`;
function queueLink(data, index, depth) {
  return `<a href="${queueHref(index, depth)}">${names(data).queues[index]}</a>`;
}
function agentLink(data, index, depth) {
  return `<a href="${agentHref(index, depth)}">${names(data).agents[index]}</a>`;
}
function externalLink(url, text) {
  const href = url === void 0 ? void 0 : forHtmlHref(url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${text}</a>` : text;
}
function table(head, rows, className = "") {
  if (rows.length === 0) return '<p class="none">None.</p>';
  let body = "";
  for (const r of rows) body += `<tr><td>${r.join("</td><td>")}</td></tr>
`;
  return `<table${className ? ` class="${className}"` : ""}><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body}</tbody></table>`;
}
var STATE_LABEL = { active: "active", inactive: "disabled", pending: "not yet", expired: "ended" };

// src/render/report-history.ts
var FAILURES_SHOWN = 10;
var historyRef = (h, index, depth) => `<a href="${depth === 1 ? "../" : ""}history.html#apply-${index}">${forHtml(h.startedAt.replace("T", " ").replace(/\.\d+Z$/, "Z"))}</a>`;
function prLabel(data, h) {
  const pr = h.pullRequest;
  if (!pr) return "";
  const label = `#${pr.number}${pr.title ? ` ${forHtml(pr.title, 120)}` : ""}`;
  return externalLink(data.repositoryUrl ? `${data.repositoryUrl}/pull/${pr.number}` : void 0, label);
}
function renderHistory(data) {
  const rows = data.history.map((h, i) => {
    const failures = h.failures.slice(0, FAILURES_SHOWN).map((f) => `${forHtml(f.action)} ${forHtml(f.userName)} on ${forHtml(f.skillName)}: ${forHtml(f.error ?? "", 200)}`);
    if (h.failures.length > FAILURES_SHOWN) failures.push(`and ${n(h.failures.length - FAILURES_SHOWN)} more`);
    return [
      `<span id="apply-${i}">${forHtml(h.startedAt.replace("T", " ").replace(/\.\d+Z$/, "Z"))}</span>`,
      `${externalLink(h.runUrl, forHtml(h.actor))}${h.commit ? `<br><code>${forHtml(h.commit.slice(0, 12))}</code>` : ""}`,
      `${prLabel(data, h)}${h.pullRequest?.author ? `<br>by ${forHtml(h.pullRequest.author)}` : ""}`,
      forHtml((h.pullRequest?.approvers ?? []).join(", ")),
      `<span class="num">+${n(h.counts.add)} ~${n(h.counts.update)} -${n(h.counts.remove)}</span>`,
      `${h.counts.failed > 0 ? `<span class="warn">${n(h.counts.failed)} failed</span><br>` : ""}${failures.join("<br>")}`,
      `<span class="outcome ${forHtml(h.outcome)}">${forHtml(h.outcome)}</span>`
    ];
  });
  const skipped = data.historySkipped > 0 ? `<p class="warn">${n(data.historySkipped)} audit ${data.historySkipped === 1 ? "record" : "records"} left out (older than the newest 500, or not a valid audit record).</p>` : "";
  const body = `<h1>History</h1>
<p>Applies recorded under the audit directory, newest first.</p>${skipped}
${table(["when (UTC)", "who", "pull request", "approvers", "applied", "failures", "outcome"], rows, "history")}`;
  return page({ title: "History", depth: 0, current: "history", body, data });
}

// src/render/report-chart.ts
var W = 720;
var H = 180;
var PAD = { left: 36, right: 12, top: 12, bottom: 28 };
function coverageChart(days, counts, minimum) {
  const top = Math.max(1, minimum, ...counts);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / Math.max(1, days.length);
  const y = (v) => PAD.top + plotH - v / top * plotH;
  const bars = counts.map((c, i) => {
    const short = c < minimum;
    return `<rect class="${short ? "bar short" : "bar"}" x="${(PAD.left + i * barW + 1).toFixed(1)}" y="${y(c).toFixed(1)}" width="${Math.max(1, barW - 2).toFixed(1)}" height="${(PAD.top + plotH - y(c)).toFixed(1)}"><title>${forHtml(days[i])}: ${c} active</title></rect>`;
  }).join("");
  const minLine = minimum > 0 ? `<line class="min" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(minimum).toFixed(1)}" y2="${y(minimum).toFixed(1)}"/><text class="min-label" x="${W - PAD.right}" y="${(y(minimum) - 3).toFixed(1)}" text-anchor="end">minimum ${minimum}</text>` : "";
  const axis = `<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}"/>
<text class="label" x="${PAD.left - 4}" y="${PAD.top + 8}" text-anchor="end">${top}</text><text class="label" x="${PAD.left - 4}" y="${PAD.top + plotH}" text-anchor="end">0</text>
<text class="label" x="${PAD.left}" y="${H - 8}">${forHtml(days[0] ?? "")}</text><text class="label" x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${forHtml(days[days.length - 1] ?? "")}</text>`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="active agents per day">${bars}${minLine}${axis}</svg>`;
}

// src/render/report-queue.ts
var RECENT_APPLIES = 20;
function renderQueuePage(data, index) {
  const q = data.queues[index];
  const file = forHtml(q.file);
  const source = (line) => q.fileUrl ? externalLink(`${q.fileUrl}#L${line}`, `${file}:${line}`) : `${file}:${line}`;
  const rules = [
    `mode ${forHtml(q.mode)}`,
    `minimum ${n(q.minActiveAgents)} active`,
    ...q.staffing.map((s) => `at least ${n(s.minAgents)} at proficiency 1–${n(s.maxProficiency)}`),
    ...q.teams.map((t) => `at least ${n(t.minAgents)} of team ${forHtml(t.team)}`)
  ];
  const rows = q.entries.map((e) => {
    const agent = data.agents[e.agent];
    return [
      agentLink(data, e.agent, 1),
      agent.team ? forHtml(agent.team) : "",
      String(e.proficiency),
      e.state === "active" && !agent.inactive ? "active" : `<span class="state ${e.state}">${STATE_LABEL[e.state]}${agent.inactive ? " (agent disabled in CXone)" : ""}</span>`,
      forHtml(e.from ?? ""),
      forHtml(e.until ?? ""),
      source(e.line)
    ];
  });
  const applies = q.applies.slice(0, RECENT_APPLIES).map((hi) => {
    const h = data.history[hi];
    const mine = h.changes.filter((c) => q.skillId !== void 0 && c.skillId === q.skillId || c.skillName.toLowerCase() === q.skill.toLowerCase());
    return [historyRef(h, hi, 1), forHtml(h.actor), prLabel(data, h), `<span class="num">${n(mine.length)}</span>`, forHtml(h.outcome)];
  });
  const body = `<h1>${forHtml(q.skill)}</h1>
<p class="meta">${q.skillId !== void 0 ? `skillId ${q.skillId} · ` : ""}${externalLink(q.fileUrl, forHtml(q.file))} · ${rules.join(" · ")}${q.drift !== void 0 ? ` · ${q.drift === 0 ? "matches live CXone" : `<span class="warn">${n(q.drift)} ${q.drift === 1 ? "difference" : "differences"} from live CXone</span>`}` : ""}</p>
<section><h2>Active agents per day, next ${n(data.days.length)} days</h2>
<p>Today ${n(q.activeToday)} active; dated entries start and end as their <code>from</code> and <code>until</code> say.</p>
${coverageChart(data.days, q.coverage, q.minActiveAgents)}</section>
<section><h2>Agents (${n(q.entries.length)})</h2>
${table(["agent", "team", "proficiency", "state", "from", "until", "written at"], rows, "entries")}</section>
<section><h2>Recent applies that changed this queue</h2>
${table(["when", "who", "pull request", "changes here", "outcome"], applies)}</section>`;
  return page({ title: q.skill, depth: 1, body, data });
}

// src/render/report-agent.ts
function agentSection(data, index) {
  const a = data.agents[index];
  const entries = a.entries.map(([qi, ei]) => ({ qi, e: data.queues[qi].entries[ei] }));
  const rows = entries.map(({ qi, e }) => [
    queueLink(data, qi, 1),
    String(e.proficiency),
    e.state === "active" ? "active" : `<span class="state ${e.state}">${STATE_LABEL[e.state]}</span>`,
    forHtml(e.from ?? ""),
    forHtml(e.until ?? "")
  ]);
  const dated = [];
  for (const { qi, e } of entries) {
    if (e.from !== void 0) dated.push({ day: e.from, what: `starts at proficiency ${n(e.proficiency)}`, qi });
    if (e.until !== void 0) dated.push({ day: e.until, what: "last day", qi });
  }
  dated.sort((x, y) => x.day.localeCompare(y.day));
  const datedRows = (list) => list.map((d) => [forHtml(d.day), queueLink(data, d.qi, 1), d.what]);
  const applied = a.applies.slice(0, RECENT_APPLIES).map((hi) => {
    const h = data.history[hi];
    const mine = h.changes.filter((c) => a.agentId !== void 0 && c.agentId === a.agentId || c.userName.toLowerCase() === a.name.toLowerCase());
    return [historyRef(h, hi, 1), prLabel(data, h), mine.map((c) => `${forHtml(c.action)} ${forHtml(c.skillName)} (${forHtml(c.status)})`).join("<br>")];
  });
  const about = [
    a.fullName ? forHtml(a.fullName) : "",
    a.agentId !== void 0 ? `agentId ${a.agentId}` : "",
    a.team ? `team ${forHtml(a.team)}` : "",
    a.inactive ? '<span class="warn">disabled in CXone</span>' : "",
    `${n(a.activeSkills)} active skills today`
  ].filter(Boolean);
  return `<article class="agent-page" id="a${index}"><h1>${forHtml(a.name)}</h1>
<p class="meta">${about.join(" · ")}</p>
<section><h2>Queues (${n(entries.length)})</h2>${table(["queue", "proficiency", "state", "from", "until"], rows, "entries")}</section>
<section><h2>Upcoming changes</h2>${table(["day", "queue", "change"], datedRows(dated.filter((d) => d.day >= data.today)))}</section>
<section><h2>Past dated changes</h2>${table(["day", "queue", "change"], datedRows(dated.filter((d) => d.day < data.today)))}</section>
<section><h2>Applies that changed this agent</h2>${table(["when", "pull request", "changes"], applied)}</section></article>`;
}
function renderAgentFile(data, group) {
  const first = group * AGENTS_PER_FILE;
  const last = Math.min(data.agents.length, first + AGENTS_PER_FILE) - 1;
  const members = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const index = `<nav class="agent-index"><h1>Agents ${n(first + 1)}–${n(last + 1)} of ${n(data.agents.length)}</h1><ul>${members.map((i) => `<li>${agentLink(data, i, 1)}</li>`).join("")}</ul></nav>`;
  const body = `${index}
${members.map((i) => agentSection(data, i)).join("\n")}`;
  return page({ title: `Agents ${n(first + 1)}–${n(last + 1)}`, depth: 1, body, data });
}

// src/render/report-assets.ts
var heat = Array.from({ length: 20 }, (_, i) => {
  const light = 28 + Math.round(i / 19 * 60);
  return `.c.p${i + 1}{background:hsl(212 70% ${light}%);color:${light < 55 ? "#fff" : "#123"}}`;
}).join("\n");
var REPORT_CSS = `:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b2330;background:#f7f8fa}
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
var MATRIX_JS = `'use strict';
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

// src/render/report-matrix.ts
var STATE_CODE = { active: 0, inactive: 1, pending: 2, expired: 3 };
function renderMatrixData(data) {
  const teams = [...new Set(data.agents.flatMap((a) => a.team === void 0 ? [] : [a.team]))].sort((x, y) => x.localeCompare(y));
  const teamIndex = new Map(teams.map((t, i) => [t, i]));
  const cells = data.queues.map((q) => {
    const flat = [];
    for (const e of q.entries) flat.push(e.agent, e.proficiency, STATE_CODE[e.state]);
    return flat;
  });
  const payload = {
    today: data.today,
    // matrix.js sets names as text: controls and overrides are shown escaped here
    queues: data.queues.map((q) => forTextNode(q.skill)),
    queueActive: data.queues.map((q) => q.activeToday),
    agents: data.agents.map((a) => forTextNode(a.name)),
    agentTeams: data.agents.map((a) => a.team === void 0 ? -1 : teamIndex.get(a.team)),
    agentInactive: data.agents.map((a) => a.inactive ? 1 : 0),
    teams: teams.map((t) => forTextNode(t)),
    cells
  };
  return `window.SKILLOPS_MATRIX = ${forScriptJson(payload)};
`;
}
function renderMatrixPage(data) {
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
  return page({ title: "Matrix", depth: 0, current: "matrix", body, scripts: ["matrix-data.js", "matrix.js"], data });
}

// src/render/report-overview.ts
var findingRows = (data, findings, withDate = false) => findings.map((f) => [
  queueLink(data, f.queue, 0),
  forHtml(f.rule),
  `<span class="num">${n(f.have)}</span>`,
  `<span class="num">${n(f.need)}</span>`,
  ...withDate ? [forHtml(f.from ?? "")] : []
]);
function renderOverview(data) {
  const o = data.overview;
  const cards = [
    ["queues", o.queues],
    ["agents", o.agents],
    ["assignments", o.assignments],
    ["active today", o.activeAssignments],
    ["not yet in effect", o.pendingAssignments]
  ].map(([label, value]) => `<div class="card"><span class="figure" data-figure="${label}">${n(value)}</span><span>${label}</span></div>`).join("");
  const drift = o.drift ? o.drift.add + o.drift.update + o.drift.remove === 0 ? '<p class="ok" data-drift="none">Live CXone matches the files.</p>' : `<p class="warn" data-drift="found">Live CXone differs from the files: ${n(o.drift.add)} to add, ${n(o.drift.update)} to change, ${n(o.drift.remove)} to remove across ${n(o.drift.queues)} queues (what the next apply would write).</p>` : '<p class="none">Drift is shown when the report is made with <code>--live</code>.</p>';
  const max = o.maxActiveSkills;
  const body = `<h1>Overview</h1>
<section class="cards">${cards}</section>
<section id="drift"><h2>Drift</h2>${drift}</section>
<section id="below"><h2>Queues below their minimum today</h2>
${table(["queue", "rule", "active", "needed"], findingRows(data, o.belowMinimum))}</section>
<section id="near"><h2>Queues near their minimum</h2>
${table(["queue", "rule", "active", "needed"], findingRows(data, o.nearMinimum))}</section>
<section id="falls"><h2>Queues that fall below their minimum in the next ${n(data.days.length)} days</h2>
${table(["queue", "rule", "active then", "needed", "from"], findingRows(data, o.fallsBelow, true))}</section>
<section id="spof"><h2>Single points of failure</h2>
<p>Queues whose active agents at proficiency 1–${n(o.spofProficiency)} are one or two people.</p>
${table(
    ["queue", `agents at 1–${n(o.spofProficiency)}`],
    o.singlePointsOfFailure.map((s) => [queueLink(data, s.queue, 0), s.agents.map((a) => agentLink(data, a, 0)).join(", ")])
  )}</section>
<section id="max-skills"><h2>Agents at or over the most active skills</h2>
${max === void 0 ? '<p class="none">settings.agents.maxActiveSkills is not set.</p>' : `<p>At most ${n(max)} active skills per agent (settings.agents.maxActiveSkills).</p>${table(
    ["agent", "active skills"],
    o.overMaxSkills.map((a) => [agentLink(data, a.agent, 0), `<span class="num">${n(a.active)}</span>`])
  )}`}</section>`;
  return page({ title: "Overview", depth: 0, current: "overview", body, data });
}

// src/render/report-site.ts
var REPORT_MANIFEST = "skillops-report.json";
var REPORT_FOLDERS = ["queues", "agents"];
function* renderReportSite(data) {
  const fixed = [
    { path: "index.html", content: renderOverview(data) },
    { path: "matrix.html", content: renderMatrixPage(data) },
    { path: "matrix-data.js", content: renderMatrixData(data) },
    { path: "matrix.js", content: MATRIX_JS },
    { path: "history.html", content: renderHistory(data) },
    { path: "report.css", content: REPORT_CSS }
  ];
  yield* fixed;
  for (let i = 0; i < data.queues.length; i++) yield { path: `queues/q${i}.html`, content: renderQueuePage(data, i) };
  for (let g = 0; g * AGENTS_PER_FILE < data.agents.length; g++) yield { path: `agents/g${g}.html`, content: renderAgentFile(data, g) };
  const top = [...fixed.map((f) => f.path), ...REPORT_FOLDERS, REPORT_MANIFEST];
  yield {
    path: REPORT_MANIFEST,
    content: `${JSON.stringify({ format: "skillops-report/1", generatedAt: data.generatedAt, today: data.today, files: top }, null, 2)}
`
  };
}

// src/use-cases/report/build-report.ts
var inWindow = (day, from, until) => (from === void 0 || day >= from) && (until === void 0 || day <= until);
function entryState(today, active, from, until) {
  if (from !== void 0 && today < from) return "pending";
  if (until !== void 0 && today > until) return "expired";
  return active ? "active" : "inactive";
}
var nearMargin = (min) => Math.max(1, Math.ceil(min * 0.1));
function buildReport(inputs) {
  const { desired, settings, today } = inputs;
  const days = Array.from({ length: inputs.days }, (_, i) => addDays(today, i));
  const live = inputs.live;
  const directory = live ? agentDirectory(live.state.agents) : void 0;
  const agents = [];
  const agentIndex = /* @__PURE__ */ new Map();
  const agentOf = (ref, written) => {
    const found = directory?.resolveAgent(ref);
    const liveAgent = found && "agent" in found ? found.agent : void 0;
    const key = liveAgent ? `id:${liveAgent.agentId}` : agentRefKey(ref);
    let index = agentIndex.get(key);
    if (index === void 0) {
      index = agents.length;
      agentIndex.set(key, index);
      agents.push(
        liveAgent ? {
          name: liveAgent.userName,
          agentId: liveAgent.agentId,
          fullName: `${liveAgent.firstName} ${liveAgent.lastName}`.trim(),
          ...liveAgent.teamName ? { team: liveAgent.teamName } : {},
          ...liveAgent.isActive ? {} : { inactive: true },
          entries: [],
          activeSkills: 0,
          applies: []
        } : { name: written, ...ref.kind === "id" ? { agentId: ref.agentId } : {}, entries: [], activeSkills: 0, applies: [] }
      );
    }
    return index;
  };
  const driftBySkill = /* @__PURE__ */ new Map();
  if (live) for (const q of live.plan.queues) driftBySkill.set(q.file, q.changes.length);
  const queues = [];
  let assignments = 0;
  let activeAssignments = 0;
  let pendingAssignments = 0;
  for (const q of desired.queues) {
    const qi = queues.length;
    const entries = [];
    const coverage = new Array(days.length).fill(0);
    for (const a of q.agents) {
      const agent = agentOf(a.agent, a.written);
      const state = entryState(today, a.active, a.from, a.until);
      const entry = { agent, proficiency: a.proficiency, active: a.active, state, line: a.at.line };
      if (a.from !== void 0) entry.from = a.from;
      if (a.until !== void 0) entry.until = a.until;
      agents[agent].entries.push([qi, entries.length]);
      entries.push(entry);
      assignments++;
      if (state === "active" && !agents[agent].inactive) {
        activeAssignments++;
        agents[agent].activeSkills++;
      }
      if (state === "pending") pendingAssignments++;
      if (a.active && !agents[agent].inactive) {
        for (let d = 0; d < days.length; d++) if (inWindow(days[d], a.from, a.until)) coverage[d]++;
      }
    }
    const repoPath = inputs.repoPath(q.file);
    const fileUrl = inputs.repoUrl?.(repoPath);
    const drift = live ? driftBySkill.get(q.file) ?? 0 : void 0;
    queues.push({
      skill: q.skill,
      ...q.skillId !== void 0 ? { skillId: q.skillId } : {},
      file: repoPath,
      ...fileUrl ? { fileUrl } : {},
      mode: q.mode,
      minActiveAgents: q.minActiveAgents,
      staffing: (q.staffing ?? []).map((r) => ({ minAgents: r.minAgents, maxProficiency: r.maxProficiency })),
      teams: (q.teams ?? []).map((r) => ({ team: r.team, minAgents: r.minAgents })),
      entries,
      coverage,
      activeToday: entries.filter((e) => e.state === "active" && !agents[e.agent].inactive).length,
      ...drift !== void 0 ? { drift } : {},
      applies: []
    });
  }
  const queueByName = /* @__PURE__ */ new Map();
  const queueById = /* @__PURE__ */ new Map();
  queues.forEach((q, i) => {
    queueByName.set(q.skill.toLowerCase(), i);
    if (q.skillId !== void 0) queueById.set(q.skillId, i);
  });
  const agentByName = /* @__PURE__ */ new Map();
  const agentById = /* @__PURE__ */ new Map();
  agents.forEach((a, i) => {
    agentByName.set(a.name.toLowerCase(), i);
    if (a.agentId !== void 0) agentById.set(a.agentId, i);
  });
  inputs.history.forEach((h, hi) => {
    const touchedQueues = /* @__PURE__ */ new Set();
    const touchedAgents = /* @__PURE__ */ new Set();
    for (const c of h.changes) {
      const q = queueById.get(c.skillId) ?? queueByName.get(c.skillName.toLowerCase());
      if (q !== void 0) touchedQueues.add(q);
      const a = agentById.get(c.agentId) ?? agentByName.get(c.userName.toLowerCase());
      if (a !== void 0) touchedAgents.add(a);
    }
    for (const q of touchedQueues) queues[q].applies.push(hi);
    for (const a of touchedAgents) agents[a].applies.push(hi);
  });
  return {
    generatedAt: inputs.generatedAt,
    today,
    days,
    timeZone: settings.timeZone,
    live: live !== void 0,
    ...inputs.repositoryUrl ? { repositoryUrl: inputs.repositoryUrl } : {},
    teamsKnown: agents.some((a) => a.team !== void 0),
    queues,
    agents,
    history: inputs.history,
    historySkipped: inputs.historySkipped,
    overview: {
      queues: queues.length,
      agents: agents.length,
      assignments,
      activeAssignments,
      pendingAssignments,
      ...staffingFindings(queues, agents, days),
      ...settings.agents.maxActiveSkills !== void 0 ? { maxActiveSkills: settings.agents.maxActiveSkills } : {},
      overMaxSkills: overMaxSkills(agents, settings.agents.maxActiveSkills),
      spofProficiency: inputs.spofProficiency,
      singlePointsOfFailure: singlePointsOfFailure(queues, agents, inputs.spofProficiency),
      ...live ? {
        drift: {
          add: live.plan.summary.add,
          update: live.plan.summary.update,
          remove: live.plan.summary.remove,
          queues: live.plan.queues.filter((q) => q.changes.length > 0).length
        }
      } : {}
    }
  };
}
var countsToday = (e, agents) => e.state === "active" && !agents[e.agent].inactive;
function staffingFindings(queues, agents, days) {
  const below = [];
  const near = [];
  const falls = [];
  queues.forEach((q, qi) => {
    const rules = [];
    if (q.minActiveAgents > 0) rules.push({ rule: "minActiveAgents", need: q.minActiveAgents, have: q.activeToday, perDay: q.coverage });
    for (const s of q.staffing) {
      const have = q.entries.filter((e) => countsToday(e, agents) && e.proficiency <= s.maxProficiency).length;
      rules.push({ rule: `staffing: ${s.minAgents} at proficiency 1-${s.maxProficiency}`, need: s.minAgents, have });
    }
    for (const t of q.teams) {
      if (!agents.some((a) => a.team !== void 0)) continue;
      const have = q.entries.filter((e) => countsToday(e, agents) && agents[e.agent].team?.toLowerCase() === t.team.toLowerCase()).length;
      rules.push({ rule: `team ${t.team}: ${t.minAgents}`, need: t.minAgents, have });
    }
    for (const r of rules) {
      if (r.have < r.need) below.push({ queue: qi, rule: r.rule, have: r.have, need: r.need });
      else if (r.have < r.need + nearMargin(r.need)) near.push({ queue: qi, rule: r.rule, have: r.have, need: r.need });
      const dip = r.have >= r.need ? r.perDay?.findIndex((n2) => n2 < r.need) ?? -1 : -1;
      if (dip > 0) falls.push({ queue: qi, rule: r.rule, have: r.perDay[dip], need: r.need, from: days[dip] });
    }
  });
  return { belowMinimum: below, nearMinimum: near, fallsBelow: falls };
}
function overMaxSkills(agents, max) {
  if (max === void 0) return [];
  return agents.map((a, i) => ({ agent: i, active: a.activeSkills })).filter((a) => a.active >= max).sort((a, b) => b.active - a.active || a.agent - b.agent);
}
function singlePointsOfFailure(queues, agents, p) {
  const found = [];
  queues.forEach((q, qi) => {
    const skilled = q.entries.filter((e) => countsToday(e, agents) && e.proficiency <= p).map((e) => e.agent);
    if (skilled.length >= 1 && skilled.length <= 2) found.push({ queue: qi, agents: skilled });
  });
  return found;
}

// src/use-cases/report/read-history.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var MAX_RECORDS = 500;
async function readHistory(auditDir, io) {
  let names2;
  try {
    names2 = (await readdir(auditDir, { recursive: true })).filter((f) => f.endsWith(".json"));
  } catch (error) {
    if (error.code === "ENOENT") return { history: [], skipped: 0 };
    throw error;
  }
  names2.sort().reverse();
  const kept = names2.slice(0, MAX_RECORDS);
  let skipped = names2.length - kept.length;
  const history = [];
  for (const name of kept) {
    const file = path.join(auditDir, name).split(path.sep).join("/");
    try {
      const stopped = await stoppedEntry(path.join(auditDir, name), name.split(path.sep).join("/"));
      history.push(stopped ?? historyEntry(await readAuditRecord(path.join(auditDir, name), name), name.split(path.sep).join("/")));
    } catch (error) {
      skipped++;
      io.err(`report: left out ${forTerminal(file)}: ${forTerminal(error.message)}
`);
    }
  }
  history.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return { history, skipped };
}
async function stoppedEntry(absolute, file) {
  let data;
  try {
    data = JSON.parse(await readFile(absolute, "utf8"));
  } catch {
    return void 0;
  }
  const r = data;
  if (!r || typeof r !== "object" || r.format !== "skillops-audit-stopped/1" || typeof r.startedAt !== "string" || typeof r.who?.actor !== "string")
    return void 0;
  const signal = typeof r.signal === "string" ? r.signal : "a signal";
  const phase = r.phase === "confirm" ? "at the confirmation prompt" : "while reading CXone";
  return {
    startedAt: r.startedAt,
    file,
    outcome: `stopped by ${signal} ${phase}, nothing written`,
    actor: r.who.actor,
    ...typeof r.who.commit === "string" ? { commit: r.who.commit } : {},
    ...typeof r.who.runUrl === "string" ? { runUrl: r.who.runUrl } : {},
    counts: { add: 0, update: 0, remove: 0, failed: 0 },
    failures: [],
    changes: []
  };
}
function historyEntry(record, file) {
  const counts = { add: 0, update: 0, remove: 0, failed: 0 };
  const failures = [];
  for (const c of record.changes) {
    if (c.status === "applied") counts[c.action]++;
    else {
      counts.failed++;
      failures.push({ skillName: c.skillName, userName: c.userName, action: c.action, ...c.error ? { error: c.error } : { error: c.status } });
    }
  }
  const pr = record.who.pullRequest;
  return {
    startedAt: record.startedAt,
    file,
    outcome: record.outcome,
    actor: record.who.actor,
    ...record.who.commit ? { commit: record.who.commit } : {},
    ...record.who.runUrl ? { runUrl: record.who.runUrl } : {},
    ...pr ? {
      pullRequest: {
        number: pr.number,
        ...pr.title ? { title: pr.title } : {},
        ...pr.author ? { author: pr.author } : {},
        ...pr.approvers ? { approvers: pr.approvers } : {}
      }
    } : {},
    counts,
    failures,
    changes: record.changes.map((c) => ({
      action: c.action,
      skillId: c.skillId,
      skillName: c.skillName,
      agentId: c.agentId,
      userName: c.userName,
      status: c.status
    }))
  };
}

// src/use-cases/report/make-report.ts
var MAX_DAYS = 366;
async function makeReport(options, io) {
  const days = options.days ?? 30;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new UsageError(`--days must be a whole number from 1 to ${MAX_DAYS}`);
  const spof = options.spofProficiency ?? 3;
  if (!Number.isInteger(spof) || spof < 1) throw new UsageError("--spof-proficiency must be a whole number, 1 or more");
  const { loaded, desired: offline } = await loadValidConfig(options.config, io);
  const { settings, root } = loaded;
  const now = resolveNow(options.now, io.env, settings.timeZone);
  let live;
  let desired = offline;
  if (options.live) {
    const context = await computePlan(
      { config: options.config, ...options.now ? { now: options.now } : {}, ...options.cxone ? { cxone: options.cxone } : {} },
      io
    );
    live = { state: context.live, plan: context.plan };
    desired = context.desired;
  }
  const auditDir = options.auditDir ? path2.resolve(io.cwd, options.auditDir) : path2.join(root, settings.audit.directory);
  const { history, skipped } = await readHistory(auditDir, io);
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  const repositoryUrl = server && repository ? `${server.replace(/\/+$/, "")}/${repository}` : void 0;
  const ref = io.env.GITHUB_SHA || "HEAD";
  const data = buildReport({
    desired,
    settings,
    today: tenantDate(now, settings.timeZone),
    generatedAt: now.toISOString(),
    days,
    spofProficiency: spof,
    history,
    historySkipped: skipped,
    repoPath: (file) => path2.relative(root, path2.resolve(io.cwd, file)).split(path2.sep).join("/"),
    ...repositoryUrl ? {
      repositoryUrl,
      repoUrl: (repoPath) => `${repositoryUrl}/blob/${encodeURIComponent(ref)}/${repoPath.split("/").map(encodeURIComponent).join("/")}`
    } : {},
    ...live ? { live } : {}
  });
  const outDir = path2.resolve(io.cwd, options.out);
  await clearPreviousReport(outDir, options.out);
  for (const folder of REPORT_FOLDERS) await mkdir(path2.join(outDir, folder), { recursive: true });
  let files = 0;
  let bytes = 0;
  let batch = [];
  for (const f of renderReportSite(data)) {
    files++;
    bytes += Buffer.byteLength(f.content);
    batch.push(writeFile(path2.join(outDir, f.path), f.content, "utf8"));
    if (batch.length >= 32) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { outDir, files, bytes, data };
}
async function clearPreviousReport(outDir, shown) {
  let names2;
  try {
    names2 = await readdir2(outDir);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw new UsageError(`cannot read --out ${forTerminal(shown)}: ${error.code ?? String(error)}`);
  }
  if (names2.length === 0) return;
  if (!names2.includes(REPORT_MANIFEST)) {
    throw new UsageError(`--out ${forTerminal(shown)} is a folder with other files in it; name a new or empty folder, or one a report was written to`);
  }
  const manifest = JSON.parse(await readFile2(path2.join(outDir, REPORT_MANIFEST), "utf8"));
  const listed = Array.isArray(manifest.files) ? manifest.files.filter((f) => typeof f === "string") : [];
  for (const f of listed.filter((name) => names2.includes(name) && !name.includes("/") && !name.includes("\\") && name !== "..")) {
    await rm(path2.join(outDir, f), { recursive: true, force: true });
  }
}

// src/cli/commands/report.ts
async function reportCommand(options, io) {
  const result = await makeReport(options, io);
  io.out(reportSummary(result, shownPath(result.outDir, io.cwd)));
  return 0;
}
export {
  reportCommand
};
