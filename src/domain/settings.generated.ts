/* Generated from schemas/ by `npm run generate:types`. Do not edit by hand. */

/**
 * skillops.yaml at the repository root: tenant, scale, time zone, apply tuning, safety thresholds, audit and webhook. Secrets never go here: they come from the environment.
 */
export interface SkillopsSettings {
  /**
   * How to reach the CXone tenant. Environment CXONE_AUTH_URL and CXONE_API_BASE override these.
   */
  cxone?: {
    /**
     * The tenant's id, a UUID such as 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002: CXone discovery (/.well-known/cxone-configuration) accepts nothing else, and skillops refuses any other form with a clear message before discovery.
     */
    tenantId?: string;
    /**
     * Explicit API endpoint, e.g. https://api-na1.niceincontact.com (skips discovery).
     */
    apiBase?: string;
    /**
     * Authentication origin, default https://cxone.niceincontact.com.
     */
    authUrl?: string;
    /**
     * Admin API version, default v34.0.
     */
    apiVersion?: string;
  };
  /**
   * Folder holding one YAML file per queue, relative to this file.
   */
  skillsDir?: string;
  /**
   * Tenant proficiency scale (1 is the best). CXone allows 1-20; narrow it if your tenant uses fewer levels.
   */
  proficiencyScale?: {
    /**
     * Best proficiency.
     */
    min?: number;
    /**
     * Worst proficiency.
     */
    max?: number;
  };
  /**
   * IANA time zone used for effective dates (from/until), e.g. America/New_York. Default UTC.
   */
  timeZone?: string;
  /**
   * Apply tuning.
   */
  apply?: {
    /**
     * Agents per write request.
     */
    batchSize?: number;
    /**
     * Write requests in flight at once.
     */
    concurrency?: number;
    /**
     * Most agent x skill pairs in one tenant-wide bulk write (POST /agents/skills), which carries adds and updates with proficiency 1-5 for many agents and skills at once. NICE documents no limit: a tenant that answers 400 or 413 saying the body is too large gets requests half as large for the rest of the run. 0: never use the bulk endpoint (adds and updates go per skill or per agent in batches of batchSize).
     */
    bulkPairs?: number;
    /**
     * Client-side rate limit shared by every request of a run (reads and writes). CXone publishes no rate limit for these endpoints; 20/s is a guess, and every 429 halves the rate at once, recovering by a tenth per second, so a value too high costs a few 429s.
     */
    requestsPerSecond?: number;
  };
  /**
   * How live state is read.
   */
  read?: {
    /**
     * Items asked for per page of a listing (top). The definitions document no maximum; a tenant that answers 400 to a large page gets half as large pages (not below 1,000).
     */
    pageSize?: number;
    /**
     * Pages of one listing fetched at once after the first (all under requestsPerSecond).
     */
    concurrency?: number;
  };
  /**
   * Thresholds that refuse a plan unless --force is given with --reason (like octoDNS's update/delete thresholds). Queue files may override them with their own safety block.
   */
  safety?: {
    /**
     * Most of the live managed assignments one run may remove, in percent.
     */
    maxRemovePercent?: number;
    /**
     * Most of the live managed assignments one run may update, in percent.
     */
    maxChangePercent?: number;
    /**
     * The percentage thresholds apply only when at least this many live managed assignments exist.
     */
    minExistingAssignments?: number;
    /**
     * Most of one queue one run may change (adds, updates and removes together), in percent of that queue's live assignments; judged per queue from minExistingAssignments on. Not set: no per-queue limit.
     */
    maxQueueChangePercent?: number;
  };
  /**
   * Routing constraints for every queue file that does not set its own (a queue's constraints replace these key by key). Constraints refuse a plan that breaks them; --force does not override them.
   */
  queueDefaults?: {
    /**
     * Fewest active agents a queue may be left with.
     */
    minActiveAgents?: number;
    /**
     * Staffing rules: at least minAgents active agents at maxProficiency or better.
     */
    staffing?: SkillopsStaffingRule[];
    /**
     * Per-team minimums: at least minAgents active agents of the CXone team.
     */
    teams?: SkillopsTeamRule[];
    liveImpact?: SkillopsLiveImpactRule;
  };
  /**
   * Agent-level routing constraints (--force does not override them).
   */
  agents?: {
    /**
     * Most active skills one agent may hold after a plan (NICE suggests about 8-10). A plan that takes an agent above it, or further above it, is refused; agents already above it are a warning. Counts every skill, managed or not. Not set: no limit.
     */
    maxActiveSkills?: number;
    /**
     * Agents that must never lose the given skills (removal or deactivation is refused).
     */
    protected?: SkillopsProtectedAgent[];
  };
  /**
   * When apply may write to CXone. Outside every weekly window, or on a freeze date, apply refuses unless --force-window is given with --reason (recorded in the audit). plan shows when the next window opens. Not set: any time.
   */
  changeWindows?: {
    /**
     * IANA time zone the windows and freezes are in. Default: timeZone.
     */
    timeZone?: string;
    /**
     * Weekly windows in local time. When none are listed, every time outside a freeze is open.
     */
    weekly?: SkillopsWeeklyWindow[];
    /**
     * Dates when nothing is applied, whatever the weekly windows say.
     */
    freezes?: SkillopsFreeze[];
  };
  /**
   * Where apply writes its audit records.
   */
  audit?: {
    /**
     * Folder for audit records, relative to this file.
     */
    directory?: string;
    /**
     * Branch that apply --commit-audit commits audit records to; created from the default branch when missing. A dedicated branch works with a protected default branch (GITHUB_TOKEN cannot push there). Default skillops-audit.
     */
    branch?: string;
  };
  /**
   * apply --scheduled (the daily run): applies only the changes dated entries (from/until) made due; any other difference is drift, reported and left in place unless selfHeal is true.
   */
  schedule?: {
    /**
     * Also revert drift (hand changes in CXone) on scheduled runs. Off by default: drift is reported for a human to review.
     */
    selfHeal?: boolean;
    /**
     * A change counts as due when a from/until date made it appear within this many days (so a missed daily run is caught up).
     */
    catchUpDays?: number;
  };
  /**
   * WFM notification after apply. The signing secret comes from SKILLOPS_WEBHOOK_SECRET.
   */
  webhook?: {
    /**
     * https URL receiving the skill_sync_complete event.
     */
    url?: string;
  };
  /**
   * Live impact in the plan: CXone's real-time figures (agents logged in, contacts waiting, service level) for each queue a plan changes, read beside the assignments in two tenant-wide requests. The access key's role needs real-time read permission; without it the plan says so in one line and goes on.
   */
  impact?: {
    /**
     * Read real-time data for plans and applies. Off: no real-time requests, and liveImpact rules are not judged.
     */
    enabled?: boolean;
    /**
     * Also show each changed queue's service level and contacts handled over this many days (GET /skills/summary, one more request). 0: off.
     */
    lookbackDays?: number;
  };
  /**
   * Skill names skillops never touches, even when a file claims them.
   */
  exclude?: string[];
  /**
   * Kinds of plan warning this tenant expects (e.g. inactive-agent: agents who left still hold assignments). plan shows them as one count; --verbose and the JSON plan still list each.
   */
  expectedWarnings?: ('inactive-agent' | 'inactive-skill' | 'skill-renamed' | 'excluded-skill' | 'ended-in-additive')[];
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
 * Live-impact policy for every queue file that does not set its own liveImpact (key by key). Unlike the constraints above it is a safety threshold: --force with --reason lets it pass.
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
export interface SkillopsProtectedAgent {
  /**
   * CXone user name (login) or numeric agentId.
   */
  agent: string | number;
  /**
   * Skill names (case-insensitive) or numeric skillIds this agent keeps.
   *
   * @minItems 1
   */
  skills: [string | number, ...(string | number)[]];
  /**
   * Why (shown in refusals).
   */
  note?: string;
}
export interface SkillopsWeeklyWindow {
  /**
   * Days the window opens on.
   *
   * @minItems 1
   */
  days: [
    'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
    ...('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]
  ];
  /**
   * Local opening time, HH:MM (24-hour).
   */
  from: string;
  /**
   * Local closing time, HH:MM, exclusive; 24:00 is midnight. A time at or before from closes on the next day (an overnight window).
   */
  until: string;
}
export interface SkillopsFreeze {
  /**
   * First frozen day (inclusive, YYYY-MM-DD, local).
   */
  from: string;
  /**
   * Last frozen day (inclusive, YYYY-MM-DD, local).
   */
  until: string;
  /**
   * Shown when apply refuses, e.g. Black Friday peak.
   */
  reason: string;
}
