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

/** One agent's assignment as written to a skill. */
export interface AssignmentWrite {
  agentId: number;
  proficiency: number;
  isActive: boolean;
}

/** What CXone said about one agent in a batch write. */
export interface AgentOutcome {
  agentId: number;
  success: boolean;
  error?: string;
}

export interface CallStats {
  requests: number;
  retries: number;
  /** Requests by "METHOD route", e.g. "POST /skills/{id}/agents". */
  byRoute: Record<string, number>;
}
