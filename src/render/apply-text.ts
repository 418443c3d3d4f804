// Rendering of an apply outcome (pure): the terminal report, what goes to stderr when the record
// could not be kept, and the job summary. The use case is src/use-cases/apply/run-apply.ts.
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { UnfinishedRun } from '../audit/journal.js';
import type { Plan } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { shownPath } from '../text/shown-path.js';
import { forTerminal } from '../text/untrusted.js';
import type { ApplyOutcome, FinishedApply } from '../use-cases/apply/apply-types.js';

/** Failed or unknown items listed one by one before the rest is left to the audit record. */
const MAX_LISTED = 50;
/** Queues listed with their count of changes never sent. */
const MAX_QUEUES = 20;

interface ApplyTextOptions {
  color: ChalkInstance;
  /** Paths are shown relative to this directory when inside it. */
  cwd: string;
}

/** The stdout report of an apply run. */
export function applyText(outcome: ApplyOutcome, { color, cwd }: ApplyTextOptions): string {
  if (outcome.status === 'no-changes') {
    return `${outcome.source === 'saved' ? 'No changes. Live CXone matches skills/.\n' : ''}Nothing to apply; no audit record written.\n`;
  }
  if (outcome.status === 'cancelled') return 'Apply cancelled. Nothing was changed.\n';
  if (outcome.status === 'stopped') {
    const where = outcome.phase === 'read' ? 'while reading live CXone' : 'before confirmation';
    const kept = outcome.audit?.written ? `Audit record: ${shownPath(outcome.audit.path, cwd)}\n` : '';
    return `Apply stopped by ${outcome.signal} ${where}. Nothing was changed.\n${kept}`;
  }
  const { counts, verification, webhook, interrupted, plan } = outcome;
  const out: string[] = [];
  out.push(
    `\n${color.bold(`Apply ${interrupted ? 'interrupted' : 'complete'}: ${counts.applied} applied, ${counts.failed} failed, ${counts.unknown > 0 ? `${counts.unknown} unknown (sent, no answer before shutdown), ` : ''}${counts.notAttempted} not attempted.`)}\n`,
  );
  out.push(overrideText(outcome, color));
  const failures = outcome.results.filter((r) => r.status !== 'applied');
  const skillName = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  // Failed and unknown items each need a look: listed one by one (up to a screenful; the audit
  // record has every one). Items never sent only need the re-run: counted per queue.
  const listed = failures.filter((r) => r.status !== 'not-attempted');
  if (listed.length > 0) {
    out.push(color.red.bold('\nNot applied:\n'));
    for (const f of listed.slice(0, MAX_LISTED)) {
      out.push(
        color.red(
          `  ${f.change.action.padEnd(6)} ${forTerminal(skillName.get(f.change.skillId) ?? String(f.change.skillId))} / ${forTerminal(f.change.userName)} (${f.change.agentId}): ${forTerminal(f.error ?? f.status)}\n`,
        ),
      );
    }
    if (listed.length > MAX_LISTED) out.push(color.red(`  … and ${listed.length - MAX_LISTED} more; every one is in the audit record\n`));
  }
  const unsent = new Map<number, number>();
  for (const f of failures) if (f.status === 'not-attempted') unsent.set(f.change.skillId, (unsent.get(f.change.skillId) ?? 0) + 1);
  if (unsent.size > 0) {
    const rows = [...unsent].sort((a, b) => b[1] - a[1]);
    out.push(
      color.yellow(
        `\nNot attempted (never sent; the next apply plans them again): ${plural(counts.notAttempted, 'change')} in ${plural(unsent.size, 'queue')}\n`,
      ),
    );
    for (const [skillId, n] of rows.slice(0, MAX_QUEUES)) out.push(color.yellow(`  ${forTerminal(skillName.get(skillId) ?? String(skillId))}: ${n}\n`));
    if (rows.length > MAX_QUEUES) out.push(color.yellow(`  … and ${rows.length - MAX_QUEUES} more queues\n`));
  }
  if ('unexpected' in verification && verification.unexpected.length > 0) {
    out.push(color.red.bold('\nVerification found differences nobody reported:\n'));
    for (const u of verification.unexpected) out.push(color.red(`  ${forTerminal(u)}\n`));
  } else if ('skipped' in verification && !interrupted) {
    out.push(color.red(`Not verified: ${forTerminal(verification.skipped ?? '')}\n`));
  } else if (!interrupted) {
    const reread = plural('checkedSkills' in verification ? verification.checkedSkills : 0, 'skill');
    out.push(
      `Verified: ${failures.length === 0 && verification.ok ? 'live CXone now matches skills/' : `live CXone differs from skills/ only by the ${plural(failures.length, 'failure')} above`} (${reread} re-read).\n`,
    );
  }
  out.push(
    `Webhook: ${webhook.delivered ? `delivered to ${webhook.url}` : webhook.skipped ? `skipped (${webhook.skipped})` : `FAILED (${webhook.error}); recorded in the audit record`}\n`,
  );
  if (outcome.audit.written) out.push(`Audit record: ${shownPath(outcome.audit.path, cwd)}\n`);
  if (failures.length > 0 && !interrupted) out.push('Run `skillops apply` again after fixing the cause: it plans from live state, so it converges.\n');
  if (outcome.commit?.committed) {
    const c = outcome.commit;
    out.push(
      `Audit record committed to ${c.branch} as ${c.path} (${c.sha.slice(0, 7)}${c.attempts > 1 ? `, after ${c.attempts} attempts: the branch moved meanwhile` : ''}).\n`,
    );
  }
  return out.join('');
}

