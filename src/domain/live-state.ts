// Live CXone data in skillops' own words. Ids are numbers here; the adapter turns them into the
// strings CXone request bodies require.

export interface Skill {
  skillId: number;
  skillName: string;
  mediaTypeName?: string;
  isActive: boolean;
}

export interface Agent {
  agentId: number;
  userName: string;
  firstName: string;
  lastName: string;
  emailAddress?: string;
  teamName?: string;
  isActive: boolean;
}

export interface Team {
  teamId: number;
  teamName: string;
  isActive: boolean;
}

export interface LiveAssignment {
  skillId: number;
  agentId: number;
  proficiency: number;
  isActive: boolean;
}

/**
 * The three filters of the tenant-wide GET /agents/skills. CXone documents `isActive` and
 * `isAgentActive` as required with default true and `isSkillActive` with default true, so a
 * read that sends none of them sees only active assignments of active agents on active skills.
 */
export interface AssignmentFilter {
  isActive: boolean;
  isAgentActive: boolean;
  isSkillActive: boolean;
}

/** One agent's assignment as written to a skill (skill-centric writes). */
export interface AssignmentWrite {
  agentId: number;
  proficiency: number;
  isActive: boolean;
}

/** One skill's assignment as written to an agent (agent-centric writes). */
export interface SkillWrite {
  skillId: number;
  proficiency: number;
  isActive: boolean;
}

/** One agent x skill pair of a tenant-wide bulk write (POST /agents/skills: proficiency 1-5 by contract). */
export interface PairWrite {
  agentId: number;
  skillId: number;
  proficiency: number;
  isActive: boolean;
}

/** What CXone said about one agent x skill pair of a bulk write. */
export interface PairOutcome {
  agentId: number;
  skillId: number;
  success: boolean;
  error?: string;
}

/** What CXone said about one agent in a skill-centric batch write. */
export interface AgentOutcome {
  agentId: number;
  success: boolean;
  error?: string;
}

/** What CXone said about one skill in an agent-centric batch write. */
export interface SkillOutcome {
  skillId: number;
  success: boolean;
  error?: string;
}

export interface CallStats {
  requests: number;
  retries: number;
  /** Requests by "METHOD route", e.g. "POST /skills/{id}/agents". */
  byRoute: Record<string, number>;
}

export interface LiveState {
  skills: Skill[];
  agents: Agent[];
  assignments: LiveAssignment[];
}

/** Live assignments grouped by skill, in one pass. */
export function assignmentsBySkill(assignments: LiveAssignment[]): Map<number, LiveAssignment[]> {
  const bySkill = new Map<number, LiveAssignment[]>();
  for (const a of assignments) {
    const list = bySkill.get(a.skillId);
    if (list) list.push(a);
    else bySkill.set(a.skillId, [a]);
  }
  return bySkill;
}

/** Live assignments by skill, then agent. */
export type LiveIndex = Map<number, Map<number, LiveAssignment>>;

/** Indexes made while the assignments were read, by the array they index (never changed after). */
const builtIndexes = new WeakMap<readonly LiveAssignment[], LiveIndex>();

/**
 * Live assignments by skill, then agent: the index made while they were read, or one made now.
 * The one made during the read goes to the first caller only (the planner), so it is not held
 * beside the assignments for the rest of the run (about 19 MB over 500,000 of them).
 */
export function liveIndexOf(assignments: readonly LiveAssignment[]): LiveIndex {
  const built = builtIndexes.get(assignments);
  if (built) {
    builtIndexes.delete(assignments);
    return built;
  }
  const bySkill: LiveIndex = new Map();
  for (const a of assignments) {
    let held = bySkill.get(a.skillId);
    if (!held) bySkill.set(a.skillId, (held = new Map()));
    held.set(a.agentId, a);
  }
  return bySkill;
}

/**
 * Collects assignments as they are read, each (skill, agent) once, the first seen kept (a server
 * that ignored a filter lists an assignment twice), and indexes them on the way, so nothing is
 * left to do over all of them once the last page is in.
 */
export class AssignmentCollector {
  private readonly kept: LiveAssignment[] = [];
  private readonly bySkill: LiveIndex = new Map();

  add(items: readonly LiveAssignment[]): void {
    for (const a of items) {
      let held = this.bySkill.get(a.skillId);
      if (!held) this.bySkill.set(a.skillId, (held = new Map()));
      if (held.has(a.agentId)) continue;
      held.set(a.agentId, a);
      this.kept.push(a);
    }
  }

  /** The index made on the way. */
  get index(): LiveIndex {
    return this.bySkill;
  }

  /** The assignments kept, in the order they came; liveIndexOf them is the index made on the way. */
  done(): LiveAssignment[] {
    builtIndexes.set(this.kept, this.bySkill);
    return this.kept;
  }
}
