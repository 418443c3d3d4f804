import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-NN5INX47.js";

// src/sim/faults.ts
var DEFAULT_FAULTS = {
  rateLimitPerSecond: 0,
  rateLimitRate: 0,
  retryAfter: true,
  errorRate: 0,
  latencyMs: 0,
  tokenLifetimeSeconds: 3600,
  failingAgents: [],
  maxBatchSize: 500,
  maxPageSize: 1e4,
  skillCentricProficiency: [1, 5],
  agentCentricProficiency: [1, 20],
  skillAgentsListInactive: false,
  failedItemsCarryId: false,
  loseWriteResponses: 0,
  holdWrites: false,
  holdReads: false,
  defaultProficiency: 1,
  bulkAbsent: 0,
  bulkExisting: "update",
  bulkPartialStatus: 200,
  bulkMaxPairs: 1e4
};
function parseProficiencyRange(text) {
  const m = /^(skill-centric|agent-centric)=(\d{1,3})-(\d{1,3})$/.exec(text.trim());
  if (!m || Number(m[2]) > Number(m[3])) return `"${text}" is not <skill-centric|agent-centric>=<min>-<max>, e.g. skill-centric=1-5`;
  const range = [Number(m[2]), Number(m[3])];
  return m[1] === "skill-centric" ? { skillCentricProficiency: range } : { agentCentricProficiency: range };
}
function patchFaults(current, patch) {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return "body must be a JSON object";
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in DEFAULT_FAULTS)) return `unknown fault "${key}"; known: ${Object.keys(DEFAULT_FAULTS).join(", ")}`;
    const k = key;
    if (k === "failingAgents") {
      if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v))) return "failingAgents must be a list of agent ids";
      next.failingAgents = value;
    } else if (k === "retryAfter" || k === "skillAgentsListInactive" || k === "failedItemsCarryId" || k === "holdWrites" || k === "holdReads") {
      if (typeof value !== "boolean") return `${k} must be true or false`;
      next[k] = value;
    } else if (k === "bulkExisting") {
      if (value !== "update" && value !== "fail") return 'bulkExisting must be "update" or "fail"';
      next.bulkExisting = value;
    } else if (k === "bulkAbsent" && ![0, 404, 405].includes(value)) {
      return "bulkAbsent must be 0, 404 or 405";
    } else if (k === "bulkPartialStatus" && ![200, 206, 207].includes(value)) {
      return "bulkPartialStatus must be 200, 206 or 207";
    } else if (k === "skillCentricProficiency" || k === "agentCentricProficiency") {
      if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => Number.isSafeInteger(v)) || value[0] > value[1]) return `${k} must be [min, max]`;
      next[k] = [value[0], value[1]];
    } else {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return `${k} must be a number >= 0`;
      if ((k === "rateLimitRate" || k === "errorRate") && value > 1) return `${k} is a share between 0 and 1`;
      next[k] = value;
    }
  }
  return next;
}

// src/sim/fixtures.ts
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// src/sim/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/sim/fixtures.ts
var demoPath = fileURLToPath(new URL("../../src/sim/fixtures/demo.json", new URL("./sim/fixtures.js", import.meta.url).href));
async function loadFixture(spec) {
  if (spec === "demo") return JSON.parse(await readFile(demoPath, "utf8"));
  const generated = /^generate:(\d+)x(\d+)x(\d+)$/.exec(spec);
  if (generated) return generateTenant({ skills: Number(generated[1]), agents: Number(generated[2]), assignments: Number(generated[3]) });
  return JSON.parse(await readFile(spec, "utf8"));
}
function generateTenant(size) {
  const random = seededRandom(size.seed ?? 1);
  const skills = [];
  for (let i = 0; i < size.skills; i++) {
    skills.push({
      skillId: 2e7 + i,
      skillName: `Queue ${String(i).padStart(5, "0")}`,
      mediaTypeId: 4,
      mediaTypeName: "Phone Call",
      isActive: i % 50 !== 25,
      campaignId: 700,
      campaignName: "Inbound",
      isOutbound: false
    });
  }
  const teams = Array.from({ length: Math.max(1, Math.ceil(size.agents / 50)) }, (_, i) => ({ teamId: 9e4 + i, teamName: `Team ${i}`, isActive: true }));
  const agents = [];
  for (let i = 0; i < size.agents; i++) {
    const team = teams[Math.floor(i / 50)];
    agents.push({
      agentId: 3e7 + i,
      userName: `agent${i}@generated.example`,
      firstName: "Agent",
      lastName: String(i),
      emailAddress: `agent${i}@generated.example`,
      teamId: team.teamId,
      teamName: team.teamName,
      isActive: i % 33 !== 32
    });
  }
  const perSkill = Math.min(size.agents, Math.ceil(size.assignments / Math.max(1, size.skills)));
  const assignments = [];
  for (let s = 0; s < size.skills && assignments.length < size.assignments; s++) {
    const start = s * 7919 % Math.max(1, size.agents);
    for (let k = 0; k < perSkill && assignments.length < size.assignments; k++) {
      assignments.push({
        skillId: skills[s].skillId,
        agentId: agents[(start + k) % size.agents].agentId,
        proficiency: 1 + Math.floor(random() * 20),
        isActive: random() > 0.05
      });
    }
  }
  return { businessUnitId: 4600002, description: `generated ${size.skills}x${size.agents}x${size.assignments}`, skills, agents, teams, assignments };
}

// src/sim/server.ts
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";

