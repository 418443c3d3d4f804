// A plan's warnings grouped by cause: one line per kind with its counts, the single warnings only
// for the queues the plan changes. Years of residue (agents who left, inactive skills) would
// otherwise bury the changes under hundreds of lines; --verbose and the JSON plan keep them all.
import type { Plan, PlanWarning } from '../domain/plan.js';
import { plural } from '../text/plural.js';

export interface WarningGroup {
  /** The kind, e.g. `inactive-agent`; `other` for warnings of plans saved before kinds were recorded. */
  code: string;
  /** What the whole group says, counted, in our own words. */
  line: string;
  all: PlanWarning[];
  /** The warnings of this kind about the queues this plan changes (or that would be empty). */
  detail: PlanWarning[];
  /** A kind settings declare expected (settings.expectedWarnings): counted, never listed. */
  expected: boolean;
}

const are = (n: number) => (n === 1 ? 'is' : 'are');

function groupLine(code: string, all: PlanWarning[]): string {
  const n = all.length;
  switch (code) {
    case 'inactive-agent': {
      const agents = new Set(all.map((w) => w.agentId ?? w.message)).size;
      return `${plural(n, 'assignment')} of ${plural(agents, 'inactive agent')} ${are(n)} kept; they take no contacts`;
    }
    case 'inactive-skill':
      return `${plural(n, 'queue file')} name${n === 1 ? 's a skill' : ' skills'} inactive in CXone; assignments are kept but route nothing`;
    case 'skill-renamed':
      return `${plural(n, 'skill')} ${are(n)} named differently in CXone; the skillId wins`;
    case 'excluded-skill':
      return `${plural(n, 'queue file')} ${are(n)} ignored: ${n === 1 ? 'its skill is' : 'their skills are'} in settings.exclude`;
    case 'ended-in-additive':
      return `${plural(n, 'ended assignment')} ${are(n)} kept: additive queues never remove`;
    case 'empty-queue':
      return `${plural(n, 'queue')} would have NO active agents after this plan`;
    default:
      return plural(n, 'other warning');
  }
}

/** Groups in the order their kind first appears; `expected` kinds are counted only. */
export function groupWarnings(plan: Plan, expected: readonly string[] = plan.settings.expectedWarnings ?? []): WarningGroup[] {
  const changed = new Set(plan.queues.filter((q) => q.changes.length > 0 || q.pending.length > 0).map((q) => q.file));
  const byCode = new Map<string, PlanWarning[]>();
  for (const w of plan.warnings) {
    const code = w.code ?? 'other';
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = []));
    list.push(w);
  }
  return [...byCode].map(([code, all]) => {
    const isExpected = expected.includes(code);
    const detail = isExpected ? [] : all.filter((w) => code === 'empty-queue' || w.code === undefined || (w.file !== undefined && changed.has(w.file)));
    return { code, line: groupLine(code, all), all, detail, expected: isExpected };
  });
}

/** Single warnings listed under their groups before the rest are only counted. */
export const DETAIL_SHOWN = 12;
