import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  agentComment,
  agentWrittenAs,
  uniqueLogins
} from "./chunk-VDOXSWPC.js";
import {
  editQueueFile
} from "./chunk-THN63JXE.js";

// src/use-cases/refresh/refresh-files.ts
var stateText = (s) => `proficiency ${s.proficiency}${s.isActive ? "" : ", inactive"}`;
function refreshFiles(plan, live, texts, options = {}) {
  const ranges = new Map(options.constraints === false ? [] : (options.desired?.queues ?? []).map((q) => [q.file, q.proficiency]));
  const dated = /* @__PURE__ */ new Map();
  for (const q of options.desired?.queues ?? []) for (const e of q.agents) if (e.from !== void 0) dated.set(`${e.at.file}:${e.at.line}:${e.at.col}`, e.from);
  const agents = new Map(live.agents.map((a) => [a.agentId, a]));
  const logins = uniqueLogins(live.agents);
  const held = new Map(live.assignments.map((a) => [`${a.skillId}/${a.agentId}`, a]));
  const files = [];
  const leftAlone = [];
  for (const q of plan.queues) {
    if (options.only && !options.only.has(q.file)) continue;
    const edits = [];
    const changes = [];
    const leave = (c, reason, message) => leftAlone.push({ file: q.file, skillName: q.skillName, agentId: c.agentId, userName: c.userName, reason, message });
    const range = ranges.get(q.file);
    const allowed = (p) => !range || p >= range.min && p <= range.max;
    for (const c of q.changes) {
      const agent = agents.get(c.agentId);
      const from = c.source && c.reason !== "expired" ? dated.get(c.source) : void 0;
      if (from !== void 0) {
        leave(
          c,
          "dated",
          `${c.userName}'s entry is dated (from ${from}) and CXone has ${c.before ? stateText(c.before) : "no assignment"}; left as written, apply makes CXone match`
        );
        continue;
      }
      if (c.before && !allowed(c.before.proficiency) && c.reason !== "expired") {
        leave(
          c,
          "constraint",
          `${c.userName} has proficiency ${c.before.proficiency} in CXone, outside this queue's allowed ${range.min}–${range.max}; left as written (apply reverts it, or widen constraints.proficiency first)`
        );
        continue;
      }
      const match = { agentId: c.agentId, names: [agent?.userName, agent?.emailAddress].filter((n) => Boolean(n)) };
      const label = { agentId: c.agentId, userName: c.userName, name: c.name };
      if (c.action === "update") {
        const before2 = c.after;
        const now = c.before;
        edits.push({
          agent: match,
          set: {
            ...before2.proficiency !== now.proficiency ? { proficiency: now.proficiency } : {},
            ...before2.isActive !== now.isActive ? { active: now.isActive } : {}
          }
        });
        changes.push({ action: "update", ...label, file: before2, live: now });
      } else if (c.action === "add") {
        if (q.mode === "additive") {
          leave(c, "additive", `${c.userName} is listed in an additive file but not assigned in CXone; additive files never lose agents`);
          continue;
        }
        edits.push({ agent: match, remove: true });
        changes.push({ action: "remove", ...label, file: c.after });
      } else if (c.reason === "expired") {
        leave(c, "expired", `${c.userName}'s entry ended (until has passed) but CXone still has ${stateText(c.before)}; left as written, apply removes it`);
      } else {
        const now = c.before;
        edits.push({
          add: { agent: agent ? agentWrittenAs(agent, logins) : c.agentId, proficiency: now.proficiency, active: now.isActive, comment: agentComment(agent) }
        });
        changes.push({ action: "add", ...label, live: now });
      }
    }
    for (const p of q.pending) {
      const current = held.get(`${q.skillId}/${p.agentId}`);
      if (current && (current.proficiency !== p.after.proficiency || current.isActive !== p.after.isActive)) {
        leave(p, "pending", `${p.userName}'s entry takes effect on ${p.from}; CXone has ${stateText(current)} until then; left as written`);
      }
    }
    if (edits.length === 0) continue;
    const before = texts.get(q.file);
    if (before === void 0) throw new Error(`no text for ${q.file}`);
    const after = editQueueFile(before, edits, { file: q.file });
    if (after !== before) files.push({ file: q.file, skillId: q.skillId, skillName: q.skillName, before, after, changes });
  }
  const managed = new Set(plan.managedSkillIds);
  const excluded = new Set((options.exclude ?? []).map((e) => e.toLowerCase()));
  const unmanagedSkills = live.skills.filter((s) => s.isActive && !managed.has(s.skillId) && !excluded.has(s.skillName.toLowerCase())).sort((a, b) => a.skillName.localeCompare(b.skillName) || a.skillId - b.skillId);
  return { files, leftAlone, unmanagedSkills };
}

export {
  refreshFiles
};
