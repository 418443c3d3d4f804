import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  schemaHeader
} from "./chunk-SGRLANEU.js";
import {
  require_dist
} from "./chunk-IHX4MFJ2.js";
import {
  HAS_UNSAFE,
  forYamlComment,
  forYamlName,
  skillSlug
} from "./chunk-R75TXLSG.js";
import {
  __toESM
} from "./chunk-NN5INX47.js";

// src/queue-file/write-queue-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var commentText = (s) => forYamlComment(s);
function queueFileNames(skills) {
  const bySlug = /* @__PURE__ */ new Map();
  for (const skill of skills) {
    const slug = skillSlug(skill.skillName) || `skill-${skill.skillId}`;
    bySlug.set(slug, [...bySlug.get(slug) ?? [], skill]);
  }
  const names = /* @__PURE__ */ new Map();
  for (const [slug, group] of bySlug) {
    for (const skill of group) names.set(skill.skillId, group.length === 1 ? `${slug}.yaml` : `${slug}-${skill.skillId}.yaml`);
  }
  return names;
}
function renderQueueFile(skill, assignments, agents, uniqueLogins2, schema = "../schemas/queue.schema.json") {
  const rows = assignments.map((a) => {
    const agent = agents.get(a.agentId);
    const ref = agent ? agentWrittenAs(agent, uniqueLogins2) : a.agentId;
    return { a, agent, ref, sortKey: typeof ref === "string" ? ref.toLowerCase() : `~${String(ref).padStart(12, "0")}` };
  }).sort((x, y) => x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : x.a.agentId - y.a.agentId);
  const doc = new import_yaml.Document({
    skill: forYamlName(skill.skillName),
    skillId: skill.skillId,
    mode: "authoritative",
    agents: rows.map(({ a, ref }) => ({ agent: ref, proficiency: a.proficiency, ...a.isActive ? {} : { active: false } }))
  });
  doc.commentBefore = ` ${schemaHeader(schema)}
 Imported from CXone by \`skillops import\`. Edit freely: this file is now the source of truth.`;
  const list = doc.get("agents", true);
  if ((0, import_yaml.isSeq)(list)) {
    list.items.forEach((item, i) => {
      const { agent } = rows[i];
      if (!(0, import_yaml.isMap)(item)) return;
      const value = item.items[0]?.value;
      if (!value) return;
      const notes = agentComment(agent);
      if (notes) value.comment = ` ${notes}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}
function agentWrittenAs(agent, uniqueLogins2) {
  const login = agent.userName.trim();
  return login && !/^\d+$/.test(login) && login.length <= 320 && !HAS_UNSAFE.test(login) && uniqueLogins2.has(login.toLowerCase()) ? login : agent.agentId;
}
function agentComment(agent) {
  const name = agent ? commentText(`${agent.firstName} ${agent.lastName}`) : "agent not found in CXone";
  return [name, agent && !agent.isActive ? "inactive in CXone" : ""].filter(Boolean).join(", ");
}
function uniqueLogins(agents) {
  const counts = /* @__PURE__ */ new Map();
  for (const a of agents) {
    const k = a.userName.trim().toLowerCase();
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
}

export {
  queueFileNames,
  renderQueueFile,
  agentWrittenAs,
  agentComment,
  uniqueLogins
};
