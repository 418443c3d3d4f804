// The body of the edit workflow's pull request: what the analyst's command changed, per file,
// then the plan it makes against live CXone. Every name is escaped for Markdown.
import { fenceFor, forCodeLine, forMarkdown } from '../text/untrusted.js';
import type { EditOutcome } from '../use-cases/edit/edit-types.js';

const SYMBOL = { add: '+', update: '~', remove: '-' } as const;

export function editMarkdown(outcome: EditOutcome, plan: string | undefined, runUrl?: string): string {
  const out = [
    `Made by \`skillops ${outcome.command}\`${runUrl ? ` in [the edit workflow](${runUrl})` : ''}: the queue files are edited in place (comments, notes and order kept). Nothing changes in CXone until this pull request is reviewed and merged.`,
    '',
  ];
  for (const f of outcome.files) {
    const lines = f.changes.map((c) => `${SYMBOL[c.action]} ${forCodeLine(c.agent)}  ${forCodeLine(c.detail)}`).join('\n');
    const fence = fenceFor(lines);
    out.push(`**${forMarkdown(f.skill)}** (\`${forCodeLine(f.file)}\`)`, '', `${fence}diff`, lines, fence, '');
  }
  for (const w of outcome.warnings) out.push(`> **Warning:** ${forMarkdown(w)}`, '');
  out.push('### Plan', '');
  out.push(
    plan ?? 'No plan here: the workflow had no CXone credentials. The plan workflow shows it once it runs on this pull request.',
    '',
    'Pull requests opened by GitHub Actions do not start other workflows: push a commit to this branch, or close and reopen the pull request, to run the plan workflow and its required checks.',
  );
  return `${out.join('\n')}\n`;
}
