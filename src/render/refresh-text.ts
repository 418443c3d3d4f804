// What `skillops refresh` accepted from live CXone, as terminal text and as Markdown for the
// drift pull request: the plan in reverse, per queue, who changed what.
import type { ChalkInstance } from 'chalk';
import type { AssignmentState } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forMarkdown as escapeMarkdown, fenceFor, forTerminal } from '../text/untrusted.js';
import type { AcceptedChange, FileRefresh, RefreshResult } from '../use-cases/refresh/refresh-files.js';
import type { RefreshOutcome } from '../use-cases/refresh/refresh-queues.js';
import { fileDiff } from './file-diff.js';

const SYMBOL = { add: '+', update: '~', remove: '-' } as const;
const stateText = (s: AssignmentState) => `proficiency ${s.proficiency}${s.isActive ? '' : ', inactive'}`;

function acceptedDetail(c: AcceptedChange): string {
  if (c.action === 'add') return `${stateText(c.live!)} (assigned in CXone, not in the file)`;
  if (c.action === 'remove') return `was ${stateText(c.file!)} (no longer assigned in CXone)`;
  const parts: string[] = [];
  if (c.file!.proficiency !== c.live!.proficiency) parts.push(`proficiency ${c.file!.proficiency} → ${c.live!.proficiency}`);
  if (c.file!.isActive !== c.live!.isActive) parts.push(`active ${c.file!.isActive} → ${c.live!.isActive}`);
  return parts.join(', ');
}

/** Each untrusted part escaped on its own, so a long name is cut without hiding the id. */
const agentText = (c: { userName: string; name: string; agentId: number }, safe: (s: string) => string) =>
  `${safe(c.userName)} (${safe(c.name)}, ${c.agentId})`;

function counts(f: FileRefresh): string {
  return (['add', 'update', 'remove'] as const)
    .map((a) => [a, f.changes.filter((c) => c.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${SYMBOL[a]}${n}`)
    .join(' ');
}

function refreshLines(result: RefreshResult, color: ChalkInstance, verb: string): string {
  const out: string[] = [];
  for (const f of result.files) {
    out.push(`${verb} ${forTerminal(f.file)} (${forTerminal(f.skillName)}): ${counts(f)}`);
    for (const c of f.changes) {
      const paint = c.action === 'add' ? color.green : c.action === 'remove' ? color.red : color.yellow;
      out.push(paint(`  ${SYMBOL[c.action]} ${agentText(c, forTerminal)}  ${acceptedDetail(c)}`));
    }
  }
  if (result.leftAlone.length > 0) {
    out.push('', 'Left as written (the next apply acts on these):');
    for (const l of result.leftAlone) out.push(`  ${forTerminal(l.file)}: ${forTerminal(l.message)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function unmanagedLines(skills: RefreshResult['unmanagedSkills'], creating: boolean): string {
  if (skills.length === 0 || creating) return '';
  const names = skills
    .slice(0, 20)
    .map((s) => `"${forTerminal(s.skillName)}" (${s.skillId})`)
    .join(', ');
  return `\n${plural(skills.length, 'active CXone skill')} ${skills.length === 1 ? 'has' : 'have'} no queue file: ${names}${skills.length > 20 ? `, and ${skills.length - 20} more` : ''}.\nUse --create-missing to write them (or list them in settings.exclude).\n`;
}

/** Markdown for the drift pull request body: per queue, what the hand changes were. */
export function refreshMarkdown(result: RefreshResult): string {
  const total = result.files.reduce((n, f) => n + f.changes.length, 0);
  const out: string[] = [`**Accept ${plural(total, 'live change')} into ${plural(result.files.length, 'queue file')}.**`, ''];
  for (const f of result.files) {
    const body = f.changes.map((c) => `${SYMBOL[c.action]} ${agentText(c, forTerminal)}  ${acceptedDetail(c)}`).join('\n');
    const fence = fenceFor(body);
    out.push(
      '<details open>',
      `<summary><b>${escapeMarkdown(f.skillName)}</b> (skill ${f.skillId}, <code>${escapeMarkdown(f.file)}</code>): ${counts(f)}</summary>`,
      '',
      `${fence}diff`,
      body,
      fence,
      '',
      '</details>',
      '',
    );
  }
  if (result.leftAlone.length > 0) {
    out.push('**Left as written** (the next apply acts on these):', '');
    for (const l of result.leftAlone) out.push(`- <code>${escapeMarkdown(l.file)}</code>: ${escapeMarkdown(l.message)}`);
    out.push('');
  }
  return out.join('\n');
}

const NO_CHANGES = 'No changes. The queue files already describe live CXone.\n';

function skippedLines(outcome: RefreshOutcome): string {
  return outcome.skipped.map((s) => `skipped ${forTerminal(s.file)}: the file exists but does not manage skill "${forTerminal(s.skill.skillName)}"\n`).join('');
}

/** `refresh --diff`: what would change, as unified diffs, writing nothing. */
export function refreshDiffText(outcome: RefreshOutcome, color: ChalkInstance): string {
  const { result, created } = outcome;
  const out = [skippedLines(outcome)];
  for (const f of result.files) out.push(`${fileDiff(f.file, f.before, f.after, color)}\n`);
  for (const c of created) out.push(`${fileDiff(c.file, '', c.text, color)}\n`);
  out.push(refreshLines(result, color, 'would update'));
  for (const c of created) out.push(`would write ${forTerminal(c.file)} (${plural(c.agents, 'agent')})\n`);
  out.push(unmanagedLines(result.unmanagedSkills, outcome.createMissing));
  if (result.files.length + created.length === 0) out.push(NO_CHANGES);
  return out.join('');
}

/** `refresh`: what was written. */
export function refreshWrittenText(outcome: RefreshOutcome, color: ChalkInstance): string {
  const { result, created } = outcome;
  const out = [skippedLines(outcome), refreshLines(result, color, 'updated')];
  for (const c of created) out.push(`wrote ${forTerminal(c.file)} (${plural(c.agents, 'agent')})\n`);
  out.push(unmanagedLines(result.unmanagedSkills, outcome.createMissing));
  const files = result.files.length + created.length;
  if (files === 0) return out.join('') + NO_CHANGES;
  const changes = result.files.reduce((n, f) => n + f.changes.length, 0);
  const next = result.leftAlone.length > 0 ? 'only the entries left as written' : 'no changes';
  out.push(
    `\nRefreshed ${plural(files, 'file')} (${plural(changes, 'change')} accepted from CXone). Review with \`git diff\`; \`skillops plan\` should now show ${next}.\n`,
  );
  return out.join('');
}
