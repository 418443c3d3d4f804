// Wording shared by every plan renderer, so text, Markdown and the PR comment say the same thing.

import type { AssignmentState, Change, PendingChange, Plan } from '../domain/plan.js';
import { hasChanges } from '../domain/plan.js';
import { describeTarget } from '../plan/target.js';

import { plural } from '../text/plural.js';

export function summaryLine(plan: Plan): string {
  if (!hasChanges(plan)) return 'No changes. Live CXone matches skills/.';
  const { add, update, remove, queuesChanged } = plan.summary;
  return `Plan: ${add} to add, ${update} to change, ${remove} to remove across ${plural(queuesChanged, 'queue')}.`;
}

export function pendingLine(plan: Plan): string | undefined {
  const n = plan.summary.pending;
  return n > 0
    ? `Pending: ${plural(n, 'dated change')} not applied before ${n === 1 ? 'its' : 'their'} date (judged on ${plan.effectiveDate}, ${plan.settings.timeZone}).`
    : undefined;
}

const stateText = (s: AssignmentState) => `proficiency ${s.proficiency}${s.isActive ? '' : ', inactive'}`;

/** What changes for one agent, e.g. "proficiency 3 → 2, active true → false". */
export function changeDetail(c: Change): string {
  if (c.action === 'add') return stateText(c.after!);
  if (c.action === 'remove') return `${stateText(c.before!)}${c.reason === 'expired' ? ' (effective window ended)' : ' (not listed)'}`;
  const parts: string[] = [];
  if (c.before!.proficiency !== c.after!.proficiency) parts.push(`proficiency ${c.before!.proficiency} → ${c.after!.proficiency}`);
  if (c.before!.isActive !== c.after!.isActive) parts.push(`active ${c.before!.isActive} → ${c.after!.isActive}`);
  return parts.join(', ');
}

export const pendingDetail = (p: PendingChange) => `from ${p.from}: ${stateText(p.after)}`;

export const SYMBOL = { add: '+', update: '~', remove: '-' } as const;

/** "user (Full Name, id)"; `safe` escapes each untrusted part on its own, so a long name is cut
 *  without hiding the id. */
export const agentText = (c: { userName: string; name: string; agentId: number }, safe: (s: string) => string = (s) => s) =>
  `${safe(c.userName)} (${safe(c.name)}, ${c.agentId})`;

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** Said whenever a run was targeted, so nobody reads a partial plan as the whole picture. */
export function targetLine(plan: Plan): string | undefined {
  if (!plan.target) return undefined;
  return `Targeted run (${describeTarget(plan.target)}): only the selected queues were planned; other queues were left out.`;
}
