import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  addDays,
  tenantDate,
  windowStatus
} from "./chunk-E6VEJHXT.js";
import {
  agentDirectory,
  resolveDesired,
  resolveDesiredSliced
} from "./chunk-BSGB53MD.js";
import {
  isTargeted
} from "./chunk-WMZ2HHHT.js";
import {
  PLAN_FORMAT
} from "./chunk-E26C7VYQ.js";
import {
  hasErrors,
  sortProblems,
  timeSlices
} from "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  PolicyError
} from "./chunk-4SYE6LGA.js";
import {
  agentRef
} from "./chunk-R75TXLSG.js";

// src/plan/policy/verdict.ts
var NOT_WORSE = "already broken; not made worse by this plan";
function floorVerdict(base, messages) {
  const { before, after, limit } = base;
  if (after >= limit) return { ...base, kind: "constraint", verdict: "ok", message: messages.ok };
  if (after < before) return { ...base, kind: "constraint", verdict: "refused", message: messages.refused };
  return { ...base, kind: "constraint", verdict: "warning", note: NOT_WORSE, message: messages.warning };
}
function ceilingVerdict(base, messages) {
  const { before, after, limit } = base;
  if (after <= limit) return { ...base, kind: "constraint", verdict: "ok", message: messages.ok };
  if (after > before) return { ...base, kind: "constraint", verdict: "refused", message: messages.refused };
  return { ...base, kind: "constraint", verdict: "warning", note: NOT_WORSE, message: messages.warning };
}
var pct = (part, whole) => `${(100 * part / whole).toFixed(1)}%`;

