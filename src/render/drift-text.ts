// Drift in words: the plan read the other way round. A plan says what apply would do ("+ diego");
// for drift that reads as "diego was added", when in fact someone removed him in CXone. So each
// difference says what CXone has and what skills/ has, and both ways out are named.
import type { ChalkInstance } from 'chalk';
import type { AssignmentState, Change, Plan, PlanQueue } from '../domain/plan.js';
import { hasChanges } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMarkdown as escapeMarkdown, forTerminal } from '../text/untrusted.js';
import { agentText } from './plan-lines.js';
import { warningLines } from './plan-text.js';
import { wrapLines } from './wrap-lines.js';

const stateText = (s: AssignmentState) => `proficiency ${s.proficiency}${s.isActive ? '' : ', inactive'}`;

interface Sides {
  /** What CXone has, in a sentence about the queue. */
  cxone: string;
  /** What skills/ has. */
  files: string;
}

function sides(c: Change, q: PlanQueue, safe: (s: string) => string): Sides {
  const queue = safe(q.skillName);
  const source = safe(c.source ?? q.file);
  if (c.action === 'add') return { cxone: `removed from ${queue} in CXone`, files: `${source} lists them at ${stateText(c.after!)}` };
  if (c.action === 'remove' && c.reason === 'expired')
    return { cxone: `still on ${queue} in CXone at ${stateText(c.before!)}`, files: `${source} ended their dates` };
  if (c.action === 'remove') return { cxone: `added to ${queue} in CXone at ${stateText(c.before!)}`, files: `${safe(q.file)} does not list them` };
  return { cxone: `changed on ${queue} in CXone to ${stateText(c.before!)}`, files: `${source} has ${stateText(c.after!)}` };
}

function headline(plan: Plan): string {
  const n = plan.summary.add + plan.summary.update + plan.summary.remove;
  return `Drift: live CXone differs from skills/ in ${plural(n, 'assignment')} across ${plural(plan.summary.queuesChanged, 'queue')}.`;
}

const NO_DRIFT = 'No drift. Live CXone matches skills/.';

export function driftText(plan: Plan, color: ChalkInstance, options: { verbose?: boolean; columns?: number } = {}): string {
  if (!hasChanges(plan)) return `${NO_DRIFT}\n`;
  const out: string[] = [color.bold(headline(plan)), 'Someone changed CXone by hand (or a change in skills/ was never applied).', ''];
  for (const q of plan.queues.filter((x) => x.changes.length > 0)) {
    out.push(`${color.bold(forTerminal(q.skillName))} ${color.dim(`(skill ${q.skillId}, ${forTerminal(q.file)})`)}`);
    for (const c of q.changes) {
      const { cxone, files } = sides(c, q, forTerminal);
      out.push(`  ${agentText(c, forTerminal)}: ${cxone}; ${files}`);
    }
    out.push('');
  }
  if (plan.warnings.length > 0) out.push(color.yellow.bold('Warnings'), ...warningLines(plan, color, options.verbose ?? false), '');
  out.push(
    'Two ways out:',
    '  skillops apply     reverts CXone to what skills/ says (undoes the hand changes)',
    '  skillops refresh   accepts the hand changes: writes what CXone has into skills/',
  );
  return `${wrapLines(out.join('\n'), options.columns)}\n`;
}

/** Rows in the drift issue and job summary; the JSON plan holds every change. */
const MD_ROWS = 100;

export function driftMarkdown(plan: Plan): string {
  if (!hasChanges(plan)) return `**${NO_DRIFT}**\n`;
  const out = [`**${headline(plan)}**`, '', 'Someone changed CXone by hand (or a change in skills/ was never applied).', ''];
  out.push('| agent | CXone has | skills/ has |', '|---|---|---|');
  const rows = plan.queues.flatMap((q) => q.changes.map((c) => ({ q, c })));
  for (const { q, c } of rows.slice(0, MD_ROWS)) {
    const { cxone, files } = sides(c, q, escapeMarkdown);
    out.push(`| ${escapeMarkdown(agentText(c))} | ${cxone} | ${files} |`);
  }
  if (rows.length > MD_ROWS) out.push('', `… and ${rows.length - MD_ROWS} more (all of them in \`skillops drift --format json\`).`);
  out.push(
    '',
    'Two ways out:',
    '',
    '- **Revert** the hand changes: `skillops apply` (the apply workflow) puts CXone back to what skills/ says.',
    '- **Accept** them: `skillops refresh` (or the drift pull request) writes what CXone has into skills/.',
  );
  return `${out.join('\n')}\n`;
}
