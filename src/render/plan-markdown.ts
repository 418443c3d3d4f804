// Markdown rendering of a plan for pull-request comments and job summaries.
import type { Plan } from '../domain/plan.js';
import { forMarkdown as escapeMarkdown, fenceFor, forJson, forMarkdownMessage, forCodeLine as forTerminal } from '../text/untrusted.js';
import { agentText, changeDetail, pendingDetail, pendingLine, percent, SYMBOL, summaryLine, targetLine } from './plan-lines.js';
import { policyMarkdownLines } from './plan-policy.js';

/** The plan as Markdown blocks (summary, policy, one per queue, coverage, warnings), so a
 * long plan can be split between comments at block boundaries. */
export function planMarkdownBlocks(plan: Plan): string[] {
  const blocks: string[] = [];
  let out: string[] = [];
  const flush = () => {
    if (out.length > 0) blocks.push(out.join('\n').replace(/^\n+|\n+$/g, ''));
    out = [];
  };
  // Our own wording (counts, dates, an IANA zone name): no untrusted text to escape
  out.push(`**${summaryLine(plan)}**`);
  const target = targetLine(plan);
  if (target) out.push('', escapeMarkdown(target));
  const pending = pendingLine(plan);
  if (pending) out.push('', pending);

  out.push(...policyMarkdownLines(plan));

  const shown = plan.queues.filter((q) => q.changes.length > 0 || q.pending.length > 0);
  if (shown.length > 0) out.push('', '### Changes by queue');
  flush();
  for (const q of shown) {
    const counts = (['add', 'update', 'remove'] as const)
      .map((a) => [a, q.changes.filter((c) => c.action === a).length] as const)
      .filter(([, n]) => n > 0)
      .map(([a, n]) => `${SYMBOL[a]}${n}`);
    if (q.pending.length > 0) counts.push(`${q.pending.length} pending`);
    const body: string[] = [];
    for (const c of q.changes) body.push(`${SYMBOL[c.action]} ${agentText(c, forTerminal)}  ${changeDetail(c)}`);
    for (const p of q.pending) body.push(`  ${agentText(p, forTerminal)}  pending ${pendingDetail(p)}`);
    const text = body.join('\n');
    const fence = fenceFor(text);
    out.push(
      '',
      '<details>',
      `<summary><b>${escapeMarkdown(q.skillName)}</b> (skill ${q.skillId}, <code>${escapeMarkdown(q.file)}</code>): ${counts.join(' ')}</summary>`,
      '',
      `${fence}diff`,
      text,
      fence,
      '',
      '</details>',
    );
    flush();
  }

  out.push('', '### Coverage', '', '| queue | active agents before → after | min |', '|---|---|---|');
  for (const q of plan.queues) {
    const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
    const flag = activeAfter === 0 ? ' ⛔ **empty**' : activeAfter < minActiveAgents ? ' ⚠️ below minimum' : '';
    out.push(`| ${escapeMarkdown(q.skillName)} | ${activeBefore} → ${activeAfter}${flag} | ${minActiveAgents} |`);
  }
  const c = plan.coverage;
  out.push(
    '',
    `Active agents with at least one skill: ${percent(c.withSkillBefore, c.activeAgents)} → ${percent(c.withSkillAfter, c.activeAgents)} (${c.withSkillBefore} → ${c.withSkillAfter} of ${c.activeAgents}).`,
    `Managed queues meeting minActiveAgents: ${c.queuesMeetingMinBefore}/${c.managedQueues} → ${c.queuesMeetingMinAfter}/${c.managedQueues}.`,
  );
  flush();
  if (plan.warnings.length > 0) {
    out.push('### Warnings');
    for (const w of plan.warnings) out.push(`- ${w.at ? `${escapeMarkdown(w.at)}: ` : ''}${forMarkdownMessage(w.message)}`);
  }
  flush();
  return blocks;
}

export const planMarkdown = (plan: Plan): string => `${planMarkdownBlocks(plan).join('\n\n')}\n`;

export const planJson = (plan: Plan): string => `${forJson(plan)}\n`;