// src/sim/activity.ts
function share(id, salt) {
  let h = (Math.imul(id ^ 2654435769, 2246822507) ^ Math.imul(salt + 1, 3266489909)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2146121005) >>> 0;
  h = Math.imul(h ^ h >>> 15, 2221713035) >>> 0;
  return ((h ^ h >>> 16) >>> 0) / 4294967296;
}
var error = (status, message, description) => ({
  status,
  body: { error: message, ...description ? { error_description: description } : {} }
});
var SimActivity = class {
  constructor(tenant, clock = () => /* @__PURE__ */ new Date()) {
    this.tenant = tenant;
    this.clock = clock;
  }
  tenant;
  clock;
  agentSet = /* @__PURE__ */ new Map();
  queueSet = /* @__PURE__ */ new Map();
  /** The access key's role lacks the permission: real-time reads (and reporting reads) answer 403. */
  forbidden = { realTime: false, reporting: false };
  cache;
  overrides = 0;
  /** Every agent's current state: set, or generated (inactive agents are logged out). */
  states() {
    const version = this.tenant.version * 1000003 + this.overrides;
    if (this.cache?.version === version) return this.cache.states;
    const firstSkill = /* @__PURE__ */ new Map();
    for (const a of this.tenant.all()) {
      if (a.isActive && this.tenant.skills.get(a.skillId)?.isActive !== false && !firstSkill.has(a.agentId)) firstSkill.set(a.agentId, a.skillId);
    }
    const states = /* @__PURE__ */ new Map();
    for (const agent of this.tenant.agents.values()) {
      const set = this.agentSet.get(agent.agentId);
      if (set) {
        states.set(agent.agentId, set);
        continue;
      }
      const r = share(agent.agentId, 1);
      const skillId = firstSkill.get(agent.agentId);
      if (!agent.isActive || r < 0.3) states.set(agent.agentId, { state: "LoggedOut" });
      else if (r < 0.58) states.set(agent.agentId, { state: "Available" });
      else if (r < 0.86 && skillId !== void 0) states.set(agent.agentId, { state: "InboundContact", skillId });
      else if (r < 0.93) states.set(agent.agentId, { state: "Unavailable", isACW: true });
      else states.set(agent.agentId, { state: "Unavailable" });
    }
    this.cache = { version, states };
    return states;
  }
  queue(skillId, loggedIn) {
    const set = this.queueSet.get(skillId) ?? {};
    const active = this.tenant.skills.get(skillId)?.isActive !== false;
    const generatedCount = active ? Math.floor(share(skillId, 2) * (loggedIn > 0 ? 5 : 3)) : 0;
    return {
      queueCount: set.queueCount ?? generatedCount,
      longestWaitSeconds: set.longestWaitSeconds ?? 10 + Math.floor(share(skillId, 3) * 170),
      serviceLevel: set.serviceLevel ?? 68 + Math.floor(share(skillId, 4) * 30),
      serviceLevelGoal: set.serviceLevelGoal ?? 80
    };
  }
  /** GET /skills/activity items, one per skill, the agent counts from the agents' states. */
  skillActivity() {
    const states = this.states();
    const counts = /* @__PURE__ */ new Map();
    for (const a of this.tenant.all()) {
      if (!a.isActive || this.tenant.agents.get(a.agentId)?.isActive === false) continue;
      const s = states.get(a.agentId);
      let c = counts.get(a.skillId);
      if (!c) counts.set(a.skillId, c = { loggedIn: 0, available: 0, working: 0, acw: 0, unavailable: 0, active: 0 });
      if (!s || s.state === "LoggedOut") continue;
      c.loggedIn++;
      if (s.isACW) c.acw++;
      else if (s.state === "Available") c.available++;
      else if (s.state === "Unavailable") c.unavailable++;
      else c.working++;
      if (s.skillId === a.skillId && !s.isACW && s.state !== "Available" && s.state !== "Unavailable") c.active++;
    }
    const now = this.clock();
    return [...this.tenant.skills.values()].sort((a, b) => a.skillId - b.skillId).map((skill) => {
      const c = counts.get(skill.skillId) ?? { loggedIn: 0, available: 0, working: 0, acw: 0, unavailable: 0, active: 0 };
      const q = this.queue(skill.skillId, c.loggedIn);
      const handled = 20 + Math.floor(share(skill.skillId, 5) * 200);
      const inSLA = Math.round(handled * q.serviceLevel / 100);
      return {
        businessUnitId: this.tenant.businessUnitId,
        skillId: skill.skillId,
        skillName: skill.skillName,
        mediaTypeId: skill.mediaTypeId,
        mediaTypeName: skill.mediaTypeName,
        campaignId: skill.campaignId,
        campaignName: skill.campaignName,
        isActive: skill.isActive,
        isOutbound: skill.isOutbound,
        isNaturalCalling: false,
        agentsLoggedIn: c.loggedIn,
        agentsAvailable: c.available,
        agentsIdle: c.available,
        agentsWorking: c.working,
        agentsACW: c.acw,
        agentsUnavailable: c.unavailable,
        contactsActive: c.active,
        queueCount: q.queueCount,
        skillQueueCount: q.queueCount,
        personalQueueCount: 0,
        parkedCount: 0,
        inSLA,
        outSLA: handled - inSLA,
        serviceLevel: q.serviceLevel,
        serviceLevelGoal: q.serviceLevelGoal,
        serviceLevelThreshold: 30,
        earliestQueueTime: q.queueCount > 0 ? new Date(now.getTime() - q.longestWaitSeconds * 1e3).toISOString() : "",
        serverTime: now.toISOString()
      };
    });
  }
  /** GET /agents/states items. */
  agentStates() {
    const states = this.states();
    const now = this.clock().toISOString();
    return [...this.tenant.agents.values()].sort((a, b) => a.agentId - b.agentId).map((agent) => {
      const s = states.get(agent.agentId) ?? { state: "LoggedOut" };
      const skill = s.skillId !== void 0 ? this.tenant.skills.get(s.skillId) : void 0;
      return {
        agentId: agent.agentId,
        userName: agent.userName,
        firstName: agent.firstName,
        lastName: agent.lastName,
        teamId: agent.teamId,
        teamName: agent.teamName,
        businessUnitId: this.tenant.businessUnitId,
        isActive: agent.isActive,
        agentStateId: STATE_IDS[s.state] ?? 0,
        agentStateName: s.state,
        isACW: s.isACW ?? false,
        lastUpdateTime: now,
        ...skill ? { skillId: skill.skillId, skillName: skill.skillName, mediaTypeId: skill.mediaTypeId, mediaTypeName: skill.mediaTypeName } : {}
      };
    });
  }
  /** GET /skills/summary items over [start, end]: contacts scale with the days asked for. */
  summaries(start, end) {
    const days = Math.max(0, (end.getTime() - start.getTime()) / 864e5);
    return [...this.tenant.skills.values()].sort((a, b) => a.skillId - b.skillId).map((skill) => {
      const offered = Math.round(days * (30 + share(skill.skillId, 6) * 300));
      const handled = Math.round(offered * (0.9 + share(skill.skillId, 7) * 0.08));
      const serviceLevel = this.queueSet.get(skill.skillId)?.serviceLevel ?? 70 + Math.floor(share(skill.skillId, 8) * 25);
      const within = Math.round(handled * serviceLevel / 100);
      return {
        businessUnitId: this.tenant.businessUnitId,
        skillId: skill.skillId,
        skillName: skill.skillName,
        mediaTypeId: skill.mediaTypeId,
        mediaTypeName: skill.mediaTypeName,
        campaignId: skill.campaignId,
        campaignName: skill.campaignName,
        isOutbound: skill.isOutbound,
        contactsOffered: offered,
        contactsHandled: handled,
        contactsQueued: offered,
        abandonCount: offered - handled,
        abandonRate: offered > 0 ? Math.round(100 * (offered - handled) / offered) : 0,
        averageSpeedToAnswer: "PT25S",
        averageHandleTime: "PT4M10S",
        serviceLevel,
        serviceLevelGoal: 80,
        serviceLevelThreshold: 30,
        contactsWithinSLA: within,
        contactsOutOfSLA: handled - within
      };
    });
  }
  /**
   * The real-time and reporting routes; undefined for any other request.
   * @param self the request's absolute URL (the listings' `_links.self`)
   */
  route(method, path, query, self) {
    if (method !== "GET") return void 0;
    if (path === "/skills/activity" || path === "/agents/states") {
      if (this.forbidden.realTime) return error(403, "Forbidden", "The role of this access key lacks the real-time data permission");
      const since = query.get("updatedSince");
      if (since !== null && !Number.isFinite(Date.parse(since))) return error(400, "updatedSince must be a date-time");
      const items = path === "/skills/activity" ? this.skillActivity() : this.agentStates();
      return this.page(self, path === "/skills/activity" ? "skillActivity" : "agentStates", items, query);
    }
    if (path === "/skills/summary") {
      if (this.forbidden.reporting) return error(403, "Forbidden", "The role of this access key lacks the reporting permission");
      const start = Date.parse(query.get("startDate") ?? "");
      const end = Date.parse(query.get("endDate") ?? "");
      if (!Number.isFinite(start) || !Number.isFinite(end)) return error(400, "startDate and endDate are required date-times");
      if (start > end) return error(400, "startDate is after endDate");
      return { status: 200, body: { skillSummaries: this.summaries(new Date(start), new Date(end)).map(fieldsOf(query)) } };
    }
    return void 0;
  }
  page(self, key, items, query) {
    const skip = query.has("skip") ? Number(query.get("skip")) : 0;
    const top = query.has("top") ? Number(query.get("top")) : 100;
    if (!Number.isInteger(skip) || skip < 0) return error(400, "skip must be a whole number >= 0");
    if (!Number.isInteger(top) || top < 1) return error(400, "top must be a whole number >= 1");
    const now = this.clock().toISOString();
    return {
      status: 200,
      body: {
        _links: { self },
        lastPollTime: now,
        totalRecords: items.length,
        [key]: items.slice(skip, skip + top).map(fieldsOf(query))
      }
    };
  }
  /** Figures now, as the control route shows them. */
  snapshot() {
    return { skillActivity: this.skillActivity(), agentStates: this.agentStates(), forbidden: this.forbidden };
  }
  /**
   * POST /__sim/activity: `{ agents: { "<agentId>": { state, skillId?, isACW? } | null },
   * skills: { "<skillId>": { queueCount?, longestWaitSeconds?, serviceLevel?, serviceLevelGoal? } | null },
   * forbidden: { realTime?, reporting? }, reset?: true }`; null puts an agent or queue back to generated.
   * Returns the problem, or undefined when applied.
   */
  patch(body) {
    if (typeof body !== "object" || body === null || Array.isArray(body)) return "body must be a JSON object";
    const b = body;
    const unknown = Object.keys(b).filter((k) => !["agents", "skills", "forbidden", "reset"].includes(k));
    if (unknown.length > 0) return `unknown field "${unknown[0]}"; known: agents, skills, forbidden, reset`;
    const agents = /* @__PURE__ */ new Map();
    const skills = /* @__PURE__ */ new Map();
    for (const [key, value] of Object.entries(objectOr(b.agents))) {
      const agentId = Number(key);
      if (!this.tenant.agents.has(agentId)) return `agent ${key} is not in the tenant`;
      if (value === null) {
        agents.set(agentId, null);
        continue;
      }
      const v = value;
      if (typeof v !== "object" || typeof v.state !== "string" || v.state === "") return `agents.${key}.state must be a state name, e.g. Available`;
      if (v.skillId !== void 0 && !this.tenant.skills.has(Number(v.skillId))) return `agents.${key}.skillId is not a skill of the tenant`;
      agents.set(agentId, { state: v.state, ...v.skillId !== void 0 ? { skillId: Number(v.skillId) } : {}, ...v.isACW === true ? { isACW: true } : {} });
    }
    for (const [key, value] of Object.entries(objectOr(b.skills))) {
      const skillId = Number(key);
      if (!this.tenant.skills.has(skillId)) return `skill ${key} is not in the tenant`;
      if (value === null) {
        skills.set(skillId, null);
        continue;
      }
      const figures = {};
      for (const [name, n] of Object.entries(value)) {
        if (!["queueCount", "longestWaitSeconds", "serviceLevel", "serviceLevelGoal"].includes(name)) return `skills.${key}.${name} is not a queue figure`;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return `skills.${key}.${name} must be a whole number >= 0`;
        figures[name] = n;
      }
      skills.set(skillId, figures);
    }
    if (b.reset === true) {
      this.agentSet.clear();
      this.queueSet.clear();
      this.forbidden = { realTime: false, reporting: false };
    }
    for (const [id, set] of agents) set ? this.agentSet.set(id, set) : this.agentSet.delete(id);
    for (const [id, set] of skills) set ? this.queueSet.set(id, { ...this.queueSet.get(id), ...set }) : this.queueSet.delete(id);
    const f = objectOr(b.forbidden);
    if (typeof f.realTime === "boolean") this.forbidden.realTime = f.realTime;
    if (typeof f.reporting === "boolean") this.forbidden.reporting = f.reporting;
    this.overrides++;
    return void 0;
  }
};
var STATE_IDS = { Available: 1, Unavailable: 2, InboundContact: 3, OutboundContact: 4, LoggedOut: 0 };
var objectOr = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
function fieldsOf(query) {
  const fields = query.get("fields")?.split(",").map((f) => f.trim()).filter(Boolean);
  if (!fields || fields.length === 0) return (item) => item;
  return (item) => Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]));
}

