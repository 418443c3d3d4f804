// What `skillops init` tells the user: each file and what happened to it, then the steps after.
import { shownPath } from '../text/shown-path.js';
import { forTerminal } from '../text/untrusted.js';
import type { AdoptionStep } from '../use-cases/init/adoption-steps.js';
import type { ScaffoldedFile } from '../use-cases/init/init-repository.js';

export const scaffoldText = (files: ScaffoldedFile[], cwd: string): string =>
  files.map((f) => `${f.status.padEnd(11)} ${forTerminal(shownPath(f.file, cwd))}\n`).join('');

/** The setup steps (README, "Adopting skillops"), step 1 being the init just run. */
export function nextSteps(steps: AdoptionStep[]): string {
  const lines = ['', 'Setting up the config repository, in order (step 1 is done):'];
  steps.forEach((step, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${forTerminal(step.title)}`);
    if (step.note) lines.push(`    ${forTerminal(step.note)}`);
    // commands are skillops' own text around validated values; long ones (a ruleset) stay whole
    for (const command of step.commands) lines.push(`      ${forTerminal(command, 4_000)}`);
  });
  return `${lines.join('\n')}\n`;
}