// src/plan/policy/agent-rules.ts
function maxActiveSkillsVerdicts(queues, assignments, limit) {
  if (limit === void 0) return [];
  const delta = /* @__PURE__ */ new Map();
  for (const q of queues) {
    for (const c of q.changes) {
      const d = (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
      const seen = delta.get(c.agentId);
      delta.set(c.agentId, { change: seen?.change ?? c, n: (seen?.n ?? 0) + d });
    }
  }
  const before = /* @__PURE__ */ new Map();
  for (const a of assignments) {
    if (a.isActive && delta.has(a.agentId)) before.set(a.agentId, (before.get(a.agentId) ?? 0) + 1);
  }
  const verdicts = [];
  let gaining = 0;
  let most = 0;
  let mostBefore = 0;
  for (const [agentId, { change, n }] of [...delta].sort((x, y) => x[1].change.userName.localeCompare(y[1].change.userName) || x[0] - y[0])) {
    const b = before.get(agentId) ?? 0;
    const after = b + n;
    if (n > 0) {
      gaining++;
      if (after > most) {
        most = after;
        mostBefore = b;
      }
    }
    if (after <= limit) continue;
    const who = change.userName;
    verdicts.push(
      ceilingVerdict(
        { rule: "maxActiveSkills", agent: who, agentId, requirement: `at most ${plural(limit, "active skill")} per agent`, before: b, after, limit },
        {
          refused: `${who} would hold ${plural(after, "active skill")} (from ${b}), above agents.maxActiveSkills ${limit}`,
          warning: `${who} holds ${plural(after, "active skill")}, above agents.maxActiveSkills ${limit} (not made worse by this plan)`,
          ok: ""
        }
      )
    );
  }
  if (!verdicts.some((v) => v.verdict === "refused")) {
    verdicts.unshift({
      rule: "maxActiveSkills",
      kind: "constraint",
      verdict: "ok",
      requirement: `at most ${plural(limit, "active skill")} per agent`,
      before: mostBefore,
      after: most,
      limit,
      message: gaining === 0 ? "no agent gains an active skill" : `${plural(gaining, "agent")} ${gaining === 1 ? "gains" : "gain"} active skills; the most any will hold is ${most}, within agents.maxActiveSkills ${limit}`
    });
  }
  return verdicts;
}
function protectedSkillVerdicts(protectedAgents, queues, skills, directory, held) {
  const verdicts = [];
  const queuesById = new Map(queues.map((q) => [q.skillId, q]));
  const skillsById = new Map(skills.map((s) => [s.skillId, s]));
  const skillsByName = /* @__PURE__ */ new Map();
  for (const s of skills) skillsByName.set(s.skillName.toLowerCase(), [...skillsByName.get(s.skillName.toLowerCase()) ?? [], s]);
  for (const entry of protectedAgents) {
    const found = directory.resolveAgent(agentRef(entry.agent));
    const why = entry.note ? ` (${entry.note})` : "";
    for (const wanted of entry.skills) {
      const requirement = `${String(entry.agent)} keeps ${String(wanted)}`;
      const base = { rule: "protectedSkill", kind: "constraint", requirement, limit: 1 };
      if ("error" in found) {
        verdicts.push({ ...base, verdict: "warning", before: 0, after: 0, note: found.error, message: `agents.protected: ${found.error}` });
        continue;
      }
      const agent = found.agent;
      const matches = typeof wanted === "number" ? [skillsById.get(wanted)].filter((s) => s !== void 0) : skillsByName.get(wanted.toLowerCase()) ?? [];
      if (matches.length !== 1) {
        verdicts.push({
          ...base,
          agent: agent.userName,
          agentId: agent.agentId,
          verdict: "warning",
          before: 0,
          after: 0,
          note: `${matches.length === 0 ? "no" : "more than one"} CXone skill matches`,
          message: `agents.protected: ${matches.length === 0 ? "no" : "more than one"} CXone skill matches ${JSON.stringify(wanted)}`
        });
        continue;
      }
      const skill = matches[0];
      const scope = { ...base, queue: skill.skillName, skillId: skill.skillId, agent: agent.userName, agentId: agent.agentId };
      const current = held(skill.skillId, agent.agentId);
      const change = queuesById.get(skill.skillId)?.changes.find((c) => c.agentId === agent.agentId);
      const before = current?.isActive ? 1 : 0;
      const after = change ? change.after?.isActive ? 1 : 0 : before;
      if (after < before) {
        verdicts.push({
          ...scope,
          verdict: "refused",
          before,
          after,
          ...entry.note ? { note: entry.note } : {},
          message: `${agent.userName} must never lose ${skill.skillName}${why}, and this plan would ${change?.action === "remove" ? "remove it" : "deactivate it"}`
        });
      } else if (after === 0) {
        verdicts.push({
          ...scope,
          verdict: "warning",
          before,
          after,
          note: "does not hold it active in CXone",
          message: `${agent.userName} must keep ${skill.skillName}${why}, but does not hold it active in CXone`
        });
      } else {
        verdicts.push({ ...scope, verdict: "ok", before, after, message: `${agent.userName} keeps ${skill.skillName}` });
      }
    }
  }
  return verdicts;
}

// src/plan/policy/live-rules.ts
var SETTING = { liveMinLoggedIn: "liveImpact.minLoggedInWhenWaiting", liveMaxLoggedInRemoved: "liveImpact.maxLoggedInRemoved" };
function liveImpactVerdicts(queues, config, impact, force) {
  const verdicts = [];
  const byQueue = new Map(impact?.available ? impact.queues.map((i) => [i.skillId, i]) : []);
  const broken = force ? "forced" : "refused";
  const unjudged = { liveMinLoggedIn: [], liveMaxLoggedInRemoved: [] };
  for (const q of queues) {
    const rule = config.get(q.skillId)?.liveImpact;
    if (!rule || q.changes.length === 0) continue;
    const i = byQueue.get(q.skillId);
    if (rule.minLoggedInWhenWaiting !== void 0) {
      if (i) verdicts.push(minLoggedIn(q, i, rule.minLoggedInWhenWaiting, broken));
      else unjudged.liveMinLoggedIn.push(q.skillName);
    }
    if (rule.maxLoggedInRemoved !== void 0) {
      if (i) verdicts.push(maxRemoved(q, i, rule.maxLoggedInRemoved, broken));
      else unjudged.liveMaxLoggedInRemoved.push(q.skillName);
    }
  }
  const why = !impact ? "live impact is off (impact.enabled: false)" : "live impact unavailable";
  for (const rule of ["liveMinLoggedIn", "liveMaxLoggedInRemoved"]) {
    const names = unjudged[rule];
    if (names.length === 0) continue;
    verdicts.push({
      rule,
      kind: "threshold",
      requirement: `${SETTING[rule]} on ${plural(names.length, "changed queue")}`,
      before: 0,
      after: 0,
      limit: 0,
      verdict: "warning",
      note: `not judged: ${why}`,
      message: `${SETTING[rule]} not judged on ${names.join(", ")}: ${why}`
    });
  }
  return verdicts;
}
function minLoggedIn(q, i, limit, broken) {
  const { before, after } = i.loggedIn;
  const waiting = i.contactsInQueue;
  const base = {
    rule: "liveMinLoggedIn",
    kind: "threshold",
    queue: q.skillName,
    skillId: q.skillId,
    requirement: `at least ${plural(limit, "logged-in agent")} while contacts wait`,
    before,
    after,
    limit
  };
  const figures = `${before} → ${after} logged-in agents with ${plural(waiting, "contact")} waiting`;
  if (waiting === 0 || after >= limit) return { ...base, verdict: "ok", message: `${q.skillName}: ${figures}, within ${SETTING.liveMinLoggedIn} ${limit}` };
  if (after >= before)
    return {
      ...base,
      verdict: "warning",
      note: "already broken; not made worse by this plan",
      message: `${q.skillName}: ${figures}, below ${SETTING.liveMinLoggedIn} ${limit} already`
    };
  return { ...base, verdict: broken, message: `${q.skillName} would have ${figures}, below ${SETTING.liveMinLoggedIn} ${limit}` };
}
function maxRemoved(q, i, limit, broken) {
  const out = i.agentsOut.length;
  const base = {
    rule: "liveMaxLoggedInRemoved",
    kind: "threshold",
    queue: q.skillName,
    skillId: q.skillId,
    requirement: `remove at most ${plural(limit, "logged-in agent")}`,
    before: i.loggedIn.before,
    after: out,
    limit
  };
  const figures = `${plural(out, "logged-in agent")} of ${i.loggedIn.before}`;
  if (out <= limit) return { ...base, verdict: "ok", message: `${q.skillName}: removes ${figures}, within ${SETTING.liveMaxLoggedInRemoved} ${limit}` };
  return { ...base, verdict: broken, message: `${q.skillName} would lose ${figures} now, above ${SETTING.liveMaxLoggedInRemoved} ${limit}` };
}

// src/plan/policy/queue-rules.ts
function countBeforeAfter(queue, held, agents, counts) {
  const routes = (agentId, state2) => {
    if (!state2?.isActive) return 0;
    const agent = agents.get(agentId);
    return agent?.isActive && counts(agent, state2) ? 1 : 0;
  };
  let before = 0;
  for (const [agentId, a] of held) before += routes(agentId, a);
  let after = before;
  for (const c of queue.changes) after += routes(c.agentId, c.after) - routes(c.agentId, c.before);
  return { before, after };
}
function queueRuleVerdicts(queue, config, held, agents) {
  const verdicts = [];
  const name = queue.skillName;
  const scope = { queue: name, skillId: queue.skillId };
  const { activeBefore: before, activeAfter: after, minActiveAgents: limit } = queue.coverage;
  if (limit > 0) {
    verdicts.push(
      floorVerdict(
        { rule: "minActiveAgents", ...scope, requirement: `at least ${plural(limit, "active agent")}`, before, after, limit },
        {
          refused: `${name} would have ${plural(after, "active agent")} (from ${before}), below its minActiveAgents ${limit}`,
          warning: `${name} has ${plural(after, "active agent")}, below its minActiveAgents ${limit} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(after, "active agent")} (from ${before}), at least ${limit}`
        }
      )
    );
  } else if (queue.mode === "authoritative" && !config.allowEmpty && before > 0 && after === 0) {
    verdicts.push(
      floorVerdict(
        {
          rule: "minActiveAgents",
          ...scope,
          requirement: "at least 1 active agent",
          before,
          after,
          limit: 1,
          note: "the default for authoritative queues; minActiveAgents: 0 in the file allows an empty queue"
        },
        {
          refused: `${name} would have 0 active agents (from ${before}); an authoritative queue is never emptied unless its file (or queueDefaults) sets minActiveAgents: 0`,
          warning: "",
          ok: ""
        }
      )
    );
  }
  for (const rule of config.staffing ?? []) {
    const p = rule.maxProficiency;
    const counted = countBeforeAfter(queue, held, agents, (_agent, state2) => state2.proficiency <= p);
    const requirement = `at least ${plural(rule.minAgents, "active agent")} at proficiency ${p === 1 ? "1" : `1–${p}`}`;
    verdicts.push(
      floorVerdict(
        { rule: "staffing", ...scope, requirement, ...counted, limit: rule.minAgents },
        {
          refused: `${name} would have ${plural(counted.after, "active agent")} at proficiency 1–${p} (from ${counted.before}), below its staffing rule of ${rule.minAgents}`,
          warning: `${name} has ${plural(counted.after, "active agent")} at proficiency 1–${p}, below its staffing rule of ${rule.minAgents} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(counted.after, "active agent")} at proficiency 1–${p} (from ${counted.before}), at least ${rule.minAgents}`
        }
      )
    );
  }
  for (const rule of config.teams ?? []) {
    const team = rule.team.trim().toLowerCase();
    const counted = countBeforeAfter(queue, held, agents, (agent) => agent.teamName?.trim().toLowerCase() === team);
    verdicts.push(
      floorVerdict(
        { rule: "team", ...scope, requirement: `at least ${plural(rule.minAgents, "active agent")} of team ${rule.team}`, ...counted, limit: rule.minAgents },
        {
          refused: `${name} would have ${plural(counted.after, "active agent")} of team ${rule.team} (from ${counted.before}), below its team minimum of ${rule.minAgents}`,
          warning: `${name} has ${plural(counted.after, "active agent")} of team ${rule.team}, below its team minimum of ${rule.minAgents} (not made worse by this plan)`,
          ok: `${name} keeps ${plural(counted.after, "active agent")} of team ${rule.team} (from ${counted.before}), at least ${rule.minAgents}`
        }
      )
    );
  }
  return verdicts;
}

// src/plan/policy/thresholds.ts
function judge(j, force) {
  const scope = j.queue ? { queue: j.queue.name, skillId: j.queue.skillId } : {};
  const whose = j.queue ? `${j.queue.name} would ${j.verb} ${j.touched} of its ${j.live} live assignments` : `would ${j.verb} ${j.touched} of ${j.live} live managed assignments`;
  const base = {
    rule: j.rule,
    kind: "threshold",
    ...scope,
    requirement: `${j.verb} at most ${j.limit}% of ${j.queue ? "the queue" : "live managed assignments"}`,
    before: j.live,
    after: j.touched,
    limit: j.limit
  };
  if (j.live < j.minExisting || j.live === 0) {
    return {
      ...base,
      verdict: "ok",
      note: `not judged: fewer than minExistingAssignments ${j.minExisting}`,
      message: `${whose}: not judged below ${j.minExisting} live assignments (minExistingAssignments)`
    };
  }
  const share = 100 * j.touched / j.live;
  if (share <= j.limit) return { ...base, verdict: "ok", message: `${whose} (${pct(j.touched, j.live)}), within ${j.setting} ${j.limit}%` };
  return { ...base, verdict: force ? "forced" : "refused", message: `${whose} (${pct(j.touched, j.live)}), above ${j.setting} ${j.limit}%` };
}
function thresholdVerdicts(queues, config, liveCount, safety, force) {
  const verdicts = [];
  const global = { live: 0, remove: 0, update: 0 };
  let globalQueues = 0;
  for (const q of queues) {
    const own = config.get(q.skillId)?.safety;
    const live = liveCount(q.skillId);
    const remove = q.changes.filter((c) => c.action === "remove").length;
    const update = q.changes.filter((c) => c.action === "update").length;
    const queue = { name: q.skillName, skillId: q.skillId };
    const minExisting = own?.minExistingAssignments ?? safety.minExistingAssignments;
    if (own) {
      if (q.changes.length > 0) {
        const limits = { ...safety, ...own };
        verdicts.push(
          judge(
            {
              rule: "maxRemovePercent",
              live,
              touched: remove,
              limit: limits.maxRemovePercent,
              minExisting,
              queue,
              verb: "remove",
              setting: `its safety.maxRemovePercent`
            },
            force
          )
        );
        verdicts.push(
          judge(
            {
              rule: "maxChangePercent",
              live,
              touched: update,
              limit: limits.maxChangePercent,
              minExisting,
              queue,
              verb: "change",
              setting: `its safety.maxChangePercent`
            },
            force
          )
        );
      }
    } else {
      globalQueues++;
      global.live += live;
      global.remove += remove;
      global.update += update;
    }
    const queueLimit = own?.maxQueueChangePercent ?? safety.maxQueueChangePercent;
    if (queueLimit !== void 0 && q.changes.length > 0) {
      verdicts.push(
        judge(
          {
            rule: "maxQueueChangePercent",
            live,
            touched: q.changes.length,
            limit: queueLimit,
            minExisting,
            queue,
            verb: "add, change or remove",
            setting: `${own?.maxQueueChangePercent !== void 0 ? "its " : ""}safety.maxQueueChangePercent`
          },
          force
        )
      );
    }
  }
  if (globalQueues > 0) {
    const minExisting = safety.minExistingAssignments;
    verdicts.push(
      judge(
        {
          rule: "maxRemovePercent",
          live: global.live,
          touched: global.remove,
          limit: safety.maxRemovePercent,
          minExisting,
          verb: "remove",
          setting: "safety.maxRemovePercent"
        },
        force
      )
    );
    verdicts.push(
      judge(
        {
          rule: "maxChangePercent",
          live: global.live,
          touched: global.update,
          limit: safety.maxChangePercent,
          minExisting,
          verb: "change",
          setting: "safety.maxChangePercent"
        },
        force
      )
    );
  }
  return verdicts;
}

// src/plan/policy.ts
var NO_HELD = /* @__PURE__ */ new Map();
function checkPolicy(input) {
  const { queues, liveBySkill, settings, force } = input;
  const config = new Map(input.resolved.map((q) => [q.skillId, q]));
  const verdicts = [];
  for (const q of queues) {
    const own = config.get(q.skillId);
    if (!own) continue;
    const judged = queueRuleVerdicts(q, own, liveBySkill.get(q.skillId) ?? NO_HELD, input.agents);
    verdicts.push(...q.changes.length > 0 ? judged : judged.filter((v) => v.verdict !== "ok"));
  }
  verdicts.push(...thresholdVerdicts(queues, config, (id) => liveBySkill.get(id)?.size ?? 0, settings.safety, force));
  verdicts.push(...liveImpactVerdicts(queues, config, input.impact, force));
  verdicts.push(...maxActiveSkillsVerdicts(queues, input.assignments, settings.agents.maxActiveSkills));
  verdicts.push(...protectedSkillVerdicts(settings.agents.protected, queues, input.skills, input.directory, (s, a) => liveBySkill.get(s)?.get(a)));
  return policyOf(verdicts, input.window);
}
function policyOf(verdicts, window) {
  const broken = verdicts.filter((v) => v.verdict === "refused" || v.verdict === "forced");
  return {
    ok: !verdicts.some((v) => v.verdict === "refused"),
    forced: verdicts.some((v) => v.verdict === "forced"),
    violations: broken.map((v) => ({ kind: v.kind, message: v.message })),
    verdicts,
    ...window ? { window } : {}
  };
}
function policyError(plan) {
  const forceHelps = !plan.policy.forced && plan.policy.violations.every((v) => v.kind === "threshold");
  return new PolicyError(
    plan.policy.violations.map((v) => v.message),
    forceHelps
  );
}

// src/domain/live-state.ts
function assignmentsBySkill(assignments) {
  const bySkill = /* @__PURE__ */ new Map();
  for (const a of assignments) {
    const list = bySkill.get(a.skillId);
    if (list) list.push(a);
    else bySkill.set(a.skillId, [a]);
  }
  return bySkill;
}
var builtIndexes = /* @__PURE__ */ new WeakMap();
function liveIndexOf(assignments) {
  const built = builtIndexes.get(assignments);
  if (built) {
    builtIndexes.delete(assignments);
    return built;
  }
  const bySkill = /* @__PURE__ */ new Map();
  for (const a of assignments) {
    let held = bySkill.get(a.skillId);
    if (!held) bySkill.set(a.skillId, held = /* @__PURE__ */ new Map());
    held.set(a.agentId, a);
  }
  return bySkill;
}
var AssignmentCollector = class {
  kept = [];
  bySkill = /* @__PURE__ */ new Map();
  add(items) {
    for (const a of items) {
      let held = this.bySkill.get(a.skillId);
      if (!held) this.bySkill.set(a.skillId, held = /* @__PURE__ */ new Map());
      if (held.has(a.agentId)) continue;
      held.set(a.agentId, a);
      this.kept.push(a);
    }
  }
  /** The index made on the way. */
  get index() {
    return this.bySkill;
  }
  /** The assignments kept, in the order they came; liveIndexOf them is the index made on the way. */
  done() {
    builtIndexes.set(this.kept, this.bySkill);
    return this.kept;
  }
};

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/cxone/read-live-state.ts
function filtersFor(skills, agents) {
  const agentStates = agents.some((a) => !a.isActive) ? [true, false] : [true];
  const skillStates = skills.some((s) => !s.isActive) ? [true, false] : [true];
  const filters = [];
  for (const isActive of [true, false]) {
    for (const isAgentActive of agentStates) {
      for (const isSkillActive of skillStates) filters.push({ isActive, isAgentActive, isSkillActive });
    }
  }
  return filters;
}
async function readEveryAssignment(cxone, skills, agents, started) {
  const collector = started?.collector ?? streamedCollector();
  const parts = filtersFor(skills, agents).map(
    (f) => isAllActive(f) ? started?.allActive ?? cxone.listAllAssignments(f, collector.onItems) : cxone.listAllAssignments(f)
  );
  const [first, ...rest] = await Promise.all(parts);
  collector.finish(first);
  for (const part of rest) collector.collector.add(part);
  return collector.collector.done();
}
function streamedCollector() {
  const collector = new AssignmentCollector();
  let streamed = 0;
  return {
    collector,
    onItems: (items) => {
      streamed += items.length;
      collector.add(items);
    },
    finish: (all) => {
      if (streamed < all.length) collector.add(all.slice(streamed));
    }
  };
}
async function readLiveState(cxone, onDirectory) {
  const collector = streamedCollector();
  const allActive = cxone.listAllAssignments(ALL_ACTIVE, collector.onItems);
  allActive.catch(() => void 0);
  const [skills, agents] = await Promise.all([cxone.listSkills(), cxone.listAgents()]);
  onDirectory?.(skills, agents);
  return { skills, agents, assignments: await readEveryAssignment(cxone, skills, agents, { allActive, collector }) };
}
var ALL_ACTIVE = { isActive: true, isAgentActive: true, isSkillActive: true };
var isAllActive = (f) => f.isActive && f.isAgentActive && f.isSkillActive;
function unique(parts) {
  const collector = new AssignmentCollector();
  for (const part of parts) collector.add(part);
  return collector.done();
}
var pages = (n, pageSize) => Math.max(1, Math.ceil(n / pageSize));
async function rereadSkills(cxone, live, skillIds, concurrency) {
  const touched = new Set(skillIds);
  const agentActive = new Map(live.agents.map((a) => [a.agentId, a.isActive]));
  const skillActive = new Map(live.skills.map((s) => [s.skillId, s.isActive]));
  const allActive = (a) => a.isActive && agentActive.get(a.agentId) !== false && skillActive.get(a.skillId) !== false;
  const filters = filtersFor(live.skills, live.agents);
  const keyOf = (f) => `${f.isActive}/${f.isAgentActive}/${f.isSkillActive}`;
  const counts = /* @__PURE__ */ new Map();
  const perSkill = /* @__PURE__ */ new Map();
  for (const a of live.assignments) {
    const k = keyOf({ isActive: a.isActive, isAgentActive: agentActive.get(a.agentId) !== false, isSkillActive: skillActive.get(a.skillId) !== false });
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (allActive(a)) perSkill.set(a.skillId, (perSkill.get(a.skillId) ?? 0) + 1);
  }
  const size = cxone.pageSize;
  const others = filters.filter((f) => !isAllActive(f));
  const activeSkills = skillIds.filter((id) => skillActive.get(id) !== false);
  const tenantWide = filters.reduce((n, f) => n + pages(counts.get(keyOf(f)) ?? 0, size), 0);
  const bySkill = activeSkills.reduce((n, id) => n + pages(perSkill.get(id) ?? 0, size), 0) + others.reduce((n, f) => n + pages(counts.get(keyOf(f)) ?? 0, size), 0);
  let fresh;
  if (tenantWide <= bySkill) {
    fresh = await readEveryAssignment(cxone, live.skills, live.agents);
  } else {
    const limit = pLimit(Math.max(1, concurrency));
    const [listed, rest] = await Promise.all([
      Promise.all(activeSkills.map((id) => limit(() => cxone.listSkillAssignments(id)))),
      Promise.all(others.map((f) => limit(() => cxone.listAllAssignments(f))))
    ]);
    fresh = unique([...listed.map((part) => part.filter(allActive)), ...rest]);
  }
  return { ...live, assignments: [...live.assignments.filter((a) => !touched.has(a.skillId)), ...fresh.filter((a) => touched.has(a.skillId))] };
}

// src/plan/change-window.ts
var DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var HORIZON_DAYS = 370;
var formatters = /* @__PURE__ */ new Map();
function formatter(zone) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
    formatters.set(zone, f);
  }
  return f;
}
function wallClock(instant, zone) {
  const parts = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year, mo: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
}
var pad = (n) => String(n).padStart(2, "0");
function local(instant, zone) {
  const w = wallClock(instant, zone);
  const date = `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
  return { date, day: dayOf(date), minutes: w.h * 60 + w.mi };
}
function dayOf(date) {
  const [y, m, d] = date.split("-").map(Number);
  return DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}
function zonedInstant(date, minutes, zone) {
  const [y, m, d] = date.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  const offset = (t) => {
    const w = wallClock(t, zone);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1e3) * 1e3;
  };
  const first = asUtc - offset(asUtc);
  return asUtc - offset(first);
}
var minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
function inWeekly(at, windows) {
  if (windows.length === 0) return true;
  const previous = DAYS[(DAYS.indexOf(at.day) + 6) % 7];
  return windows.some((w) => {
    const from = minutesOf(w.from);
    const until = minutesOf(w.until);
    const days = w.days;
    if (from < until) return days.includes(at.day) && at.minutes >= from && at.minutes < until;
    return days.includes(at.day) && at.minutes >= from || days.includes(previous) && at.minutes < until;
  });
}
var frozenOn = (date, windows) => windows.freezes.find((f) => f.from <= date && date <= f.until);
function openAt(instant, windows) {
  const at = local(instant, windows.timeZone);
  return !frozenOn(at.date, windows) && inWeekly(at, windows.weekly);
}
function describeWindows(windows) {
  return windows.weekly.map((w) => `${w.days.join(",")} ${w.from}–${w.until}`);
}
function localText(instant, zone) {
  const at = local(instant, zone);
  return `${at.date} ${pad(Math.floor(at.minutes / 60))}:${pad(at.minutes % 60)} (${at.day})`;
}
function changeWindowStatus(now, windows) {
  const zone = windows.timeZone;
  const t = now.getTime();
  const at = local(t, zone);
  const described = describeWindows(windows);
  const base = { timeZone: zone, windows: described };
  const edges = (date, which) => {
    const times = [0, ...windows.weekly.map((w) => which === "from" ? minutesOf(w.from) : minutesOf(w.until))].sort((a, b) => a - b);
    return [...new Set(times)].map((m) => zonedInstant(date, m, zone));
  };
  const firstEdge = (which, wantOpen) => {
    for (let d = 0; d <= HORIZON_DAYS; d++) {
      for (const edge of edges(addDays(at.date, d), which)) {
        if (edge > t && openAt(edge, windows) === wantOpen) return edge;
      }
    }
    return void 0;
  };
  if (openAt(t, windows)) {
    const closes = windows.weekly.length > 0 || windows.freezes.some((f) => f.until >= at.date) ? firstEdge("until", false) : void 0;
    return { ...base, open: true, ...closes !== void 0 ? { closesAt: new Date(closes).toISOString(), closesAtLocal: localText(closes, zone) } : {} };
  }
  const freeze = frozenOn(at.date, windows);
  const reason = freeze ? `change freeze ${freeze.from}${freeze.until !== freeze.from ? ` to ${freeze.until}` : ""}: ${freeze.reason}` : `outside the weekly change windows (${described.join("; ")}, ${zone})`;
  const next = firstEdge("from", true);
  return { ...base, open: false, reason, ...next !== void 0 ? { nextOpen: new Date(next).toISOString(), nextOpenLocal: localText(next, zone) } : {} };
}

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";
function liveFingerprint(skillIds, liveBySkill) {
  const hash = createHash("sha256");
  for (const skillId of [...skillIds].sort((a, b) => a - b)) {
    const held = liveBySkill.get(skillId);
    const parts = [`skill ${skillId}
`];
    if (held) {
      for (const agentId of Float64Array.from(held.keys()).sort()) {
        const a = held.get(agentId);
        parts.push(`${agentId}:${a.proficiency}:${a.isActive ? 1 : 0}
`);
      }
    }
    hash.update(parts.join(""));
  }
  return `sha256:${hash.digest("hex")}`;
}
function desiredHash(queues) {
  const hash = createHash("sha256");
  for (const q of byQueueSkill(queues)) hash.update(queueText(q));
  return `sha256:${hash.digest("hex")}`;
}
async function desiredHashSliced(queues) {
  const hash = createHash("sha256");
  const slices = timeSlices();
  for (const q of byQueueSkill(queues)) {
    await slices.pause();
    hash.update(queueText(q));
  }
  return `sha256:${hash.digest("hex")}`;
}
var byQueueSkill = (queues) => [...queues].sort((a, b) => a.skillId - b.skillId);
function queueText(q) {
  let text = `queue ${q.skillId} ${q.mode} ${q.proficiency.min}-${q.proficiency.max} min${q.minActiveAgents}
`;
  const ids = q.agentIds;
  const order = ids.map((_, i) => i).sort((x, y) => ids[x] - ids[y]);
  for (const i of order) {
    const a = q.agents[i];
    text += `${ids[i]}:${a.proficiency}:${a.active ? 1 : 0}:${a.from ?? ""}:${a.until ?? ""}
`;
  }
  return text;
}

// src/plan/impact.ts
var LOGGED_OUT = { agentId: 0, state: "LoggedOut", kind: "loggedOut" };
function liveImpact(input) {
  const { realTime } = input;
  if (!realTime.available) return { available: false, reason: realTime.reason };
  const activity = new Map(realTime.skills.map((s) => [s.skillId, s]));
  const states = new Map(realTime.agents.map((a) => [a.agentId, a]));
  const recent = realTime.recent && "skills" in realTime.recent ? new Map(realTime.recent.skills.map((s) => [s.skillId, s])) : void 0;
  const queues = input.queues.filter((q) => q.changes.length > 0).map((q) => {
    const impact = queueImpact(q, activity.get(q.skillId), input.liveBySkill.get(q.skillId), (id) => states.get(id) ?? LOGGED_OUT, input.agents);
    const r = recent?.get(q.skillId);
    return r ? {
      ...impact,
      recent: {
        contactsHandled: r.contactsHandled,
        contactsOffered: r.contactsOffered,
        ...r.serviceLevel !== void 0 ? { serviceLevel: r.serviceLevel } : {}
      }
    } : impact;
  });
  return {
    available: true,
    readAt: realTime.readAt,
    queues,
    ...realTime.recent ? { lookbackDays: realTime.recent.days } : {},
    ...realTime.recent && "unavailable" in realTime.recent ? { recentUnavailable: realTime.recent.unavailable } : {}
  };
}
function queueImpact(q, activity, held, stateOf, agents) {
  const activeAgent = (id) => agents.get(id)?.isActive ?? false;
  const counted = { loggedIn: 0, available: 0, working: 0 };
  if (!activity) {
    for (const [agentId, a] of held ?? []) {
      if (!a.isActive || !activeAgent(agentId)) continue;
      const s = stateOf(agentId);
      if (s.kind === "loggedOut") continue;
      counted.loggedIn++;
      if (s.kind === "available") counted.available++;
      if (s.kind === "working") counted.working++;
    }
  }
  const before = activity ? { loggedIn: activity.agentsLoggedIn, available: activity.agentsAvailable, working: activity.agentsWorking } : counted;
  const after = { ...before };
  const agentsOut = [];
  for (const c of q.changes) {
    if (!activeAgent(c.agentId)) continue;
    const was = c.before?.isActive ?? false;
    const will = c.after?.isActive ?? false;
    if (was === will) continue;
    const s = stateOf(c.agentId);
    if (s.kind === "loggedOut") continue;
    const delta = will ? 1 : -1;
    after.loggedIn += delta;
    if (s.kind === "available") after.available += delta;
    if (s.kind === "working") after.working += delta;
    if (!will)
      agentsOut.push({ agentId: c.agentId, userName: c.userName, name: c.name, state: s.state, onThisQueue: s.kind === "working" && s.skillId === q.skillId });
  }
  const floor = (n) => Math.max(0, n);
  return {
    skillId: q.skillId,
    skillName: q.skillName,
    loggedIn: { before: before.loggedIn, after: floor(after.loggedIn) },
    available: { before: before.available, after: floor(after.available) },
    working: { before: before.working, after: floor(after.working) },
    contactsInQueue: activity?.queueCount ?? 0,
    ...activity?.longestWaitSeconds !== void 0 ? { longestWaitSeconds: activity.longestWaitSeconds } : {},
    ...activity?.serviceLevel !== void 0 ? { serviceLevel: activity.serviceLevel } : {},
    ...activity?.serviceLevelGoal !== void 0 ? { serviceLevelGoal: activity.serviceLevelGoal } : {},
    agentsOut
  };
}

// src/plan/make-plan.ts
var ACTION_ORDER = { add: 0, update: 1, remove: 2 };
async function prepareDesired(desired, skills, agents, settings) {
  const directory = agentDirectory(agents);
  const resolved = await resolveDesiredSliced(desired, skills, directory, settings.exclude);
  const hash = await desiredHashSliced(resolved.queues);
  return { desired, skills, agents, exclude: settings.exclude, directory, resolved, desiredHash: hash };
}
function makePlan(input, prepared) {
  const { desired, live, now, settings } = input;
  const usable = prepared && prepared.desired === desired && prepared.skills === live.skills && prepared.agents === live.agents && prepared.exclude === settings.exclude;
  const directory = usable ? prepared.directory : agentDirectory(live.agents);
  const resolved = usable ? prepared.resolved : resolveDesired(desired, live.skills, directory, settings.exclude);
  const problems = sortProblems(resolved.problems);
  if (hasErrors(problems)) return { problems };
  const today = tenantDate(now, settings.timeZone);
  const liveBySkill = liveIndexOf(live.assignments);
  const label = (agentId) => labelOf(agentId, directory.agentsById.get(agentId));
  const warnings = problems.map((p) => ({
    message: p.message,
    at: `${p.file}:${p.line}:${p.col}`,
    code: p.code,
    file: p.file,
    ...p.agentId !== void 0 ? { agentId: p.agentId, agent: label(p.agentId).userName } : {}
  }));
  const queues = resolved.queues.map((q) => planQueue(q, liveBySkill.get(q.skillId) ?? /* @__PURE__ */ new Map(), today, label, directory.agentsById, warnings));
  queues.sort((a, b) => a.skillName.localeCompare(b.skillName) || a.skillId - b.skillId);
  const summary = {
    add: 0,
    update: 0,
    remove: 0,
    queuesChanged: queues.filter((q) => q.changes.length > 0).length,
    pending: queues.reduce((n, q) => n + q.pending.length, 0)
  };
  for (const q of queues) for (const c of q.changes) summary[c.action]++;
  const managedSkillIds = queues.map((q) => q.skillId);
  const coverage = overallCoverage(live, queues);
  for (const q of queues) {
    if (q.coverage.activeAfter === 0)
      warnings.push({ message: `${q.skillName} would have NO active agents after this plan`, code: "empty-queue", file: q.file });
  }
  const impact = impactOf(input, queues, liveBySkill, directory.agentsById);
  const plan = {
    format: PLAN_FORMAT,
    createdAt: now.toISOString(),
    effectiveDate: today,
    settings: {
      timeZone: settings.timeZone,
      proficiencyScale: settings.proficiencyScale,
      batchSize: settings.apply.batchSize,
      safety: settings.safety,
      exclude: settings.exclude,
      ...settings.expectedWarnings.length > 0 ? { expectedWarnings: settings.expectedWarnings } : {}
    },
    desiredHash: usable ? prepared.desiredHash : desiredHash(resolved.queues),
    liveFingerprint: liveFingerprint(managedSkillIds, liveBySkill),
    managedSkillIds: [...managedSkillIds].sort((a, b) => a - b),
    summary,
    queues,
    covers: coveredQueues(queues, resolved.queues, liveBySkill, input.covers ?? "changed"),
    coverage,
    warnings,
    policy: judge2(input, directory, resolved.queues, liveBySkill)(queues, impact),
    ...impact ? { impact } : {},
    ...isTargeted(input.target) ? { target: input.target } : {}
  };
  return { plan, problems };
}
function coveredQueues(queues, resolved, liveBySkill, which) {
  const bySkill = new Map(resolved.map((q) => [q.skillId, q]));
  return queues.filter((q) => which === "all" || q.changes.length > 0).map((q) => ({
    skillId: q.skillId,
    skillName: q.skillName,
    file: q.file,
    desiredHash: desiredHash([bySkill.get(q.skillId)]),
    liveFingerprint: liveFingerprint([q.skillId], liveBySkill)
  }));
}
function labelOf(agentId, agent) {
  return { agentId, userName: agent?.userName ?? `agent ${agentId}`, name: agent ? `${agent.firstName} ${agent.lastName}`.trim() : "(unknown agent)" };
}
function planQueue(queue, held, today, label, agents, warnings) {
  const changes = [];
  const pending = [];
  const listed = /* @__PURE__ */ new Set();
  const where = (line, col) => `${queue.file}:${line}:${col}`;
  for (let i = 0; i < queue.agents.length; i++) {
    const entry = queue.agents[i];
    const agentId = queue.agentIds[i];
    listed.add(agentId);
    const current = held.get(agentId);
    const status = entry.from === void 0 && entry.until === void 0 ? "active" : windowStatus(today, entry.from, entry.until);
    if (status === "active" && current && current.proficiency === entry.proficiency && current.isActive === entry.active) continue;
    const source = () => where(entry.at.line, entry.at.col);
    const wanted = () => ({ proficiency: entry.proficiency, isActive: entry.active });
    if (status === "pending") {
      pending.push({ ...label(agentId), skillId: queue.skillId, from: entry.from, after: wanted(), source: source() });
      continue;
    }
    if (status === "expired") {
      if (!current) continue;
      if (queue.mode === "additive") {
        warnings.push({
          message: `${label(agentId).userName} on ${queue.skillName} ended ${entry.until}, but additive queues never remove: remove it in CXone or switch the file to authoritative`,
          at: source(),
          code: "ended-in-additive",
          file: queue.file,
          agentId,
          agent: label(agentId).userName
        });
        continue;
      }
      changes.push({ action: "remove", ...label(agentId), skillId: queue.skillId, before: state(current), reason: "expired", source: source() });
      continue;
    }
    if (!current) {
      changes.push({ action: "add", ...label(agentId), skillId: queue.skillId, after: wanted(), source: source() });
    } else if (current.proficiency !== entry.proficiency || current.isActive !== entry.active) {
      changes.push({ action: "update", ...label(agentId), skillId: queue.skillId, before: state(current), after: wanted(), source: source() });
    }
  }
  if (queue.mode === "authoritative") {
    for (const [agentId, current] of held) {
      if (!listed.has(agentId)) changes.push({ action: "remove", ...label(agentId), skillId: queue.skillId, before: state(current), reason: "unlisted" });
    }
  }
  changes.sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || a.userName.localeCompare(b.userName) || a.agentId - b.agentId);
  pending.sort((a, b) => a.from.localeCompare(b.from) || a.userName.localeCompare(b.userName));
  const activeAgent = (agentId) => agents.get(agentId)?.isActive ?? false;
  let activeBefore = 0;
  for (const [agentId, a] of held) if (a.isActive && activeAgent(agentId)) activeBefore++;
  let activeAfter = activeBefore;
  for (const c of changes) {
    if (!activeAgent(c.agentId)) continue;
    activeAfter += (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
  }
  return {
    skillId: queue.skillId,
    skillName: queue.skillName,
    file: queue.file,
    mode: queue.mode,
    changes,
    pending,
    coverage: { activeBefore, activeAfter, minActiveAgents: queue.minActiveAgents }
  };
}
var state = (a) => ({ proficiency: a.proficiency, isActive: a.isActive });
function overallCoverage(live, queues) {
  const activeSkills = /* @__PURE__ */ new Map();
  for (const a of live.assignments) {
    if (a.isActive) activeSkills.set(a.agentId, (activeSkills.get(a.agentId) ?? 0) + 1);
  }
  const activeAgentIds = live.agents.filter((a) => a.isActive).map((a) => a.agentId);
  const withSkill = () => activeAgentIds.filter((id) => (activeSkills.get(id) ?? 0) > 0).length;
  const withSkillBefore = withSkill();
  for (const q of queues) {
    for (const c of q.changes) {
      const delta = (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
      if (delta !== 0) activeSkills.set(c.agentId, (activeSkills.get(c.agentId) ?? 0) + delta);
    }
  }
  return {
    activeAgents: activeAgentIds.length,
    withSkillBefore,
    withSkillAfter: withSkill(),
    queuesMeetingMinBefore: queues.filter((q) => q.coverage.activeBefore >= q.coverage.minActiveAgents).length,
    queuesMeetingMinAfter: queues.filter((q) => q.coverage.activeAfter >= q.coverage.minActiveAgents).length,
    managedQueues: queues.length,
    emptyQueuesAfter: queues.filter((q) => q.coverage.activeAfter === 0).map((q) => q.skillName)
  };
}
function impactOf(input, queues, liveBySkill, agents) {
  return input.realTime ? liveImpact({ realTime: input.realTime, queues, liveBySkill, agents }) : void 0;
}
function judge2(input, directory, resolved, liveBySkill) {
  const { live, settings, now } = input;
  return (queues, impact = impactOf(input, queues, liveBySkill, directory.agentsById)) => checkPolicy({
    queues,
    resolved,
    liveBySkill,
    assignments: live.assignments,
    agents: directory.agentsById,
    skills: live.skills,
    directory,
    settings,
    force: input.force ?? false,
    ...impact ? { impact } : {},
    ...settings.changeWindows ? { window: changeWindowStatus(now, settings.changeWindows) } : {}
  });
}
function impactJudge(input) {
  const directory = agentDirectory(input.live.agents);
  const liveBySkill = liveIndexOf(input.live.assignments);
  return (queues) => impactOf(input, queues, liveBySkill, directory.agentsById);
}
function policyJudge(input) {
  const directory = agentDirectory(input.live.agents);
  const resolved = resolveDesired(input.desired, input.live.skills, directory, input.settings.exclude);
  return judge2(input, directory, resolved.queues, liveIndexOf(input.live.assignments));
}

export {
  policyError,
  pLimit,
  assignmentsBySkill,
  readLiveState,
  rereadSkills,
  prepareDesired,
  makePlan,
  impactJudge,
  policyJudge
};
