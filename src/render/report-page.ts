// The frame every report page shares: a strict Content-Security-Policy (scripts and styles
// only from the site's own files, nothing from the network, no inline script or handler), the
// navigation, and small helpers. Every untrusted value goes through forHtml / forHtmlHref.

import { forHtml, forHtmlHref } from '../text/untrusted.js';
import type { ReportData } from '../use-cases/report/report-data.js';

/** Pages that run a script of the site's own name it; every other page runs none. */
const csp = (scripts: boolean) =>
  [
    "default-src 'none'",
    scripts ? "script-src 'self'" : "script-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

export interface PageSpec {
  title: string;
  /** How deep the page sits below the site's root: 0 for index.html, 1 for queues/…. */
  depth: 0 | 1;
  current?: 'overview' | 'matrix' | 'history';
  body: string;
  scripts?: string[];
  data: ReportData;
}

export function page(spec: PageSpec): string {
  const up = spec.depth === 1 ? '../' : '';
  const nav = (
    [
      ['overview', 'index.html', 'Overview'],
      ['matrix', 'matrix.html', 'Matrix'],
      ['history', 'history.html', 'History'],
    ] as const
  )
    .map(([key, href, label]) => `<a href="${up}${href}"${spec.current === key ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  const scripts = (spec.scripts ?? []).map((s) => `<script src="${up}${s}" defer></script>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(scripts !== '')}">
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

function stamp(data: ReportData): string {
  return `as of ${forHtml(data.today)} (${forHtml(data.timeZone)})${data.live ? ', with live CXone' : ', from the repository'}`;
}

/** A number as people read it: 12,345. */
export const n = (value: number): string => (value > -1000 && value < 1000 ? String(value) : value.toLocaleString('en-US'));

/** Queue and agent names escaped once per report (each is shown on many pages). */
const escapedNames = new WeakMap<ReportData, { queues: string[]; agents: string[] }>();
function names(data: ReportData): { queues: string[]; agents: string[] } {
  let found = escapedNames.get(data);
  if (!found) {
    found = { queues: data.queues.map((q) => forHtml(q.skill)), agents: data.agents.map((a) => forHtml(a.name)) };
    escapedNames.set(data, found);
  }
  return found;
}

export const queueHref = (index: number, depth: 0 | 1) => `${depth === 1 ? '../' : ''}queues/q${index}.html`;
/** Agents per agent file (see report-agent.ts). */
export const AGENTS_PER_FILE = 100;
export const agentHref = (index: number, depth: 0 | 1) => `${depth === 1 ? '../' : ''}agents/g${Math.floor(index / AGENTS_PER_FILE)}.html#a${index}`;

export function queueLink(data: ReportData, index: number, depth: 0 | 1): string {
  return `<a href="${queueHref(index, depth)}">${names(data).queues[index]}</a>`;
}

export function agentLink(data: ReportData, index: number, depth: 0 | 1): string {
  return `<a href="${agentHref(index, depth)}">${names(data).agents[index]}</a>`;
}

/** A link when the URL is http(s), else the text alone. */
export function externalLink(url: string | undefined, text: string): string {
  const href = url === undefined ? undefined : forHtmlHref(url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${text}</a>` : text;
}

/** A table from already escaped cells. */
export function table(head: string[], rows: string[][], className = ''): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  let body = '';
  for (const r of rows) body += `<tr><td>${r.join('</td><td>')}</td></tr>\n`;
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

export const STATE_LABEL = { active: 'active', inactive: 'disabled', pending: 'not yet', expired: 'ended' } as const;
