// The CXone port: everything skillops asks of a tenant, in domain words. The HTTP adapter
// (http-client.ts) is the only implementation that talks to CXone; tests may supply fakes.

import type { AgentState, SkillActivity, SkillPerformance } from '../domain/live-impact.js';
import type {
  Agent,
  AgentOutcome,
  AssignmentFilter,
  AssignmentWrite,
  CallStats,
  LiveAssignment,
  PairOutcome,
  PairWrite,
  Skill,
  SkillOutcome,
  SkillWrite,
  Team,
} from '../domain/live-state.js';

export interface CxonePort {
  listSkills(): Promise<Skill[]>;
  listAgents(): Promise<Agent[]>;
  listTeams(): Promise<Team[]>;
  /** Real-time figures of every skill (GET /skills/activity): one tenant-wide read. */
  listSkillActivity(): Promise<SkillActivity[]>;
  /** Every agent's current state (GET /agents/states): one tenant-wide read. */
  listAgentStates(): Promise<AgentState[]>;
  /** Every skill's figures between two instants (GET /skills/summary, ISO date-times). */
  skillSummaries(startDate: string, endDate: string): Promise<SkillPerformance[]>;
  /**
   * One skill's assignments (GET /skills/{id}/agents). Whether CXone lists inactive assignments
   * here is not documented: callers that need them read them tenant-wide with a filter.
   */
  listSkillAssignments(skillId: number): Promise<LiveAssignment[]>;
  /** One agent's assignments (GET /agents/{id}/skills, no activity filter: all of them). */
  listAgentAssignments(agentId: number): Promise<LiveAssignment[]>;
  /**
   * Tenant-wide assignments matching one filter combination (GET /agents/skills).
   * @param onItems given the items as they are read, in listing order, while later pages are still on their way
   */
  listAllAssignments(filter: AssignmentFilter, onItems?: (items: LiveAssignment[]) => void): Promise<LiveAssignment[]>;
  /** Page size of listings: callers compare the cost of reads with it. */
  readonly pageSize: number;
  /** Skill-centric batch writes (proficiency 1-5 by contract); outcomes in request order. */
  addAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]>;
  updateAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]>;
  removeAssignments(skillId: number, agentIds: number[]): Promise<AgentOutcome[]>;
  /** Agent-centric batch writes (any proficiency the tenant allows); outcomes in request order. */
  addAgentSkills(agentId: number, items: SkillWrite[]): Promise<SkillOutcome[]>;
  updateAgentSkills(agentId: number, items: SkillWrite[]): Promise<SkillOutcome[]>;
  removeAgentSkills(agentId: number, skillIds: number[]): Promise<SkillOutcome[]>;
  /**
   * Tenant-wide bulk adds and updates (POST /agents/skills: many agents x many skills, proficiency
   * 1-5 by contract); outcomes in request order. Throws BulkWriteUnavailableError where the tenant
   * has no such endpoint. A port without it has none: apply then groups per skill or per agent.
   */
  writePairs?(items: PairWrite[]): Promise<PairOutcome[]>;
  stats(): CallStats;
}
