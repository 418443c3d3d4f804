import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  writeStepSummary
} from "./chunk-GZUE7ZBT.js";
import {
  createGitHub,
  githubContext
} from "./chunk-K6KRATRF.js";
import {
  fenceFor,
  forTerminal
} from "./chunk-LKKC6K6V.js";

// src/render/apply-refusal.ts
var REFUSAL_MARKER = "<!-- skillops-apply-refused -->";
function applyRefusalMarkdown(reason, meta = {}) {
  const text = forTerminal(reason.slice(0, 1e4));
  const fence = fenceFor(text);
  return [
    REFUSAL_MARKER,
    "",
    "## skillops apply: nothing was applied",
    "",
    `The merge${meta.commit ? ` (${meta.commit.slice(0, 7)})` : ""} was **not** applied to CXone, because the plan reviewed on this pull request could not be applied as reviewed:`,
    "",
    fence,
    text,
    fence,
    "",
    `**To re-plan and apply what is on the default branch now:** run the apply workflow by hand (${meta.dispatchUrl ? `[Actions → skillops apply → Run workflow](${meta.dispatchUrl})` : "Actions → skillops apply → Run workflow"}). It plans afresh, shows the plan in the run summary, and waits for the \`cxone-production\` environment reviewers to approve before it writes.`,
    ...meta.runUrl ? ["", `---
<sub>[apply run](${meta.runUrl})</sub>`] : []
  ].join("\n");
}

// src/use-cases/apply/explain-refusal.ts
async function explainRefusal(reason, pr, io, given) {
  const env = io.env;
  const repo = env.GITHUB_REPOSITORY;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const markdown = applyRefusalMarkdown(reason, {
    ...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
    ...repo && env.GITHUB_RUN_ID ? { runUrl: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    ...repo ? { dispatchUrl: `${server}/${repo}/actions/workflows/${env.SKILLOPS_APPLY_WORKFLOW ?? "skillops-apply.yml"}` } : {}
  });
  await writeStepSummary(io, markdown);
  if (pr === void 0) return void 0;
  try {
    const github = given ?? createGitHub(githubContext(env, {}, { repoFlag: false }), env);
    await github.createComment(pr, markdown);
    return `Explained on #${pr} why nothing was applied.`;
  } catch (error) {
    return `Could not comment on #${pr}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export {
  explainRefusal
};
