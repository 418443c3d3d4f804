// `skillops comment --plan plan.json`: post or update the plan comment, and say what was done.
import type { Io } from '../../domain/io.js';
import { plural } from '../../text/plural.js';
import { type CommentOptions, postPlanComment } from '../../use-cases/comment/post-plan-comment.js';

export async function commentCommand(options: CommentOptions, io: Io): Promise<number> {
  const outcome = await postPlanComment(options, io);
  if (outcome.summaryWritten) io.out('Wrote the plan to the job summary.\n');
  const { comment } = outcome;
  if (!comment) {
    io.out('Not a pull request: no comment posted.\n');
    return 0;
  }
  const { created, updated, deleted } = comment.result;
  io.out(
    `Plan comment on #${comment.pr}: ${created.length} created, ${updated.length} updated, ${deleted.length} removed (${plural(outcome.parts, 'part')}).\n`,
  );
  return 0;
}
