import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  planMarkdownBlocks
} from "./chunk-DV5TUCZE.js";
import {
  readPlanFile,
  writeStepSummary
} from "./chunk-GZUE7ZBT.js";
import "./chunk-CPXVJA44.js";
import "./chunk-NAF753IP.js";
import {
  createGitHub,
  githubContext
} from "./chunk-K6KRATRF.js";
import "./chunk-E26C7VYQ.js";
import {
  redact
} from "./chunk-7RJBVBG4.js";
import {
  plural
} from "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  fenceFor,
  forCodeLine,
  forMarkdown
} from "./chunk-LKKC6K6V.js";
import "./chunk-NN5INX47.js";

// src/use-cases/comment/post-plan-comment.ts
import { readFile } from "node:fs/promises";

// src/github/own-comment.ts
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
function ownCommentFilter(env = {}) {
  const login = env.SKILLOPS_BOT_LOGIN?.trim() || ACTIONS_BOT.login;
  return (comment) => comment.author?.login === login && comment.author.type === "Bot";
}

// src/render/plan-comment.ts
var COMMENT_MARKER = "<!-- skillops-plan";
var PART_BUDGET = 6e4;
var partMarker = (index, total) => `${COMMENT_MARKER} part=${index}/${total} -->`;
function partOf(body) {
  const m = /^<!-- skillops-plan part=(\d+)\/(\d+) -->/.exec(body);
  return m ? Number(m[1]) : void 0;
}
function planCommentParts(plan, meta = {}) {
  const footer = [
    "---",
    `<sub>Planned by skillops${meta.commit ? ` at ${meta.commit.slice(0, 7)}` : ""} for ${plan.effectiveDate} (${plan.settings.timeZone})${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ""}. Merging applies exactly this plan; if CXone changes first, apply refuses it as stale and the next plan shows the difference.</sub>`
  ].join("\n");
  const blocks = planMarkdownBlocks(plan).flatMap((b) => b.length > PART_BUDGET ? splitBlock(b) : [b]);
  const parts = [[]];
  let size = 0;
  for (const block of blocks) {
    if (size + block.length + 2 > PART_BUDGET && parts[parts.length - 1].length > 0) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(block);
    size += block.length + 2;
  }
  return parts.map((p, i) => {
    const head = parts.length > 1 ? `## skillops plan (part ${i + 1} of ${parts.length})` : "## skillops plan";
    return `${[partMarker(i + 1, parts.length), head, ...p, ...i === parts.length - 1 ? [footer] : []].join("\n\n")}
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
  const chunks = [[]];
  let size = 0;
  for (const line of body) {
    if (size + line.length + 1 > PART_BUDGET - overhead && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(line);
    size += line.length + 1;
  }
  let first = 1;
  return chunks.map((chunk, i) => {
    const range = `lines ${first}–${first + chunk.length - 1} of ${body.length}`;
    first += chunk.length;
    const summary = head.map((l) => l.startsWith("<summary>") ? l.replace(/<\/summary>$/, ` (${range}, piece ${i + 1} of ${chunks.length})</summary>`) : l);
    return [...summary, `${fence}diff`, ...chunk, fence, ...tail].join("\n");
  });
}
function cutLines(lines, budget) {
  const pieces = [[]];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > budget && pieces[pieces.length - 1].length > 0) {
      pieces.push([]);
      size = 0;
    }
    pieces[pieces.length - 1].push(line);
    size += line.length + 1;
  }
  return pieces.map((p) => p.join("\n"));
}
function failureCommentParts(stage, log, meta = {}) {
  const escaped = log.split(/\r?\n/).map((line) => forCodeLine(line, 2e3)).join("\n");
  const tail = escaped.length > 5e4 ? `…
${escaped.slice(escaped.indexOf("\n", escaped.length - 5e4) + 1)}` : escaped;
  const fence = fenceFor(tail);
  const shownStage = forMarkdown(stage, 80);
  return [
    `${[
      partMarker(1, 1),
      `## skillops ${shownStage} failed ❌`,
      `Nothing will be applied until this is fixed${meta.commit ? ` (commit ${meta.commit.slice(0, 7)})` : ""}.`,
      `${fence}
${tail}
${fence}`,
      `<sub>Run <code>npx skillops ${shownStage}</code> locally to see the same output${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ""}.</sub>`
    ].join("\n\n")}
`
  ];
}

// src/use-cases/comment/upsert-comment.ts
async function upsertPlanComment(github, pr, parts, own = ownCommentFilter()) {
  const existing = (await github.listComments(pr)).filter(own).map((c) => ({ ...c, part: partOf(c.body) })).filter((c) => c.part !== void 0).sort((a, b) => a.part - b.part || a.id - b.id);
  const byPart = /* @__PURE__ */ new Map();
  const duplicates = [];
  for (const c of existing) {
    if (byPart.has(c.part)) duplicates.push(c.id);
    else byPart.set(c.part, c.id);
  }
  const result = { created: [], updated: [], deleted: [] };
  for (const [i, body] of parts.entries()) {
    const id = byPart.get(i + 1);
    if (id !== void 0) {
      await github.updateComment(id, body);
      result.updated.push(id);
    } else {
      result.created.push((await github.createComment(pr, body)).id);
    }
  }
  const stale = [...[...byPart].filter(([part]) => part > parts.length).map(([, id]) => id), ...duplicates];
  for (const id of stale) {
    await github.deleteComment(id);
    result.deleted.push(id);
  }
  return result;
}

// src/use-cases/comment/post-plan-comment.ts
async function postPlanComment(options, io) {
  if (Boolean(options.plan) === Boolean(options.failure)) throw new UsageError("pass exactly one of --plan plan.json or --failure log.txt");
  const context = githubContext(io.env, { ...options.repo ? { repo: options.repo } : {}, ...options.pr ? { pr: options.pr } : {} });
  const meta = { ...context.sha ? { commit: context.sha } : {}, ...context.runUrl ? { runUrl: context.runUrl } : {} };
  const readLog = () => readFile(options.failure, "utf8").catch(() => {
    throw new UsageError(`cannot read ${options.failure}`);
  });
  const parts = options.plan ? planCommentParts(await readPlanFile(options.plan), meta) : (
    // the whole log is redacted before it reaches the comment or the job summary
    failureCommentParts(options.stage, redact(await readLog(), io.env), meta)
  );
  const summaryWritten = await writeStepSummary(io, parts.join("\n"));
  if (!context.pr) return { parts: parts.length, summaryWritten };
  const github = options.github ?? createGitHub(context, io.env);
  const result = await upsertPlanComment(github, context.pr, parts, ownCommentFilter(io.env));
  return { parts: parts.length, summaryWritten, comment: { pr: context.pr, result } };
}

// src/cli/commands/comment.ts
async function commentCommand(options, io) {
  const outcome = await postPlanComment(options, io);
  if (outcome.summaryWritten) io.out("Wrote the plan to the job summary.\n");
  const { comment } = outcome;
  if (!comment) {
    io.out("Not a pull request: no comment posted.\n");
    return 0;
  }
  const { created, updated, deleted } = comment.result;
  io.out(
    `Plan comment on #${comment.pr}: ${created.length} created, ${updated.length} updated, ${deleted.length} removed (${plural(outcome.parts, "part")}).
`
  );
  return 0;
}
export {
  commentCommand
};
