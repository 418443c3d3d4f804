import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  describeTarget
} from "./chunk-WMZ2HHHT.js";
import {
  hasChanges
} from "./chunk-E26C7VYQ.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  fenceFor,
  forCodeLine,
  forJson,
  forMarkdown,
  forMarkdownMessage,
  forMessage,
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/render/plan-impact.ts
function waitText(seconds) {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor(seconds % 3600 / 60)).padStart(2, "0")}m`;
}
var fig = (f) => f.before === f.after ? String(f.before) : `${f.before} → ${f.after}`;
var serviceText = (q) => q.serviceLevel === void 0 ? "" : `${q.serviceLevel}%${q.serviceLevelGoal !== void 0 ? ` (goal ${q.serviceLevelGoal}%)` : ""}`;
var recentText = (q) => q.recent ? `${q.recent.serviceLevel !== void 0 ? `${q.recent.serviceLevel}%, ` : ""}${plural(q.recent.contactsHandled, "contact")} handled` : "";
var outText = (a, safe) => `${safe(a.userName)} (${safe(a.state)}${a.onThisQueue ? ", on a contact of this queue" : ""})`;
function impactTextLines(plan, color) {
  const impact = plan.impact;
  if (!impact || !hasChanges(plan)) return [];
  if (!impact.available) return ["", color.yellow(`Live impact unavailable: ${forMessage(impact.reason)}`)];
  if (impact.queues.length === 0) return [];
  const days = impact.recentUnavailable ? 0 : impact.lookbackDays ?? 0;
  const out = ["", color.bold(`Live impact now (CXone real-time${days ? `; last ${plural(days, "day")}` : ""})`)];
  for (const q of impact.queues) {
    const waiting = q.contactsInQueue > 0 ? `${plural(q.contactsInQueue, "contact")} waiting${q.longestWaitSeconds !== void 0 ? `, longest ${waitText(q.longestWaitSeconds)}` : ""}` : "no contacts waiting";
    const parts = [
      `logged in ${fig(q.loggedIn)} (available ${fig(q.available)}, working ${fig(q.working)})`,
      waiting,
      ...serviceText(q) ? [`service level ${serviceText(q)}`] : [],
      ...q.recent ? [`last ${plural(days, "day")}: ${recentText(q)}`] : []
    ];
    const line = `  ${forTerminal(q.skillName)}: ${parts.join("; ")}`;
    const risky = q.loggedIn.after < q.loggedIn.before && q.contactsInQueue > 0;
    out.push(risky ? color.red(line) : line);
    if (q.agentsOut.length > 0) out.push(color.red(`    logged in now and taken off: ${q.agentsOut.map((a) => outText(a, forTerminal)).join(", ")}`));
  }
  if (impact.recentUnavailable) out.push(color.dim(`  Recent performance unavailable: ${forMessage(impact.recentUnavailable)}`));
  return out;
}
function impactMarkdownLines(plan) {
  const impact = plan.impact;
  if (!impact || !hasChanges(plan)) return [];
  if (!impact.available) return ["", `⚠️ Live impact unavailable: ${forMarkdownMessage(impact.reason)}`];
  if (impact.queues.length === 0) return [];
  const days = impact.recentUnavailable ? 0 : impact.lookbackDays ?? 0;
  const recent = days ? ` last ${plural(days, "day")} |` : "";
  const out = [
    "",
    "### Live impact now",
    "",
    `| queue | logged in | available | working | waiting | longest wait | service level |${recent}`,
    `|---|---|---|---|---|---|---|${days ? "---|" : ""}`
  ];
  for (const q of impact.queues) {
    const flag = q.loggedIn.after < q.loggedIn.before && q.contactsInQueue > 0 ? " ⚠️" : "";
    const cells = [
      forMarkdown(q.skillName),
      `${fig(q.loggedIn)}${flag}`,
      fig(q.available),
      fig(q.working),
      String(q.contactsInQueue),
      q.contactsInQueue > 0 && q.longestWaitSeconds !== void 0 ? waitText(q.longestWaitSeconds) : "–",
      serviceText(q) || "–",
      ...days ? [recentText(q) || "–"] : []
    ];
    out.push(`| ${cells.join(" | ")} |`);
  }
  const out2 = impact.queues.filter((q) => q.agentsOut.length > 0);
  if (out2.length > 0) {
    out.push("", "Logged in now and taken off by this plan:");
    for (const q of out2) out.push(`- **${forMarkdown(q.skillName)}**: ${q.agentsOut.map((a) => outText(a, forMarkdown)).join(", ")}`);
  }
  if (impact.recentUnavailable) out.push("", `Recent performance unavailable: ${forMarkdownMessage(impact.recentUnavailable)}`);
  return out;
}

// src/render/plan-lines.ts
function summaryLine(plan) {
  if (!hasChanges(plan)) return "No changes. Live CXone matches skills/.";
  const { add, update, remove, queuesChanged } = plan.summary;
  return `Plan: ${add} to add, ${update} to change, ${remove} to remove across ${plural(queuesChanged, "queue")}.`;
}
function pendingLine(plan) {
  const n = plan.summary.pending;
  return n > 0 ? `Pending: ${plural(n, "dated change")} not applied before ${n === 1 ? "its" : "their"} date (judged on ${plan.effectiveDate}, ${plan.settings.timeZone}).` : void 0;
}
var stateText = (s) => `proficiency ${s.proficiency}${s.isActive ? "" : ", inactive"}`;
function changeDetail(c) {
  if (c.action === "add") return stateText(c.after);
  if (c.action === "remove") return `${stateText(c.before)}${c.reason === "expired" ? " (effective window ended)" : " (not listed)"}`;
  const parts = [];
  if (c.before.proficiency !== c.after.proficiency) parts.push(`proficiency ${c.before.proficiency} → ${c.after.proficiency}`);
  if (c.before.isActive !== c.after.isActive) parts.push(`active ${c.before.isActive} → ${c.after.isActive}`);
  return parts.join(", ");
}
var pendingDetail = (p) => `from ${p.from}: ${stateText(p.after)}`;
var SYMBOL = { add: "+", update: "~", remove: "-" };
var agentText = (c, safe = (s) => s) => `${safe(c.userName)} (${safe(c.name)}, ${c.agentId})`;
function percent(part, whole) {
  return whole === 0 ? "–" : `${(100 * part / whole).toFixed(1)}%`;
}
function targetLine(plan) {
  if (!plan.target) return void 0;
  return `Targeted run (${describeTarget(plan.target)}): only the selected queues were planned; other queues were left out.`;
}

// src/render/plan-policy.ts
var ORDER = { refused: 0, forced: 1, warning: 2, ok: 3 };
var LABEL = { refused: "REFUSED", forced: "FORCED", warning: "warning", ok: "ok" };
var ICON = { refused: "✗", forced: "!", warning: "!", ok: "✓" };
var EMOJI = { refused: "⛔", forced: "⚠️", warning: "⚠️", ok: "✅" };
var OK_SHOWN = 20;
var MD_ATTENTION_ROWS = 100;
var verdictScope = (v) => v.queue && v.agent ? `${v.agent} on ${v.queue}` : v.queue ?? v.agent ?? (v.rule === "maxActiveSkills" ? "all agents" : "all queues");
function verdictMeasure(v) {
  if (v.rule.startsWith("live") && v.note?.startsWith("not judged")) return "no real-time figures";
  if (v.rule === "liveMinLoggedIn") return `${v.before} → ${v.after} logged in`;
  if (v.rule === "liveMaxLoggedInRemoved") return `${v.after} of ${v.before} logged in`;
  if (v.kind === "threshold") return v.before === 0 ? `${v.after} of 0` : `${v.after} of ${v.before} (${(100 * v.after / v.before).toFixed(1)}%)`;
  return `${v.before} → ${v.after}`;
}
function policyHeadline(plan) {
  const verdicts = plan.policy.verdicts;
  const count = (k) => verdicts.filter((v) => v.verdict === k).length;
  const parts = [`${count("ok")} ok`, `${count("warning")} warning${count("warning") === 1 ? "" : "s"}`];
  if (count("forced") > 0) parts.push(`${count("forced")} forced`);
  if (count("refused") > 0) parts.push(`${count("refused")} refused`);
  const state = !plan.policy.ok ? "REFUSED" : plan.policy.forced ? "passed with overrides (--force)" : "passed";
  return `Policy: ${state} (${parts.join(", ")})`;
}
function windowLine(w) {
  if (w.open) return `Change window: open${w.closesAtLocal ? ` until ${w.closesAtLocal} ${w.timeZone}` : ""}.`;
  const next = w.nextOpenLocal ? ` Next window opens ${w.nextOpenLocal} ${w.timeZone} (${w.nextOpen}).` : " No window opens within a year.";
  return `Change window: CLOSED, ${w.reason ?? "closed"}. apply refuses until then unless --force-window --reason is given.${next}`;
}
var sorted = (verdicts) => [...verdicts].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
function policyTextLines(plan, color) {
  const verdicts = plan.policy.verdicts;
  const out = [];
  if (verdicts.length > 0) {
    const paint = { refused: color.red, forced: color.yellow, warning: color.yellow, ok: (s) => s };
    out.push("", (plan.policy.ok ? plan.policy.forced ? color.yellow.bold : color.bold : color.red.bold)(policyHeadline(plan)));
    const all = sorted(verdicts);
    const shown = all.filter((v, i) => v.verdict !== "ok" || i - all.findIndex((x) => x.verdict === "ok") < OK_SHOWN);
    for (const v of shown) {
      const note = v.note ? ` (${v.note})` : "";
      out.push(
        paint[v.verdict](
          `  ${ICON[v.verdict]} ${LABEL[v.verdict].padEnd(7)} ${forTerminal(verdictScope(v))} · ${v.rule}: ${forTerminal(v.requirement)}; ${verdictMeasure(v)}${forTerminal(note)}`
        )
      );
    }
    if (shown.length < all.length) out.push(color.dim(`  … and ${all.length - shown.length} more rules ok (all of them in --format json)`));
  }
  if (plan.policy.window) {
    const w = plan.policy.window;
    out.push("", (w.open ? (s) => s : color.yellow.bold)(forMessage(windowLine(w))));
  }
  return out;
}
function policyMarkdownLines(plan) {
  const verdicts = plan.policy.verdicts;
  const out = [];
  if (verdicts.length > 0) {
    const icon = !plan.policy.ok ? "⛔" : plan.policy.forced ? "⚠️" : "✅";
    out.push("", `${icon} **${forMarkdown(policyHeadline(plan))}**`);
    const row = (v) => `| ${EMOJI[v.verdict]} ${LABEL[v.verdict]} | ${forMarkdown(verdictScope(v))} | ${v.rule} | ${forMarkdown(v.requirement)}${v.note ? ` (${forMarkdown(v.note)})` : ""} | ${forMarkdown(verdictMeasure(v))} |`;
    const header = ["| verdict | queue / agent | rule | requirement | before → after |", "|---|---|---|---|---|"];
    const all = sorted(verdicts);
    const attention = all.filter((v) => v.verdict !== "ok");
    const ok = all.filter((v) => v.verdict === "ok");
    const more = (n, what) => n > 0 ? ["", `… and ${n} more ${what} (all of them in \`skillops plan --format json\`).`] : [];
    if (attention.length > 0)
      out.push("", ...header, ...attention.slice(0, MD_ATTENTION_ROWS).map(row), ...more(attention.length - MD_ATTENTION_ROWS, "verdicts that need attention"));
    if (ok.length > 0) out.push("", attention.length === 0 ? `All ${plural(ok.length, "rule")} passed.` : `The other ${plural(ok.length, "rule")} passed.`);
  }
  if (plan.policy.window) out.push("", `${plan.policy.window.open ? "🕒" : "⛔"} ${forMarkdownMessage(windowLine(plan.policy.window))}`);
  return out;
}

