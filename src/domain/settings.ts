// skillops.yaml after defaults are filled in: the one shape the rest of the code sees.
import type {
  SkillopsFreeze,
  SkillopsLiveImpactRule,
  SkillopsProtectedAgent,
  SkillopsStaffingRule,
  SkillopsTeamRule,
  SkillopsWeeklyWindow,
} from './settings.generated.js';

export interface ChangeWindows {
  timeZone: string;
  weekly: SkillopsWeeklyWindow[];
  freezes: SkillopsFreeze[];
}

export interface Settings {
  cxone: { tenantId?: string; apiBase?: string; authUrl: string; apiVersion: string };
  skillsDir: string;
  proficiencyScale: { min: number; max: number };
  timeZone: string;
  apply: { batchSize: number; concurrency: number; requestsPerSecond: number; bulkPairs: number };
  read: { pageSize: number; concurrency: number };
  safety: { maxRemovePercent: number; maxChangePercent: number; minExistingAssignments: number; maxQueueChangePercent?: number };
  /** Routing constraints for queue files that do not set their own. */
  /** minActiveAgents undefined: not set, and an authoritative queue may still never be emptied. */
  queueDefaults: { minActiveAgents?: number; staffing: SkillopsStaffingRule[]; teams: SkillopsTeamRule[]; liveImpact?: SkillopsLiveImpactRule };
  /** Agent-level routing constraints. */
  agents: { maxActiveSkills?: number; protected: SkillopsProtectedAgent[] };
  /** When apply may write; undefined: any time. */
  changeWindows?: ChangeWindows;
  audit: { directory: string; branch?: string };
  schedule: { selfHeal: boolean; catchUpDays: number };
  webhook: { url?: string };
  /** Live impact in the plan (real-time reads). */
  impact: { enabled: boolean; lookbackDays: number };
  exclude: string[];
  /** Kinds of plan warning shown as a count only (settings.expectedWarnings). */
  expectedWarnings: string[];
}

/** Defaults; test/unit/settings.test.ts checks they equal the `default`s in the schema. */
export const DEFAULT_SETTINGS: Settings = {
  cxone: { authUrl: 'https://cxone.niceincontact.com', apiVersion: 'v34.0' },
  skillsDir: 'skills',
  proficiencyScale: { min: 1, max: 20 },
  timeZone: 'UTC',
  apply: { batchSize: 50, concurrency: 4, requestsPerSecond: 20, bulkPairs: 1000 },
  read: { pageSize: 10_000, concurrency: 4 },
  safety: { maxRemovePercent: 30, maxChangePercent: 50, minExistingAssignments: 10 },
  queueDefaults: { staffing: [], teams: [] },
  agents: { protected: [] },
  audit: { directory: 'audit', branch: 'skillops-audit' },
  schedule: { selfHeal: false, catchUpDays: 3 },
  webhook: {},
  impact: { enabled: true, lookbackDays: 0 },
  exclude: [],
  expectedWarnings: [],
};

/** CXone discovery requires the tenant id as a UUID (format: uuid in NICE's definition). */
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isTenantId = (id: string): boolean => TENANT_ID.test(id);
