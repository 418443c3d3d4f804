import { readFile } from 'node:fs/promises';
import { UsageError } from '../../domain/errors.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { upsertPlanComment } from '../../use-cases/comment/upsert-comment.js';
import { ownCommentFilter } from '../../github/own-comment.js';
import { readPlanFile } from '../../use-cases/planning/plan-file.js';
import { failureCommentParts, planCommentParts } from '../../render/plan-comment.js';
import type { Io } from '../../domain/io.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { plural } from '../../text/plural.js';
import { redact } from '../../text/redact.js';

export interface CommentOptions {
  plan?: string;
  failure?: string;
  stage: string;
  repo?: string;
  pr?: string;
  github?: GitHubPort;
}

/** Appends Markdown to the job summary when running in Actions. */
export async function commentCommand(options: CommentOptions, io: Io): Promise<number> {
  if (Boolean(options.plan) === Boolean(options.failure)) throw new UsageError('pass exactly one of --plan plan.json or --failure log.txt');
  const context = githubContext(io.env, { ...(options.repo ? { repo: options.repo } : {}), ...(options.pr ? { pr: options.pr } : {}) });
  const meta = { ...(context.sha ? { commit: context.sha } : {}), ...(context.runUrl ? { runUrl: context.runUrl } : {}) };
  const parts = options.plan
    ? planCommentParts(await readPlanFile(options.plan), meta)
    // the whole log is redacted before it reaches the comment or the job summary
    : failureCommentParts(options.stage, redact(await readFile(options.failure!, 'utf8').catch(() => { throw new UsageError(`cannot read ${options.failure}`); }), io.env), meta);

  if (await writeStepSummary(io, parts.join('\n'))) io.out('Wrote the plan to the job summary.\n');
  if (!context.pr) {
    io.out('Not a pull request: no comment posted.\n');
    return 0;
  }
  const github = options.github ?? createGitHub(context, io.env);
  const result = await upsertPlanComment(github, context.pr, parts, ownCommentFilter(io.env));
  io.out(`Plan comment on #${context.pr}: ${result.created.length} created, ${result.updated.length} updated, ${result.deleted.length} removed (${plural(parts.length, 'part')}).\n`);
  return 0;
}
