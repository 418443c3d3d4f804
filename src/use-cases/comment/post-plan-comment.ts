// `skillops comment`: the plan (or a failed step's log) as the one plan comment of the pull
// request, and in the job summary.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import { ownCommentFilter } from '../../github/own-comment.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { failureCommentParts, planCommentParts } from '../../render/plan-comment.js';
import { redact } from '../../text/redact.js';
import { readPlanFile } from '../planning/plan-file.js';
import { type UpsertResult, upsertPlanComment } from './upsert-comment.js';

export interface CommentOptions {
  plan?: string;
  failure?: string;
  stage: string;
  repo?: string;
  pr?: string;
  github?: GitHubPort;
}

interface CommentOutcome {
  parts: number;
  summaryWritten: boolean;
  /** Undefined when not on a pull request: no comment is posted. */
  comment?: { pr: number; result: UpsertResult };
}

export async function postPlanComment(options: CommentOptions, io: Io): Promise<CommentOutcome> {
  if (Boolean(options.plan) === Boolean(options.failure)) throw new UsageError('pass exactly one of --plan plan.json or --failure log.txt');
  const context = githubContext(io.env, { ...(options.repo ? { repo: options.repo } : {}), ...(options.pr ? { pr: options.pr } : {}) });
  const meta = {
    ...(context.sha ? { commit: context.sha } : {}),
    ...(context.base ? { base: context.base } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
  const readLog = () =>
    readFile(options.failure!, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${options.failure}`);
    });
  const parts = options.plan
    ? planCommentParts(await readPlanFile(options.plan), meta)
    : // the whole log is redacted before it reaches the comment or the job summary
      failureCommentParts(options.stage, redact(await readLog(), io.env), meta);
  const summaryWritten = await writeStepSummary(io, parts.join('\n'));
  if (!context.pr) return { parts: parts.length, summaryWritten };
  const github = options.github ?? createGitHub(context, io.env);
  const result = await upsertPlanComment(github, context.pr, parts, ownCommentFilter(io.env));
  return { parts: parts.length, summaryWritten, comment: { pr: context.pr, result } };
}
