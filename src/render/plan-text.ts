// Terminal rendering of a plan, Terraform-style: + add, ~ change, - remove, grouped per queue.
import type { ChalkInstance } from 'chalk';
import { hasChanges, type Plan } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMessage, forTerminal } from '../text/untrusted.js';
import { agentText, changeDetail, pendingDetail, pendingLine, percent, SYMBOL, summaryLine, targetLine } from './plan-lines.js';
import { policyTextLines } from './plan-policy.js';

export function planText(plan: Plan, color: ChalkInstance): string {
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
    if (unchanged > 0) out.push(color.dim(`  ${plural(unchanged, 'other queue')}: coverage unchanged and at or above minimum`));
    const c = plan.coverage;
    out.push(
      `  Active agents with at least one skill: ${percent(c.withSkillBefore, c.activeAgents)} → ${percent(c.withSkillAfter, c.activeAgents)} (${c.withSkillBefore} → ${c.withSkillAfter} of ${c.activeAgents})`,
    );
    out.push(`  Managed queues meeting minActiveAgents: ${c.queuesMeetingMinBefore}/${c.managedQueues} → ${c.queuesMeetingMinAfter}/${c.managedQueues}`);
  }

  if (plan.warnings.length > 0) {
    out.push('', color.yellow.bold('Warnings'));
    for (const w of plan.warnings) out.push(color.yellow(`  ! ${w.at ? `${forTerminal(w.at)}: ` : ''}${forMessage(w.message)}`));
  }
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
  return `${out.filter((line, i) => line !== '' || (i > 0 && out[i - 1] !== '')).join('\n')}\n`;
}
