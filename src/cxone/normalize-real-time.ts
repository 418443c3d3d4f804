// Real-time and reporting answers are untrusted like every CXone answer: each field is checked
// and converted here. A malformed id is an error; a missing or odd figure counts as 0 (or is
// left out), since these reads inform a reviewer and never decide what is written.
import type { AgentState, AgentStateKind, SkillActivity, SkillPerformance } from '../domain/live-impact.js';
import { ResponseShapeError } from './normalize.js';

type Json = Record<string, unknown>;

function id(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new ResponseShapeError(`${field} is not a numeric id`);
  return n;
}

const count = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
};

const percentOrNone = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
};

/** One skillActivity item; the wait is measured on the server's clock (serverTime, else the poll time). */
export function toSkillActivity(item: Json, lastPollTime?: unknown): SkillActivity {
  const queueCount = count(item.queueCount);
  const since = time(item.earliestQueueTime);
  const at = time(item.serverTime) ?? time(lastPollTime);
  const serviceLevel = percentOrNone(item.serviceLevel);
  const serviceLevelGoal = percentOrNone(item.serviceLevelGoal);
  return {
    skillId: id(item.skillId, 'skillId'),
    agentsLoggedIn: count(item.agentsLoggedIn),
    agentsAvailable: count(item.agentsAvailable),
    agentsWorking: count(item.agentsWorking),
    queueCount,
    ...(queueCount > 0 && since !== undefined && at !== undefined ? { longestWaitSeconds: Math.max(0, Math.round((at - since) / 1000)) } : {}),
    ...(serviceLevel !== undefined ? { serviceLevel } : {}),
    ...(serviceLevelGoal !== undefined ? { serviceLevelGoal } : {}),
  };
}

/**
 * How a state counts. The definitions name the field (agentStateName) but not its values; CXone's
 * documented states are Available, Unavailable, LoggedOut, InboundContact, OutboundContact,
 * InboundConsult, OutboundConsult, Dialer and the like.
 */
export function stateKind(name: string, isACW: boolean): AgentStateKind {
  const n = name.replace(/[\s_-]/g, '').toLowerCase();
  if (n === 'loggedout' || n === '') return 'loggedOut';
  // after-call work is neither available nor on a contact (CXone counts it apart, agentsACW)
  if (isACW || n === 'acw') return 'unavailable';
  if (/contact|consult|dialer|working|preview|call/.test(n)) return 'working';
  if (n === 'available') return 'available';
  return 'unavailable';
}

export function toAgentState(item: Json): AgentState {
  const state = typeof item.agentStateName === 'string' ? item.agentStateName : '';
  const isACW = item.isACW === true || item.isACW === 'true';
  const kind = stateKind(state, isACW);
  const skill = item.skillId === undefined || item.skillId === null || item.skillId === '' ? undefined : id(item.skillId, 'skillId');
  return { agentId: id(item.agentId, 'agentId'), state: state || 'LoggedOut', kind, ...(kind === 'working' && skill ? { skillId: skill } : {}) };
}

export function toSkillPerformance(item: Json): SkillPerformance {
  const serviceLevel = percentOrNone(item.serviceLevel);
  return {
    skillId: id(item.skillId, 'skillId'),
    contactsHandled: count(item.contactsHandled),
    contactsOffered: count(item.contactsOffered),
    ...(serviceLevel !== undefined ? { serviceLevel } : {}),
  };
}
