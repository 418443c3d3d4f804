/* Generated from schemas/ by `npm run generate:types`. Do not edit by hand. */

/**
 * What one `skillops apply` run did: who, what, every change and its outcome, request counts, durations, verification and webhook results.
 */
export interface SkillopsAuditRecord {
  /**
   * Version of this document.
   */
  format: 'skillops-audit/1';
  /**
   * Id of this apply run; the webhook sends it as webhook-id so receivers can drop retried deliveries.
   */
  runId?: string;
  /**
   * UTC start of the run.
   */
  startedAt: string;
  /**
   * UTC end of the run.
   */
  finishedAt: string;
  /**
   * applied: everything applied and verified; partial: some changes failed; failed: nothing applied or verification failed; interrupted: stopped by a signal; no-changes: nothing to do.
   */
  outcome: 'applied' | 'partial' | 'failed' | 'interrupted' | 'no-changes';
  /**
   * Who ran it and where.
   */
  who: {
    /**
     * GitHub actor or local user.
     */
    actor: string;
    /**
     * Commit of skills/ that was applied. With uncommittedChanges, only the commit the working tree started from.
     */
    commit?: string;
    /**
     * Files under skills/ (or skillops.yaml) that differed from commit when apply ran: what was applied is in no commit.
     */
    uncommittedChanges?: string[];
    /**
     * owner/name.
     */
    repository?: string;
    /**
     * Link to the workflow run.
     */
    runUrl?: string;
    /**
     * The merged pull request, when known.
     */
    pullRequest?: {
      /**
       * Pull request number.
       */
      number: number;
      /**
       * Pull request title.
       */
      title?: string;
      /**
       * Pull request author.
       */
      author?: string;
      /**
       * Reviewers whose latest review approved.
       */
      approvers?: string[];
    };
  };
  /**
   * The plan that was applied.
   */
  plan: {
    /**
     * saved: from plan.json; fresh: planned by this run.
     */
    source: 'saved' | 'fresh';
    /**
     * Fingerprint of the live assignments the plan was computed from.
     */
    liveFingerprint: string;
    /**
     * Hash of the desired state.
     */
    desiredHash: string;
    /**
     * Tenant-local date effective windows were judged on.
     */
    effectiveDate: string;
    /**
     * Counts from the plan.
     */
    summary: {};
    /**
     * Whether --force overrode a safety threshold.
     */
    forced: boolean;
    /**
     * Present when the run was targeted: only the queues these flags select were planned and applied.
     */
    target?: {
      /**
       * --queue values.
       */
      queues: string[];
      /**
       * --exclude-queue values.
       */
      excludeQueues: string[];
    };
  };
  /**
   * Policy verdicts the run was judged on, and any override with its reason.
   */
  policy: {
    /**
     * No rule refused the run (after overrides).
     */
    ok: boolean;
    /**
     * --force let at least one safety threshold pass.
     */
    forced: boolean;
    /**
     * The --reason given with --force or --force-window.
     */
    reason?: string;
    /**
     * The change window at the start of the run (when settings declare changeWindows).
     */
    window?: {
      open: boolean;
      /**
       * --force-window let the run write outside the change windows.
       */
      forced: boolean;
      /**
       * Why the window was closed.
       */
      reason?: string;
      timeZone?: string;
      nextOpen?: string;
    };
    /**
     * Every rule's verdict: queue or agent, rule, before → after.
     */
    verdicts: PolicyVerdict[];
  };
  /**
   * Live impact the run was judged on: CXone's real-time figures for each queue it changed, read at apply time (absent when impact.enabled is off).
   */
  impact?: {
    available: boolean;
    /**
     * Why live impact was unavailable (e.g. the key lacks real-time permission).
     */
    reason?: string;
    readAt?: string;
    lookbackDays?: number;
    recentUnavailable?: string;
    queues?: {
      skillId: number;
      skillName: string;
      loggedIn: {
        before: number;
        after: number;
      };
      available: {
        before: number;
        after: number;
      };
      working: {
        before: number;
        after: number;
      };
      contactsInQueue: number;
      longestWaitSeconds?: number;
      serviceLevel?: number;
      serviceLevelGoal?: number;
      /**
       * Logged-in agents the run removed or deactivated.
       */
      agentsOut: {
        agentId: number;
        userName: string;
        name: string;
        state: string;
        onThisQueue: boolean;
      }[];
      recent?: {
        serviceLevel?: number;
        contactsHandled: number;
        contactsOffered: number;
      };
    }[];
  };
  /**
   * Every change and its outcome.
   */
  changes: {
    action: 'add' | 'update' | 'remove';
    skillId: number;
    skillName: string;
    agentId: number;
    userName: string;
    before?: {};
    after?: {};
    /**
     * unknown: sent, but the run was stopped before CXone answered; it may or may not have been applied.
     */
    status: 'applied' | 'failed' | 'not-attempted' | 'unknown';
    error?: string;
  }[];
  /**
   * CXone API calls made by the run.
   */
  requests: {
    total: number;
    retries: number;
    writes: number;
    byRoute: {
      [k: string]: number;
    };
  };
  /**
   * Where the time went.
   */
  durationsMs: {
    total: number;
    read: number;
    plan: number;
    apply: number;
    verify: number;
  };
  /**
   * Result of re-reading the touched skills.
   */
  verification: {
    ok: boolean;
    checkedSkills?: number;
    unexpected?: string[];
    skipped?: string;
  };
  /**
   * WFM notification outcome; a failure never fails the apply.
   */
  webhook: {
    delivered: boolean;
    /**
     * Origin and path only; query strings are not recorded.
     */
    url?: string;
    attempts?: number;
    status?: number;
    error?: string;
    skipped?: string;
  };
  /**
   * This run's journal (JSON Lines, appended during the run), relative to the audit directory.
   */
  journal?: string;
  /**
   * Earlier runs whose journal never finished (killed): what they attempted and what is unknown. This run planned from live state, so it converged over them; their journals are marked superseded by this record.
   */
  unfinishedRuns?: {
    /**
     * Path relative to the audit directory.
     */
    journal: string;
    startedAt: string;
    actor: string;
    commit?: string;
    liveFingerprint: string;
    /**
     * Changes it planned.
     */
    intended: number;
    applied: number;
    failed: number;
    /**
     * Sent without a recorded answer.
     */
    unknown: number;
    notSent: number;
    /**
     * The signal it was stopping for, if it recorded one.
     */
    stopping?: string;
  }[];
  /**
   * The apply lock this run held; forcedUnlock names a stale lock it removed with --force-unlock; takenOver names a lock it took over because its holder's workflow run had completed or its process on this host had ended.
   */
  lock?: {
    kind: 'github' | 'file';
    where: string;
    id: string;
    forcedUnlock?: {
      id: string;
      actor: string;
      since: string;
      runUrl?: string;
    };
    takenOver?: {
      id: string;
      actor: string;
      since: string;
      runUrl?: string;
      /**
       * The holder's workflow run, which GitHub reported completed.
       */
      runId?: number;
      host?: string;
      pid?: number;
      /**
       * How the holder was known to be gone, e.g. "workflow run 42 is completed (cancelled)".
       */
      why: string;
    };
  };
  /**
   * Who forced the apply (--force past a safety threshold, or --force-window outside the change windows), and the reason they gave (--reason).
   */
  forced?: {
    by: string;
    reason: string;
  };
  /**
   * A saved plan's run: queues outside the queues the plan covers that differ from live CXone (drift, or a change not applied yet). Neither written nor blocking, only reported.
   */
  leftAlone?: {
    skillId: number;
    skillName: string;
    file: string;
    /**
     * How many changes a plan of that queue would make now.
     */
    changes: number;
    why: string;
  }[];
  /**
   * A scheduled run: only changes dated entries made due were applied; other differences were drift, reported and left (or reverted with schedule.selfHeal).
   */
  scheduled?: {
    selfHeal: boolean;
    /**
     * Changes applied because a dated entry made them due.
     */
    due: number;
    /**
     * Other differences found (reverted only with selfHeal).
     */
    drift: number;
    driftChanges?: string[];
  };
}
export interface PolicyVerdict {
  rule:
    | 'minActiveAgents'
    | 'staffing'
    | 'team'
    | 'maxActiveSkills'
    | 'protectedSkill'
    | 'maxRemovePercent'
    | 'maxChangePercent'
    | 'maxQueueChangePercent'
    | 'liveMinLoggedIn'
    | 'liveMaxLoggedInRemoved';
  /**
   * constraint: routing, never forced; threshold: --force with --reason lets it pass.
   */
  kind: 'constraint' | 'threshold';
  verdict: 'ok' | 'warning' | 'refused' | 'forced';
  queue?: string;
  skillId?: number;
  agent?: string;
  agentId?: number;
  requirement: string;
  /**
   * Constraints: count before the run. Thresholds: live assignments judged.
   */
  before: number;
  /**
   * Constraints: count after the run. Thresholds: assignments the run touched.
   */
  after: number;
  limit: number;
  note?: string;
  message: string;
}
