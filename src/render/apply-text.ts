// Rendering of an apply outcome (pure): the terminal report, what goes to stderr when the record
// could not be kept, and the job summary. The use case is src/apply/run-apply.ts.
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ApplyOutcome, FinishedApply } from '../apply/apply-types.js';
import { printable } from './printable.js';

export interface ApplyTextOptions {
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
  const { counts, verification, webhook, interrupted, plan } = outcome;
  const out: string[] = [];
  out.push(`\n${color.bold(`Apply ${interrupted ? 'interrupted' : 'complete'}: ${counts.applied} applied, ${counts.failed} failed, ${counts.notAttempted} not attempted.`)}\n`);
  out.push(overrideText(outcome, color));
  const failures = outcome.results.filter((r) => r.status !== 'applied');
  if (failures.length > 0) {
    out.push(color.red.bold('\nNot applied:\n'));
    for (const f of failures) {
      const q = plan.queues.find((x) => x.skillId === f.change.skillId);
      out.push(color.red(`  ${f.change.action.padEnd(6)} ${printable(q?.skillName ?? String(f.change.skillId))} / ${printable(f.change.userName)} (${f.change.agentId}): ${printable(f.error ?? f.status)}\n`));
    }
  }
  if ('unexpected' in verification && verification.unexpected.length > 0) {
    out.push(color.red.bold('\nVerification found differences nobody reported:\n'));
    for (const u of verification.unexpected) out.push(color.red(`  ${printable(u)}\n`));
  } else if ('skipped' in verification && !interrupted) {
    out.push(color.red(`Not verified: ${printable(verification.skipped ?? '')}\n`));
  } else if (!interrupted) {
    out.push(`Verified: ${verification.ok ? 'live CXone now matches skills/' : 'live CXone differs only by the failures above'} (${'checkedSkills' in verification ? verification.checkedSkills : 0} skills re-read).\n`);
  }
  out.push(`Webhook: ${webhook.delivered ? `delivered to ${webhook.url}` : webhook.skipped ? `skipped (${webhook.skipped})` : `FAILED (${webhook.error}); recorded in the audit record`}\n`);
  if (outcome.audit.written) {
    const shown = path.relative(cwd, outcome.audit.path);
    out.push(`Audit record: ${shown && !shown.startsWith('..') ? shown : outcome.audit.path}\n`);
  }
  if (failures.length > 0 && !interrupted) out.push('Run `skillops apply` again after fixing the cause: it plans from live state, so it converges.\n');
  if (outcome.commit?.committed) {
    const c = outcome.commit;
    out.push(`Audit record committed to ${c.branch} as ${c.path} (${c.sha.slice(0, 7)}${c.attempts > 1 ? `, after ${c.attempts} attempts: the branch moved meanwhile` : ''}).\n`);
  }
  return out.join('');
}

/** What --force / --force-window let pass, with the reason the audit record keeps. */
export function overrideText(outcome: FinishedApply, color: ChalkInstance): string {
  const policy = outcome.record.policy;
  const overridden = [policy?.forced ? 'safety thresholds' : '', policy?.window?.forced ? 'the change window' : ''].filter(Boolean);
  if (!policy || overridden.length === 0) return '';
  return color.yellow(`Overrode ${overridden.join(' and ')}: ${printable(policy.reason ?? '(no reason)')} (kept in the audit record)\n`);
}

/** For stderr when the record could not be written: the record itself, so nothing is lost. */
export function auditNotWrittenText(outcome: FinishedApply): string {
  if (outcome.audit.written) return '';
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
    `${counts.applied} applied, ${counts.failed} failed, ${counts.notAttempted} not attempted; verification ${verification.ok ? 'passed' : 'did not pass'}; webhook ${webhook.delivered ? 'delivered' : webhook.skipped ? 'skipped' : 'failed'}.`,
    ...(commitFailed || failures ? ['', '<details><summary>Audit record</summary>', '', '```json', JSON.stringify(record, null, 2), '```', '', '</details>'] : []),
  ].join('\n');
}
