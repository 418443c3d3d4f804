// The plan document: plain, serialisable data. `skillops plan --out` writes it, `show` renders
// it, `apply` executes it. Its shape is versioned by `format`.
import type { Settings } from '../config/settings.js';

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

export interface QueueCoverage {
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
  at?: string;
}

export interface PolicyViolation {
  kind: 'constraint' | 'threshold';
  message: string;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  createdAt: string;
  /** The tenant-local date effective windows were judged on. */
  effectiveDate: string;
  /** The settings that shaped the plan. */
  settings: Pick<Settings, 'timeZone' | 'proficiencyScale' | 'safety' | 'exclude'> & { batchSize: number };
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
  policy: { ok: boolean; forced: boolean; violations: PolicyViolation[] };
  /** Present when the run was targeted (--queue / --exclude-queue): only these queues were planned. */
  target?: QueueTarget;
}

export const hasChanges = (plan: Plan): boolean => plan.summary.add + plan.summary.update + plan.summary.remove > 0;
