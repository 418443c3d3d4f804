// The pull-request comment: a pure function of the plan (or of a failure). Long plans are split
// into numbered parts below GitHub's 65,536-character limit; each part carries a hidden marker
// so the next run finds and updates it instead of adding a new comment.
import type { Plan } from '../domain/plan.js';
import { fenceFor, forCodeLine, forMarkdown } from '../text/untrusted.js';
import { coversLine } from './plan-comment-age.js';
import { planMarkdownBlocks } from './plan-markdown.js';

const COMMENT_MARKER = '<!-- skillops-plan';
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room left for the marker, headings and footer of each part. */
const PART_BUDGET = 60_000;

interface CommentMeta {
  commit?: string;
  /** The branch and commit the pull request was planned against (its base when the plan ran). */
  base?: { ref: string; sha: string };
  /** e.g. "skillops-plan.yml run 123" */
  runUrl?: string;
}

const partMarker = (index: number, total: number) => `${COMMENT_MARKER} part=${index}/${total} -->`;

/** The part number of a comment written by skillops, or undefined for anyone else's comment. */
export function partOf(body: string): number | undefined {
  const m = /^<!-- skillops-plan part=(\d+)\/(\d+) -->/.exec(body);
  return m ? Number(m[1]) : undefined;
}

/** "2026-11-26 05:00 UTC" for the plan's read of live CXone; the file's own text when it is not a time. */
function readAt(createdAt: string): string {
  const t = new Date(createdAt);
  return Number.isNaN(t.getTime()) ? forMarkdown(createdAt, 40) : `${t.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function planCommentParts(plan: Plan, meta: CommentMeta = {}): string[] {
  // how old this plan is: the base commit it was made against and when live CXone was read
  const against = meta.base ? ` against \`${forCodeLine(meta.base.ref, 100)}\` at ${meta.base.sha.slice(0, 7)}` : '';
  const footer = [
    '---',
    `<sub>Planned by skillops${meta.commit ? ` at ${meta.commit.slice(0, 7)}` : ''}${against}, live CXone read ${readAt(plan.createdAt)}, for ${plan.effectiveDate} (${plan.settings.timeZone})${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ''}. ` +
      `Merging applies exactly this plan; if CXone changes first, apply refuses it as stale and the next plan shows the difference.</sub>`,
  ].join('\n');
  const blocks = planMarkdownBlocks(plan).flatMap((b) => (b.length > PART_BUDGET ? splitBlock(b) : [b]));
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
    // part 1 names the queues the plan covers, for the note an apply on main may add there
    const covers = i === 0 ? [coversLine(plan)] : [];
    return `${[partMarker(i + 1, parts.length), head, ...p, ...(i === parts.length - 1 ? [footer] : []), ...covers].join('\n\n')}\n`;
  });
}

/**
 * One queue's diff that alone exceeds a comment: split into pieces that each fit, every piece a
 * complete `<details>` with its own fence, so every change line is shown somewhere.
 */
function splitBlock(block: string): string[] {
  const lines = block.split('\n');
  const open = lines.findIndex((l) => /^`{3,}diff$/.test(l));
  const fence = open >= 0 ? lines[open]!.slice(0, -'diff'.length) : '';
  const close = open >= 0 ? lines.indexOf(fence, open + 1) : -1;
  if (open < 0 || close < 0) return cutLines(lines, PART_BUDGET);
  const head = lines.slice(0, open);
  const body = lines.slice(open + 1, close);
  const tail = lines.slice(close + 1);
  const overhead = head.join('\n').length + tail.join('\n').length + 2 * fence.length + 200;
  const chunks: string[][] = [[]];
  let size = 0;
  for (const line of body) {
    if (size + line.length + 1 > PART_BUDGET - overhead && chunks[chunks.length - 1]!.length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(line);
    size += line.length + 1;
  }
  let first = 1;
  return chunks.map((chunk, i) => {
    const range = `lines ${first}–${first + chunk.length - 1} of ${body.length}`;
    first += chunk.length;
    const summary = head.map((l) => (l.startsWith('<summary>') ? l.replace(/<\/summary>$/, ` (${range}, piece ${i + 1} of ${chunks.length})</summary>`) : l));
    return [...summary, `${fence}diff`, ...chunk, fence, ...tail].join('\n');
  });
}

/** Last resort for a block with no diff fence: whole lines, each piece under the budget. */
function cutLines(lines: string[], budget: number): string[] {
  const pieces: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > budget && pieces[pieces.length - 1]!.length > 0) {
      pieces.push([]);
      size = 0;
    }
    pieces[pieces.length - 1]!.push(line);
    size += line.length + 1;
  }
  return pieces.map((p) => p.join('\n'));
}

export function failureCommentParts(stage: string, log: string, meta: CommentMeta = {}): string[] {
  // escaped first, then cut, so the comment stays under GitHub's limit whatever the log holds
  const escaped = log
    .split(/\r?\n/)
    .map((line) => forCodeLine(line, 2_000))
    .join('\n');
  const tail = escaped.length > 50_000 ? `…\n${escaped.slice(escaped.indexOf('\n', escaped.length - 50_000) + 1)}` : escaped;
  const fence = fenceFor(tail);
  // the stage comes from the command line (a workflow input): untrusted like the log
  const shownStage = forMarkdown(stage, 80);
  return [
    `${[
      partMarker(1, 1),
      `## skillops ${shownStage} failed ❌`,
      `Nothing will be applied until this is fixed${meta.commit ? ` (commit ${meta.commit.slice(0, 7)})` : ''}.`,
      `${fence}\n${tail}\n${fence}`,
      `<sub>Run <code>npx skillops ${shownStage}</code> locally to see the same output${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ''}.</sub>`,
    ].join('\n\n')}\n`,
  ];
}
