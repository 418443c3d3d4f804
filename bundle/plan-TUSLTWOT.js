import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  planOutputs,
  writeActionOutputs
} from "./chunk-62VJM5YZ.js";
import {
  planText,
  reportDrift,
  warningLines,
  wrapLines
} from "./chunk-KH6U3KUX.js";
import {
  agentText,
  planJson,
  planMarkdown
} from "./chunk-33OATMI7.js";
import {
  checkOutPath,
  readPlanFile,
  writePlanFile,
  writeStepSummary
} from "./chunk-W4G7WB4O.js";
import "./chunk-CPXVJA44.js";
import "./chunk-RB62M4TY.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import {
  policyError
} from "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import "./chunk-WMZ2HHHT.js";
import {
  hasChanges
} from "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forMarkdown,
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/drift-text.ts
var stateText = (s) => `proficiency ${s.proficiency}${s.isActive ? "" : ", inactive"}`;
function sides(c, q, safe) {
  const queue = safe(q.skillName);
  const source = safe(c.source ?? q.file);
  if (c.action === "add") return { cxone: `removed from ${queue} in CXone`, files: `${source} lists them at ${stateText(c.after)}` };
  if (c.action === "remove" && c.reason === "expired")
    return { cxone: `still on ${queue} in CXone at ${stateText(c.before)}`, files: `${source} ended their dates` };
  if (c.action === "remove") return { cxone: `added to ${queue} in CXone at ${stateText(c.before)}`, files: `${safe(q.file)} does not list them` };
  return { cxone: `changed on ${queue} in CXone to ${stateText(c.before)}`, files: `${source} has ${stateText(c.after)}` };
}
function headline(plan) {
  const n = plan.summary.add + plan.summary.update + plan.summary.remove;
  return `Drift: live CXone differs from skills/ in ${plural(n, "assignment")} across ${plural(plan.summary.queuesChanged, "queue")}.`;
}
var NO_DRIFT = "No drift. Live CXone matches skills/.";
function driftText(plan, color, options = {}) {
  if (!hasChanges(plan)) return `${NO_DRIFT}
`;
  const out = [color.bold(headline(plan)), "Someone changed CXone by hand (or a change in skills/ was never applied).", ""];
  for (const q of plan.queues.filter((x) => x.changes.length > 0)) {
    out.push(`${color.bold(forTerminal(q.skillName))} ${color.dim(`(skill ${q.skillId}, ${forTerminal(q.file)})`)}`);
    for (const c of q.changes) {
      const { cxone, files } = sides(c, q, forTerminal);
      out.push(`  ${agentText(c, forTerminal)}: ${cxone}; ${files}`);
    }
    out.push("");
  }
  if (plan.warnings.length > 0) out.push(color.yellow.bold("Warnings"), ...warningLines(plan, color, options.verbose ?? false), "");
  out.push(
    "Two ways out:",
    "  skillops apply     reverts CXone to what skills/ says (undoes the hand changes)",
    "  skillops refresh   accepts the hand changes: writes what CXone has into skills/"
  );
  return `${wrapLines(out.join("\n"), options.columns)}
`;
}
var MD_ROWS = 100;
function driftMarkdown(plan) {
  if (!hasChanges(plan)) return `**${NO_DRIFT}**
`;
  const out = [`**${headline(plan)}**`, "", "Someone changed CXone by hand (or a change in skills/ was never applied).", ""];
  out.push("| agent | CXone has | skills/ has |", "|---|---|---|");
  const rows = plan.queues.flatMap((q) => q.changes.map((c) => ({ q, c })));
  for (const { q, c } of rows.slice(0, MD_ROWS)) {
    const { cxone, files } = sides(c, q, forMarkdown);
    out.push(`| ${forMarkdown(agentText(c))} | ${cxone} | ${files} |`);
  }
  if (rows.length > MD_ROWS) out.push("", `… and ${rows.length - MD_ROWS} more (all of them in \`skillops drift --format json\`).`);
  out.push(
    "",
    "Two ways out:",
    "",
    "- **Revert** the hand changes: `skillops apply` (the apply workflow) puts CXone back to what skills/ says.",
    "- **Accept** them: `skillops refresh` (or the drift pull request) writes what CXone has into skills/."
  );
  return `${out.join("\n")}
`;
}

