// GitHub Actions' job summary: Markdown appended to the file $GITHUB_STEP_SUMMARY names.
// Outside Actions there is no such file and nothing is written.
import { appendFile } from 'node:fs/promises';
import type { Io } from './io.js';

export async function writeStepSummary(io: Io, markdown: string): Promise<boolean> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  await appendFile(file, `${markdown}\n`, 'utf8');
  return true;
}
