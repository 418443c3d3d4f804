// The normalised desired state the planner consumes: plain data, positions kept for messages.
import type { SkillopsQueue, SkillopsStaffingRule, SkillopsTeamRule } from './queue.generated.js';

export type AgentRef = { kind: 'id'; agentId: number } | { kind: 'name'; userName: string };

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export interface DesiredAssignment {
  agent: AgentRef;
  /** The agent exactly as written, for messages. */
  written: string;
  proficiency: number;
  active: boolean;
  /** Inclusive effective window, YYYY-MM-DD in the tenant time zone. */
  from?: string;
  until?: string;
  at: SourcePosition;
}

export interface DesiredQueue {
  file: string;
  skill: string;
  skillId?: number;
  mode: 'authoritative' | 'additive';
  proficiency: { min: number; max: number };
  minActiveAgents: number;
  /** The file (or queueDefaults) says minActiveAgents: 0: an authoritative queue may be left empty. */
  allowEmpty?: boolean;
  /** Staffing rules and team minimums, the queue's own or settings.queueDefaults. */
  staffing?: SkillopsStaffingRule[];
  teams?: SkillopsTeamRule[];
  /** The queue's own safety thresholds, when it sets any (they replace the global ones for it). */
  safety?: QueueSafety;
  /** Live-impact policy: the queue's own liveImpact over queueDefaults.liveImpact, key by key (absent: not judged). */
  liveImpact?: SkillopsQueue['liveImpact'];
  agents: DesiredAssignment[];
  at: SourcePosition;
}

type QueueSafety = NonNullable<SkillopsQueue['safety']>;

export interface DesiredState {
  queues: DesiredQueue[];
}

export function agentRef(value: string | number): AgentRef {
  if (typeof value === 'number') return { kind: 'id', agentId: value };
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return { kind: 'id', agentId: Number(trimmed) };
  return { kind: 'name', userName: trimmed };
}

/**
 * One agent as an entry names it: the text as written and its reference, each the same object for
 * the same text. A large repository names each of some 20,000 agents in many queues (500,000
 * entries): sharing them keeps one string and one reference per agent instead of one per entry.
 * The references are frozen, since every entry naming that agent holds the same one.
 */
export function namedAgent(value: string | number): { agent: AgentRef; written: string } {
  const written = String(value);
  // a number and a string that print alike are not always the same agent (1e21 and "1e+21")
  const pool = typeof value === 'number' ? namedById : namedAgents;
  let named = pool.get(written);
  if (!named) {
    named = Object.freeze({ agent: Object.freeze(agentRef(value)), written });
    pool.set(written, named);
  }
  return named;
}

const namedAgents = new Map<string, { agent: AgentRef; written: string }>();
const namedById = new Map<string, { agent: AgentRef; written: string }>();

/**
 * One entry, its agent shared (namedAgent), its keys always in this order (so a cached entry
 * serialises exactly as a freshly read one). Written out as literals rather than spread: V8 then
 * keeps the properties inside the object, where a spread leaves a separate property array
 * (38 MB over 500,000 entries).
 */
export function desiredEntry(
  agent: string | number,
  proficiency: number,
  active: boolean,
  from: string | undefined,
  until: string | undefined,
  file: string,
  line: number,
  col: number,
): DesiredAssignment {
  const named = namedAgent(agent);
  const at = { file, line, col };
  if (from === undefined && until === undefined) return { agent: named.agent, written: named.written, proficiency, active, at };
  if (until === undefined) return { agent: named.agent, written: named.written, proficiency, active, from: from!, at };
  if (from === undefined) return { agent: named.agent, written: named.written, proficiency, active, until, at };
  return { agent: named.agent, written: named.written, proficiency, active, from, until, at };
}

export const agentRefKey = (ref: AgentRef): string => (ref.kind === 'id' ? `id:${ref.agentId}` : `name:${ref.userName.toLowerCase()}`);

/** File-name slug of a skill name: lower case, accents folded, anything else becomes "-". */
export function skillSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '');
}
