// How old a plan comment is, in the comment itself (pure): a hidden line names the queues the
// plan covers, so an apply on the default branch can tell which open pull requests' plans it
// made older, and a one-line note at the top says so. The note only informs reviewers: nothing
// applies from a comment, and a fresh plan comment replaces the whole body, note included.
import type { Plan } from '../domain/plan.js';
import { forMarkdown } from '../text/untrusted.js';

const COVERS = /^<!-- skillops-covers ([\d ]*) -->$/m;
const NOTE = /^> \*\*Outdated:\*\* .*\n\n/m;

/** The hidden line that names the skill ids a plan covers. */
export function coversLine(plan: Plan): string {
  const ids = [...new Set((Array.isArray(plan.covers) ? plan.covers : []).map((c) => c.skillId))].sort((a, b) => a - b);
  return `<!-- skillops-covers ${ids.join(' ')} -->`;
}

/** The skill ids a plan comment says its plan covers (none when the line is missing). */
export function coveredSkillsOf(body: string): number[] {
  const m = COVERS.exec(body);
  return m ? m[1]!.split(' ').filter(Boolean).map(Number) : [];
}

export interface OutdatedBy {
  /** The default branch and the commit the apply ran on. */
  branch: string;
  commit: string;
  /** The queues it changed that the plan covers. */
  queues: string[];
  /** The pull requests whose merge that apply was. */
  pullRequests: number[];
}

export function outdatedNote(by: OutdatedBy): string {
  const names = by.queues.map((q) => forMarkdown(q, 200)).join(', ');
  const merged = by.pullRequests.length > 0 ? ` (merge of ${by.pullRequests.map((n) => `#${n}`).join(', ')})` : '';
  return `> **Outdated:** an apply on \`${forMarkdown(by.branch, 100)}\` at ${by.commit.slice(0, 7)}${merged} changed ${names} after this plan was made; push to this pull request to plan it again.`;
}

/** The comment with the note under its heading (an older note replaced). */
export function markedOutdated(body: string, note: string): string {
  const without = body.replace(NOTE, '');
  const heading = /^## skillops plan.*\n\n/m.exec(without);
  if (!heading) return `${note}\n\n${without}`;
  const at = heading.index + heading[0].length;
  return `${without.slice(0, at)}${note}\n\n${without.slice(at)}`;
}
