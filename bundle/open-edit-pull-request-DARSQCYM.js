import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  planMarkdownBlocks
} from "./chunk-33OATMI7.js";
import {
  boundedMarkdown,
  chars
} from "./chunk-CPXVJA44.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  fenceFor,
  forCodeLine,
  forMarkdown
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/use-cases/edit/open-edit-pull-request.ts
import path from "node:path";

// src/render/edit-markdown.ts
var SYMBOL = { add: "+", update: "~", remove: "-" };
function editMarkdown(outcome, plan, runUrl) {
  const out = [
    `Made by \`skillops ${outcome.command}\`${runUrl ? ` in [the edit workflow](${runUrl})` : ""}: the queue files are edited in place (comments, notes and order kept). Nothing changes in CXone until this pull request is reviewed and merged.`,
    ""
  ];
  for (const f of outcome.files) {
    const lines = f.changes.map((c) => `${SYMBOL[c.action]} ${forCodeLine(c.agent)}  ${forCodeLine(c.detail)}`).join("\n");
    const fence = fenceFor(lines);
    out.push(`**${forMarkdown(f.skill)}** (\`${forCodeLine(f.file)}\`)`, "", `${fence}diff`, lines, fence, "");
  }
  for (const w of outcome.warnings) out.push(`> **Warning:** ${forMarkdown(w)}`, "");
  out.push("### Plan", "");
  out.push(
    plan ?? "No plan here: the workflow had no CXone credentials. The plan workflow shows it once it runs on this pull request.",
    "",
    "Pull requests opened by GitHub Actions do not start other workflows: push a commit to this branch, or close and reopen the pull request, to run the plan workflow and its required checks."
  );
  return `${out.join("\n")}
`;
}

// src/use-cases/edit/open-edit-pull-request.ts
var MAX_BODY = 6e4;
async function openEditPullRequest(outcome, io, how) {
  if (outcome.files.length === 0) return void 0;
  const context = githubContext(io.env, {}, { repoFlag: false });
  const github = how.github ?? createGitHub(context, io.env);
  const files = outcome.files.map((f) => {
    const relative = path.relative(io.cwd, path.resolve(io.cwd, f.file)).split(path.sep).join("/");
    if (relative.startsWith("../") || path.isAbsolute(relative))
      throw new UsageError(`${f.file} is outside the working directory; run the command from the root of the repository`);
    return { path: relative, content: f.after };
  });
  const base = await github.defaultBranch();
  const parentSha = io.env.GITHUB_SHA && /^[0-9a-f]{40}$/i.test(io.env.GITHUB_SHA) ? io.env.GITHUB_SHA : await github.branchHead(base);
  const run = io.env.GITHUB_RUN_ID && /^\d+$/.test(io.env.GITHUB_RUN_ID) ? io.env.GITHUB_RUN_ID : String(Date.now());
  const attempt = io.env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(io.env.GITHUB_RUN_ATTEMPT) && io.env.GITHUB_RUN_ATTEMPT !== "1" ? `-${io.env.GITHUB_RUN_ATTEMPT}` : "";
  const branch = `skillops/edit-${run}${attempt}`;
  const count = outcome.files.length;
  const title = `skillops ${outcome.command}: ${count} queue ${count === 1 ? "file" : "files"}`;
  await github.writeBranch(branch, parentSha, files, `${title}

Made by \`skillops ${outcome.command}\` in the edit workflow.`);
  const plan = how.cxone ? await planMarkdown(how.config, io, how.cxone) : void 0;
  const body = boundedMarkdown(editMarkdown(outcome, plan, context.runUrl), chars(MAX_BODY), "\n\n… cut to fit: see **Files changed**.\n");
  const created = await github.createPullRequest({ branch, base, title, body });
  return { number: created.number, url: created.url, branch, base };
}
async function planMarkdown(config, io, cxone) {
  const ctx = await computePlan({ config, force: true, cxone }, io);
  return planMarkdownBlocks(ctx.plan).join("\n\n");
}
export {
  openEditPullRequest
};
