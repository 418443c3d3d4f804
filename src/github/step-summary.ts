// GitHub Actions' job summary: Markdown appended to the file $GITHUB_STEP_SUMMARY names.
// Outside Actions there is no such file and nothing is written.
// GitHub refuses a step's summary over 1 MiB (the whole file, however many appends), so what is
// appended is cut to the room left, well-formed, with a pointer to the full plan.
import { appendFile, stat } from 'node:fs/promises';
import type { Io } from '../domain/io.js';
import { boundedMarkdown, bytes, STEP_SUMMARY_LIMIT_BYTES } from '../text/bounded-markdown.js';

const FULL_PLAN_POINTER = 'The full plan is in the workflow run: the plan artifact (plan.json; `skillops show plan.json` renders it) and the step log.';

export async function writeStepSummary(io: Io, markdown: string): Promise<boolean> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  const used = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  const room = Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used - 1);
  if (room < 2_000) return false;
  await appendFile(file, `${boundedMarkdown(markdown, bytes(room), FULL_PLAN_POINTER)}\n`, 'utf8');
  return true;
}
