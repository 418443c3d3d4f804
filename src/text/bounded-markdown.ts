// Markdown cut to fit a limit (GitHub's job summary: 1 MiB; an issue body: 65,536 characters)
// at a line boundary, with any open code fence and <details> closed, so what is shown is whole
// and well-formed, and a note says where the rest is.

interface Bound {
  /** most units allowed (bytes or characters, as `measure` counts) */
  max: number;
  measure: (text: string) => number;
}

export const bytes = (max: number): Bound => ({ max, measure: (t) => Buffer.byteLength(t, 'utf8') });
export const chars = (max: number): Bound => ({ max, measure: (t) => t.length });

/** GitHub's limits: a larger step summary is not shown, a larger issue body is refused (422). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const ISSUE_BODY_LIMIT_CHARS = 65_536;

export function boundedMarkdown(markdown: string, bound: Bound, note: string): string {
  if (bound.measure(markdown) <= bound.max) return markdown;
  // room for the note and for closing what is open
  const budget = bound.max - bound.measure(note) - 1_000;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let size = 0;
  let fence: string | undefined;
  let details = 0;
  let omitted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cost = bound.measure(line) + 1;
    if (size + cost > budget) {
      omitted = lines.length - i;
      break;
    }
    kept.push(line);
    size += cost;
    const m = /^(`{3,})/.exec(line);
    if (m && (!fence || (m[1]!.length >= fence.length && line.trim() === m[1]))) fence = fence ? undefined : m[1];
    else if (!fence && line.startsWith('<details>')) details++;
    else if (!fence && line.startsWith('</details>')) details = Math.max(0, details - 1);
  }
  if (fence) kept.push(fence);
  for (; details > 0; details--) kept.push('', '</details>');
  return `${kept.join('\n')}\n\n> ⚠️ ${omitted.toLocaleString('en-US')} more lines are not shown here (GitHub's size limit). ${note}\n`;
}