/** What --force / --force-window let pass, with the reason the audit record keeps. */
function overrideText(outcome: FinishedApply, color: ChalkInstance): string {
  const policy = outcome.record.policy;
  const overridden = [policy.forced ? 'safety thresholds' : '', policy.window?.forced ? 'the change window' : ''].filter(Boolean);
  if (overridden.length === 0) return '';
  return color.yellow(`Overrode ${overridden.join(' and ')}: ${forTerminal(policy.reason ?? '(no reason)')} (kept in the audit record)\n`);
}

/** For stderr, before anything else: earlier runs that were killed, and what they left unknown. */
export function unfinishedRunsText(runs: UnfinishedRun[], auditDir: string, cwd: string): string {
  if (runs.length === 0) return '';
  const lines = [
    `Found ${runs.length} earlier ${runs.length === 1 ? 'apply' : 'applies'} that did not finish (killed?); live CXone is read again, so this run converges over ${runs.length === 1 ? 'it' : 'them'}:`,
  ];
  for (const r of runs) {
    const unknown = r.unknown > 0 ? `, ${r.unknown} UNKNOWN (outcome not recorded)` : '';
    lines.push(
      `  ${shownPath(path.join(auditDir, r.journal), cwd)}: started ${r.startedAt} by ${forTerminal(r.actor)}${r.stopping ? `, was stopping (${forTerminal(r.stopping)})` : ''}; ` +
        `${r.intended} intended: ${r.applied} applied, ${r.failed} failed${unknown}, ${r.notSent} not sent`,
    );
  }
  lines.push('This run links them in its audit record.');
  return `${lines.join('\n')}\n`;
}

/** For stderr when the record could not be written: the record itself, so nothing is lost. */
export function auditNotWrittenText(outcome: FinishedApply | Extract<ApplyOutcome, { status: 'stopped' }>): string {
  if (!outcome.audit || outcome.audit.written) return '';
  return `Could not write the audit record under ${outcome.audit.directory} (${outcome.audit.error}); here it is:\n${JSON.stringify(outcome.record, null, 2)}\n`;
}

/** For stderr when committing the record to the repository failed. */
export function auditCommitFailedText(outcome: FinishedApply): string {
  if (!outcome.commit || outcome.commit.committed) return '';
  const kept = outcome.audit.written ? `${outcome.audit.path}, ` : '';
  return `The audit record could not be committed (${outcome.commit.error}). The changes above WERE applied; the record is kept in ${kept}the job summary and the workflow artifact (exit code 3).\n`;
}

/** The job summary (Markdown) of a finished run; the full record when something went wrong. */
export function applySummaryMarkdown(outcome: FinishedApply): string {
  const { counts, verification, webhook, record } = outcome;
  const failures = outcome.results.some((r) => r.status !== 'applied');
  const commitFailed = outcome.commit !== undefined && !outcome.commit.committed;
  return [
    `### skillops apply: ${record.outcome}`,
    '',
    `${counts.applied} applied, ${counts.failed} failed, ${counts.unknown > 0 ? `${counts.unknown} unknown, ` : ''}${counts.notAttempted} not attempted; verification ${verification.ok ? 'passed' : 'did not pass'}; webhook ${webhook.delivered ? 'delivered' : webhook.skipped ? 'skipped' : 'failed'}.`,
    ...(outcome.audit.written ? [] : ['', `**The audit record could not be written (${outcome.audit.error}); it is below.**`]),
    ...(commitFailed || failures || !outcome.audit.written
      ? ['', '<details><summary>Audit record</summary>', '', '```json', JSON.stringify(record, null, 2), '```', '', '</details>']
      : []),
  ].join('\n');
}

/** The tenant the prompt names, so nobody says "yes" to the wrong one. */
export function tenantOf(plan: Plan): string {
  const origin = plan.origin;
  const where = [origin?.tenantId ? `tenant ${forTerminal(origin.tenantId)}` : undefined, origin?.apiBase ? forTerminal(origin.apiBase) : undefined]
    .filter(Boolean)
    .join(' at ');
  return `CXone${where ? ` (${where})` : ''}`;
}