// src/sim/api-routes.ts
var error2 = (status, message) => ({ status, body: { error: message } });
function routeOf(method, path) {
  return `${method} ${path.replace(/\/\d+(?=\/|$)/g, "/{id}")}`;
}
function page(items, query, faults) {
  const skip = query.has("skip") ? Number(query.get("skip")) : 0;
  const top = query.has("top") ? Number(query.get("top")) : 100;
  if (!Number.isInteger(skip) || skip < 0) return error2(400, "skip must be a whole number >= 0");
  if (!Number.isInteger(top) || top < 1) return error2(400, "top must be a whole number >= 1");
  return { items: items.slice(skip, skip + Math.min(top, faults.maxPageSize)) };
}
function listing(key, all, query, faults, tenant, view = (item) => item, businessUnitId = tenant.businessUnitId) {
  const p = page(all, query, faults);
  if ("status" in p) return p;
  if (p.items.length === 0) return { status: 204 };
  const fields = query.get("fields")?.split(",").map((f) => f.trim()).filter(Boolean);
  const shape = fields && fields.length > 0 ? (item) => {
    const full = view(item);
    return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
  } : view;
  return { status: 200, body: { businessUnitId, lastPollTime: (/* @__PURE__ */ new Date()).toISOString(), totalRecords: all.length, [key]: p.items.map(shape) } };
}
function filtered(items, query, name) {
  let result = items;
  const active = query.get("isActive");
  if (active === "true" || active === "false") result = result.filter((i) => i.isActive === (active === "true"));
  const search = query.get("searchString")?.toLowerCase();
  if (search) result = result.filter((i) => name(i).toLowerCase().includes(search));
  return result;
}
function booleanParam(query, name, fallback) {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === "true" || value === "false") return value === "true";
  return error2(400, `${name} must be true or false`);
}
var isResponse = (v) => typeof v === "object" && v !== null && "status" in v;
var byFilter = /* @__PURE__ */ new WeakMap();
function filteredAssignments(tenant, isActive, isAgentActive, isSkillActive) {
  let cache = byFilter.get(tenant);
  if (!cache || cache.version !== tenant.version) {
    cache = { version: tenant.version, lists: /* @__PURE__ */ new Map() };
    byFilter.set(tenant, cache);
  }
  const inactive = (records, id) => [...records].filter((r) => !r.isActive).map((r) => id(r)).join(",");
  const flags = `${inactive(tenant.agents.values(), (r) => r.agentId)}|${inactive(tenant.skills.values(), (r) => r.skillId)}`;
  const key = `${isActive}/${isAgentActive}/${isSkillActive}/${flags}`;
  let rows = cache.lists.get(key);
  if (!rows) {
    rows = tenant.all().filter(
      (a) => a.isActive === isActive && (tenant.agents.get(a.agentId)?.isActive ?? true) === isAgentActive && (tenant.skills.get(a.skillId)?.isActive ?? true) === isSkillActive
    );
    cache.lists.set(key, rows);
  }
  return rows;
}
function handleApi(req, tenant, faults) {
  const parts = req.path.split("/").filter(Boolean);
  const numeric = (s) => s !== void 0 && /^\d+$/.test(s) ? Number(s) : void 0;
  if (req.method === "GET") {
    if (parts.length === 1 && parts[0] === "skills") {
      return listing(
        "skills",
        filtered([...tenant.skills.values()], req.query, (s) => s.skillName),
        req.query,
        faults,
        tenant
      );
    }
    if (parts.length === 1 && parts[0] === "agents") {
      return listing(
        "agents",
        filtered([...tenant.agents.values()], req.query, (a) => `${a.userName} ${a.firstName} ${a.lastName}`),
        req.query,
        faults,
        tenant
      );
    }
    if (parts.length === 1 && parts[0] === "teams") {
      return listing(
        "teams",
        filtered([...tenant.teams.values()], req.query, (t) => t.teamName),
        req.query,
        faults,
        tenant
      );
    }
    if (parts.length === 2 && parts[0] === "skills") {
      const skill = tenant.skills.get(numeric(parts[1]) ?? -1);
      return skill ? { status: 200, body: { ...skill } } : error2(404, "Skill not found");
    }
    if (parts.length === 2 && parts[0] === "agents" && parts[1] === "skills") {
      const filters = ["isActive", "isAgentActive", "isSkillActive"].map((name) => booleanParam(req.query, name, true));
      const bad = filters.find(isResponse);
      if (bad) return bad;
      const [isActive, isAgentActive, isSkillActive] = filters;
      const rows = filteredAssignments(tenant, isActive, isAgentActive, isSkillActive);
      return listing("agentSkillAssignments", rows, req.query, faults, tenant, (a) => tenantWideView(tenant, a), String(tenant.businessUnitId));
    }
    if (parts.length === 3 && parts[0] === "skills" && parts[2] === "agents") {
      const skillId = numeric(parts[1]);
      if (skillId === void 0 || !tenant.skills.has(skillId)) return error2(404, "Skill not found");
      const rows = tenant.ofSkill(skillId).filter((a) => faults.skillAgentsListInactive || a.isActive);
      return listing("agentSkillAssignments", rows, req.query, faults, tenant, (a) => skillAgentView(tenant, a));
    }
    if (parts.length === 3 && parts[0] === "agents" && parts[2] === "skills") {
      const agentId = numeric(parts[1]);
      if (agentId === void 0 || !tenant.agents.has(agentId)) return error2(404, "Agent not found");
      const skillActive = booleanParam(req.query, "isSkillActive", void 0);
      if (isResponse(skillActive)) return skillActive;
      const assignedActive = booleanParam(req.query, "isAssignedSkillActive", void 0);
      if (isResponse(assignedActive)) return assignedActive;
      const rows = tenant.ofAgent(agentId).filter(
        (a) => (assignedActive === void 0 || a.isActive === assignedActive) && (skillActive === void 0 || (tenant.skills.get(a.skillId)?.isActive ?? true) === skillActive)
      );
      return listing("agentSkillAssignments", rows, req.query, faults, tenant, (a) => agentSkillView(tenant, a));
    }
  }
  if (parts.length === 2 && parts[0] === "agents" && parts[1] === "skills" && req.method === "POST") {
    if (faults.bulkAbsent) return error2(faults.bulkAbsent, `No route for ${req.method} ${req.path}`);
    return writeBulk(req.body, tenant, faults);
  }
  if (parts.length === 3 && parts[0] === "skills" && parts[2] === "agents" && ["POST", "PUT", "DELETE"].includes(req.method)) {
    const skillId = numeric(parts[1]);
    if (skillId === void 0 || !tenant.skills.has(skillId)) return error2(404, "Skill not found");
    return writeSkillAgents(req.method, skillId, req.body, tenant, faults);
  }
  if (parts.length === 3 && parts[0] === "agents" && parts[2] === "skills" && ["POST", "PUT", "DELETE"].includes(req.method)) {
    const agentId = numeric(parts[1]);
    if (agentId === void 0 || !tenant.agents.has(agentId)) return error2(404, "Agent not found");
    return writeAgentSkills(req.method, agentId, req.body, tenant, faults);
  }
  if (parts.length === 4 && parts[0] === "skills" && parts[2] === "agents" && req.method === "DELETE") {
    const skillId = numeric(parts[1]);
    const agentId = numeric(parts[3]);
    if (skillId === void 0 || !tenant.skills.has(skillId)) return error2(404, "Skill not found");
    if (agentId === void 0 || !tenant.remove(skillId, agentId)) return error2(404, "Agent is not assigned to skill");
    return { status: 200 };
  }
  return error2(404, `No route for ${req.method} ${req.path}`);
}
function common(tenant, a) {
  const agent = tenant.agents.get(a.agentId);
  const skill = tenant.skills.get(a.skillId);
  return {
    skillId: a.skillId,
    skillName: skill?.skillName ?? "",
    agentProficiencyValue: a.proficiency,
    agentProficiencyName: String(a.proficiency),
    isActive: a.isActive,
    isSkillActive: skill?.isActive ?? true,
    campaignId: skill?.campaignId ?? 0,
    campaignName: skill?.campaignName ?? "",
    isOutbound: skill?.isOutbound ?? false,
    mediaTypeName: skill?.mediaTypeName ?? "",
    lastUpdateTime: a.lastUpdateTime ?? (/* @__PURE__ */ new Date(0)).toISOString(),
    agent,
    skill
  };
}
var SKILL_DEFAULTS = {
  emailFromAddress: "",
  internalId: "",
  isDialer: false,
  isNaturalCalling: false,
  notes: "",
  outboundStrategy: "",
  priorityBlending: false,
  requireDisposition: false,
  scriptDisposition: false,
  useACW: false,
  useDisposition: false,
  useSecondaryDispositions: false,
  screenPopTriggerEvent: ""
};
function tenantWideView(tenant, a) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    agentId: a.agentId,
    agentName: agent ? `${agent.firstName} ${agent.lastName}` : "",
    ...c,
    isAgentActive: agent?.isActive ?? true,
    mediaType: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    ...SKILL_DEFAULTS,
    // an integer in this operation, a boolean in the per-skill and per-agent listings
    isNaturalCallingRunning: 0
  };
}
function skillAgentView(tenant, a) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    agentId: a.agentId,
    firstName: agent?.firstName ?? "",
    middleName: "",
    lastName: agent?.lastName ?? "",
    ...c,
    mediaTypeId: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    teamName: agent?.teamName ?? "",
    ...SKILL_DEFAULTS,
    isNaturalCallingRunning: false
  };
}
function agentSkillView(tenant, a) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    ...c,
    firstName: agent?.firstName ?? "",
    middleName: "",
    lastName: agent?.lastName ?? "",
    mediaTypeId: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    teamName: agent?.teamName ?? "",
    ...SKILL_DEFAULTS,
    isNaturalCallingRunning: false
  };
}
function parseItems(method, body, faults, shape) {
  const { list, idField, range, name } = shape;
  if (typeof body !== "object" || body === null || !Array.isArray(body[list])) {
    return error2(400, `Request body must be an object with a "${list}" array`);
  }
  const raw = body[list];
  if (raw.length === 0) return error2(400, `"${list}" must not be empty`);
  if (raw.length > faults.maxBatchSize) return error2(400, `Cannot send more than ${faults.maxBatchSize} records in a single call (got ${raw.length})`);
  const items = [];
  for (const [i, entry] of raw.entries()) {
    if (typeof entry !== "object" || entry === null) return error2(400, `${list}[${i}] must be an object`);
    const r = entry;
    if (typeof r[idField] !== "string" || !/^\d+$/.test(r[idField])) return error2(400, `${list}[${i}].${idField} must be a string of digits`);
    const item = { id: Number(r[idField]) };
    if (method !== "DELETE") {
      if (r.proficiency !== void 0) {
        if (typeof r.proficiency !== "number" || !Number.isInteger(r.proficiency) || r.proficiency < range[0] || r.proficiency > range[1]) {
          return error2(400, `${list}[${i}].proficiency must be a whole number from ${range[0]} to ${range[1]} on the ${name} endpoint`);
        }
        item.proficiency = r.proficiency;
      }
      if (r.isActive !== void 0 && typeof r.isActive !== "boolean") return error2(400, `${list}[${i}].isActive must be true or false`);
      if (r.isActive === void 0 && method === "PUT" && list === "skills") return error2(400, `${list}[${i}].isActive is required`);
      if (typeof r.isActive === "boolean") item.isActive = r.isActive;
    }
    items.push(item);
  }
  return items;
}
function applyItem(method, skillId, agentId, item, tenant, faults) {
  if (faults.failingAgents.includes(agentId)) return `Simulated failure for agent ${agentId}`;
  if (!tenant.agents.has(agentId)) return "Agent not found";
  if (!tenant.skills.has(skillId)) return "Skill not found";
  const held = tenant.get(skillId, agentId);
  if (method === "POST") {
    if (held) return "Agent already assigned to skill";
    tenant.set(skillId, agentId, item.proficiency ?? faults.defaultProficiency, item.isActive ?? true);
  } else if (method === "PUT") {
    if (!held) return "Agent is not assigned to skill";
    tenant.set(skillId, agentId, item.proficiency ?? held.proficiency, item.isActive ?? held.isActive);
  } else if (!tenant.remove(skillId, agentId)) {
    return "Agent is not assigned to skill";
  }
  return void 0;
}
function resultItem(method, idField, id, reason, faults) {
  if (reason === void 0) return { [idField]: id, success: true };
  const error3 = method === "DELETE" && idField === "agentId" ? true : reason;
  return { ...faults.failedItemsCarryId ? { [idField]: id } : {}, success: false, error: error3 };
}
function writeSkillAgents(method, skillId, body, tenant, faults) {
  const items = parseItems(method, body, faults, { list: "agents", idField: "agentId", range: faults.skillCentricProficiency, name: "skill-centric" });
  if (!Array.isArray(items)) return items;
  const agentResults = items.map((item) => resultItem(method, "agentId", item.id, applyItem(method, skillId, item.id, item, tenant, faults), faults));
  return { status: 200, body: { resultSet: { errorCount: agentResults.filter((r) => !r.success).length, agentResults } } };
}
function writeAgentSkills(method, agentId, body, tenant, faults) {
  const items = parseItems(method, body, faults, { list: "skills", idField: "skillId", range: faults.agentCentricProficiency, name: "agent-centric" });
  if (!Array.isArray(items)) return items;
  const skillResults = items.map((item) => resultItem(method, "skillId", item.id, applyItem(method, item.id, agentId, item, tenant, faults), faults));
  return { status: 200, body: { resultSet: { errorCount: skillResults.filter((r) => !r.success).length, skillResults } } };
}
var BULK_KEY = "agentAndSkillDetails";
function parseBulk(body) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return error2(400, "Request body must be a JSON object");
  const details = body[BULK_KEY];
  if (details === void 0) return [];
  if (!Array.isArray(details)) return error2(400, `"${BULK_KEY}" must be an array`);
  const pairs = [];
  const digits = (v) => typeof v === "string" && /^\d+$/.test(v);
  for (const [d, detail] of details.entries()) {
    const where = `${BULK_KEY}[${d}]`;
    if (typeof detail !== "object" || detail === null || Array.isArray(detail)) return error2(400, `${where} must be an object`);
    const { agentIds = [], skills = [] } = detail;
    if (!Array.isArray(agentIds) || !agentIds.every(digits)) return error2(400, `${where}.agentIds must be an array of strings of digits`);
    if (!Array.isArray(skills)) return error2(400, `${where}.skills must be an array`);
    for (const [k, skill] of skills.entries()) {
      if (typeof skill !== "object" || skill === null || Array.isArray(skill)) return error2(400, `${where}.skills[${k}] must be an object`);
      const { skillIds, proficiency, isActive } = skill;
      if (!Array.isArray(skillIds) || !skillIds.every(digits)) return error2(400, `${where}.skills[${k}].skillIds is required: an array of strings of digits`);
      if (proficiency !== void 0 && (typeof proficiency !== "number" || !Number.isInteger(proficiency) || proficiency < 1 || proficiency > 5))
        return error2(400, `${where}.skills[${k}].proficiency must be one of 1, 2, 3, 4, 5`);
      if (isActive !== void 0 && typeof isActive !== "boolean") return error2(400, `${where}.skills[${k}].isActive must be true or false`);
      for (const agentId of agentIds)
        for (const skillId of skillIds)
          pairs.push({
            agentId: Number(agentId),
            skillId: Number(skillId),
            ...proficiency !== void 0 ? { proficiency } : {},
            ...isActive !== void 0 ? { isActive } : {}
          });
    }
  }
  return pairs;
}
function writeBulk(body, tenant, faults) {
  const pairs = parseBulk(body);
  if (!Array.isArray(pairs)) return pairs;
  if (pairs.length > faults.bulkMaxPairs)
    return error2(400, `Request body too large: cannot send more than ${faults.bulkMaxPairs} agent skill assignments in a single call (got ${pairs.length})`);
  const skillResults = pairs.map((p) => {
    const reason = bulkItem(p, tenant, faults);
    return { agentId: String(p.agentId), skillId: String(p.skillId), success: reason === void 0 };
  });
  const errors = skillResults.filter((r) => !r.success).length;
  return { status: errors > 0 ? faults.bulkPartialStatus : 200, body: { resultSet: { errorCount: String(errors), skillResults } } };
}
function bulkItem(p, tenant, faults) {
  if (faults.failingAgents.includes(p.agentId)) return "simulated failure";
  if (!tenant.agents.has(p.agentId)) return "Agent not found";
  if (!tenant.skills.has(p.skillId)) return "Skill not found";
  const held = tenant.get(p.skillId, p.agentId);
  if (held && faults.bulkExisting === "fail") return "Agent already assigned to skill";
  tenant.set(p.skillId, p.agentId, p.proficiency ?? held?.proficiency ?? faults.defaultProficiency, p.isActive ?? held?.isActive ?? true);
  return void 0;
}

