// Rendering of `skillops import` (pure): the report people read, and the stable JSON document
// (`skillops-import/1`, schemas/import-output.schema.json) for scripts.
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';
import type { ImportDiff, ImportOutcome } from '../use-cases/import/import-queues.js';
import type { ImportedFile } from '../use-cases/import/write-imported-files.js';
import { fileDiff } from './file-diff.js';

const IMPORT_OUTPUT_FORMAT = 'skillops-import/1';

export function importText(outcome: ImportOutcome, cwd: string): string {
  const shown = (p: string) => forTerminal(path.relative(cwd, p) || p);
  const out: string[] = [];
  for (const f of outcome.files) {
    if (f.action === 'unchanged') continue;
    if (f.reason === 'managed-by-another-file')
      out.push(`skipped ${shown(f.file)}: skill "${forTerminal(f.skillName)}" is already managed by ${forTerminal(f.owner ?? '')}`);
    else if (f.reason === 'exists-and-differs')
      out.push(
        `skipped ${shown(f.file)}: the file exists and differs (\`skillops refresh\` accepts the live changes in place; --force overwrites; --diff shows how)`,
      );
    else out.push(`${f.action === 'written' ? 'wrote' : 'overwrote'} ${shown(f.file)} (${plural(f.assignments, 'agent')})`);
  }
  if (outcome.settingsWritten) out.push(`wrote ${shown(outcome.settingsWritten)} (defaults; set cxone.tenantId and timeZone)`);
  const count = (action: ImportedFile['action']) => outcome.files.filter((f) => f.action === action).length;
  const written = outcome.files.filter((f) => f.action === 'written' || f.action === 'overwritten');
  out.push(
    '',
    `Imported ${plural(outcome.skills, 'skill')}: ${written.length} written (${written.reduce((n, f) => n + f.assignments, 0)} assignments), ${count('unchanged')} unchanged, ${count('skipped')} skipped.`,
  );
  if (outcome.inactive.count > 0) {
    out.push(
      outcome.inactive.included
        ? `Included ${plural(outcome.inactive.count, 'inactive skill')}.`
        : `Left out ${plural(outcome.inactive.count, 'inactive skill')} (use --include-inactive to import them).`,
    );
  }
  out.push('Assignments of agents who are inactive in CXone are kept, marked "inactive in CXone", so the first plan shows no changes.');
  out.push('Next: `skillops plan` should report no changes.');
  return `${out.join('\n')}\n`;
}

export function importJson(outcome: ImportOutcome, cwd: string): string {
  const relative = (p: string) => path.relative(cwd, p) || p;
  const document = {
    format: IMPORT_OUTPUT_FORMAT,
    skills: outcome.skills,
    inactiveSkills: outcome.inactive,
    files: outcome.files.map((f) => ({ ...f, file: relative(f.file) })),
    ...(outcome.settingsWritten ? { settingsWritten: relative(outcome.settingsWritten) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `import --diff`: a unified diff per file that differs, then one summary line. */
export function importDiffText(diff: ImportDiff, cwd: string, color: ChalkInstance): string {
  const shown = (p: string) => path.relative(cwd, p) || p;
  const out: string[] = [];
  const counts = { differ: 0, unchanged: 0, skipped: 0 };
  for (const e of diff.entries) {
    if (e.kind === 'unchanged') {
      counts.unchanged++;
    } else if (e.kind === 'skipped') {
      out.push(`skipped ${forTerminal(shown(e.file))}: skill "${forTerminal(e.skillName)}" is already managed by ${forTerminal(e.owner)}\n`);
      counts.skipped++;
    } else if (e.kind === 'new') {
      out.push(`would write ${forTerminal(shown(e.file))} (${plural(e.agents, 'agent')})\n`);
      counts.differ++;
    } else {
      out.push(`${fileDiff(shown(e.file), e.before, e.after, color)}\n`);
      counts.differ++;
    }
  }
  for (const l of diff.leftAlone) out.push(`left as written: ${forTerminal(l.file)}: ${forTerminal(l.message)}\n`);
  if (diff.wholeFilesBecause) out.push(`Showing whole-file rewrites: ${diff.wholeFilesBecause}.\n`);
  const differ = `${counts.differ} ${counts.differ === 1 ? 'file differs' : 'files differ'}`;
  out.push(`\n${differ} from the live tenant, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ''}. Nothing was written.\n`);
  if (counts.differ > 0 && !diff.force) out.push('`skillops refresh` accepts these changes in place; `skillops import --force` rewrites whole files.\n');
  return out.join('');
}

/** How many files `import --diff` found different: the exit code is 2 when any. */
export const importDiffers = (diff: ImportDiff): boolean => diff.entries.some((e) => e.kind === 'differs' || e.kind === 'new');
