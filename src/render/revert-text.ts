// What `skillops revert` did, for the terminal: per file, each row of the audit record and what
// became of it, then the diff to review and the next steps.
import type { ChalkInstance } from 'chalk';
import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';
import type { RevertOutcome } from '../use-cases/revert/revert-run.js';
import { fileDiff } from './file-diff.js';

export function revertText(outcome: RevertOutcome, color: ChalkInstance, options: { diff?: boolean } = {}): string {
  const out: string[] = [];
  const r = outcome.record;
  out.push(`Reverting the apply of ${r.startedAt}${r.commit ? ` (commit ${r.commit.slice(0, 7)})` : ''}, outcome ${r.outcome}: ${forTerminal(r.file)}`, '');
  const paint = { reverted: color.green, reset: color.cyan, kept: color.dim, conflict: color.red } as const;
  for (const item of outcome.items) {
    const row = item.row;
    const where = item.file ? `${forTerminal(item.file)}: ` : '';
    out.push(
      paint[item.status](
        `  ${item.status.padEnd(8)} ${row.action.padEnd(6)} ${forTerminal(row.skillName)} / ${forTerminal(row.userName)} (${row.agentId}): ${where}${forTerminal(item.detail)}`,
      ),
    );
  }
  const count = (s: string) => outcome.items.filter((i) => i.status === s).length;
  out.push(
    '',
    color.bold(
      `${count('reverted')} reverted, ${count('reset')} reset, ${count('kept')} kept, ${count('conflict')} ${count('conflict') === 1 ? 'conflict' : 'conflicts'}; ${plural(outcome.files.length, 'file')} ${outcome.written ? 'written' : 'would change (--dry-run)'}.`,
    ),
  );
  if (options.diff || !outcome.written) for (const f of outcome.files) out.push('', fileDiff(f.file, f.before, f.after, color));
  if (outcome.files.length > 0) {
    out.push(
      '',
      outcome.written
        ? 'Next: review with `git diff`, run `skillops plan` (it shows exactly the inverse of what the run applied), and open a pull request.'
        : 'Nothing was written (--dry-run).',
    );
  }
  if (count('conflict') > 0) out.push(color.red('Rows marked conflict were left alone: edit those files by hand.'));
  return `${out.join('\n')}\n`;
}
