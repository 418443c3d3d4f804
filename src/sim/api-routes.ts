// The CXone Admin API as the simulator serves it: real paths, shapes and status codes, and
// request validation as strict as CXone's so the client is held to the real contract.

import type { Faults } from './faults.js';
import type { SimTenant } from './tenant.js';

interface ApiRequest {
  method: string;
  /** Path below /inContactAPI/services/vNN.0, e.g. /skills/12/agents */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const error = (status: number, message: string): ApiResponse => ({ status, body: { error: message } });

/** The route pattern used for statistics, e.g. "POST /skills/{id}/agents". */
export function routeOf(method: string, path: string): string {
  return `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
}

function page<T>(items: T[], query: URLSearchParams, faults: Faults): { items: T[] } | ApiResponse {
  const skip = query.has('skip') ? Number(query.get('skip')) : 0;
  const top = query.has('top') ? Number(query.get('top')) : 100;
  if (!Number.isInteger(skip) || skip < 0) return error(400, 'skip must be a whole number >= 0');
  if (!Number.isInteger(top) || top < 1) return error(400, 'top must be a whole number >= 1');
  return { items: items.slice(skip, skip + Math.min(top, faults.maxPageSize)) };
}

/** One page of a listing; `view` shapes only the items on the page. */
function listing<T>(
  key: string,
  all: T[],
  query: URLSearchParams,
  faults: Faults,
  tenant: SimTenant,
  view: (item: T) => unknown = (item) => item,
  businessUnitId: number | string = tenant.businessUnitId,
): ApiResponse {
  const p = page(all, query, faults);
  if ('status' in p) return p;
  // CXone answers an empty page with 204 and no body
  if (p.items.length === 0) return { status: 204 };
  // `fields` (documented on every listing): only the named fields of each item
  const fields = query
    .get('fields')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const shape =
    fields && fields.length > 0
      ? (item: T) => {
          const full = view(item) as Record<string, unknown>;
          return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
        }
      : view;
  return { status: 200, body: { businessUnitId, lastPollTime: new Date().toISOString(), totalRecords: all.length, [key]: p.items.map(shape) } };
}

function filtered<T extends { isActive: boolean }>(items: T[], query: URLSearchParams, name: (item: T) => string): T[] {
  let result = items;
  const active = query.get('isActive');
  if (active === 'true' || active === 'false') result = result.filter((i) => i.isActive === (active === 'true'));
  const search = query.get('searchString')?.toLowerCase();
  if (search) result = result.filter((i) => name(i).toLowerCase().includes(search));
  return result;
}

/** A boolean query filter: absent gives the documented default; anything but true/false is a 400. */
function booleanParam(query: URLSearchParams, name: string, fallback: boolean | undefined): boolean | undefined | ApiResponse {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  return error(400, `${name} must be true or false`);
}

const isResponse = (v: unknown): v is ApiResponse => typeof v === 'object' && v !== null && 'status' in v;

/** Tenant-wide listings by filter, cached until the tenant changes (pages of one read share them). */
const byFilter = new WeakMap<SimTenant, { version: number; lists: Map<string, ReturnType<SimTenant['all']>> }>();

function filteredAssignments(tenant: SimTenant, isActive: boolean, isAgentActive: boolean, isSkillActive: boolean) {
  let cache = byFilter.get(tenant);
  if (!cache || cache.version !== tenant.version) {
    cache = { version: tenant.version, lists: new Map() };
    byFilter.set(tenant, cache);
  }
  // agent and skill records may be flipped in place (tests do): their inactive ids are in the key
  const inactive = (records: Iterable<{ isActive: boolean }>, id: (r: never) => number) =>
    [...records]
      .filter((r) => !r.isActive)
      .map((r) => id(r as never))
      .join(',');
  const flags = `${inactive(tenant.agents.values(), (r: { agentId: number }) => r.agentId)}|${inactive(tenant.skills.values(), (r: { skillId: number }) => r.skillId)}`;
  const key = `${isActive}/${isAgentActive}/${isSkillActive}/${flags}`;
  let rows = cache.lists.get(key);
  if (!rows) {
    rows = tenant
      .all()
      .filter(
        (a) =>
          a.isActive === isActive &&
          (tenant.agents.get(a.agentId)?.isActive ?? true) === isAgentActive &&
          (tenant.skills.get(a.skillId)?.isActive ?? true) === isSkillActive,
      );
    cache.lists.set(key, rows);
  }
  return rows;
}

export function handleApi(req: ApiRequest, tenant: SimTenant, faults: Faults): ApiResponse {
  const parts = req.path.split('/').filter(Boolean);
  const numeric = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);

  if (req.method === 'GET') {
    if (parts.length === 1 && parts[0] === 'skills') {
      return listing(
        'skills',
        filtered([...tenant.skills.values()], req.query, (s) => s.skillName),
        req.query,
        faults,
        tenant,
      );
    }
    if (parts.length === 1 && parts[0] === 'agents') {
      return listing(
        'agents',
        filtered([...tenant.agents.values()], req.query, (a) => `${a.userName} ${a.firstName} ${a.lastName}`),
        req.query,
        faults,
        tenant,
      );
    }
    if (parts.length === 1 && parts[0] === 'teams') {
      return listing(
        'teams',
        filtered([...tenant.teams.values()], req.query, (t) => t.teamName),
        req.query,
        faults,
        tenant,
      );
    }
    if (parts.length === 2 && parts[0] === 'skills') {
      // GET /skills/{skillId} answers with the skill object itself
      const skill = tenant.skills.get(numeric(parts[1]) ?? -1);
      return skill ? { status: 200, body: { ...skill } } : error(404, 'Skill not found');
    }
    if (parts.length === 2 && parts[0] === 'agents' && parts[1] === 'skills') {
      // isActive and isAgentActive: required, default true; isSkillActive: default true
      const filters = ['isActive', 'isAgentActive', 'isSkillActive'].map((name) => booleanParam(req.query, name, true));
      const bad = filters.find(isResponse);
      if (bad) return bad;
      const [isActive, isAgentActive, isSkillActive] = filters as boolean[];
      const rows = filteredAssignments(tenant, isActive!, isAgentActive!, isSkillActive!);
      // businessUnitId is a string in this operation's definition (an integer elsewhere)
      return listing('agentSkillAssignments', rows, req.query, faults, tenant, (a) => tenantWideView(tenant, a), String(tenant.businessUnitId));
    }
    if (parts.length === 3 && parts[0] === 'skills' && parts[2] === 'agents') {
      const skillId = numeric(parts[1]);
      if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
      const rows = tenant.ofSkill(skillId).filter((a) => faults.skillAgentsListInactive || a.isActive);
      return listing('agentSkillAssignments', rows, req.query, faults, tenant, (a) => skillAgentView(tenant, a));
    }
    if (parts.length === 3 && parts[0] === 'agents' && parts[2] === 'skills') {
      const agentId = numeric(parts[1]);
      if (agentId === undefined || !tenant.agents.has(agentId)) return error(404, 'Agent not found');
      // optional filters without a default: absent means both
      const skillActive = booleanParam(req.query, 'isSkillActive', undefined);
      if (isResponse(skillActive)) return skillActive;
      const assignedActive = booleanParam(req.query, 'isAssignedSkillActive', undefined);
      if (isResponse(assignedActive)) return assignedActive;
      const rows = tenant
        .ofAgent(agentId)
        .filter(
          (a) =>
            (assignedActive === undefined || a.isActive === assignedActive) &&
            (skillActive === undefined || (tenant.skills.get(a.skillId)?.isActive ?? true) === skillActive),
        );
      return listing('agentSkillAssignments', rows, req.query, faults, tenant, (a) => agentSkillView(tenant, a));
    }
  }

  if (parts.length === 2 && parts[0] === 'agents' && parts[1] === 'skills' && req.method === 'POST') {
    if (faults.bulkAbsent) return error(faults.bulkAbsent, `No route for ${req.method} ${req.path}`);
    return writeBulk(req.body, tenant, faults);
  }
  if (parts.length === 3 && parts[0] === 'skills' && parts[2] === 'agents' && ['POST', 'PUT', 'DELETE'].includes(req.method)) {
    const skillId = numeric(parts[1]);
    if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
    return writeSkillAgents(req.method as 'POST' | 'PUT' | 'DELETE', skillId, req.body, tenant, faults);
  }
  if (parts.length === 3 && parts[0] === 'agents' && parts[2] === 'skills' && ['POST', 'PUT', 'DELETE'].includes(req.method)) {
    const agentId = numeric(parts[1]);
    if (agentId === undefined || !tenant.agents.has(agentId)) return error(404, 'Agent not found');
    return writeAgentSkills(req.method as 'POST' | 'PUT' | 'DELETE', agentId, req.body, tenant, faults);
  }
  if (parts.length === 4 && parts[0] === 'skills' && parts[2] === 'agents' && req.method === 'DELETE') {
    const skillId = numeric(parts[1]);
    const agentId = numeric(parts[3]);
    if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
    if (agentId === undefined || !tenant.remove(skillId, agentId)) return error(404, 'Agent is not assigned to skill');
    return { status: 200 };
  }
  return error(404, `No route for ${req.method} ${req.path}`);
}

type Row = { skillId: number; agentId: number; proficiency: number; isActive: boolean; lastUpdateTime?: string };

/** Fields every assignment view shares, from the skill's and the agent's records. */
function common(tenant: SimTenant, a: Row) {
  const agent = tenant.agents.get(a.agentId);
  const skill = tenant.skills.get(a.skillId);
  return {
    skillId: a.skillId,
    skillName: skill?.skillName ?? '',
    agentProficiencyValue: a.proficiency,
    agentProficiencyName: String(a.proficiency),
    isActive: a.isActive,
    isSkillActive: skill?.isActive ?? true,
    campaignId: skill?.campaignId ?? 0,
    campaignName: skill?.campaignName ?? '',
    isOutbound: skill?.isOutbound ?? false,
    mediaTypeName: skill?.mediaTypeName ?? '',
    lastUpdateTime: a.lastUpdateTime ?? new Date(0).toISOString(),
    agent,
    skill,
  };
}

const SKILL_DEFAULTS = {
  emailFromAddress: '',
  internalId: '',
  isDialer: false,
  isNaturalCalling: false,
  notes: '',
  outboundStrategy: '',
  priorityBlending: false,
  requireDisposition: false,
  scriptDisposition: false,
  useACW: false,
  useDisposition: false,
  useSecondaryDispositions: false,
  screenPopTriggerEvent: '',
};

/** An item of GET /agents/skills (admin agents API: get_agents_skills). */
function tenantWideView(tenant: SimTenant, a: Row) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    agentId: a.agentId,
    agentName: agent ? `${agent.firstName} ${agent.lastName}` : '',
    ...c,
    isAgentActive: agent?.isActive ?? true,
    mediaType: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    ...SKILL_DEFAULTS,
    // an integer in this operation, a boolean in the per-skill and per-agent listings
    isNaturalCallingRunning: 0,
  };
}

/** An item of GET /skills/{id}/agents (admin skills API: getagentsbyskillid), every required field present. */
function skillAgentView(tenant: SimTenant, a: Row) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    agentId: a.agentId,
    firstName: agent?.firstName ?? '',
    middleName: '',
    lastName: agent?.lastName ?? '',
    ...c,
    mediaTypeId: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    teamName: agent?.teamName ?? '',
    ...SKILL_DEFAULTS,
    isNaturalCallingRunning: false,
  };
}

/** An item of GET /agents/{id}/skills (admin agents API: getskillsbyagentid): no agentId field. */
function agentSkillView(tenant: SimTenant, a: Row) {
  const { agent, skill, ...c } = common(tenant, a);
  return {
    ...c,
    firstName: agent?.firstName ?? '',
    middleName: '',
    lastName: agent?.lastName ?? '',
    mediaTypeId: skill?.mediaTypeId ?? 0,
    teamId: agent?.teamId ?? 0,
    teamName: agent?.teamName ?? '',
    ...SKILL_DEFAULTS,
    isNaturalCallingRunning: false,
  };
}

type Item = { id: number; proficiency?: number; isActive?: boolean };

/**
 * Validates a write body like CXone: ids as strings of digits, proficiency a whole number in
 * the endpoint's documented range, isActive a boolean (required on agent-centric PUT).
 */
function parseItems(
  method: string,
  body: unknown,
  faults: Faults,
  shape: { list: 'agents' | 'skills'; idField: 'agentId' | 'skillId'; range: [number, number]; name: string },
): Item[] | ApiResponse {
  const { list, idField, range, name } = shape;
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Record<string, unknown>)[list])) {
    return error(400, `Request body must be an object with a "${list}" array`);
  }
  const raw = (body as Record<string, unknown[]>)[list]!;
  if (raw.length === 0) return error(400, `"${list}" must not be empty`);
  if (raw.length > faults.maxBatchSize) return error(400, `Cannot send more than ${faults.maxBatchSize} records in a single call (got ${raw.length})`);
  const items: Item[] = [];
  for (const [i, entry] of raw.entries()) {
    if (typeof entry !== 'object' || entry === null) return error(400, `${list}[${i}] must be an object`);
    const r = entry as Record<string, unknown>;
    if (typeof r[idField] !== 'string' || !/^\d+$/.test(r[idField] as string)) return error(400, `${list}[${i}].${idField} must be a string of digits`);
    const item: Item = { id: Number(r[idField]) };
    if (method !== 'DELETE') {
      if (r.proficiency !== undefined) {
        if (typeof r.proficiency !== 'number' || !Number.isInteger(r.proficiency) || r.proficiency < range[0] || r.proficiency > range[1]) {
          return error(400, `${list}[${i}].proficiency must be a whole number from ${range[0]} to ${range[1]} on the ${name} endpoint`);
        }
        item.proficiency = r.proficiency;
      }
      if (r.isActive !== undefined && typeof r.isActive !== 'boolean') return error(400, `${list}[${i}].isActive must be true or false`);
      if (r.isActive === undefined && method === 'PUT' && list === 'skills') return error(400, `${list}[${i}].isActive is required`);
      if (typeof r.isActive === 'boolean') item.isActive = r.isActive;
    }
    items.push(item);
  }
  return items;
}

/** Applies one item; a reason when it fails. */
function applyItem(method: 'POST' | 'PUT' | 'DELETE', skillId: number, agentId: number, item: Item, tenant: SimTenant, faults: Faults): string | undefined {
  if (faults.failingAgents.includes(agentId)) return `Simulated failure for agent ${agentId}`;
  if (!tenant.agents.has(agentId)) return 'Agent not found';
  if (!tenant.skills.has(skillId)) return 'Skill not found';
  const held = tenant.get(skillId, agentId);
  if (method === 'POST') {
    if (held) return 'Agent already assigned to skill';
    // only the id is required: an add without a proficiency gets the tenant's default (a knob: not documented)
    tenant.set(skillId, agentId, item.proficiency ?? faults.defaultProficiency, item.isActive ?? true);
  } else if (method === 'PUT') {
    if (!held) return 'Agent is not assigned to skill';
    tenant.set(skillId, agentId, item.proficiency ?? held.proficiency, item.isActive ?? held.isActive);
  } else if (!tenant.remove(skillId, agentId)) {
    return 'Agent is not assigned to skill';
  }
  return undefined;
}

/** A result item: `success` always; the id on success, and on failure only when the knob says so. */
function resultItem(method: string, idField: 'agentId' | 'skillId', id: number, reason: string | undefined, faults: Faults) {
  if (reason === undefined) return { [idField]: id, success: true };
  // DELETE /skills/{id}/agents documents `error` as a boolean; the other writes as a string
  const error = method === 'DELETE' && idField === 'agentId' ? true : reason;
  return { ...(faults.failedItemsCarryId ? { [idField]: id } : {}), success: false, error };
}

function writeSkillAgents(method: 'POST' | 'PUT' | 'DELETE', skillId: number, body: unknown, tenant: SimTenant, faults: Faults): ApiResponse {
  const items = parseItems(method, body, faults, { list: 'agents', idField: 'agentId', range: faults.skillCentricProficiency, name: 'skill-centric' });
  if (!Array.isArray(items)) return items;
  const agentResults = items.map((item) => resultItem(method, 'agentId', item.id, applyItem(method, skillId, item.id, item, tenant, faults), faults));
  return { status: 200, body: { resultSet: { errorCount: agentResults.filter((r) => !r.success).length, agentResults } } };
}

function writeAgentSkills(method: 'POST' | 'PUT' | 'DELETE', agentId: number, body: unknown, tenant: SimTenant, faults: Faults): ApiResponse {
  const items = parseItems(method, body, faults, { list: 'skills', idField: 'skillId', range: faults.agentCentricProficiency, name: 'agent-centric' });
  if (!Array.isArray(items)) return items;
  const skillResults = items.map((item) => resultItem(method, 'skillId', item.id, applyItem(method, item.id, agentId, item, tenant, faults), faults));
  return { status: 200, body: { resultSet: { errorCount: skillResults.filter((r) => !r.success).length, skillResults } } };
}

const BULK_KEY = 'agentAndSkillDetails';

/** A bulk body as the definition shapes it; the pairs it asks for, or a 400. Nothing in it is required but `skillIds` in a skill item. */
function parseBulk(body: unknown): Array<{ agentId: number; skillId: number; proficiency?: number; isActive?: boolean }> | ApiResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return error(400, 'Request body must be a JSON object');
  const details = (body as Record<string, unknown>)[BULK_KEY];
  if (details === undefined) return [];
  if (!Array.isArray(details)) return error(400, `"${BULK_KEY}" must be an array`);
  const pairs: Array<{ agentId: number; skillId: number; proficiency?: number; isActive?: boolean }> = [];
  const digits = (v: unknown) => typeof v === 'string' && /^\d+$/.test(v);
  for (const [d, detail] of details.entries()) {
    const where = `${BULK_KEY}[${d}]`;
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return error(400, `${where} must be an object`);
    const { agentIds = [], skills = [] } = detail as Record<string, unknown>;
    if (!Array.isArray(agentIds) || !agentIds.every(digits)) return error(400, `${where}.agentIds must be an array of strings of digits`);
    if (!Array.isArray(skills)) return error(400, `${where}.skills must be an array`);
    for (const [k, skill] of skills.entries()) {
      if (typeof skill !== 'object' || skill === null || Array.isArray(skill)) return error(400, `${where}.skills[${k}] must be an object`);
      const { skillIds, proficiency, isActive } = skill as Record<string, unknown>;
      if (!Array.isArray(skillIds) || !skillIds.every(digits)) return error(400, `${where}.skills[${k}].skillIds is required: an array of strings of digits`);
      if (proficiency !== undefined && (typeof proficiency !== 'number' || !Number.isInteger(proficiency) || proficiency < 1 || proficiency > 5))
        return error(400, `${where}.skills[${k}].proficiency must be one of 1, 2, 3, 4, 5`);
      if (isActive !== undefined && typeof isActive !== 'boolean') return error(400, `${where}.skills[${k}].isActive must be true or false`);
      for (const agentId of agentIds as string[])
        for (const skillId of skillIds as string[])
          pairs.push({
            agentId: Number(agentId),
            skillId: Number(skillId),
            ...(proficiency !== undefined ? { proficiency: proficiency as number } : {}),
            ...(isActive !== undefined ? { isActive: isActive as boolean } : {}),
          });
    }
  }
  return pairs;
}

/**
 * POST /agents/skills ("Add or Modify skill assignments for multiple agent"): every agent of a
 * detail gets every skill of its skill items. Knobs for what the definition leaves open: whether
 * an existing assignment is modified or reported as failed, the status of a partial answer, and
 * the largest body. Result items carry agentId and skillId as strings, errorCount is a string.
 */
function writeBulk(body: unknown, tenant: SimTenant, faults: Faults): ApiResponse {
  const pairs = parseBulk(body);
  if (!Array.isArray(pairs)) return pairs;
  if (pairs.length > faults.bulkMaxPairs)
    return error(400, `Request body too large: cannot send more than ${faults.bulkMaxPairs} agent skill assignments in a single call (got ${pairs.length})`);
  const skillResults = pairs.map((p) => {
    const reason = bulkItem(p, tenant, faults);
    return { agentId: String(p.agentId), skillId: String(p.skillId), success: reason === undefined };
  });
  const errors = skillResults.filter((r) => !r.success).length;
  return { status: errors > 0 ? faults.bulkPartialStatus : 200, body: { resultSet: { errorCount: String(errors), skillResults } } };
}

function bulkItem(p: { agentId: number; skillId: number; proficiency?: number; isActive?: boolean }, tenant: SimTenant, faults: Faults): string | undefined {
  if (faults.failingAgents.includes(p.agentId)) return 'simulated failure';
  if (!tenant.agents.has(p.agentId)) return 'Agent not found';
  if (!tenant.skills.has(p.skillId)) return 'Skill not found';
  const held = tenant.get(p.skillId, p.agentId);
  if (held && faults.bulkExisting === 'fail') return 'Agent already assigned to skill';
  tenant.set(p.skillId, p.agentId, p.proficiency ?? held?.proficiency ?? faults.defaultProficiency, p.isActive ?? held?.isActive ?? true);
  return undefined;
}