// src/render/plan-warnings.ts
var are = (n) => n === 1 ? "is" : "are";
function groupLine(code, all) {
  const n = all.length;
  switch (code) {
    case "inactive-agent": {
      const agents = new Set(all.map((w) => w.agentId ?? w.message)).size;
      return `${plural(n, "assignment")} of ${plural(agents, "inactive agent")} ${are(n)} kept; they take no contacts`;
    }
    case "inactive-skill":
      return `${plural(n, "queue file")} name${n === 1 ? "s a skill" : " skills"} inactive in CXone; assignments are kept but route nothing`;
    case "skill-renamed":
      return `${plural(n, "skill")} ${are(n)} named differently in CXone; the skillId wins`;
    case "excluded-skill":
      return `${plural(n, "queue file")} ${are(n)} ignored: ${n === 1 ? "its skill is" : "their skills are"} in settings.exclude`;
    case "ended-in-additive":
      return `${plural(n, "ended assignment")} ${are(n)} kept: additive queues never remove`;
    case "empty-queue":
      return `${plural(n, "queue")} would have NO active agents after this plan`;
    default:
      return plural(n, "other warning");
  }
}
function groupWarnings(plan, expected = plan.settings.expectedWarnings ?? []) {
  const changed = new Set(plan.queues.filter((q) => q.changes.length > 0 || q.pending.length > 0).map((q) => q.file));
  const byCode = /* @__PURE__ */ new Map();
  for (const w of plan.warnings) {
    const code = w.code ?? "other";
    let list = byCode.get(code);
    if (!list) byCode.set(code, list = []);
    list.push(w);
  }
  return [...byCode].map(([code, all]) => {
    const isExpected = expected.includes(code);
    const detail = isExpected ? [] : all.filter((w) => code === "empty-queue" || w.code === void 0 || w.file !== void 0 && changed.has(w.file));
    return { code, line: groupLine(code, all), all, detail, expected: isExpected };
  });
}
var DETAIL_SHOWN = 12;

