import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  failureCommentParts,
  ownCommentFilter,
  partOf,
  planCommentParts
} from "./chunk-67ELCMYY.js";
import "./chunk-33OATMI7.js";
import {
  readPlanFile,
  writeStepSummary
} from "./chunk-W4G7WB4O.js";
import "./chunk-CPXVJA44.js";
import "./chunk-RB62M4TY.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import {
  redact
} from "./chunk-7RJBVBG4.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-R75TXLSG.js";
import "./chunk-NN5INX47.js";

// src/use-cases/comment/post-plan-comment.ts
import { readFile } from "node:fs/promises";

// src/use-cases/comment/upsert-comment.ts
async function upsertPlanComment(github, pr, parts, own = ownCommentFilter(), tenant) {
  const existing = (await github.listComments(pr)).filter(own).map((c) => ({ ...c, part: partOf(c.body, tenant) })).filter((c) => c.part !== void 0).sort((a, b) => a.part - b.part || a.id - b.id);
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
  const meta = {
    ...context.sha ? { commit: context.sha } : {},
    ...context.base ? { base: context.base } : {},
    ...context.runUrl ? { runUrl: context.runUrl } : {},
    ...options.tenant ? { tenant: options.tenant } : {}
  };
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
  const result = await upsertPlanComment(github, context.pr, parts, ownCommentFilter(io.env), options.tenant);
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
