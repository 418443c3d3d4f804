// Markdown rendering of a plan for pull-request comments and job summaries.
import type { Plan } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMarkdown as escapeMarkdown, fenceFor, forJson, forMarkdownMessage, forCodeLine as forTerminal } from '../text/untrusted.js';
import { impactMarkdownLines } from './plan-impact.js';
import { agentText, changeDetail, pendingDetail, pendingLine, percent, SYMBOL, summaryLine, targetLine } from './plan-lines.js';
import { policyMarkdownLines } from './plan-policy.js';
import { groupWarnings } from './plan-warnings.js';

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

  out.push(...impactMarkdownLines(plan));
  flush();

  // Proportional to the change: only queues whose coverage changes or that are below their
  // minimum, then totals; the JSON plan holds every row
  const rows = plan.queues.filter(coverageMatters);
  out.push('', '### Coverage');
  if (rows.length > 0) out.push('', '| queue | active agents before → after | min |', '|---|---|---|');
  for (const q of rows) {
    const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
    const flag = activeAfter === 0 ? ' ⛔ **empty**' : activeAfter < minActiveAgents ? ' ⚠️ below minimum' : '';
    out.push(`| ${escapeMarkdown(q.skillName)} | ${activeBefore} → ${activeAfter}${flag} | ${minActiveAgents} |`);
  }
  const c = plan.coverage;
  const unchanged = plan.queues.length - rows.length;
  out.push(
    '',
    ...(unchanged > 0 ? [`${plural(unchanged, rows.length > 0 ? 'other queue' : 'queue')}: coverage unchanged and at or above minimum.`] : []),
    `Active agents with at least one skill: ${percent(c.withSkillBefore, c.activeAgents)} → ${percent(c.withSkillAfter, c.activeAgents)} (${c.withSkillBefore} → ${c.withSkillAfter} of ${c.activeAgents}).`,
    `Managed queues meeting minActiveAgents: ${c.queuesMeetingMinBefore}/${c.managedQueues} → ${c.queuesMeetingMinAfter}/${c.managedQueues}.`,
  );
  flush();
  if (plan.warnings.length > 0) out.push(...warningsMarkdown(plan));
  flush();
  out.push(`<sub>Every coverage row, warning and verdict: \`skillops plan --format json\` (or \`--verbose\`).</sub>`);
  flush();
  return blocks;
}

/** Rows of the coverage table: queues whose coverage changes or that are below their minimum. */
const coverageMatters = (q: Plan['queues'][number]) => {
  const { activeBefore, activeAfter, minActiveAgents } = q.coverage;
  return activeBefore !== activeAfter || activeAfter < minActiveAgents || (activeAfter === 0 && q.changes.length > 0);
};

/** Warnings in one collapsed section: a line per kind, then a capped list, the queues this plan
 *  changes first. */
function warningsMarkdown(plan: Plan): string[] {
  const groups = groupWarnings(plan);
  const attention = groups.filter((g) => !g.expected);
  const kinds = groups.map((g) => `${g.line}${g.expected ? ' (expected)' : ''}`).join('; ');
  const out = ['<details>', `<summary>⚠️ ${plural(plan.warnings.length, 'warning')}: ${kinds}</summary>`];
  const listed = [...attention.flatMap((g) => g.detail), ...attention.flatMap((g) => g.all.filter((w) => !g.detail.includes(w)))];
  if (listed.length > 0) {
    out.push('');
    for (const w of listed.slice(0, MD_WARNINGS_LISTED)) out.push(`- ${w.at ? `${escapeMarkdown(w.at)}: ` : ''}${forMarkdownMessage(w.message)}`);
    if (listed.length > MD_WARNINGS_LISTED) out.push('', `… and ${listed.length - MD_WARNINGS_LISTED} more (all of them in \`skillops plan --verbose\`).`);
  }
  out.push('', '</details>');
  return out;
}

/** Single warnings listed in the comment; the count lines above cover the rest. */
const MD_WARNINGS_LISTED = 10;

export const planMarkdown = (plan: Plan): string => `${planMarkdownBlocks(plan).join('\n\n')}\n`;

export const planJson = (plan: Plan): string => `${forJson(plan)}\n`;