// src/sim/tenant.ts
var SimTenant = class {
  constructor(fixture, clock = () => /* @__PURE__ */ new Date()) {
    this.clock = clock;
    this.businessUnitId = fixture.businessUnitId;
    for (const s of fixture.skills) this.skills.set(s.skillId, { ...s });
    for (const a of fixture.agents) this.agents.set(a.agentId, { ...a });
    for (const t of fixture.teams) this.teams.set(t.teamId, { ...t });
    const stamp = this.clock().toISOString();
    for (const a of fixture.assignments) this.holder(a.skillId).set(a.agentId, { proficiency: a.proficiency, isActive: a.isActive, lastUpdateTime: stamp });
  }
  clock;
  businessUnitId;
  skills = /* @__PURE__ */ new Map();
  agents = /* @__PURE__ */ new Map();
  teams = /* @__PURE__ */ new Map();
  bySkill = /* @__PURE__ */ new Map();
  flat;
  /** Bumped by every change, so derived listings can be cached until the next one. */
  version = 0;
  holder(skillId) {
    let m = this.bySkill.get(skillId);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.bySkill.set(skillId, m);
    }
    return m;
  }
  get(skillId, agentId) {
    return this.bySkill.get(skillId)?.get(agentId);
  }
  set(skillId, agentId, proficiency, isActive) {
    this.holder(skillId).set(agentId, { proficiency, isActive, lastUpdateTime: this.clock().toISOString() });
    this.flat = void 0;
    this.version++;
  }
  remove(skillId, agentId) {
    const removed = this.bySkill.get(skillId)?.delete(agentId) ?? false;
    if (removed) {
      this.flat = void 0;
      this.version++;
    }
    return removed;
  }
  /** One skill's assignments, ordered by agent id. */
  ofSkill(skillId) {
    const m = this.bySkill.get(skillId);
    if (!m) return [];
    return [...m].sort((a, b) => a[0] - b[0]).map(([agentId, h]) => ({ skillId, agentId, ...h }));
  }
  ofAgent(agentId) {
    const rows = [];
    for (const skillId of [...this.bySkill.keys()].sort((a, b) => a - b)) {
      const h = this.bySkill.get(skillId).get(agentId);
      if (h) rows.push({ skillId, agentId, ...h });
    }
    return rows;
  }
  /** Every assignment ordered by skill then agent; cached until the next write. */
  all() {
    if (!this.flat) {
      const rows = [];
      for (const skillId of [...this.bySkill.keys()].sort((a, b) => a - b)) {
        for (const [agentId, h] of [...this.bySkill.get(skillId)].sort((a, b) => a[0] - b[0])) {
          rows.push({ skillId, agentId, proficiency: h.proficiency, isActive: h.isActive });
        }
      }
      this.flat = rows;
    }
    return this.flat;
  }
  toFixture() {
    return {
      businessUnitId: this.businessUnitId,
      skills: [...this.skills.values()],
      agents: [...this.agents.values()],
      teams: [...this.teams.values()],
      assignments: this.all().map((a) => ({ ...a }))
    };
  }
};

