// Step outputs for the skillops GitHub Action (action.yml). The CLI appends `name=value` lines to
// the file named in SKILLOPS_OUTPUT_FILE, which the action (src/cli/action.ts) sets to the step's
// $GITHUB_OUTPUT. Without that variable nothing is written. Values are single lines of
// skillops' own text (counts, exit codes), never text from CXone or files.
import { appendFileSync } from 'node:fs';
import type { Plan } from '../domain/plan.js';
import { hasChanges } from '../domain/plan.js';
import { plural } from '../text/plural.js';

export function writeActionOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): void {
  const file = env.SKILLOPS_OUTPUT_FILE;
  if (!file) return;
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value.replace(/[\r\n]+/g, ' ')}\n`);
  appendFileSync(file, lines.join(''), 'utf8');
}

export function planOutputs(plan: Plan): Record<string, string> {
  const s = plan.summary;
  return {
    summary: hasChanges(plan) ? `${s.add} to add, ${s.update} to update, ${s.remove} to remove (${plural(s.queuesChanged, 'queue')})` : 'no changes',
    changes: String(hasChanges(plan)),
  };
}
