import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshFiles
} from "./chunk-5QVLFMFL.js";
import {
  queueFileNames,
  renderQueueFile,
  uniqueLogins
} from "./chunk-VDOXSWPC.js";
import {
  fileDiff,
  rewriteQueueFile
} from "./chunk-L3LLU4VP.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import {
  assignmentsBySkill
} from "./chunk-UF3C6VWZ.js";
import {
  isTargeted
} from "./chunk-WMZ2HHHT.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  fenceFor,
  forMarkdown,
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/render/refresh-text.ts
var SYMBOL = { add: "+", update: "~", remove: "-" };
var stateText = (s) => `proficiency ${s.proficiency}${s.isActive ? "" : ", inactive"}`;
function acceptedDetail(c) {
  if (c.action === "add") return `${stateText(c.live)} (assigned in CXone, not in the file)`;
  if (c.action === "remove") return `was ${stateText(c.file)} (no longer assigned in CXone)`;
  const parts = [];
  if (c.file.proficiency !== c.live.proficiency) parts.push(`proficiency ${c.file.proficiency} → ${c.live.proficiency}`);
  if (c.file.isActive !== c.live.isActive) parts.push(`active ${c.file.isActive} → ${c.live.isActive}`);
  return parts.join(", ");
}
var agentText = (c, safe) => `${safe(c.userName)} (${safe(c.name)}, ${c.agentId})`;
function counts(f) {
  return ["add", "update", "remove"].map((a) => [a, f.changes.filter((c) => c.action === a).length]).filter(([, n]) => n > 0).map(([a, n]) => `${SYMBOL[a]}${n}`).join(" ");
}
function refreshLines(result, color, verb) {
  const out = [];
  for (const f of result.files) {
    out.push(`${verb} ${forTerminal(f.file)} (${forTerminal(f.skillName)}): ${counts(f)}`);
    for (const c of f.changes) {
      const paint = c.action === "add" ? color.green : c.action === "remove" ? color.red : color.yellow;
      out.push(paint(`  ${SYMBOL[c.action]} ${agentText(c, forTerminal)}  ${acceptedDetail(c)}`));
    }
  }
  if (result.leftAlone.length > 0) {
    out.push("", "Left as written (the next apply acts on these):");
    for (const l of result.leftAlone) out.push(`  ${forTerminal(l.file)}: ${forTerminal(l.message)}`);
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
function unmanagedLines(skills, creating) {
  if (skills.length === 0 || creating) return "";
  const names = skills.slice(0, 20).map((s) => `"${forTerminal(s.skillName)}" (${s.skillId})`).join(", ");
  return `
${plural(skills.length, "active CXone skill")} ${skills.length === 1 ? "has" : "have"} no queue file: ${names}${skills.length > 20 ? `, and ${skills.length - 20} more` : ""}.
Use --create-missing to write them (or list them in settings.exclude).
`;
}
function refreshMarkdown(result) {
  const total = result.files.reduce((n, f) => n + f.changes.length, 0);
  const out = [`**Accept ${plural(total, "live change")} into ${plural(result.files.length, "queue file")}.**`, ""];
  for (const f of result.files) {
    const body = f.changes.map((c) => `${SYMBOL[c.action]} ${agentText(c, forTerminal)}  ${acceptedDetail(c)}`).join("\n");
    const fence = fenceFor(body);
    out.push(
      "<details open>",
      `<summary><b>${forMarkdown(f.skillName)}</b> (skill ${f.skillId}, <code>${forMarkdown(f.file)}</code>): ${counts(f)}</summary>`,
      "",
      `${fence}diff`,
      body,
      fence,
      "",
      "</details>",
      ""
    );
  }
  if (result.leftAlone.length > 0) {
    out.push("**Left as written** (the next apply acts on these):", "");
    for (const l of result.leftAlone) out.push(`- <code>${forMarkdown(l.file)}</code>: ${forMarkdown(l.message)}`);
    out.push("");
  }
  return out.join("\n");
}
var NO_CHANGES = "No changes. The queue files already describe live CXone.\n";
function skippedLines(outcome) {
  return outcome.skipped.map((s) => `skipped ${forTerminal(s.file)}: the file exists but does not manage skill "${forTerminal(s.skill.skillName)}"
`).join("");
}
function refreshDiffText(outcome, color) {
  const { result, created } = outcome;
  const out = [skippedLines(outcome)];
  for (const f of result.files) out.push(`${fileDiff(f.file, f.before, f.after, color)}
`);
  for (const c of created) out.push(`${fileDiff(c.file, "", c.text, color)}
`);
  out.push(refreshLines(result, color, "would update"));
  for (const c of created) out.push(`would write ${forTerminal(c.file)} (${plural(c.agents, "agent")})
`);
  out.push(unmanagedLines(result.unmanagedSkills, outcome.createMissing));
  if (result.files.length + created.length === 0) out.push(NO_CHANGES);
  return out.join("");
}
function refreshWrittenText(outcome, color) {
  const { result, created } = outcome;
  const out = [skippedLines(outcome), refreshLines(result, color, "updated")];
  for (const c of created) out.push(`wrote ${forTerminal(c.file)} (${plural(c.agents, "agent")})
`);
  out.push(unmanagedLines(result.unmanagedSkills, outcome.createMissing));
  const files = result.files.length + created.length;
  if (files === 0) return out.join("") + NO_CHANGES;
  const changes = result.files.reduce((n, f) => n + f.changes.length, 0);
  const next = result.leftAlone.length > 0 ? "only the entries left as written" : "no changes";
  out.push(
    `
Refreshed ${plural(files, "file")} (${plural(changes, "change")} accepted from CXone). Review with \`git diff\`; \`skillops plan\` should now show ${next}.
`
  );
  return out.join("");
}

// src/use-cases/refresh/refresh-queues.ts
import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
async function planRefresh(ctx, cwd, only) {
  const texts = /* @__PURE__ */ new Map();
  for (const q of ctx.plan.queues) {
    if (q.changes.length === 0 || only && !only.has(q.file)) continue;
    texts.set(q.file, await readFile(path.resolve(cwd, q.file), "utf8"));
  }
  return refreshFiles(ctx.plan, ctx.live, texts, { exclude: ctx.settings.exclude, desired: ctx.desired, ...only ? { only } : {} });
}
async function missingQueueFiles(ctx, skills, cwd) {
  const dir = path.join(ctx.root, ctx.settings.skillsDir);
  const names = queueFileNames(ctx.live.skills);
  const agents = new Map(ctx.live.agents.map((a) => [a.agentId, a]));
  const logins = uniqueLogins(ctx.live.agents);
  const bySkill = assignmentsBySkill(ctx.live.assignments);
  const created = [];
  const skipped = [];
  for (const skill of skills) {
    const target = path.join(dir, names.get(skill.skillId));
    const shown = path.relative(cwd, target) || target;
    if (await access(target).then(
      () => true,
      () => false
    )) {
      skipped.push({ file: shown, skill });
      continue;
    }
    const assignments = bySkill.get(skill.skillId) ?? [];
    created.push({ file: shown, text: renderQueueFile(skill, assignments, agents, logins), agents: assignments.length });
  }
  return { created, skipped };
}
async function refreshQueues(options, io) {
  const { cwd } = io;
  const ctx = await computePlan(
    {
      config: options.config,
      force: true,
      ...options.now ? { now: options.now } : {},
      ...options.cxone ? { cxone: options.cxone } : {},
      ...options.target ? { target: options.target } : {}
    },
    io
  );
  const result = await planRefresh(ctx, cwd);
  if (isTargeted(options.target)) result.unmanagedSkills = [];
  const createMissing = options.createMissing ?? false;
  const missing = createMissing && result.unmanagedSkills.length > 0 ? await missingQueueFiles(ctx, result.unmanagedSkills, cwd) : { created: [], skipped: [] };
  return { result, ...missing, createMissing };
}
var refreshDiffers = (outcome) => outcome.result.files.length + outcome.created.length > 0;
async function writeRefresh(outcome, cwd) {
  for (const f of outcome.result.files) await rewriteQueueFile(path.resolve(cwd, f.file), f.file, f.after);
  for (const c of outcome.created) await writeFile(path.resolve(cwd, c.file), c.text, { encoding: "utf8", flag: "wx" });
}

export {
  refreshMarkdown,
  refreshDiffText,
  refreshWrittenText,
  planRefresh,
  refreshQueues,
  refreshDiffers,
  writeRefresh
};
