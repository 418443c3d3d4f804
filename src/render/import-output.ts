// Rendering of `skillops import` (pure): the report people read, and the stable JSON document
// (`skillops-import/1`, schemas/import-output.schema.json) for scripts.
import path from 'node:path';
import type { ImportedFile } from '../use-cases/import/write-imported-files.js';
import { plural } from '../text/plural.js';
import { forTerminal } from '../text/untrusted.js';

export interface ImportOutcome {
  files: ImportedFile[];
  /** Skills selected in CXone (after --skill, --queue and the inactive filter). */
  skills: number;
  inactive: { count: number; included: boolean };
  /** skillops.yaml written with defaults, when there was none. */
  settingsWritten?: string;
}

export const IMPORT_OUTPUT_FORMAT = 'skillops-import/1';

export function importText(outcome: ImportOutcome, cwd: string): string {
  const shown = (p: string) => forTerminal(path.relative(cwd, p) || p);
  const out: string[] = [];
  for (const f of outcome.files) {
    if (f.action === 'unchanged') continue;
    if (f.reason === 'managed-by-another-file') out.push(`skipped ${shown(f.file)}: skill "${forTerminal(f.skillName)}" is already managed by ${forTerminal(f.owner ?? '')}`);
    else if (f.reason === 'exists-and-differs') out.push(`skipped ${shown(f.file)}: the file exists and differs (\`skillops refresh\` accepts the live changes in place; --force overwrites; --diff shows how)`);
    else out.push(`${f.action === 'written' ? 'wrote' : 'overwrote'} ${shown(f.file)} (${plural(f.assignments, 'agent')})`);
  }
  if (outcome.settingsWritten) out.push(`wrote ${shown(outcome.settingsWritten)} (defaults; set cxone.tenantId and timeZone)`);
  const count = (action: ImportedFile['action']) => outcome.files.filter((f) => f.action === action).length;
  const written = outcome.files.filter((f) => f.action === 'written' || f.action === 'overwritten');
  out.push('', `Imported ${plural(outcome.skills, 'skill')}: ${written.length} written (${written.reduce((n, f) => n + f.assignments, 0)} assignments), ${count('unchanged')} unchanged, ${count('skipped')} skipped.`);
  if (outcome.inactive.count > 0) {
    out.push(outcome.inactive.included
      ? `Included ${plural(outcome.inactive.count, 'inactive skill')}.`
      : `Left out ${plural(outcome.inactive.count, 'inactive skill')} (use --include-inactive to import them).`);
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
