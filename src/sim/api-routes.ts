// The CXone Admin API as the simulator serves it: real paths, shapes and status codes, and
// request validation as strict as CXone's so the client is held to the real contract.
import type { SimTenant } from './tenant.js';
import type { Faults } from './faults.js';

export interface ApiRequest {
  method: string;
  /** Path below /inContactAPI/services/vNN.0, e.g. /skills/12/agents */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface ApiResponse {
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
function listing<T>(key: string, all: T[], query: URLSearchParams, faults: Faults, tenant: SimTenant, view: (item: T) => unknown = (item) => item): ApiResponse {
  const p = page(all, query, faults);
  if ('status' in p) return p;
  // CXone answers an empty page with 204 and no body
  if (p.items.length === 0) return { status: 204 };
  return { status: 200, body: { businessUnitId: tenant.businessUnitId, lastPollTime: new Date().toISOString(), totalRecords: all.length, [key]: p.items.map(view) } };
}

function filtered<T extends { isActive: boolean }>(items: T[], query: URLSearchParams, name: (item: T) => string): T[] {
  let result = items;
  const active = query.get('isActive');
  if (active === 'true' || active === 'false') result = result.filter((i) => i.isActive === (active === 'true'));
  const search = query.get('searchString')?.toLowerCase();
  if (search) result = result.filter((i) => name(i).toLowerCase().includes(search));
  return result;
}

export function handleApi(req: ApiRequest, tenant: SimTenant, faults: Faults): ApiResponse {
  const parts = req.path.split('/').filter(Boolean);
  const numeric = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);

  if (req.method === 'GET') {
    if (parts.length === 1 && parts[0] === 'skills') {
      return listing('skills', filtered([...tenant.skills.values()], req.query, (s) => s.skillName), req.query, faults, tenant);
    }
    if (parts.length === 1 && parts[0] === 'agents') {
      return listing('agents', filtered([...tenant.agents.values()], req.query, (a) => `${a.userName} ${a.firstName} ${a.lastName}`), req.query, faults, tenant);
    }
    if (parts.length === 1 && parts[0] === 'teams') {
      return listing('teams', filtered([...tenant.teams.values()], req.query, (t) => t.teamName), req.query, faults, tenant);
    }
    if (parts.length === 2 && parts[0] === 'skills') {
      const skill = tenant.skills.get(numeric(parts[1]) ?? -1);
      return skill ? { status: 200, body: { skills: [skill] } } : error(404, 'Skill not found');
    }
    if (parts.length === 2 && parts[0] === 'agents' && parts[1] === 'skills') {
      return listing('agentSkillAssignments', tenant.all(), req.query, faults, tenant, (a) => assignmentView(tenant, a));
    }
    if (parts.length === 3 && parts[0] === 'skills' && parts[2] === 'agents') {
      const skillId = numeric(parts[1]);
      if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
      return listing('agentSkillAssignments', tenant.ofSkill(skillId), req.query, faults, tenant, (a) => assignmentView(tenant, a));
    }
    if (parts.length === 3 && parts[0] === 'agents' && parts[2] === 'skills') {
      const agentId = numeric(parts[1]);
      if (agentId === undefined || !tenant.agents.has(agentId)) return error(404, 'Agent not found');
      return listing('agentSkillAssignments', tenant.ofAgent(agentId), req.query, faults, tenant, (a) => assignmentView(tenant, a));
    }
  }

  if (parts.length === 3 && parts[0] === 'skills' && parts[2] === 'agents' && ['POST', 'PUT', 'DELETE'].includes(req.method)) {
    const skillId = numeric(parts[1]);
    if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
    return writeSkillAgents(req.method as 'POST' | 'PUT' | 'DELETE', skillId, req.body, tenant, faults);
  }
  if (parts.length === 4 && parts[0] === 'skills' && parts[2] === 'agents' && req.method === 'DELETE') {
    const skillId = numeric(parts[1]);
    const agentId = numeric(parts[3]);
    if (skillId === undefined || !tenant.skills.has(skillId)) return error(404, 'Skill not found');
    if (agentId === undefined || !tenant.remove(skillId, agentId)) return error(404, 'Agent is not assigned to skill');
    return { status: 200, body: {} };
  }
  return error(404, `No route for ${req.method} ${req.path}`);
}

function assignmentView(tenant: SimTenant, a: { skillId: number; agentId: number; proficiency: number; isActive: boolean; lastUpdateTime?: string }) {
  const agent = tenant.agents.get(a.agentId);
  const skill = tenant.skills.get(a.skillId);
  return {
    agentId: a.agentId,
    firstName: agent?.firstName ?? '',
    lastName: agent?.lastName ?? '',
    skillId: a.skillId,
    skillName: skill?.skillName ?? '',
    agentProficiencyValue: a.proficiency,
    agentProficiencyName: String(a.proficiency),
    isActive: a.isActive,
    teamId: agent?.teamId ?? 0,
    teamName: agent?.teamName ?? '',
    isSkillActive: skill?.isActive ?? true,
    lastUpdateTime: a.lastUpdateTime ?? new Date(0).toISOString(),
  };
}

type Item = { agentId: number; proficiency?: number; isActive?: boolean };

/** Validates a write body like CXone: ids as strings, proficiency 1-20, booleans for isActive. */
function parseAgents(method: string, body: unknown, faults: Faults): Item[] | ApiResponse {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { agents?: unknown }).agents)) {
    return error(400, 'Request body must be an object with an "agents" array');
  }
  const agents = (body as { agents: unknown[] }).agents;
  if (agents.length === 0) return error(400, '"agents" must not be empty');
  if (agents.length > faults.maxBatchSize) return error(400, `Too many agents in one request: ${agents.length} (max ${faults.maxBatchSize})`);
  const items: Item[] = [];
  for (const [i, raw] of agents.entries()) {
    if (typeof raw !== 'object' || raw === null) return error(400, `agents[${i}] must be an object`);
    const r = raw as Record<string, unknown>;
    if (typeof r.agentId !== 'string' || !/^\d+$/.test(r.agentId)) return error(400, `agents[${i}].agentId must be a string of digits`);
    const item: Item = { agentId: Number(r.agentId) };
    if (method !== 'DELETE') {
      if (typeof r.proficiency !== 'number' || !Number.isInteger(r.proficiency) || r.proficiency < 1 || r.proficiency > 20) {
        return error(400, `agents[${i}].proficiency must be a whole number from 1 to 20`);
      }
      if (r.isActive !== undefined && typeof r.isActive !== 'boolean') return error(400, `agents[${i}].isActive must be true or false`);
      item.proficiency = r.proficiency;
      item.isActive = r.isActive ?? true;
    }
    items.push(item);
  }
  return items;
}

function writeSkillAgents(method: 'POST' | 'PUT' | 'DELETE', skillId: number, body: unknown, tenant: SimTenant, faults: Faults): ApiResponse {
  const items = parseAgents(method, body, faults);
  if (!Array.isArray(items)) return items;
  const failing = new Set(faults.failingAgents);
  const agentResults = items.map(({ agentId, proficiency, isActive }) => {
    const fail = (reason: string) => ({ agentId, success: false, error: reason });
    if (failing.has(agentId)) return fail(`Simulated failure for agent ${agentId}`);
    if (!tenant.agents.has(agentId)) return fail('Agent not found');
    const held = tenant.get(skillId, agentId);
    if (method === 'POST') {
      if (held) return fail('Agent already assigned to skill');
      tenant.set(skillId, agentId, proficiency!, isActive!);
    } else if (method === 'PUT') {
      if (!held) return fail('Agent is not assigned to skill');
      tenant.set(skillId, agentId, proficiency!, isActive!);
    } else if (!tenant.remove(skillId, agentId)) {
      return fail('Agent is not assigned to skill');
    }
    return { agentId, success: true };
  });
  return { status: 200, body: { resultSet: { errorCount: agentResults.filter((r) => !r.success).length, agentResults } } };
}
