import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  readPlanFile,
  writeStepSummary
} from "./chunk-W4G7WB4O.js";
import {
  makePlan
} from "./chunk-UF3C6VWZ.js";
import {
  NO_TARGET
} from "./chunk-GC5C2UK2.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import {
  describeTarget,
  isTargeted,
  sameTarget
} from "./chunk-WMZ2HHHT.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  ConfigError,
  PlanIntegrityError,
  StalePlanError,
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  fenceFor,
  forCodeLine,
  forMarkdown,
  forMessage,
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/render/left-alone-text.ts
function leftAloneText(queues) {
  if (!queues?.length) return "";
  const lines = queues.map((q) => `  ${forTerminal(q.skillName)} (${forTerminal(q.file)}): ${plural(q.changes, "difference")}; ${q.why}
`);
  return `Left alone (outside the queues this plan covers; nothing written there):
${lines.join("")}`;
}
function leftAloneMarkdown(queues) {
  if (!queues?.length) return "";
  const rows = queues.map((q) => `- **${forMarkdown(q.skillName)}** (\`${forCodeLine(q.file)}\`): ${plural(q.changes, "difference")}; ${forMarkdown(q.why)}`);
  return ["", "#### Left alone", "", "Outside the queues this plan covers; nothing was written there.", "", ...rows, ""].join("\n");
}

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
async function explainRefusal(reason, pr, io, given, summaryWritten = false) {
  const env = io.env;
  const repo = env.GITHUB_REPOSITORY;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const markdown = applyRefusalMarkdown(reason, {
    ...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
    ...repo && env.GITHUB_RUN_ID ? { runUrl: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    ...repo ? { dispatchUrl: `${server}/${repo}/actions/workflows/${env.SKILLOPS_APPLY_WORKFLOW ?? "skillops-apply.yml"}` } : {}
  });
  if (!summaryWritten) await writeStepSummary(io, markdown);
  if (pr === void 0) return void 0;
  try {
    const github = given ?? createGitHub(githubContext(env, {}, { repoFlag: false }), env);
    await github.createComment(pr, markdown);
    return `Explained on #${pr} why nothing was applied.`;
  } catch (error) {
    return `Could not comment on #${pr}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// src/plan/plan-origin.ts
var tenantText = (o) => {
  const parts = [o.tenantId ? `tenant "${o.tenantId}"` : void 0, o.apiBase].filter(Boolean);
  return parts.length > 0 ? parts.join(" at ") : "the tenant found by discovery";
};
var sameUrl = (a, b) => (a ?? "").replace(/\/+$/, "").toLowerCase() === (b ?? "").replace(/\/+$/, "").toLowerCase();
var sameDir = (a, b) => a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
function checkPlanOrigin(saved, current) {
  const was = saved.origin;
  if (!was) return "the saved plan does not say which tenant and skills folder it was made for. Run `skillops plan --out` here.";
  const reasons = [];
  const tenantDiffers = (was.tenantId ?? "") !== (current.tenantId ?? "") && was.tenantId !== void 0 && current.tenantId !== void 0;
  const baseDiffers = was.apiBase !== void 0 && current.apiBase !== void 0 && !sameUrl(was.apiBase, current.apiBase);
  if (tenantDiffers || baseDiffers) reasons.push(`it was made for ${tenantText(was)}, and this run is for ${tenantText(current)}`);
  if (!sameDir(was.skillsDir, current.skillsDir)) reasons.push(`it was made from ${was.skillsDir}/, and this run reads ${current.skillsDir}/`);
  return reasons.length > 0 ? `the saved plan is for somewhere else: ${reasons.join("; ")}. Run \`skillops plan --out\` here.` : void 0;
}

// src/plan/plan-integrity.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries2 = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries2.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
var changeKey = (c) => `${c.action} ${c.skillId}:${c.agentId}`;
var pendingKey = (p) => `pending ${p.skillId}:${p.agentId} from ${p.from}`;
function entries(plan) {
  const out = /* @__PURE__ */ new Map();
  const add = (key, c, value) => {
    const entry = out.get(key) ?? { skillId: Number(c?.skillId), agentId: Number(c?.agentId), userName: String(c?.userName ?? ""), values: [] };
    entry.values.push(canonicalJson(value));
    out.set(key, entry);
  };
  for (const q of Array.isArray(plan.queues) ? plan.queues : []) {
    for (const c of Array.isArray(q?.changes) ? q.changes : []) add(changeKey(c), c, { ...c, queueSkillId: q.skillId });
    for (const p of Array.isArray(q?.pending) ? q.pending : []) add(pendingKey(p), p, { ...p, queueSkillId: q.skillId });
  }
  return out;
}
var printable = (d) => d.replace(/[^\x20-\x7e]/g, "?");
function planDifferenceList(saved, fresh) {
  const a = entries(saved);
  const b = entries(fresh);
  const differences = [];
  const about = (e, text) => ({
    skillId: e.skillId,
    agentId: e.agentId,
    userName: printable(e.userName),
    text: printable(text)
  });
  for (const [key, entry] of a) {
    const other = b.get(key);
    if (!other) differences.push(about(entry, `${key} is in the saved plan, but skills/ and live CXone do not call for it`));
    else if (entry.values.length !== other.values.length) differences.push(about(entry, `${key} appears ${entry.values.length} times in the saved plan`));
    else if (entry.values.some((v, i) => v !== other.values[i])) differences.push(about(entry, `${key} differs from the recomputed change`));
  }
  for (const [key, entry] of b)
    if (!a.has(key)) differences.push(about(entry, `${key} is called for by skills/ and live CXone, but missing from the saved plan`));
  const managed = (p) => canonicalJson([...Array.isArray(p.managedSkillIds) ? p.managedSkillIds : []].sort((x, y) => x - y));
  if (managed(saved) !== managed(fresh)) differences.push({ text: "the managed skills differ from the recomputed ones" });
  return differences;
}

// src/plan/plan-scope.ts
function coveredSkillIds(saved) {
  const ids = /* @__PURE__ */ new Set();
  for (const c of Array.isArray(saved.covers) ? saved.covers : []) if (typeof c?.skillId === "number") ids.add(c.skillId);
  for (const q of saved.queues) if (q.changes.length > 0) ids.add(q.skillId);
  return ids;
}
var coverOf = (plan, skillId) => Array.isArray(plan.covers) ? plan.covers.find((c) => c?.skillId === skillId) : void 0;
function judgeCoveredQueues(saved, fresh) {
  const covered = coveredSkillIds(saved);
  const within = {
    ...saved,
    queues: saved.queues.filter((q) => covered.has(q.skillId)),
    managedSkillIds: saved.managedSkillIds.filter((id) => covered.has(id))
  };
  const differences = planDifferenceList(within, fresh).filter((d) => d.skillId !== void 0);
  const stale = [];
  const integrity = [];
  const nameOf = (skillId) => forMessage(String(coverOf(saved, skillId)?.skillName ?? saved.queues.find((q) => q.skillId === skillId)?.skillName ?? skillId), 200);
  const managedNow = new Set(fresh.managedSkillIds);
  const unmanaged = new Set([...covered].filter((id) => !managedNow.has(id) && coverOf(saved, id)));
  for (const skillId of [...unmanaged].sort((a, b) => a - b))
    stale.push(`queue ${nameOf(skillId)}: no queue file manages it now (the files changed for that queue)`);
  for (const d of differences) {
    const skillId = d.skillId;
    if (unmanaged.has(skillId)) continue;
    const before = coverOf(saved, skillId);
    const now = coverOf(fresh, skillId);
    const where = `queue ${nameOf(skillId)}, agent ${d.userName} (${d.agentId})`;
    if (!before || !now) {
      integrity.push(d.text);
      continue;
    }
    const files = before.desiredHash !== now.desiredHash;
    const live = before.liveFingerprint !== now.liveFingerprint;
    if (files && live) stale.push(`${where}: the files changed for that queue and live CXone changed there since the plan was made`);
    else if (files) stale.push(`${where}: the files changed for that queue since the plan was made`);
    else if (live) stale.push(`${where}: live CXone changed for that assignment since the plan was made`);
    else if (movedOnly(saved, fresh, skillId, d.agentId))
      stale.push(`${where}: its entry moved to another line of the queue file since the plan was made (the files changed for that queue)`);
    else if (saved.effectiveDate !== fresh.effectiveDate)
      stale.push(`${where}: a dated entry came due or ended (planned on ${saved.effectiveDate}, it is now ${fresh.effectiveDate})`);
    else integrity.push(d.text);
  }
  if (stale.length > 0) return { ok: false, stale };
  if (integrity.length > 0) return { ok: false, integrity };
  return { ok: true };
}
function movedOnly(saved, fresh, skillId, agentId) {
  const of = (plan) => {
    const q = plan.queues.find((x) => x.skillId === skillId);
    const rows = [...q?.changes ?? [], ...q?.pending ?? []].filter((c) => c.agentId === agentId);
    return rows.map(({ source: _where, ...rest }) => JSON.stringify(Object.entries(rest).sort(([a2], [b2]) => a2 < b2 ? -1 : 1)));
  };
  const [a, b] = [of(saved), of(fresh)];
  return a.length > 0 && a.length === b.length && a.every((row, i) => row === b[i]);
}
function leftAloneQueues(full, covered) {
  return full.queues.filter((q) => !covered.has(q.skillId) && q.changes.length > 0).map((q) => ({
    skillId: q.skillId,
    skillName: q.skillName,
    file: q.file,
    changes: q.changes.length,
    why: "differs from live CXone (drift: a hand change in CXone, or a change not applied yet); not part of this plan"
  }));
}

// src/use-cases/apply/prepare-apply.ts
async function prepareApply(request, deps, abort) {
  if (!request.planFile) {
    const inputs2 = await deps.readAndPlan(request, abort);
    return { inputs: inputs2, plan: inputs2.plan, source: "fresh" };
  }
  const saved = await readPlanFile(request.planFile);
  if (isTargeted(request.target) && !sameTarget(request.target, saved.target)) {
    throw new UsageError(
      `${request.planFile} was planned ${saved.target ? `with ${describeTarget(saved.target)}` : "for every queue"}, not ${describeTarget(request.target)}; apply it without --queue/--exclude-queue (its own target is used) or plan again`
    );
  }
  const inputs = await deps.readAndPlan({ ...request, target: saved.target ?? NO_TARGET }, abort);
  const elsewhere = inputs.plan.origin ? checkPlanOrigin(saved, inputs.plan.origin) : void 0;
  if (elsewhere) throw new UsageError(elsewhere);
  const covered = coveredSkillIds(saved);
  const plan = coveredPlan(inputs, covered, saved, request.force ?? false);
  const verdict = judgeCoveredQueues(saved, plan);
  if (!verdict.ok && "stale" in verdict)
    throw new StalePlanError(`its queues changed since it was made:
${verdict.stale.map((line) => `  - ${line}`).join("\n")}
Nothing was applied`);
  if (!verdict.ok) throw new PlanIntegrityError(verdict.integrity);
  return { inputs: { ...inputs, plan }, plan, source: "saved", leftAlone: leftAloneQueues(inputs.plan, covered) };
}
function coveredPlan(inputs, covered, saved, force) {
  const skillOfFile = new Map(inputs.plan.queues.map((q) => [q.file, q.skillId]));
  const desired = { queues: inputs.desired.queues.filter((q) => covered.has(skillOfFile.get(q.file) ?? Number.NaN)) };
  const result = makePlan({
    desired,
    live: inputs.live,
    now: inputs.now,
    settings: inputs.settings,
    force,
    covers: "all",
    // live impact judged again on this run's fresh real-time read, not the one the plan was reviewed on
    ...inputs.realTime ? { realTime: inputs.realTime } : {},
    ...saved.target ? { target: saved.target } : {}
  });
  if (!result.plan) throw new ConfigError(result.problems, "the desired state does not match the live tenant");
  return { ...result.plan, ...inputs.plan.origin ? { origin: inputs.plan.origin } : {} };
}

export {
  leftAloneText,
  leftAloneMarkdown,
  explainRefusal,
  prepareApply
};
