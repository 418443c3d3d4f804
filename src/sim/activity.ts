// Real-time and reporting data of the simulated tenant, shaped as NICE's v34 definitions shape
// GET /skills/activity, GET /agents/states and GET /skills/summary. Believable figures are
// generated from the fixture (each agent's state and each queue's contacts follow from its id,
// so a run is repeatable), and tests set any of them through POST /__sim/activity.
import type { SimTenant } from './tenant.js';

interface AgentStateSet {
  state: string;
  /** The skill of the contact the agent is on. */
  skillId?: number;
  isACW?: boolean;
}

interface QueueFigures {
  queueCount: number;
  longestWaitSeconds: number;
  serviceLevel: number;
  serviceLevelGoal: number;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Figures in [0, 1) that follow from an id and a salt: the same tenant always looks the same. */
function share(id: number, salt: number): number {
  let h = (Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const error = (status: number, message: string, description?: string): Answer => ({
  status,
  body: { error: message, ...(description ? { error_description: description } : {}) },
});

export class SimActivity {
  private readonly agentSet = new Map<number, AgentStateSet>();
  private readonly queueSet = new Map<number, Partial<QueueFigures>>();
  /** The access key's role lacks the permission: real-time reads (and reporting reads) answer 403. */
  private forbidden = { realTime: false, reporting: false };
  private cache: { version: number; states: Map<number, AgentStateSet> } | undefined;
  private overrides = 0;

  constructor(
    private readonly tenant: SimTenant,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every agent's current state: set, or generated (inactive agents are logged out). */
  private states(): Map<number, AgentStateSet> {
    const version = this.tenant.version * 1_000_003 + this.overrides;
    if (this.cache?.version === version) return this.cache.states;
    // the first active skill of each agent: the one a generated contact comes from
    const firstSkill = new Map<number, number>();
    for (const a of this.tenant.all()) {
      if (a.isActive && this.tenant.skills.get(a.skillId)?.isActive !== false && !firstSkill.has(a.agentId)) firstSkill.set(a.agentId, a.skillId);
    }
    const states = new Map<number, AgentStateSet>();
    for (const agent of this.tenant.agents.values()) {
      const set = this.agentSet.get(agent.agentId);
      if (set) {
        states.set(agent.agentId, set);
        continue;
      }
      const r = share(agent.agentId, 1);
      const skillId = firstSkill.get(agent.agentId);
      // about 70% of active agents logged in: 40% of those available, 40% on a contact, the rest in ACW or unavailable
      if (!agent.isActive || r < 0.3) states.set(agent.agentId, { state: 'LoggedOut' });
      else if (r < 0.58) states.set(agent.agentId, { state: 'Available' });
      else if (r < 0.86 && skillId !== undefined) states.set(agent.agentId, { state: 'InboundContact', skillId });
      else if (r < 0.93) states.set(agent.agentId, { state: 'Unavailable', isACW: true });
      else states.set(agent.agentId, { state: 'Unavailable' });
    }
    this.cache = { version, states };
    return states;
  }

  private queue(skillId: number, loggedIn: number): QueueFigures {
    const set = this.queueSet.get(skillId) ?? {};
    const active = this.tenant.skills.get(skillId)?.isActive !== false;
    const generatedCount = active ? Math.floor(share(skillId, 2) * (loggedIn > 0 ? 5 : 3)) : 0;
    return {
      queueCount: set.queueCount ?? generatedCount,
      longestWaitSeconds: set.longestWaitSeconds ?? 10 + Math.floor(share(skillId, 3) * 170),
      serviceLevel: set.serviceLevel ?? 68 + Math.floor(share(skillId, 4) * 30),
      serviceLevelGoal: set.serviceLevelGoal ?? 80,
    };
  }

  /** GET /skills/activity items, one per skill, the agent counts from the agents' states. */
  skillActivity(): Array<Record<string, unknown>> {
    const states = this.states();
    const counts = new Map<number, { loggedIn: number; available: number; working: number; acw: number; unavailable: number; active: number }>();
    for (const a of this.tenant.all()) {
      if (!a.isActive || this.tenant.agents.get(a.agentId)?.isActive === false) continue;
      const s = states.get(a.agentId);
      let c = counts.get(a.skillId);
      if (!c) counts.set(a.skillId, (c = { loggedIn: 0, available: 0, working: 0, acw: 0, unavailable: 0, active: 0 }));
      if (!s || s.state === 'LoggedOut') continue;
      c.loggedIn++;
      if (s.isACW) c.acw++;
      else if (s.state === 'Available') c.available++;
      else if (s.state === 'Unavailable') c.unavailable++;
      else c.working++;
      if (s.skillId === a.skillId && !s.isACW && s.state !== 'Available' && s.state !== 'Unavailable') c.active++;
    }
    const now = this.clock();
    return [...this.tenant.skills.values()]
      .sort((a, b) => a.skillId - b.skillId)
      .map((skill) => {
        const c = counts.get(skill.skillId) ?? { loggedIn: 0, available: 0, working: 0, acw: 0, unavailable: 0, active: 0 };
        const q = this.queue(skill.skillId, c.loggedIn);
        const handled = 20 + Math.floor(share(skill.skillId, 5) * 200);
        const inSLA = Math.round((handled * q.serviceLevel) / 100);
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
          earliestQueueTime: q.queueCount > 0 ? new Date(now.getTime() - q.longestWaitSeconds * 1000).toISOString() : '',
          serverTime: now.toISOString(),
        };
      });
  }

  /** GET /agents/states items. */
  agentStates(): Array<Record<string, unknown>> {
    const states = this.states();
    const now = this.clock().toISOString();
    return [...this.tenant.agents.values()]
      .sort((a, b) => a.agentId - b.agentId)
      .map((agent) => {
        const s = states.get(agent.agentId) ?? { state: 'LoggedOut' };
        const skill = s.skillId !== undefined ? this.tenant.skills.get(s.skillId) : undefined;
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
          ...(skill ? { skillId: skill.skillId, skillName: skill.skillName, mediaTypeId: skill.mediaTypeId, mediaTypeName: skill.mediaTypeName } : {}),
        };
      });
  }

  /** GET /skills/summary items over [start, end]: contacts scale with the days asked for. */
  summaries(start: Date, end: Date): Array<Record<string, unknown>> {
    const days = Math.max(0, (end.getTime() - start.getTime()) / 86_400_000);
    return [...this.tenant.skills.values()]
      .sort((a, b) => a.skillId - b.skillId)
      .map((skill) => {
        const offered = Math.round(days * (30 + share(skill.skillId, 6) * 300));
        const handled = Math.round(offered * (0.9 + share(skill.skillId, 7) * 0.08));
        const serviceLevel = this.queueSet.get(skill.skillId)?.serviceLevel ?? 70 + Math.floor(share(skill.skillId, 8) * 25);
        const within = Math.round((handled * serviceLevel) / 100);
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
          abandonRate: offered > 0 ? Math.round((100 * (offered - handled)) / offered) : 0,
          averageSpeedToAnswer: 'PT25S',
          averageHandleTime: 'PT4M10S',
          serviceLevel,
          serviceLevelGoal: 80,
          serviceLevelThreshold: 30,
          contactsWithinSLA: within,
          contactsOutOfSLA: handled - within,
        };
      });
  }

  /**
   * The real-time and reporting routes; undefined for any other request.
   * @param self the request's absolute URL (the listings' `_links.self`)
   */
  route(method: string, path: string, query: URLSearchParams, self: string): Answer | undefined {
    if (method !== 'GET') return undefined;
    if (path === '/skills/activity' || path === '/agents/states') {
      if (this.forbidden.realTime) return error(403, 'Forbidden', 'The role of this access key lacks the real-time data permission');
      const since = query.get('updatedSince');
      if (since !== null && !Number.isFinite(Date.parse(since))) return error(400, 'updatedSince must be a date-time');
      const items = path === '/skills/activity' ? this.skillActivity() : this.agentStates();
      return this.page(self, path === '/skills/activity' ? 'skillActivity' : 'agentStates', items, query);
    }
    if (path === '/skills/summary') {
      if (this.forbidden.reporting) return error(403, 'Forbidden', 'The role of this access key lacks the reporting permission');
      const start = Date.parse(query.get('startDate') ?? '');
      const end = Date.parse(query.get('endDate') ?? '');
      if (!Number.isFinite(start) || !Number.isFinite(end)) return error(400, 'startDate and endDate are required date-times');
      if (start > end) return error(400, 'startDate is after endDate');
      return { status: 200, body: { skillSummaries: this.summaries(new Date(start), new Date(end)).map(fieldsOf(query)) } };
    }
    return undefined;
  }

  private page(self: string, key: string, items: Array<Record<string, unknown>>, query: URLSearchParams): Answer {
    const skip = query.has('skip') ? Number(query.get('skip')) : 0;
    const top = query.has('top') ? Number(query.get('top')) : 100;
    if (!Number.isInteger(skip) || skip < 0) return error(400, 'skip must be a whole number >= 0');
    if (!Number.isInteger(top) || top < 1) return error(400, 'top must be a whole number >= 1');
    const now = this.clock().toISOString();
    return {
      status: 200,
      body: {
        _links: { self },
        lastPollTime: now,
        totalRecords: items.length,
        [key]: items.slice(skip, skip + top).map(fieldsOf(query)),
      },
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
  patch(body: unknown): string | undefined {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
    const b = body as Record<string, unknown>;
    const unknown = Object.keys(b).filter((k) => !['agents', 'skills', 'forbidden', 'reset'].includes(k));
    if (unknown.length > 0) return `unknown field "${unknown[0]}"; known: agents, skills, forbidden, reset`;
    const agents = new Map<number, AgentStateSet | null>();
    const skills = new Map<number, Partial<QueueFigures> | null>();
    for (const [key, value] of Object.entries(objectOr(b.agents))) {
      const agentId = Number(key);
      if (!this.tenant.agents.has(agentId)) return `agent ${key} is not in the tenant`;
      if (value === null) {
        agents.set(agentId, null);
        continue;
      }
      const v = value as Record<string, unknown>;
      if (typeof v !== 'object' || typeof v.state !== 'string' || v.state === '') return `agents.${key}.state must be a state name, e.g. Available`;
      if (v.skillId !== undefined && !this.tenant.skills.has(Number(v.skillId))) return `agents.${key}.skillId is not a skill of the tenant`;
      agents.set(agentId, { state: v.state, ...(v.skillId !== undefined ? { skillId: Number(v.skillId) } : {}), ...(v.isACW === true ? { isACW: true } : {}) });
    }
    for (const [key, value] of Object.entries(objectOr(b.skills))) {
      const skillId = Number(key);
      if (!this.tenant.skills.has(skillId)) return `skill ${key} is not in the tenant`;
      if (value === null) {
        skills.set(skillId, null);
        continue;
      }
      const figures: Partial<QueueFigures> = {};
      for (const [name, n] of Object.entries(value as Record<string, unknown>)) {
        if (!['queueCount', 'longestWaitSeconds', 'serviceLevel', 'serviceLevelGoal'].includes(name)) return `skills.${key}.${name} is not a queue figure`;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return `skills.${key}.${name} must be a whole number >= 0`;
        figures[name as keyof QueueFigures] = n;
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
    if (typeof f.realTime === 'boolean') this.forbidden.realTime = f.realTime;
    if (typeof f.reporting === 'boolean') this.forbidden.reporting = f.reporting;
    this.overrides++;
    return undefined;
  }
}

const STATE_IDS: Record<string, number> = { Available: 1, Unavailable: 2, InboundContact: 3, OutboundContact: 4, LoggedOut: 0 };

const objectOr = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** `fields` (documented on these reads): only the named fields of each item. */
function fieldsOf(query: URLSearchParams): (item: Record<string, unknown>) => Record<string, unknown> {
  const fields = query
    .get('fields')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields || fields.length === 0) return (item) => item;
  return (item) => Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]));
}
