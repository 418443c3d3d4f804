// The live-impact section of a plan: per changed queue, agents logged in before → after, of
// them available and working, contacts waiting, the longest wait, service level against its
// goal, recent performance, and the logged-in agents the plan takes off the queue. CXone's
// names and states are untrusted: escaped for each sink.
import type { ChalkInstance } from 'chalk';
import type { AgentOut, Figure, QueueImpact } from '../domain/live-impact.js';
import { hasChanges, type Plan } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMarkdown as escapeMarkdown, forMarkdownMessage, forMessage, forTerminal } from '../text/untrusted.js';

/** 45s, 2m 05s, 1h 03m. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

const fig = (f: Figure) => (f.before === f.after ? String(f.before) : `${f.before} → ${f.after}`);
const serviceText = (q: QueueImpact) =>
  q.serviceLevel === undefined ? '' : `${q.serviceLevel}%${q.serviceLevelGoal !== undefined ? ` (goal ${q.serviceLevelGoal}%)` : ''}`;
const recentText = (q: QueueImpact) =>
  q.recent ? `${q.recent.serviceLevel !== undefined ? `${q.recent.serviceLevel}%, ` : ''}${plural(q.recent.contactsHandled, 'contact')} handled` : '';
const outText = (a: AgentOut, safe: (s: string) => string) => `${safe(a.userName)} (${safe(a.state)}${a.onThisQueue ? ', on a contact of this queue' : ''})`;

export function impactTextLines(plan: Plan, color: ChalkInstance): string[] {
  const impact = plan.impact;
  // live impact is about changes: a plan without any has nothing to say here, not even why
  if (!impact || !hasChanges(plan)) return [];
  if (!impact.available) return ['', color.yellow(`Live impact unavailable: ${forMessage(impact.reason)}`)];
  if (impact.queues.length === 0) return [];
  const days = impact.recentUnavailable ? 0 : (impact.lookbackDays ?? 0);
  const out = ['', color.bold(`Live impact now (CXone real-time${days ? `; last ${plural(days, 'day')}` : ''})`)];
  for (const q of impact.queues) {
    const waiting =
      q.contactsInQueue > 0
        ? `${plural(q.contactsInQueue, 'contact')} waiting${q.longestWaitSeconds !== undefined ? `, longest ${waitText(q.longestWaitSeconds)}` : ''}`
        : 'no contacts waiting';
    const parts = [
      `logged in ${fig(q.loggedIn)} (available ${fig(q.available)}, working ${fig(q.working)})`,
      waiting,
      ...(serviceText(q) ? [`service level ${serviceText(q)}`] : []),
      ...(q.recent ? [`last ${plural(days, 'day')}: ${recentText(q)}`] : []),
    ];
    const line = `  ${forTerminal(q.skillName)}: ${parts.join('; ')}`;
    const risky = q.loggedIn.after < q.loggedIn.before && q.contactsInQueue > 0;
    out.push(risky ? color.red(line) : line);
    if (q.agentsOut.length > 0) out.push(color.red(`    logged in now and taken off: ${q.agentsOut.map((a) => outText(a, forTerminal)).join(', ')}`));
  }
  if (impact.recentUnavailable) out.push(color.dim(`  Recent performance unavailable: ${forMessage(impact.recentUnavailable)}`));
  return out;
}

export function impactMarkdownLines(plan: Plan): string[] {
  const impact = plan.impact;
  if (!impact || !hasChanges(plan)) return [];
  if (!impact.available) return ['', `⚠️ Live impact unavailable: ${forMarkdownMessage(impact.reason)}`];
  if (impact.queues.length === 0) return [];
  const days = impact.recentUnavailable ? 0 : (impact.lookbackDays ?? 0);
  const recent = days ? ` last ${plural(days, 'day')} |` : '';
  const out = [
    '',
    '### Live impact now',
    '',
    `| queue | logged in | available | working | waiting | longest wait | service level |${recent}`,
    `|---|---|---|---|---|---|---|${days ? '---|' : ''}`,
  ];
  for (const q of impact.queues) {
    const flag = q.loggedIn.after < q.loggedIn.before && q.contactsInQueue > 0 ? ' ⚠️' : '';
    const cells = [
      escapeMarkdown(q.skillName),
      `${fig(q.loggedIn)}${flag}`,
      fig(q.available),
      fig(q.working),
      String(q.contactsInQueue),
      q.contactsInQueue > 0 && q.longestWaitSeconds !== undefined ? waitText(q.longestWaitSeconds) : '–',
      serviceText(q) || '–',
      ...(days ? [recentText(q) || '–'] : []),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const out2 = impact.queues.filter((q) => q.agentsOut.length > 0);
  if (out2.length > 0) {
    out.push('', 'Logged in now and taken off by this plan:');
    for (const q of out2) out.push(`- **${escapeMarkdown(q.skillName)}**: ${q.agentsOut.map((a) => outText(a, escapeMarkdown)).join(', ')}`);
  }
  if (impact.recentUnavailable) out.push('', `Recent performance unavailable: ${forMarkdownMessage(impact.recentUnavailable)}`);
  return out;
}
