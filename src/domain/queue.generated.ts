/* Generated from schemas/ by `npm run generate:types`. Do not edit by hand. */

/**
 * Desired agent assignments for one CXone skill (queue). One file per queue under skills/.
 */
export interface SkillopsQueue {
  /**
   * CXone skill name. Must match exactly one live skill.
   */
  skill: string;
  /**
   * Optional CXone skillId that pins the skill by id (import writes it). When present it wins over the name, and a name mismatch is reported.
   */
  skillId?: number;
  /**
   * authoritative (default): agents not listed here are removed from the skill. additive: skillops adds and updates but never removes from this skill.
   */
  mode?: 'authoritative' | 'additive';
  /**
   * Free text for humans: what this queue is for, who owns it.
   */
  description?: string;
  /**
   * When true, `skillops fmt` keeps the agents sorted by user name (numeric ids last), and refresh inserts new agents in that order.
   */
  sortAgents?: boolean;
  /**
   * Routing constraints checked before any write.
   */
  constraints?: {
    /**
     * Allowed proficiency range for this queue (1 is the best). Must lie inside the tenant scale.
     */
    proficiency?: {
      /**
       * Best (lowest) proficiency allowed.
       */
      min?: number;
      /**
       * Worst (highest) proficiency allowed.
       */
      max?: number;
    };
    /**
     * The plan fails policy if this queue would be left with fewer active agents (a routing constraint: --force cannot override it). Default: queueDefaults.minActiveAgents in skillops.yaml, else 0.
     */
    minActiveAgents?: number;
    /**
     * Staffing rules (routing constraints, not overridable by --force): each needs at least minAgents active agents at maxProficiency or better (1 is the best). Replaces queueDefaults.staffing from skillops.yaml.
     */
    staffing?: SkillopsStaffingRule[];
    /**
     * Per-team minimums (routing constraints): at least minAgents active agents of the CXone team on this queue. Replaces queueDefaults.teams from skillops.yaml.
     */
    teams?: SkillopsTeamRule[];
  };
  /**
   * Safety thresholds for this queue alone, overriding the global safety block of skillops.yaml (--force with --reason lets them pass). A queue with its own thresholds is judged on its own live assignments and left out of the global percentages, so a reskilling day can change most of one queue while the others stay strict.
   */
  safety?: {
    /**
     * Most of this queue's live assignments one run may remove, in percent.
     */
    maxRemovePercent?: number;
    /**
     * Most of this queue's live assignments one run may update, in percent.
     */
    maxChangePercent?: number;
    /**
     * Most of this queue one run may change (adds, updates and removes together), in percent of its live assignments.
     */
    maxQueueChangePercent?: number;
    /**
     * These thresholds apply only when the queue has at least this many live assignments.
     */
    minExistingAssignments?: number;
  };
  liveImpact?: SkillopsLiveImpactRule;
  /**
   * Agents assigned to this skill.
   */
  agents: SkillopsAssignment[];
}
/**
 * At least minAgents active agents at proficiency maxProficiency or better (1 is the best), e.g. 2 agents at 1-3.
 */
export interface SkillopsStaffingRule {
  /**
   * Fewest active agents this queue may have at maxProficiency or better.
   */
  minAgents: number;
  /**
   * Worst proficiency that counts (1 is the best).
   */
  maxProficiency: number;
}
/**
 * At least minAgents active agents of one CXone team (the agent's teamName).
 */
export interface SkillopsTeamRule {
  /**
   * CXone team name (case-insensitive).
   */
  team: string;
  /**
   * Fewest active agents of this team the queue may have.
   */
  minAgents: number;
}
/**
 * Live-impact policy for this queue, replacing queueDefaults.liveImpact from skillops.yaml key by key (a safety threshold: --force with --reason lets it pass).
 */
export interface SkillopsLiveImpactRule {
  /**
   * Refuse a plan that would leave this queue, while contacts wait in it, with fewer logged-in agents than this.
   */
  minLoggedInWhenWaiting?: number;
  /**
   * Refuse a plan that removes (or deactivates) more than this many agents who are logged in right now from this queue.
   */
  maxLoggedInRemoved?: number;
}
/**
 * One agent's assignment to this skill.
 */
export interface SkillopsAssignment {
  /**
   * CXone user name (login, usually an e-mail) or numeric agentId.
   */
  agent: string | number;
  /**
   * Proficiency on this skill: 1 is the best. Bounded by the tenant scale and the queue constraints.
   */
  proficiency: number;
  /**
   * false keeps the assignment but disables it (CXone isActive). Default true.
   */
  active?: boolean;
  /**
   * First day the assignment is in effect (inclusive, YYYY-MM-DD, tenant time zone). Before it the change is pending.
   */
  from?: string;
  /**
   * Last day the assignment is in effect (inclusive, YYYY-MM-DD, tenant time zone). After it the assignment is removed.
   */
  until?: string;
  /**
   * Free text for reviewers (why this assignment exists).
   */
  note?: string;
}
