// What an analyst edit (assign, unassign, move, import --csv) changed: a unified diff per file,
// then one summary line; early warnings and notes for standard error.
import type { ChalkInstance } from 'chalk';
import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';
import type { EditOutcome } from '../use-cases/edit/edit-types.js';
import { fileDiff } from './file-diff.js';

/** Most changed entries shown as diffs; the files after them are only named. */
const DIFF_CHANGES_SHOWN = 500;

export function editText(outcome: EditOutcome, color: ChalkInstance): string {
  const { files } = outcome;
  if (files.length === 0) return 'No changes: the queue files already say so.\n';
  // a diff of thousands of entries helps nobody in a terminal (and takes seconds to compute):
  // files beyond the first few hundred changed entries are named, `git diff` shows them
  let shownChanges = 0;
  const shown = files.filter((f) => {
    shownChanges += f.changes.length;
    return f === files[0] || shownChanges <= DIFF_CHANGES_SHOWN;
  });
  const rest = files.slice(shown.length);
  const more =
    rest.length === 0
      ? ''
      : `\n\n${plural(rest.length, 'more file')} changed (git diff shows them):\n${rest.map((f) => `  ${forTerminal(f.file, 400)} (${plural(f.changes.length, 'change')})`).join('\n')}`;
  const diffs = shown.map((f) => fileDiff(f.file, f.before, f.after, color)).join('\n') + more;
  const count = (a: 'add' | 'update' | 'remove') => files.reduce((n, f) => n + f.changes.filter((c) => c.action === a).length, 0);
  const parts = [
    [count('add'), 'added'],
    [count('update'), 'updated'],
    [count('remove'), 'removed'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${n === 1 ? 'entry' : 'entries'} ${w}`);
  const where = plural(files.length, 'file');
  const verb = outcome.written ? 'wrote' : 'would write (--dry-run: nothing written)';
  const pr = outcome.pullRequest;
  const next = pr
    ? `Opened pull request #${pr.number} (${forTerminal(pr.branch, 200)} into ${forTerminal(pr.base, 200)})${pr.url ? `: ${forTerminal(pr.url, 400)}` : ''}. CXone changes only when it is merged.`
    : 'CXone is not changed: commit, open a pull request and review its plan.';
  return `${diffs.trimEnd()}\n\n${outcome.command}: ${parts.join(', ')}; ${verb} ${where}. ${next}\n`;
}

/** Early warnings and notes, one a line. */
export function editWarnings(outcome: EditOutcome, color: ChalkInstance): string {
  return [
    ...outcome.notes.map((n) => `${forTerminal(n, 2_000)}\n`),
    ...outcome.warnings.map((w) => `${color.yellow('Warning:')} ${forTerminal(w, 2_000)}\n`),
  ].join('');
}
