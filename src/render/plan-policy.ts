// The policy section of a plan: every rule's verdict (queue or agent, rule, before → after) and
// the change window, in words shared by the terminal and the pull-request comment.
import type { ChalkInstance } from 'chalk';
import type { ChangeWindowStatus, Plan, PolicyVerdict } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMarkdown as escapeMarkdown, forMarkdownMessage, forMessage, forTerminal } from '../text/untrusted.js';

const ORDER = { refused: 0, forced: 1, warning: 2, ok: 3 } as const;
const LABEL = { refused: 'REFUSED', forced: 'FORCED', warning: 'warning', ok: 'ok' } as const;
const ICON = { refused: '✗', forced: '!', warning: '!', ok: '✓' } as const;
const EMOJI = { refused: '⛔', forced: '⚠️', warning: '⚠️', ok: '✅' } as const;
/** ok verdicts listed in the terminal before the rest are counted instead. */
const OK_SHOWN = 20;
/** Rows in the pull-request comment, which has a size limit: the JSON plan holds them all. */
const MD_ATTENTION_ROWS = 100;

const verdictScope = (v: PolicyVerdict): string =>
  v.queue && v.agent ? `${v.agent} on ${v.queue}` : (v.queue ?? v.agent ?? (v.rule === 'maxActiveSkills' ? 'all agents' : 'all queues'));

/** "3 → 1" for counts; "2 of 40 (5.0%)" for thresholds. */
function verdictMeasure(v: PolicyVerdict): string {
  // live-impact rules count agents logged in now, not shares of assignments
  if (v.rule.startsWith('live') && v.note?.startsWith('not judged')) return 'no real-time figures';
  if (v.rule === 'liveMinLoggedIn') return `${v.before} → ${v.after} logged in`;
  if (v.rule === 'liveMaxLoggedInRemoved') return `${v.after} of ${v.before} logged in`;
  if (v.kind === 'threshold') return v.before === 0 ? `${v.after} of 0` : `${v.after} of ${v.before} (${((100 * v.after) / v.before).toFixed(1)}%)`;
  return `${v.before} → ${v.after}`;
}

function policyHeadline(plan: Plan): string {
  const verdicts = plan.policy.verdicts;
  const count = (k: PolicyVerdict['verdict']) => verdicts.filter((v) => v.verdict === k).length;
  const parts = [`${count('ok')} ok`, `${count('warning')} warning${count('warning') === 1 ? '' : 's'}`];
  if (count('forced') > 0) parts.push(`${count('forced')} forced`);
  if (count('refused') > 0) parts.push(`${count('refused')} refused`);
  const state = !plan.policy.ok ? 'REFUSED' : plan.policy.forced ? 'passed with overrides (--force)' : 'passed';
  return `Policy: ${state} (${parts.join(', ')})`;
}

function windowLine(w: ChangeWindowStatus): string {
  if (w.open) return `Change window: open${w.closesAtLocal ? ` until ${w.closesAtLocal} ${w.timeZone}` : ''}.`;
  const next = w.nextOpenLocal ? ` Next window opens ${w.nextOpenLocal} ${w.timeZone} (${w.nextOpen}).` : ' No window opens within a year.';
  return `Change window: CLOSED, ${w.reason ?? 'closed'}. apply refuses until then unless --force-window --reason is given.${next}`;
}

const sorted = (verdicts: PolicyVerdict[]) => [...verdicts].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);

export function policyTextLines(plan: Plan, color: ChalkInstance): string[] {
  const verdicts = plan.policy.verdicts;
  const out: string[] = [];
  if (verdicts.length > 0) {
    const paint = { refused: color.red, forced: color.yellow, warning: color.yellow, ok: (s: string) => s } as const;
    out.push('', (plan.policy.ok ? (plan.policy.forced ? color.yellow.bold : color.bold) : color.red.bold)(policyHeadline(plan)));
    const all = sorted(verdicts);
    const shown = all.filter((v, i) => v.verdict !== 'ok' || i - all.findIndex((x) => x.verdict === 'ok') < OK_SHOWN);
    for (const v of shown) {
      const note = v.note ? ` (${v.note})` : '';
      out.push(
        paint[v.verdict](
          `  ${ICON[v.verdict]} ${LABEL[v.verdict].padEnd(7)} ${forTerminal(verdictScope(v))} · ${v.rule}: ${forTerminal(v.requirement)}; ${verdictMeasure(v)}${forTerminal(note)}`,
        ),
      );
    }
    if (shown.length < all.length) out.push(color.dim(`  … and ${all.length - shown.length} more rules ok (all of them in --format json)`));
  }
  if (plan.policy.window) {
    const w = plan.policy.window;
    out.push('', (w.open ? (s: string) => s : color.yellow.bold)(forMessage(windowLine(w))));
  }
  return out;
}

export function policyMarkdownLines(plan: Plan): string[] {
  const verdicts = plan.policy.verdicts;
  const out: string[] = [];
  if (verdicts.length > 0) {
    const icon = !plan.policy.ok ? '⛔' : plan.policy.forced ? '⚠️' : '✅';
    out.push('', `${icon} **${escapeMarkdown(policyHeadline(plan))}**`);
    const row = (v: PolicyVerdict) =>
      `| ${EMOJI[v.verdict]} ${LABEL[v.verdict]} | ${escapeMarkdown(verdictScope(v))} | ${v.rule} | ${escapeMarkdown(v.requirement)}${v.note ? ` (${escapeMarkdown(v.note)})` : ''} | ${escapeMarkdown(verdictMeasure(v))} |`;
    const header = ['| verdict | queue / agent | rule | requirement | before → after |', '|---|---|---|---|---|'];
    const all = sorted(verdicts);
    const attention = all.filter((v) => v.verdict !== 'ok');
    const ok = all.filter((v) => v.verdict === 'ok');
    const more = (n: number, what: string) => (n > 0 ? ['', `… and ${n} more ${what} (all of them in \`skillops plan --format json\`).`] : []);
    if (attention.length > 0)
      out.push('', ...header, ...attention.slice(0, MD_ATTENTION_ROWS).map(row), ...more(attention.length - MD_ATTENTION_ROWS, 'verdicts that need attention'));
    // passed rules are counted, not listed: the JSON plan holds every verdict
    if (ok.length > 0) out.push('', attention.length === 0 ? `All ${plural(ok.length, 'rule')} passed.` : `The other ${plural(ok.length, 'rule')} passed.`);
  }
  if (plan.policy.window) out.push('', `${plan.policy.window.open ? '🕒' : '⛔'} ${forMarkdownMessage(windowLine(plan.policy.window))}`);
  return out;
}
