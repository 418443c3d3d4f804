// What `skillops report` knows about the repository (and, with --live, the tenant): plain data
// that src/render/report-*.ts turns into the pages. Every name in it is untrusted text.

/** Where an entry's day stands: in effect, disabled, not yet in effect, or over. */
export type EntryState = 'active' | 'inactive' | 'pending' | 'expired';

export interface ReportEntry {
  /** Index into ReportData.agents. */
  agent: number;
  proficiency: number;
  active: boolean;
  from?: string;
  until?: string;
  state: EntryState;
  line: number;
}

export interface ReportQueue {
  skill: string;
  skillId?: number;
  /** The queue file as the repository names it (relative to the repository root, `/`-separated). */
  file: string;
  /** Link to the file in the repository, when GITHUB_SERVER_URL and GITHUB_REPOSITORY are known. */
  fileUrl?: string;
  mode: 'authoritative' | 'additive';
  minActiveAgents: number;
  staffing: { minAgents: number; maxProficiency: number }[];
  teams: { team: string; minAgents: number }[];
  entries: ReportEntry[];
  /** Active agents on each day of ReportData.days, starting today. */
  coverage: number[];
  activeToday: number;
  /** Changes the live tenant has that the file does not say (--live). */
  drift?: number;
  /** Indexes into ReportData.history of applies that changed this queue, newest first. */
  applies: number[];
}

export interface ReportAgent {
  /** What the files call the agent (a user name or an agentId), or the live user name. */
  name: string;
  agentId?: number;
  fullName?: string;
  team?: string;
  /** The agent is disabled in CXone (--live). */
  inactive?: boolean;
  /** [queue index, entry index] of every entry naming this agent. */
  entries: [number, number][];
  activeSkills: number;
  /** Indexes into ReportData.history of applies that changed this agent, newest first. */
  applies: number[];
}

export interface HistoryEntry {
  startedAt: string;
  file: string;
  outcome: string;
  actor: string;
  commit?: string;
  runUrl?: string;
  pullRequest?: { number: number; title?: string; author?: string; approvers?: string[] };
  counts: { add: number; update: number; remove: number; failed: number };
  failures: { skillName: string; userName: string; action: string; error?: string }[];
  /** Changes by queue name (lower case) and by agent, for the queue and agent pages. */
  changes: { action: string; skillId: number; skillName: string; agentId: number; userName: string; status: string }[];
}

export interface QueueFinding {
  queue: number;
  rule: string;
  have: number;
  need: number;
  /** fallsBelow: the first day of the period it is short. */
  from?: string;
}

export interface ReportOverview {
  queues: number;
  agents: number;
  assignments: number;
  activeAssignments: number;
  pendingAssignments: number;
  belowMinimum: QueueFinding[];
  nearMinimum: QueueFinding[];
  /** Fine today, below the minimum on a later day of the period (`from`). */
  fallsBelow: QueueFinding[];
  /** Agents at or over settings.agents.maxActiveSkills (absent when it is not set). */
  maxActiveSkills?: number;
  overMaxSkills: { agent: number; active: number }[];
  /** The proficiency a single point of failure is judged at (P: 1 best … P). */
  spofProficiency: number;
  singlePointsOfFailure: { queue: number; agents: number[] }[];
  /** --live: whether the tenant matches the files. */
  drift?: { add: number; update: number; remove: number; queues: number };
}

export interface ReportData {
  generatedAt: string;
  /** Tenant-local date the report judges effective dates on. */
  today: string;
  /** The days of the coverage charts, today first. */
  days: string[];
  timeZone: string;
  live: boolean;
  /** https://github.com/owner/repo when GITHUB_SERVER_URL and GITHUB_REPOSITORY are known. */
  repositoryUrl?: string;
  teamsKnown: boolean;
  queues: ReportQueue[];
  agents: ReportAgent[];
  history: HistoryEntry[];
  /** Audit records left out: unreadable, or beyond the newest ones kept. */
  historySkipped: number;
  overview: ReportOverview;
}
