// One plan comment per pull request, found again by its hidden marker and updated in place;
// parts a shorter plan no longer needs are deleted.

import { ownCommentFilter } from '../../github/own-comment.js';
import type { Comment, GitHubPort } from '../../github/port.js';
import { partOf } from '../../render/plan-comment.js';

export interface UpsertResult {
  created: number[];
  updated: number[];
  deleted: number[];
}

export async function upsertPlanComment(
  github: GitHubPort,
  pr: number,
  parts: string[],
  own: (c: Comment) => boolean = ownCommentFilter(),
  tenant?: string,
): Promise<UpsertResult> {
  const existing = (await github.listComments(pr))
    .filter(own) // a marker in someone else's comment is never read or edited as ours
    .map((c) => ({ ...c, part: partOf(c.body, tenant) })) // nor another tenant's comment
    .filter((c): c is typeof c & { part: number } => c.part !== undefined)
    .sort((a, b) => a.part - b.part || a.id - b.id);
  const byPart = new Map<number, number>();
  const duplicates: number[] = [];
  for (const c of existing) {
    if (byPart.has(c.part)) duplicates.push(c.id);
    else byPart.set(c.part, c.id);
  }
  const result: UpsertResult = { created: [], updated: [], deleted: [] };
  for (const [i, body] of parts.entries()) {
    const id = byPart.get(i + 1);
    if (id !== undefined) {
      await github.updateComment(id, body);
      result.updated.push(id);
    } else {
      result.created.push((await github.createComment(pr, body)).id);
    }
  }
  const stale = [...[...byPart].filter(([part]) => part > parts.length).map(([, id]) => id), ...duplicates];
  for (const id of stale) {
    await github.deleteComment(id);
    result.deleted.push(id);
  }
  return result;
}