// src/sim/server.ts
var SIM_CREDENTIALS = {
  CXONE_CLIENT_ID: "sim-client-id",
  CXONE_CLIENT_SECRET: "sim-client-secret",
  CXONE_ACCESS_KEY_ID: "sim-access-key-id",
  CXONE_ACCESS_KEY_SECRET: "sim-access-key-secret"
};
var SIM_TENANT_ID = "5e1b0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c55";
var b64url = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
var API_PREFIX = /^\/inContactAPI\/services\/v\d{1,3}\.0(\/.*)$/;
var MAX_BODY_BYTES = 10 * 1024 * 1024;
async function startSimulator(options) {
  const tenant = new SimTenant(options.fixture);
  const activity = new SimActivity(tenant);
  const tenantId = options.tenantId ?? SIM_TENANT_ID;
  const credentials = options.credentials ?? SIM_CREDENTIALS;
  let faults = { ...DEFAULT_FAULTS, ...options.faults };
  const random = seededRandom(options.seed ?? 42);
  const tokens = /* @__PURE__ */ new Map();
  const refreshTokens = /* @__PURE__ */ new Set();
  let stats = { requests: 0, byRoute: {}, byStatus: {} };
  let window = { second: 0, count: 0 };
  let origin = "";
  let held = [];
  const holding = (write) => write ? faults.holdWrites : faults.holdReads;
  const setFaultsTo = (next) => {
    faults = next;
    const release = held.filter((h) => !holding(h.write));
    held = held.filter((h) => holding(h.write));
    for (const h of release) h.go();
  };
  const send = (res, status, body, headers = {}) => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    if (body === void 0 || status === 204) {
      res.writeHead(status, headers).end();
      return;
    }
    res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
  };
  const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };
  const tokenError = (res, error3, description) => send(res, 400, { error: error3, error_description: description }, NO_STORE);
  const issueToken = (res) => {
    const access = `sim-at-${randomBytes(12).toString("hex")}`;
    const refresh = `sim-rt-${randomBytes(12).toString("hex")}`;
    tokens.set(access, Date.now() + faults.tokenLifetimeSeconds * 1e3);
    refreshTokens.add(refresh);
    const now = Math.floor(Date.now() / 1e3);
    const idToken = `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ iss: origin, sub: `user:${credentials.CXONE_ACCESS_KEY_ID}`, aud: credentials.CXONE_CLIENT_ID, iat: now, exp: now + faults.tokenLifetimeSeconds, tenantId })}.${randomBytes(16).toString("base64url")}`;
    send(
      res,
      200,
      {
        access_token: access,
        token_type: "Bearer",
        expires_in: faults.tokenLifetimeSeconds,
        refresh_token: refresh,
        id_token: idToken,
        issued_token_type: "urn:ietf:params:oauth:token-type:access_token"
      },
      NO_STORE
    );
  };
  const clientOf = (req, form) => {
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (basic) {
      const decoded = Buffer.from(basic, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const fromBasic = colon < 0 ? {} : { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
      if (form.has("client_secret") || form.has("client_id") && form.get("client_id") !== fromBasic.id) return "both";
      return fromBasic;
    }
    return { ...form.has("client_id") ? { id: form.get("client_id") } : {}, ...form.has("client_secret") ? { secret: form.get("client_secret") } : {} };
  };
  const token = (req, res, raw) => {
    if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return tokenError(res, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    }
    const form = new URLSearchParams(raw);
    const client = clientOf(req, form);
    if (client === "both") return tokenError(res, "invalid_request", "client credentials must be sent one way only (form fields or Basic auth)");
    const grant = form.get("grant_type");
    if (grant === "password") {
      if (client.id !== credentials.CXONE_CLIENT_ID || client.secret !== credentials.CXONE_CLIENT_SECRET)
        return tokenError(res, "invalid_client", "Client authentication failed");
      if (!form.get("username") || !form.get("password")) return tokenError(res, "invalid_request", "username and password are required");
      if (form.get("username") !== credentials.CXONE_ACCESS_KEY_ID || form.get("password") !== credentials.CXONE_ACCESS_KEY_SECRET) {
        return tokenError(res, "invalid_grant", "Invalid access key");
      }
      return issueToken(res);
    }
    if (grant === "refresh_token") {
      if (!client.id) return tokenError(res, "invalid_request", "client_id is required");
      if (client.id !== credentials.CXONE_CLIENT_ID || client.secret !== void 0 && client.secret !== credentials.CXONE_CLIENT_SECRET)
        return tokenError(res, "invalid_client", "Client authentication failed");
      const refresh = form.get("refresh_token") ?? "";
      if (!refresh) return tokenError(res, "invalid_request", "refresh_token is required");
      if (!refreshTokens.delete(refresh)) return tokenError(res, "invalid_grant", "Invalid refresh token");
      return issueToken(res);
    }
    return tokenError(res, "unsupported_grant_type", "grant_type must be password or refresh_token");
  };
  const control = (req, res, path, raw) => {
    if (req.method === "GET" && path === "/__sim/stats") return send(res, 200, stats);
    if (req.method === "DELETE" && path === "/__sim/stats") {
      stats = { requests: 0, byRoute: {}, byStatus: {} };
      return send(res, 200, stats);
    }
    if (req.method === "GET" && path === "/__sim/state") return send(res, 200, tenant.toFixture());
    if (req.method === "GET" && path === "/__sim/faults") return send(res, 200, faults);
    if (req.method === "POST" && path === "/__sim/faults") {
      let patch;
      try {
        patch = JSON.parse(raw || "{}");
      } catch {
        return send(res, 400, { error: "body must be JSON" });
      }
      const next = patchFaults(faults, patch);
      if (typeof next === "string") return send(res, 400, { error: next });
      setFaultsTo(next);
      return send(res, 200, faults);
    }
    if (req.method === "GET" && path === "/__sim/activity") return send(res, 200, activity.snapshot());
    if (req.method === "POST" && path === "/__sim/activity") {
      let patch;
      try {
        patch = JSON.parse(raw || "{}");
      } catch {
        return send(res, 400, { error: "body must be JSON" });
      }
      const problem = activity.patch(patch);
      return problem ? send(res, 400, { error: problem }) : send(res, 200, activity.snapshot());
    }
    if (req.method === "POST" && path === "/__sim/revoke-tokens") {
      tokens.clear();
      return send(res, 200, { revoked: true });
    }
    return send(res, 404, { error: `No simulator control ${req.method} ${path}` });
  };
  const handle = async (req, res, raw) => {
    const url = new URL(req.url ?? "/", origin);
    const path = url.pathname;
    if (path.startsWith("/__sim/")) return control(req, res, path, raw);
    const api = API_PREFIX.exec(path);
    const route = api ? routeOf(req.method ?? "GET", api[1]) : `${req.method} ${path}`;
    stats.requests++;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (api && holding(req.method !== "GET")) await new Promise((go) => held.push({ write: req.method !== "GET", go }));
    if (req.method === "GET" && path === "/.well-known/openid-configuration") {
      return send(res, 200, { issuer: origin, token_endpoint: `${origin}/auth/token`, jwks_uri: `${origin}/.well-known/jwks` });
    }
    if (req.method === "GET" && path === "/.well-known/cxone-configuration") {
      const asked = url.searchParams.get("tenantId") ?? "";
      if (asked.toLowerCase() !== tenantId.toLowerCase()) return send(res, 404);
      return send(res, 200, {
        private: false,
        area: "sim1",
        cluster: "sim1",
        region: "sim",
        domain: "127.0.0.1",
        uhDomain: "127.0.0.1",
        acdDomain: "127.0.0.1",
        api_endpoint: origin,
        ui_endpoint: origin,
        auth_endpoint: origin,
        tenantId
      });
    }
    if (req.method === "POST" && path === "/auth/token") return token(req, res, raw);
    if (!api) return send(res, 404, { error: `No route for ${req.method} ${path}` });
    const second = Math.floor(Date.now() / 1e3);
    if (window.second !== second) window = { second, count: 0 };
    window.count++;
    const overRate = faults.rateLimitPerSecond > 0 && window.count > faults.rateLimitPerSecond;
    if (overRate || faults.rateLimitRate > 0 && random() < faults.rateLimitRate) {
      return send(res, 429, { error: "Too Many Requests" }, faults.retryAfter ? { "Retry-After": "1" } : {});
    }
    if (faults.errorRate > 0 && random() < faults.errorRate) return send(res, 503, { error: "Service Unavailable" });
    const auth = req.headers.authorization ?? "";
    const bearer = /^Bearer (\S+)$/.exec(auth)?.[1];
    const expiry = bearer ? tokens.get(bearer) : void 0;
    if (!bearer || expiry === void 0 || expiry < Date.now())
      return send(res, 401, { error: "invalid_token", error_description: "Access token missing or expired" });
    let body;
    if (raw !== "") {
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) return send(res, 400, { error: "Content-Type must be application/json" });
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { error: "Request body is not valid JSON" });
      }
    }
    const result = activity.route(req.method ?? "GET", api[1], url.searchParams, url.href) ?? handleApi({ method: req.method ?? "GET", path: api[1], query: url.searchParams, body }, tenant, faults);
    if (req.method !== "GET" && faults.loseWriteResponses > 0) {
      faults = { ...faults, loseWriteResponses: faults.loseWriteResponses - 1 };
      req.socket.destroy();
      return;
    }
    return send(res, result.status, result.body, result.headers);
  };
  const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        send(res, 413, { error: "Request body too large" });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((error3) => {
        send(res, 500, { error: `simulator bug: ${error3 instanceof Error ? error3.message : String(error3)}` });
      });
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port: port2 } = server.address();
  origin = `http://127.0.0.1:${port2}`;
  return {
    url: origin,
    tenant,
    activity,
    get faults() {
      return faults;
    },
    get stats() {
      return stats;
    },
    env: { CXONE_AUTH_URL: origin, CXONE_API_BASE: origin, ...credentials },
    tenantId,
    setFaults(patch) {
      const next = patchFaults(faults, patch);
      if (typeof next === "string") throw new Error(next);
      setFaultsTo(next);
    },
    resetStats() {
      stats = { requests: 0, byRoute: {}, byStatus: {} };
    },
    revokeTokens() {
      tokens.clear();
    },
    close: () => new Promise((resolve) => {
      held = [];
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}

// src/sim/start-from-flags.ts
var number = (value, flag) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number >= 0, not "${value}"`);
  return n;
};
function faultsFromFlags(o) {
  const faults = { retryAfter: o.retryAfter };
  if (o.rateLimit !== void 0) faults.rateLimitPerSecond = number(o.rateLimit, "--rate-limit");
  if (o.rateLimitRate !== void 0) faults.rateLimitRate = number(o.rateLimitRate, "--rate-limit-rate");
  if (o.errorRate !== void 0) faults.errorRate = number(o.errorRate, "--error-rate");
  if (o.latency !== void 0) faults.latencyMs = number(o.latency, "--latency");
  if (o.tokenLifetime !== void 0) faults.tokenLifetimeSeconds = number(o.tokenLifetime, "--token-lifetime");
  if (o.maxBatch !== void 0) faults.maxBatchSize = number(o.maxBatch, "--max-batch");
  if (o.maxPage !== void 0) faults.maxPageSize = number(o.maxPage, "--max-page");
  for (const range of o.proficiencyRange ?? []) {
    const parsed = parseProficiencyRange(range);
    if (typeof parsed === "string") throw new UsageError(`--proficiency-range: ${parsed}`);
    Object.assign(faults, parsed);
  }
  if (o.skillAgentsInactive) faults.skillAgentsListInactive = true;
  if (o.failedItemIds) faults.failedItemsCarryId = true;
  if (o.failAgents) faults.failingAgents = o.failAgents.split(",").map((id) => number(id.trim(), "--fail-agents"));
  return faults;
}
var GENERATE = /^generate:(\d+)x(\d+)x(\d+)$/;
function checkFixture(spec) {
  if (spec.startsWith("generate:") && !GENERATE.test(spec)) {
    throw new UsageError(`--fixture ${spec}: a generated tenant is generate:SKILLSxAGENTSxASSIGNMENTS with whole numbers, e.g. generate:200x2000x20000`);
  }
}
function port(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (0 picks a free one), not "${value}"`);
  return n;
}
async function startFromFlags(options) {
  checkFixture(options.fixture);
  const listenOn = port(options.port);
  const fixture = await loadFixture(options.fixture).catch((error3) => {
    const code = error3.code;
    const why = code === "ENOENT" ? "no such file (use demo, a fixture JSON file, or generate:SKILLSxAGENTSxASSIGNMENTS)" : error3 instanceof Error ? error3.message : String(error3);
    throw new UsageError(`cannot load fixture "${options.fixture}": ${why}`);
  });
  return startSimulator({ fixture, port: listenOn, seed: number(options.seed, "--seed"), faults: faultsFromFlags(options) }).catch(
    (error3) => {
      if (error3.code === "EADDRINUSE")
        throw new UsageError(`port ${listenOn} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for a free one`);
      if (error3.code === "EACCES") throw new UsageError(`not allowed to listen on port ${listenOn}; choose a port above 1023, or --port 0 for a free one`);
      throw error3;
    }
  );
}

// src/cli/commands/sim.ts
async function simCommand(options, io, stop) {
  const sim = await startFromFlags(options);
  io.out(`CXone simulator listening on ${sim.url}
`);
  io.out(`  ${sim.tenant.skills.size} skills, ${sim.tenant.agents.size} agents, ${sim.tenant.all().length} assignments (fixture ${options.fixture})
`);
  io.out(
    `  point skillops at it with:
${Object.entries(sim.env).map(([k, v]) => `    export ${k}=${v}
`).join("")}`
  );
  io.out("  control: GET /__sim/stats, DELETE /__sim/stats, GET /__sim/state, GET|POST /__sim/faults, GET|POST /__sim/activity, POST /__sim/revoke-tokens\n");
  await stop;
  await sim.close();
  io.out("simulator stopped\n");
  return 0;
}
export {
  simCommand
};
