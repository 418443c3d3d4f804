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
     * Tenant id used for endpoint discovery (/.well-known/cxone-configuration).
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
     * Client-side rate limit shared by every request of a run.
     */
    requestsPerSecond?: number;
  };
  /**
   * Thresholds that refuse a plan unless --force is given (like octoDNS's update/delete thresholds).
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
     * Branch that audit commits go to; default: the repository's default branch.
     */
    branch?: string;
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
   * Skill names skillops never touches, even when a file claims them.
   */
  exclude?: string[];
}
