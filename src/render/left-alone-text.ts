// Rendering of the queues a saved plan left alone (pure): outside the queues it covers, they
// differ from live CXone, and apply neither wrote them nor refused because of them.
import type { LeftAloneQueue } from '../domain/plan.js';
import { plural } from '../text/plural.js';
import { forCodeLine, forMarkdown, forTerminal } from '../text/untrusted.js';

export function leftAloneText(queues: LeftAloneQueue[] | undefined): string {
  if (!queues?.length) return '';
  const lines = queues.map((q) => `  ${forTerminal(q.skillName)} (${forTerminal(q.file)}): ${plural(q.changes, 'difference')}; ${q.why}\n`);
  return `Left alone (outside the queues this plan covers; nothing written there):\n${lines.join('')}`;
}

/** The same for the job summary. */
export function leftAloneMarkdown(queues: LeftAloneQueue[] | undefined): string {
  if (!queues?.length) return '';
  const rows = queues.map((q) => `- **${forMarkdown(q.skillName)}** (\`${forCodeLine(q.file)}\`): ${plural(q.changes, 'difference')}; ${forMarkdown(q.why)}`);
  return ['', '#### Left alone', '', 'Outside the queues this plan covers; nothing was written there.', '', ...rows, ''].join('\n');
}
