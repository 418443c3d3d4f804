// A unified diff between a file as it is and as a command would write it, for people to read
// before they overwrite (`skillops import --diff`). Pure; colours only through the given chalk.

import type { ChalkInstance } from 'chalk';
import { createTwoFilesPatch } from 'diff';
import { forDiffLine } from '../text/untrusted.js';

export function fileDiff(name: string, before: string, after: string, color: ChalkInstance): string {
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 2 });
  // The first line is a separator of '=' signs that adds nothing in a terminal
  const body = patch.split('\n').filter((line, i) => !(i === 0 && line.startsWith('====')));
  return body
    .map((line) => {
      const shown = forDiffLine(line);
      if (line.startsWith('+++') || line.startsWith('---')) return color.bold(shown);
      if (line.startsWith('@@')) return color.cyan(shown);
      if (line.startsWith('+')) return color.green(shown);
      if (line.startsWith('-')) return color.red(shown);
      return shown;
    })
    .join('\n');
}
