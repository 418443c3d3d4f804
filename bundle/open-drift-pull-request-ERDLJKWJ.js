import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  planRefresh,
  refreshMarkdown
} from "./chunk-DXOKO723.js";
import "./chunk-5QVLFMFL.js";
import "./chunk-VDOXSWPC.js";
import "./chunk-THN63JXE.js";
import "./chunk-L3LLU4VP.js";
import "./chunk-SGRLANEU.js";
import "./chunk-AE4T3CUE.js";
import "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import {
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
import "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/use-cases/drift/open-drift-pull-request.ts
import path from "node:path";

// src/github/drift-pull-request.ts
var DRIFT_BRANCH = "skillops/drift";
var DRIFT_PR_TITLE = "skillops: accept hand changes made in CXone";
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
var MAX_BODY = 6e4;
function authorFor(login) {
  return { login, type: login.endsWith("[bot]") ? "Bot" : "User" };
}
var driftBranchFor = (tenant) => tenant ? `${DRIFT_BRANCH}-${tenant}` : DRIFT_BRANCH;
var titleFor = (tenant) => tenant ? `${DRIFT_PR_TITLE} (tenant ${tenant})` : DRIFT_PR_TITLE;
function driftPullRequestBody(summary, runUrl, branch) {
  const head = [
    "Someone changed skill assignments in CXone by hand, outside skillops. This pull request **accepts** those changes into `skills/`, edited in place by `skillops refresh` (comments, notes and order kept).",
    "",
    "- **Accept:** review and merge. After the merge, live CXone and `skills/` agree and the drift issue closes.",
    "- **Revert:** close this pull request and run the apply workflow: CXone goes back to what `skills/` says.",
    ""
  ].join("\n");
  const foot = `
---
Opened by the scheduled drift check${runUrl ? ` ([run](${runUrl}))` : ""}, and updated while the drift lasts. The \`${branch}\` branch is rebuilt on every run: do not push to it.
`;
  const room = MAX_BODY - head.length - foot.length;
  const cut = summary.lastIndexOf("\n</details>", room - 200);
  const body = summary.length <= room ? summary : `${cut > 0 ? summary.slice(0, cut + 11) : ""}

… more queues than fit here: see **Files changed**.
`;
  return `${head}${body}${foot}`;
}
async function proposeDriftPullRequest(github, input) {
  const branch = driftBranchFor(input.tenant);
  const title = titleFor(input.tenant);
  const open = await github.findOpenPullRequest(branch, input.base, input.author);
  if (input.files.length === 0) {
    if (!open) return { action: "none" };
    await github.closePullRequest(
      open.number,
      "The scheduled drift check finds nothing left to accept from CXone: live matches `skills/` again, or what still differs is left to apply (see the drift issue). Closing."
    );
    return { action: "closed", number: open.number, url: open.url };
  }
  const count = input.files.length;
  await github.writeBranch(
    branch,
    input.parentSha,
    input.files,
    `skills: accept hand changes made in CXone (${count} ${count === 1 ? "file" : "files"})

Made by \`skillops refresh\` in the scheduled drift check.`
  );
  const body = driftPullRequestBody(input.summary, input.runUrl, branch);
  if (open) {
    await github.updatePullRequest(open.number, { title, body });
    return { action: "updated", number: open.number, url: open.url };
  }
  const created = await github.createPullRequest({ branch, base: input.base, title, body });
  return { action: "opened", number: created.number, url: created.url };
}

// src/use-cases/drift/open-drift-pull-request.ts
async function openDriftPullRequest(ctx, io, github, prAuthor) {
  const result = await planRefresh(ctx, io.cwd);
  const root = ctx.tenant?.repoRoot ?? io.cwd;
  const files = result.files.map((f) => {
    const relative = path.relative(root, path.resolve(io.cwd, f.file)).split(path.sep).join("/");
    if (relative.startsWith("../") || path.isAbsolute(relative))
      throw new UsageError(`${f.file} is outside the ${ctx.tenant ? "repository" : "working directory"}; run drift from the root of the repository`);
    return { path: relative, content: f.after };
  });
  const base = await github.defaultBranch();
  const parentSha = io.env.GITHUB_SHA && /^[0-9a-f]{40}$/i.test(io.env.GITHUB_SHA) ? io.env.GITHUB_SHA : await github.branchHead(base);
  const runUrl = io.env.GITHUB_REPOSITORY ? githubContext(io.env).runUrl : void 0;
  const pr = await proposeDriftPullRequest(github, {
    files,
    parentSha,
    base,
    summary: refreshMarkdown(result),
    author: prAuthor ? authorFor(prAuthor) : ACTIONS_BOT,
    ...runUrl ? { runUrl } : {},
    ...ctx.tenant ? { tenant: ctx.tenant.name } : {}
  });
  return { ...pr, leftAlone: result.leftAlone };
}
export {
  openDriftPullRequest
};
