// Real-time and recent figures of the tenant (CXone's real-time and reporting reads) and the
// live impact a plan has on the queues it changes. Plain data: the planner judges it, renderers
// show it, the plan and the audit record keep it.
/** One skill's real-time figures (GET /skills/activity). */
export interface SkillActivity {
  skillId: number;
  agentsLoggedIn: number;
  agentsAvailable: number;
  agentsWorking: number;
  /** Contacts waiting in the skill's queue (queueCount). */
  queueCount: number;
  /** Seconds the oldest waiting contact has waited, from earliestQueueTime and the server's time. */
  longestWaitSeconds?: number;
  /** Today's service level and its goal, in percent. */
  serviceLevel?: number;
  serviceLevelGoal?: number;
}

/** How an agent's current state counts: logged out, or logged in and available, working, or neither. */
export type AgentStateKind = 'loggedOut' | 'available' | 'working' | 'unavailable';

/** One agent's current state (GET /agents/states). */
export interface AgentState {
  agentId: number;
  /** agentStateName as CXone gives it, e.g. Available, InboundContact, LoggedOut. */
  state: string;
  kind: AgentStateKind;
  /** The skill of the contact the agent works now, when working one. */
  skillId?: number;
}

/** One skill's figures over the last days (GET /skills/summary). */
export interface SkillPerformance {
  skillId: number;
  contactsHandled: number;
  contactsOffered: number;
  serviceLevel?: number;
}

/** What the real-time read found, or why there is nothing. */
export type RealTimeRead =
  | {
      available: true;
      /** The server's time of the read (lastPollTime), ISO UTC. */
      readAt: string;
      skills: SkillActivity[];
      agents: AgentState[];
      /** Asked for with impact.lookbackDays: the summary over those days, or why it is missing. */
      recent?: { days: number; skills: SkillPerformance[] } | { days: number; unavailable: string };
    }
  | { available: false; reason: string };

export interface Figure {
  before: number;
  after: number;
}

/** A logged-in agent this plan removes from a queue or deactivates on it. */
export interface AgentOut {
  agentId: number;
  userName: string;
  name: string;
  state: string;
  /** Working a contact of this very queue right now. */
  onThisQueue: boolean;
}

/** The live impact of a plan on one queue it changes. */
export interface QueueImpact {
  skillId: number;
  skillName: string;
  loggedIn: Figure;
  available: Figure;
  working: Figure;
  contactsInQueue: number;
  longestWaitSeconds?: number;
  serviceLevel?: number;
  serviceLevelGoal?: number;
  agentsOut: AgentOut[];
  /** The queue over the last impact.lookbackDays days. */
  recent?: { serviceLevel?: number; contactsHandled: number; contactsOffered: number };
}

/** Live impact in a plan: per changed queue, or one line saying why it is missing. */
export type PlanImpact =
  | { available: true; readAt: string; queues: QueueImpact[]; lookbackDays?: number; recentUnavailable?: string }
  | { available: false; reason: string };
