// The pull-request comment: a pure function of the plan (or of a failure). Long plans are split
// into numbered parts below GitHub's 65,536-character limit; each part carries a hidden marker
// so the next run finds and updates it instead of adding a new comment.
import type { Plan } from '../plan/plan-types.js';
import { fenceFor } from './markdown-escape.js';
import { planMarkdownBlocks } from './plan-markdown.js';
import { printable } from './printable.js';

export const COMMENT_MARKER = '<!-- skillops-plan';
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room left for the marker, headings and footer of each part. */
const PART_BUDGET = 60_000;

export interface CommentMeta {
  commit?: string;
  /** e.g. "skillops-plan.yml run 123" */
  runUrl?: string;
}

export const partMarker = (index: number, total: number) => `${COMMENT_MARKER} part=${index}/${total} -->`;

/** The part number of a comment written by skillops, or undefined for anyone else's comment. */
export function partOf(body: string): number | undefined {
  const m = /^<!-- skillops-plan part=(\d+)\/(\d+) -->/.exec(body);
  return m ? Number(m[1]) : undefined;
}

export function planCommentParts(plan: Plan, meta: CommentMeta = {}): string[] {
  const footer = [
    '---',
    `<sub>Planned by skillops${meta.commit ? ` at ${meta.commit.slice(0, 7)}` : ''} for ${plan.effectiveDate} (${plan.settings.timeZone})${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ''}. ` +
      `Merging applies exactly this plan; if CXone changes first, apply refuses it as stale and the next plan shows the difference.</sub>`,
  ].join('\n');
  const blocks = planMarkdownBlocks(plan).flatMap((b) => (b.length > PART_BUDGET ? [shorten(b)] : [b]));
  const parts: string[][] = [[]];
  let size = 0;
  for (const block of blocks) {
    if (size + block.length + 2 > PART_BUDGET && parts[parts.length - 1]!.length > 0) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(block);
    size += block.length + 2;
  }
  return parts.map((p, i) => {
    const head = parts.length > 1 ? `## skillops plan (part ${i + 1} of ${parts.length})` : '## skillops plan';
    return [partMarker(i + 1, parts.length), head, ...p, ...(i === parts.length - 1 ? [footer] : [])].join('\n\n') + '\n';
  });
}

/** One queue's diff that alone exceeds a comment: keep the head of it and say what was left out. */
function shorten(block: string): string {
  const lines = block.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length > PART_BUDGET - 2_000) break;
    kept.push(line);
    size += line.length + 1;
  }
  const fence = /^(`{3,})diff$/m.exec(block)?.[1] ?? '```';
  const omitted = lines.length - kept.length;
  return [...kept, `… ${omitted} more lines not shown: see the job summary or the plan artifact`, fence, '', '</details>'].join('\n');
}

export function failureCommentParts(stage: string, log: string, meta: CommentMeta = {}): string[] {
  const tail = (log.length > 50_000 ? `…\n${log.slice(-50_000)}` : log).split('\n').map(printable).join('\n');
  const fence = fenceFor(tail);
  return [[
    partMarker(1, 1),
    `## skillops ${stage} failed ❌`,
    `Nothing will be applied until this is fixed${meta.commit ? ` (commit ${meta.commit.slice(0, 7)})` : ''}.`,
    `${fence}\n${tail}\n${fence}`,
    `<sub>Run \`npx skillops ${stage}\` locally to see the same output${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ''}.</sub>`,
  ].join('\n\n') + '\n'];
}