// src/render/plan-format.ts
function renderPlan(plan, format, color, options = {}) {
  if (format === "json") return planJson(plan);
  if (format === "markdown") return planMarkdown(plan);
  return planText(plan, color, options);
}

// src/use-cases/drift/check-drift.ts
async function checkDrift(options, io, planned) {
  const ctx = await computePlan({ ...options, force: true }, io);
  const { plan } = ctx;
  const drifted = hasChanges(plan);
  writeActionOutputs(io.env, planOutputs(plan));
  planned(plan);
  await writeStepSummary(io, `## skillops drift

${driftMarkdown(plan)}`);
  let github = options.github;
  const gh = () => github ??= createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
  const outcome = { drifted };
  let decision;
  if (options.pullRequest) {
    const { openDriftPullRequest } = await import("./open-drift-pull-request-ERDLJKWJ.js");
    const pr = await openDriftPullRequest(ctx, io, gh(), options.prAuthor);
    outcome.pullRequest = pr;
    if (pr.number && pr.action !== "closed") {
      decision = `**Accept** the hand changes: review and merge #${pr.number}. **Revert** them: close #${pr.number} and run the apply workflow.`;
    }
  }
  if (options.issue) outcome.issue = await reportDrift(gh(), drifted, driftMarkdown(plan), decision, ctx.tenant?.name);
  return outcome;
}

// src/use-cases/planning/plan-and-save.ts
import path from "node:path";
async function planAndSave(options, io) {
  if (options.out) await checkOutPath(options.out, io.cwd);
  const { plan } = await computePlan(options, io);
  writeActionOutputs(io.env, planOutputs(plan));
  if (options.out) {
    await writePlanFile(path.resolve(io.cwd, options.out), plan).catch((error) => {
      throw new UsageError(`cannot save the plan to ${options.out}: ${error.code ?? error.message}`);
    });
  }
  return plan;
}

// src/cli/commands/plan.ts
async function planCommand(options, io) {
  const plan = await planAndSave(options, io);
  io.out(renderPlan(plan, options.format, io.color, textOptions(options, io)));
  if (options.out && options.format !== "json")
    io.out(
      plan.policy.ok ? `
Saved the plan to ${options.out}. Apply exactly this plan with: skillops apply ${options.out}
` : `
Saved the plan to ${options.out}. Policy refuses it: apply will not run it; change skills/ and plan again.
`
    );
  if (!plan.policy.ok) throw policyError(plan);
  return options.detailedExitcode && hasChanges(plan) ? 2 : 0;
}
var textOptions = (options, io) => ({
  ...options.verbose ? { verbose: true } : {},
  ...io.columns ? { columns: io.columns } : {}
});
async function showCommand(file, options, io) {
  const plan = await readPlanFile(file);
  io.out(renderPlan(plan, options.format, io.color, textOptions(options, io)));
  return 0;
}
async function driftCommand(options, io) {
  const {
    drifted,
    pullRequest: pr,
    issue
  } = await checkDrift(options, io, (plan) => {
    if (options.format === "json") io.out(renderPlan(plan, "json", io.color));
    else io.out(options.format === "markdown" ? driftMarkdown(plan) : driftText(plan, io.color, textOptions(options, io)));
  });
  for (const l of pr?.leftAlone ?? []) io.out(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}
`);
  if (pr && pr.action !== "none") io.out(`Drift pull request #${pr.number} ${pr.action}${pr.url ? `: ${pr.url}` : ""}.
`);
  if (issue && issue.action !== "none") io.out(`Drift issue #${issue.number} ${issue.action}.
`);
  return drifted ? 2 : 0;
}
export {
  driftCommand,
  planCommand,
  showCommand
};
