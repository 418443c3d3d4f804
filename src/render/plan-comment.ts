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
  /**
   * One tenant of a repository of many: its comments carry its own marker, so the plan jobs of
   * several tenants, running side by side, each update only their own (a tenant name is of a
   * safe alphabet: config/tenant-folder.ts).
   */
  tenant?: string;
}

const partMarker = (index: number, total: number, tenant?: string) => `${COMMENT_MARKER}${tenant ? ` tenant=${tenant}` : ''} part=${index}/${total} -->`;
const heading = (tenant: string | undefined) => (tenant ? `## skillops plan for tenant \`${tenant}\`` : '## skillops plan');

/**
 * The part number of a comment written by skillops for `tenant` (none: a single-tenant
 * repository), or undefined for any other comment, another tenant's included.
 */
export function partOf(body: string, tenant?: string): number | undefined {
  const m = /^<!-- skillops-plan(?: tenant=([a-z0-9_-]+))? part=(\d+)\/(\d+) -->/.exec(body);
  if (!m || m[1] !== tenant) return undefined;
  return Number(m[2]);
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
  // blocks are joined by a blank line
  const parts = packUnder(blocks, PART_BUDGET, 2);
  return parts.map((p, i) => {
    const head = parts.length > 1 ? `${heading(meta.tenant)} (part ${i + 1} of ${parts.length})` : heading(meta.tenant);
    // part 1 names the queues the plan covers, for the note an apply on main may add there
    const covers = i === 0 ? [coversLine(plan)] : [];
    return `${[partMarker(i + 1, parts.length, meta.tenant), head, ...p, ...(i === parts.length - 1 ? [footer] : []), ...covers].join('\n\n')}\n`;
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
  const chunks = packUnder(body, PART_BUDGET - overhead, 1);
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
  return packUnder(lines, budget, 1).map((p) => p.join('\n'));
}

/**
 * Texts in order, packed into as few runs as fit: a run is closed when the next text (and the
 * `joinLength` characters that join it to the one before) would take it over `budget`. A text
 * longer than the budget alone still gets a run of its own; none is ever dropped or cut. No
 * texts, one empty run.
 */
export function packUnder(texts: readonly string[], budget: number, joinLength: number): string[][] {
  const runs: string[][] = [[]];
  let size = 0;
  for (const text of texts) {
    if (size + text.length + joinLength > budget && runs[runs.length - 1]!.length > 0) {
      runs.push([]);
      size = 0;
    }
    runs[runs.length - 1]!.push(text);
    size += text.length + joinLength;
  }
  return runs;
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
      partMarker(1, 1, meta.tenant),
      `## skillops ${shownStage} failed${meta.tenant ? ` for tenant \`${meta.tenant}\`` : ''} ❌`,
      `Nothing will be applied until this is fixed${meta.commit ? ` (commit ${meta.commit.slice(0, 7)})` : ''}.`,
      `${fence}\n${tail}\n${fence}`,
      `<sub>Run <code>npx skillops ${shownStage}</code> locally to see the same output${meta.runUrl ? ` · [workflow run](${meta.runUrl})` : ''}.</sub>`,
    ].join('\n\n')}\n`,
  ];
}
