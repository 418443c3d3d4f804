import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  planMarkdownBlocks
} from "./chunk-33OATMI7.js";
import {
  fenceFor,
  forCodeLine,
  forMarkdown
} from "./chunk-R75TXLSG.js";

// src/github/own-comment.ts
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
function ownCommentFilter(env = {}) {
  const login = env.SKILLOPS_BOT_LOGIN?.trim() || ACTIONS_BOT.login;
  return (comment) => comment.author?.login === login && comment.author.type === "Bot";
}

// src/render/plan-comment-age.ts
var COVERS = /^<!-- skillops-covers ([\d ]*) -->$/m;
var NOTE = /^> \*\*Outdated:\*\* .*\n\n/m;
function coversLine(plan) {
  const ids = [...new Set((Array.isArray(plan.covers) ? plan.covers : []).map((c) => c.skillId))].sort((a, b) => a - b);
  return `<!-- skillops-covers ${ids.join(" ")} -->`;
}
function coveredSkillsOf(body) {
  const m = COVERS.exec(body);
  return m ? m[1].split(" ").filter(Boolean).map(Number) : [];
}
function outdatedNote(by) {
  const names = by.queues.map((q) => forMarkdown(q, 200)).join(", ");
  const merged = by.pullRequests.length > 0 ? ` (merge of ${by.pullRequests.map((n) => `#${n}`).join(", ")})` : "";
  return `> **Outdated:** an apply on \`${forMarkdown(by.branch, 100)}\` at ${by.commit.slice(0, 7)}${merged} changed ${names} after this plan was made; push to this pull request to plan it again.`;
}
function markedOutdated(body, note) {
  const without = body.replace(NOTE, "");
  const heading2 = /^## skillops plan.*\n\n/m.exec(without);
  if (!heading2) return `${note}

${without}`;
  const at = heading2.index + heading2[0].length;
  return `${without.slice(0, at)}${note}

${without.slice(at)}`;
}

// src/render/plan-comment.ts
var COMMENT_MARKER = "<!-- skillops-plan";
var PART_BUDGET = 6e4;
var partMarker = (index, total, tenant) => `${COMMENT_MARKER}${tenant ? ` tenant=${tenant}` : ""} part=${index}/${total} -->`;
var heading = (tenant) => tenant ? `## skillops plan for tenant \`${tenant}\`` : "## skillops plan";
function partOf(body, tenant) {
  const m = /^<!-- skillops-plan(?: tenant=([a-z0-9_-]+))? part=(\d+)\/(\d+) -->/.exec(body);
  if (!m || m[1] !== tenant) return void 0;
  return Number(m[2]);
}
function readAt(createdAt) {
  const t = new Date(createdAt);
  return Number.isNaN(t.getTime()) ? forMarkdown(createdAt, 40) : `${t.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function planCommentParts(plan, meta = {}) {
  const against = meta.base ? ` against \`${forCodeLine(meta.base.ref, 100)}\` at ${meta.base.sha.slice(0, 7)}` : "";
  const footer = [
    "---",
    `<sub>Planned by skillops${meta.commit ? ` at ${meta.commit.slice(0, 7)}` : ""}${against}, live CXone read ${readAt(plan.createdAt)}, for ${plan.effectiveDate} (${plan.settings.timeZone})${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ""}. Merging applies exactly this plan; if CXone changes first, apply refuses it as stale and the next plan shows the difference.</sub>`
  ].join("\n");
  const blocks = planMarkdownBlocks(plan).flatMap((b) => b.length > PART_BUDGET ? splitBlock(b) : [b]);
  const parts = packUnder(blocks, PART_BUDGET, 2);
  return parts.map((p, i) => {
    const head = parts.length > 1 ? `${heading(meta.tenant)} (part ${i + 1} of ${parts.length})` : heading(meta.tenant);
    const covers = i === 0 ? [coversLine(plan)] : [];
    return `${[partMarker(i + 1, parts.length, meta.tenant), head, ...p, ...i === parts.length - 1 ? [footer] : [], ...covers].join("\n\n")}
`;
  });
}
function splitBlock(block) {
  const lines = block.split("\n");
  const open = lines.findIndex((l) => /^`{3,}diff$/.test(l));
  const fence = open >= 0 ? lines[open].slice(0, -"diff".length) : "";
  const close = open >= 0 ? lines.indexOf(fence, open + 1) : -1;
  if (open < 0 || close < 0) return cutLines(lines, PART_BUDGET);
  const head = lines.slice(0, open);
  const body = lines.slice(open + 1, close);
  const tail = lines.slice(close + 1);
  const overhead = head.join("\n").length + tail.join("\n").length + 2 * fence.length + 200;
  const chunks = packUnder(body, PART_BUDGET - overhead, 1);
  let first = 1;
  return chunks.map((chunk, i) => {
    const range = `lines ${first}–${first + chunk.length - 1} of ${body.length}`;
    first += chunk.length;
    const summary = head.map((l) => l.startsWith("<summary>") ? l.replace(/<\/summary>$/, ` (${range}, piece ${i + 1} of ${chunks.length})</summary>`) : l);
    return [...summary, `${fence}diff`, ...chunk, fence, ...tail].join("\n");
  });
}
function cutLines(lines, budget) {
  return packUnder(lines, budget, 1).map((p) => p.join("\n"));
}
function packUnder(texts, budget, joinLength) {
  const runs = [[]];
  let size = 0;
  for (const text of texts) {
    if (size + text.length + joinLength > budget && runs[runs.length - 1].length > 0) {
      runs.push([]);
      size = 0;
    }
    runs[runs.length - 1].push(text);
    size += text.length + joinLength;
  }
  return runs;
}
function failureCommentParts(stage, log, meta = {}) {
  const escaped = log.split(/\r?\n/).map((line) => forCodeLine(line, 2e3)).join("\n");
  const tail = escaped.length > 5e4 ? `…
${escaped.slice(escaped.indexOf("\n", escaped.length - 5e4) + 1)}` : escaped;
  const fence = fenceFor(tail);
  const shownStage = forMarkdown(stage, 80);
  return [
    `${[
      partMarker(1, 1, meta.tenant),
      `## skillops ${shownStage} failed${meta.tenant ? ` for tenant \`${meta.tenant}\`` : ""} ❌`,
      `Nothing will be applied until this is fixed${meta.commit ? ` (commit ${meta.commit.slice(0, 7)})` : ""}.`,
      `${fence}
${tail}
${fence}`,
      `<sub>Run <code>npx skillops ${shownStage}</code> locally to see the same output${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ""}.</sub>`
    ].join("\n\n")}
`
  ];
}

export {
  ownCommentFilter,
  coveredSkillsOf,
  outdatedNote,
  markedOutdated,
  partOf,
  planCommentParts,
  failureCommentParts
};
