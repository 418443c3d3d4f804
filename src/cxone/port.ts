// The CXone port: everything skillops asks of a tenant, in domain words. The HTTP adapter
// (http-client.ts) is the only implementation that talks to CXone; tests may supply fakes.
import type { Agent, AgentOutcome, AssignmentWrite, CallStats, LiveAssignment, Skill, Team } from './types.js';

export interface CxonePort {
  listSkills(): Promise<Skill[]>;
  listAgents(): Promise<Agent[]>;
  listTeams(): Promise<Team[]>;
  /** One skill's assignments. */
  listSkillAssignments(skillId: number): Promise<LiveAssignment[]>;
  /** Every assignment in the business unit (the cheapest read of a whole tenant). */
  listAllAssignments(): Promise<LiveAssignment[]>;
  /** Batch writes to one skill; every agent's outcome is returned, in request order. */
  addAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]>;
  updateAssignments(skillId: number, items: AssignmentWrite[]): Promise<AgentOutcome[]>;
  removeAssignments(skillId: number, agentIds: number[]): Promise<AgentOutcome[]>;
  stats(): CallStats;
}

export type { Agent, AgentOutcome, AssignmentWrite, CallStats, LiveAssignment, Skill, Team } from './types.js';
