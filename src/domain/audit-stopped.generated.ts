/* Generated from schemas/ by `npm run generate:types`. Do not edit by hand. */

/**
 * An apply run stopped by a signal before it wrote anything to CXone: while it read live CXone and planned, or while it waited for confirmation. Nothing was changed; the record says when, who, which signal and in which phase. Runs stopped during or after the writes get a full skillops-audit/1 record instead.
 */
export interface SkillopsStoppedAuditRecord {
  /**
   * Version of this document.
   */
  format: 'skillops-audit-stopped/1';
  /**
   * Id of this apply run.
   */
  runId: string;
  /**
   * UTC start of the run.
   */
  startedAt: string;
  /**
   * UTC time the record was written, after the signal.
   */
  finishedAt: string;
  /**
   * Always interrupted: a signal stopped the run.
   */
  outcome: 'interrupted';
  /**
   * read: while reading the files and live CXone and planning; confirm: the plan was made and the run waited for confirmation.
   */
  phase: 'read' | 'confirm';
  /**
   * The signal that stopped the run, e.g. SIGINT or SIGTERM.
   */
  signal: string;
  who: Who;
  requests?: Requests;
  /**
   * Where the time went until the signal.
   */
  durationsMs: {
    total: number;
    read?: number;
    plan?: number;
  };
  /**
   * The plan the run was about to apply (phase confirm only): what it would have done.
   */
  plan?: {
    source: 'saved' | 'fresh';
    liveFingerprint: string;
    desiredHash: string;
    effectiveDate: string;
    /**
     * Counts from the plan: changes to add, update and remove, queues changed, and dated entries still pending.
     */
    summary: {
      add: number;
      update: number;
      remove: number;
      queuesChanged: number;
      pending: number;
    };
  };
  lock?: Lock;
  /**
   * Earlier runs whose journal never finished. This run wrote nothing, so it did not converge over them: they stay open for the next run.
   */
  unfinishedRuns?: string[];
}
/**
 * Who ran it and where.
 */
export interface Who {
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
}
/**
 * CXone API calls made before the signal (phase confirm; a read cut short by the signal keeps no counts). Its writes are 0: nothing was written.
 */
export interface Requests {
  total: number;
  retries: number;
  writes: number;
  byRoute: {
    [k: string]: number;
  };
}
/**
 * The apply lock this run held; forcedUnlock names a stale lock it removed with --force-unlock; takenOver names a lock it took over because its holder's workflow run had completed or its process on this host had ended.
 */
export interface Lock {
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
}
