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
     * The plan fails policy if this queue would be left with fewer active agents.
     */
    minActiveAgents?: number;
  };
  /**
   * Agents assigned to this skill.
   */
  agents: SkillopsAssignment[];
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
