// Rendering of a scheduled run's split (pure): what was due, and the drift left for a human.

import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';
import type { ScheduledSelection } from '../use-cases/apply/apply-types.js';
import { planMarkdown } from './plan-markdown.js';

export function scheduledText(s: ScheduledSelection): string {
  const head = `Scheduled run: ${plural(s.due, 'change')} made due by from/until dates; ${plural(s.drift.length, 'other difference')} (drift).\n`;
  if (s.drift.length === 0) return head;
  const verb = s.selfHeal ? 'Reverted (schedule.selfHeal is on)' : 'Left in place for review (schedule.selfHeal is off)';
  return `${head}${verb}:\n${s.drift.map((d) => `  ${forTerminal(d)}\n`).join('')}`;
}

/** The job summary, and the drift issue's plan part: only the drift changes. */
export function scheduledDriftMarkdown(s: ScheduledSelection): string {
  const action = s.selfHeal
    ? 'schedule.selfHeal is on, so this run reverted them to match `skills/`.'
    : 'They were **left in place**: a scheduled run applies only changes that `from`/`until` dates made due. Review them: update `skills/` in a pull request to keep them, or run the apply workflow (workflow_dispatch) to revert them.';
  return [
    `### skillops scheduled apply: ${plural(s.due, 'due change')}, ${plural(s.drift.length, 'drift difference')}`,
    '',
    ...(s.drift.length ? [`Live CXone differs from \`skills/\` in ways no date explains. ${action}`, '', planMarkdown(s.driftPlan)] : ['No drift.']),
  ].join('\n');
}