// src/render/plan-markdown.ts
function planMarkdownBlocks(plan) {
  const blocks = [];
  let out = [];
  const flush = () => {
    if (out.length > 0) blocks.push(out.join("\n").replace(/^\n+|\n+$/g, ""));
    out = [];
  };
  out.push(`**${summaryLine(plan)}**`);
  const target = targetLine(plan);
  if (target) out.push("", forMarkdown(target));
  const pending = pendingLine(plan);
  if (pending) out.push("", pending);
  out.push(...policyMarkdownLines(plan));
  const shown = plan.queues.filter((q) => q.changes.length > 0 || q.pending.length > 0);
  if (shown.length > 0) out.push("", "### Changes by queue");
  flush();
  for (const q of shown) {
    const counts = ["add", "update", "remove"].map((a) => [a, q.changes.filter((c2) => c2.action === a).length]).filter(([, n]) => n > 0).map(([a, n]) => `${SYMBOL[a]}${n}`);
    if (q.pending.length > 0) counts.push(`${q.pending.length} pending`);
    const body = [];
    for (const c2 of q.changes) body.push(`${SYMBOL[c2.action]} ${agentText(c2, forCodeLine)}  ${changeDetail(c2)}`);
    for (const p of q.pending) body.push(`  ${agentText(p, forCodeLine)}  pending ${pendingDetail(p)}`);
    const text = body.join("\n");
    const fence = fenceFor(text);
    out.push(
      "",
      "<details>",
      `<summary><b>${forMarkdown(q.skillName)}</b> (skill ${q.skillId}, <code>${forMarkdown(q.file)}</code>): ${counts.join(" ")}</summary>`,
      "",
      `${fence}diff`,
      text,
      fence,
      "",
      "</details>"
    );
    flush();
  }
  out.push(...impactMarkdownLines(plan));
  flush();
  const rows = plan.queues.filter(coverageMatters);
  out.push("", "### Coverage");
  if (rows.length > 0) out.push("", "| queue | active agents before → after | min |", "|---|---|---|");
  for (const q of rows) {
    const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
    const flag = activeAfter === 0 ? " ⛔ **empty**" : activeAfter < minActiveAgents ? " ⚠️ below minimum" : "";
    out.push(`| ${forMarkdown(q.skillName)} | ${activeBefore} → ${activeAfter}${flag} | ${minActiveAgents} |`);
  }
  const c = plan.coverage;
  const unchanged = plan.queues.length - rows.length;
  out.push(
    "",
    ...unchanged > 0 ? [`${plural(unchanged, rows.length > 0 ? "other queue" : "queue")}: coverage unchanged and at or above minimum.`] : [],
    `Active agents with at least one skill: ${percent(c.withSkillBefore, c.activeAgents)} → ${percent(c.withSkillAfter, c.activeAgents)} (${c.withSkillBefore} → ${c.withSkillAfter} of ${c.activeAgents}).`,
    `Managed queues meeting minActiveAgents: ${c.queuesMeetingMinBefore}/${c.managedQueues} → ${c.queuesMeetingMinAfter}/${c.managedQueues}.`
  );
  flush();
  if (plan.warnings.length > 0) out.push(...warningsMarkdown(plan));
  flush();
  out.push(`<sub>Every coverage row, warning and verdict: \`skillops plan --format json\` (or \`--verbose\`).</sub>`);
  flush();
  return blocks;
}
var coverageMatters = (q) => {
  const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
  return activeBefore !== activeAfter || activeAfter < minActiveAgents || activeAfter === 0 && q.changes.length > 0;
};
function warningsMarkdown(plan) {
  const groups = groupWarnings(plan);
  const attention = groups.filter((g) => !g.expected);
  const kinds = groups.map((g) => `${g.line}${g.expected ? " (expected)" : ""}`).join("; ");
  const out = ["<details>", `<summary>⚠️ ${plural(plan.warnings.length, "warning")}: ${kinds}</summary>`];
  const listed = [...attention.flatMap((g) => g.detail), ...attention.flatMap((g) => g.all.filter((w) => !g.detail.includes(w)))];
  if (listed.length > 0) {
    out.push("");
    for (const w of listed.slice(0, MD_WARNINGS_LISTED)) out.push(`- ${w.at ? `${forMarkdown(w.at)}: ` : ""}${forMarkdownMessage(w.message)}`);
    if (listed.length > MD_WARNINGS_LISTED) out.push("", `… and ${listed.length - MD_WARNINGS_LISTED} more (all of them in \`skillops plan --verbose\`).`);
  }
  out.push("", "</details>");
  return out;
}
var MD_WARNINGS_LISTED = 10;
var planMarkdown = (plan) => `${planMarkdownBlocks(plan).join("\n\n")}
`;
var planJson = (plan) => `${forJson(plan)}
`;

export {
  summaryLine,
  pendingLine,
  changeDetail,
  pendingDetail,
  SYMBOL,
  agentText,
  percent,
  targetLine,
  impactTextLines,
  policyTextLines,
  groupWarnings,
  DETAIL_SHOWN,
  planMarkdownBlocks,
  planMarkdown,
  planJson
};
