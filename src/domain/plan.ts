// The plan document: plain, serialisable data. `skillops plan --out` writes it, `show` renders
// it, `apply` executes it. Its shape is versioned by `format`.
import type { PolicyVerdict } from './audit.generated.js';
import type { PlanImpact } from './live-impact.js';
import type { Settings } from './settings.js';

import type { QueueTarget } from './target.js';

export const PLAN_FORMAT = 'skillops-plan/1';

export interface AssignmentState {
  proficiency: number;
  isActive: boolean;
}

export interface AgentLabel {
  agentId: number;
  userName: string;
  name: string;
}

export interface Change extends AgentLabel {
  action: 'add' | 'update' | 'remove';
  skillId: number;
  before?: AssignmentState;
  after?: AssignmentState;
  /** Why a remove happens: not listed in an authoritative file, or past its `until`. */
  reason?: 'unlisted' | 'expired';
  /** Where the desired entry is written, for adds and updates. */
  source?: string;
}

export interface PendingChange extends AgentLabel {
  skillId: number;
  from: string;
  after: AssignmentState;
  source: string;
}

interface QueueCoverage {
  activeBefore: number;
  activeAfter: number;
  minActiveAgents: number;
}

export interface PlanQueue {
  skillId: number;
  skillName: string;
  file: string;
  mode: 'authoritative' | 'additive';
  changes: Change[];
  pending: PendingChange[];
  coverage: QueueCoverage;
}

export interface PlanWarning {
  message: string;
  /** file:line:col the warning points at, when it points at a line */
  at?: string;
  /** What kind of warning, e.g. `inactive-agent` (absent in plans saved before kinds were recorded). */
  code?: string;
  /** The queue file it is about, when it is about one. */
  file?: string;
  /** The agent it is about, when it is about one: id and user name. */
  agentId?: number;
  agent?: string;
}

interface PolicyViolation {
  kind: 'constraint' | 'threshold';
  message: string;
}

/**
 * One rule judged on one queue (or agent, or all queues together).
 * ok: holds; warning: broken already and not made worse (or cannot be judged); refused: this
 * plan breaks it; forced: a threshold this plan breaks that --force let pass.
 * One definition: the audit schema's (schemas/audit.schema.json, `policyVerdict`), as generated.
 */
export type { PolicyVerdict };
/** Routing constraints (never forced) and safety thresholds (--force with --reason). */
export type PolicyRule = PolicyVerdict['rule'];

/** Whether apply may write now (settings.changeWindows), judged at the plan's `now`. */
export interface ChangeWindowStatus {
  open: boolean;
  timeZone: string;
  /** Why it is closed: a freeze's reason, or "outside the weekly change windows". */
  reason?: string;
  /** The weekly windows in words, e.g. "mon-thu 06:00-09:00". */
  windows: string[];
  /** When the current window closes (ISO UTC), when open and a close is known. */
  closesAt?: string;
  closesAtLocal?: string;
  /** When the next window opens (ISO UTC), when closed and one opens within a year. */
  nextOpen?: string;
  /** The same instant in the windows' time zone, e.g. "2026-11-26 06:00 (Thu)". */
  nextOpenLocal?: string;
}

/** What a plan was made for, so it is never applied to another tenant or from another folder. */
export interface PlanOrigin {
  /** cxone.tenantId from skillops.yaml, when set */
  tenantId?: string;
  /** The API base named by CXONE_API_BASE or cxone.apiBase, when one is (else found by discovery from tenantId) */
  apiBase?: string;
  /** The skills folder, relative to the folder of skillops.yaml (the same from any sub-folder or checkout) */
  skillsDir: string;
}

/**
 * A queue a saved plan answers for: one it changes (its pending changes are compared too). Apply re-plans
 * exactly these queues; the hashes say, when the re-plan differs, whether the queue's file or its
 * live assignments changed since.
 */
export interface CoveredQueue {
  skillId: number;
  skillName: string;
  file: string;
  /** The queue's desired state as the planner understood it (positions left out). */
  desiredHash: string;
  /** The queue's live assignments when the plan was made. */
  liveFingerprint: string;
}

/** A queue outside a saved plan's cover that differs from live CXone: neither written nor blocking, only reported. */
export interface LeftAloneQueue {
  skillId: number;
  skillName: string;
  file: string;
  /** How many changes a plan of that queue would make now. */
  changes: number;
  why: string;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  /** Set when a configuration is planned (the pure planner has no configuration); every saved plan has it. */
  origin?: PlanOrigin;
  createdAt: string;
  /** The tenant-local date effective windows were judged on. */
  effectiveDate: string;
  /** The settings that shaped the plan. */
  settings: Pick<Settings, 'timeZone' | 'proficiencyScale' | 'safety' | 'exclude'> & {
    batchSize: number;
    /** settings.expectedWarnings when not empty: kinds of warning shown as a count only. */
    expectedWarnings?: string[];
  };
  desiredHash: string;
  liveFingerprint: string;
  /** Skills whose live assignments the fingerprint covers. */
  managedSkillIds: number[];
  summary: { add: number; update: number; remove: number; queuesChanged: number; pending: number };
  queues: PlanQueue[];
  coverage: {
    activeAgents: number;
    withSkillBefore: number;
    withSkillAfter: number;
    queuesMeetingMinBefore: number;
    queuesMeetingMinAfter: number;
    managedQueues: number;
    emptyQueuesAfter: string[];
  };
  warnings: PlanWarning[];
  policy: {
    ok: boolean;
    forced: boolean;
    violations: PolicyViolation[];
    /** Every rule's verdict. */
    verdicts: PolicyVerdict[];
    /** The change-window status (absent when settings declare no changeWindows). */
    window?: ChangeWindowStatus;
  };
  /** The queues this plan answers for (see CoveredQueue); absent in plans made by older versions. */
  covers: CoveredQueue[];
  /** Present when the run was targeted (--queue / --exclude-queue): only these queues were planned. */
  target?: QueueTarget;
  /** Live impact per changed queue from CXone's real-time data (absent: not read, impact.enabled off). */
  impact?: PlanImpact;
}

export const hasChanges = (plan: Plan): boolean => plan.summary.add + plan.summary.update + plan.summary.remove > 0;
