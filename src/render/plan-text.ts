// Terminal rendering of a plan, Terraform-style: + add, ~ change, - remove, grouped per queue.
import type { ChalkInstance } from 'chalk';
import { hasChanges, type Plan, type PlanWarning } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMessage, forTerminal } from '../text/untrusted.js';
import { impactTextLines } from './plan-impact.js';
import { agentText, changeDetail, pendingDetail, pendingLine, percent, SYMBOL, summaryLine, targetLine } from './plan-lines.js';
import { policyTextLines } from './plan-policy.js';
import { DETAIL_SHOWN, groupWarnings } from './plan-warnings.js';
import { wrapLines } from './wrap-lines.js';

export interface PlanTextOptions {
  /** Every warning on its own line, not grouped by kind. */
  verbose?: boolean;
  /** Wrap between words at this width (the terminal's). */
  columns?: number;
}

export function planText(plan: Plan, color: ChalkInstance, options: PlanTextOptions = {}): string {
  const out: string[] = [];
  const paint = { add: color.green, update: color.yellow, remove: color.red } as const;
  const shown = plan.queues.filter((q) => q.changes.length > 0 || q.pending.length > 0);
  if (hasChanges(plan)) out.push('skillops compared skills/ with live CXone and will make these changes:', '');
  else if (shown.length > 0) out.push('skillops compared skills/ with live CXone: nothing to change now; these dated changes wait for their dates:', '');
  for (const q of shown) {
    const marker = q.changes.length > 0 ? color.yellow('~') : ' ';
    out.push(
      `${marker} ${color.bold(forTerminal(q.skillName))} ${color.dim(`(skill ${q.skillId}, ${forTerminal(q.file)}${q.mode === 'additive' ? ', additive' : ''})`)}`,
    );
    const width = Math.max(0, ...q.changes.map((c) => agentText(c, forTerminal).length), ...q.pending.map((p) => agentText(p, forTerminal).length));
    for (const c of q.changes) {
      out.push(paint[c.action](`    ${SYMBOL[c.action]} ${agentText(c, forTerminal).padEnd(width)}  ${changeDetail(c)}`));
    }
    for (const p of q.pending) {
      out.push(color.cyan(`    … ${agentText(p, forTerminal).padEnd(width)}  pending ${pendingDetail(p)}`));
    }
    out.push('');
  }
  // Big tenants: only queues whose coverage changes or that break their minimum, then totals
  const rows = plan.queues.filter((q) => {
    const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
    return activeBefore !== activeAfter || activeAfter < minActiveAgents || (activeAfter === 0 && q.changes.length > 0);
  });
  if (hasChanges(plan) || rows.length > 0) {
    out.push('', color.bold('Coverage (active agents per queue, before → after)'));
    const nameWidth = Math.max(5, ...rows.map((q) => forTerminal(q.skillName).length));
    if (rows.length > 0) out.push(color.dim(`  ${'queue'.padEnd(nameWidth)}  before → after  min`));
    for (const q of rows) {
      const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
      const low = activeAfter < minActiveAgents || activeAfter === 0;
      const row = `  ${forTerminal(q.skillName).padEnd(nameWidth)}  ${String(activeBefore).padStart(6)} → ${String(activeAfter).padEnd(5)}  ${minActiveAgents}${activeAfter === 0 ? '  EMPTY' : low ? '  below minimum' : ''}`;
      out.push(low ? color.red.bold(row) : row);
    }
    const unchanged = plan.queues.length - rows.length;
    if (unchanged > 0) out.push(color.dim(`  ${plural(unchanged, rows.length > 0 ? 'other queue' : 'queue')}: coverage unchanged and at or above minimum`));
    const c = plan.coverage;
    out.push(
      `  Active agents with at least one skill: ${percent(c.withSkillBefore, c.activeAgents)} → ${percent(c.withSkillAfter, c.activeAgents)} (${c.withSkillBefore} → ${c.withSkillAfter} of ${c.activeAgents})`,
    );
    out.push(`  Managed queues meeting minActiveAgents: ${c.queuesMeetingMinBefore}/${c.managedQueues} → ${c.queuesMeetingMinAfter}/${c.managedQueues}`);
  }

  out.push(...impactTextLines(plan, color));

  if (plan.warnings.length > 0) out.push('', color.yellow.bold('Warnings'), ...warningLines(plan, color, options.verbose ?? false));
  // with nothing to change every rule trivially holds: the verdicts would only push the summary away
  if (hasChanges(plan) || !plan.policy.ok) out.push(...policyTextLines(plan, color));
  // The summary is the last thing, right above apply's confirmation prompt
  out.push('');
  const pending = pendingLine(plan);
  if (pending) out.push(pending);
  const target = targetLine(plan);
  if (target) out.push(color.yellow(forTerminal(target)));
  out.push(color.bold(summaryLine(plan)));
  // sections start with a blank line: none at the top, never two in a row
  return `${wrapLines(out.filter((line, i) => line !== '' || (i > 0 && out[i - 1] !== '')).join('\n'), options.columns)}\n`;
}

const warningText = (w: PlanWarning) => `${w.at ? `${forTerminal(w.at)}: ` : ''}${forMessage(w.message)}`;

/** One line per kind of warning, the single ones only for the queues this plan changes;
 *  verbose: every warning. */
export function warningLines(plan: Plan, color: ChalkInstance, verbose: boolean): string[] {
  if (verbose) return plan.warnings.map((w) => color.yellow(`  ! ${warningText(w)}`));
  const out: string[] = [];
  let budget = DETAIL_SHOWN;
  for (const g of groupWarnings(plan)) {
    if (g.expected) {
      out.push(color.dim(`  ${g.line} (expected: settings.expectedWarnings)`));
      continue;
    }
    const shown = g.detail.slice(0, Math.max(0, budget));
    budget -= shown.length;
    if (shown.length === g.all.length) {
      for (const w of shown) out.push(color.yellow(`  ! ${warningText(w)}`));
      continue;
    }
    out.push(color.yellow(`  ! ${g.line} (skillops plan --verbose lists them)`));
    if (shown.length > 0) out.push(color.dim(`    in the queues this plan changes:`));
    // the group line says what; each line says where and who
    for (const w of shown) out.push(color.yellow(`    ${w.at && w.agent ? `${forTerminal(w.at)}  ${forTerminal(w.agent)} (${w.agentId})` : warningText(w)}`));
    if (g.detail.length > shown.length) out.push(color.dim(`    … and ${g.detail.length - shown.length} more there`));
  }
  return out;
}
