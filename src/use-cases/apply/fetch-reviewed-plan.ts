// On a push to the default branch: fetch the plan that was reviewed on the merged pull request
// (github/reviewed-plan.ts) so `apply plan.json` applies exactly that, or nothing. A refusal is
// explained in the job summary and on the pull request, and no file is kept.
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { ReviewedPlanError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import {
  findReviewedPlan,
  mergedPullRequestsInPush,
  PLAN_ARTIFACT,
  PLAN_WORKFLOW,
  pullRequestsInMergeGroup,
  type ReviewedPlan,
  type ReviewedPlanOrNone,
  reviewedPlanOf,
} from '../../github/reviewed-plan.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { readPlanFile } from '../planning/plan-file.js';
import { explainRefusal } from './explain-refusal.js';
import { unionOfPlans } from './union-plans.js';

/** What was found: one pull request's reviewed plan, or those of a merge queue's group or push. */
export interface ReviewedPlans {
  /** Every pull request found, with its plan run (plan-less ones had no skills changes). */
  found: ReviewedPlanOrNone[];
  /** merge_group: the group's pull requests; push: the pull requests the push merged. */
  mode: 'merge' | 'push-range' | 'merge-group';
  /** False when no pull request had a plan to apply: no file was written. */
  saved: boolean;
  warnings: string[];
}

export interface ReviewedPlanOptions {
  out: string;
  workflow?: string;
  artifact?: string;
  github?: GitHubPort;
  /** Wait between lookups of the merged pull request (tests: 0). */
  retryDelayMs?: number;
}

/** `warn` hears where a refusal was explained on the pull request, or why it could not be. */
export async function fetchReviewedPlan(options: ReviewedPlanOptions, io: Io, warn: (note: string) => void): Promise<ReviewedPlans> {
  const event = await readEvent(io.env);
  try {
    if (io.env.GITHUB_EVENT_NAME === 'merge_group') return await findGroupAndSave(options, io, event);
    const before = typeof event.before === 'string' && !/^0+$/.test(event.before) ? event.before : undefined;
    if (io.env.GITHUB_EVENT_NAME === 'push' && before) return await findPushAndSave(options, io, before);
    const one = await findAndSave(options, io);
    return { found: [one], mode: 'merge', saved: true, warnings: one.warnings };
  } catch (error) {
    // a merge group is not merged: nothing to explain on a pull request, the check says it
    if (error instanceof ReviewedPlanError && io.env.GITHUB_EVENT_NAME !== 'merge_group') {
      const note = await explainRefusal(error.message, error.pullRequest, io, options.github);
      if (note) warn(note);
    }
    throw error;
  }
}

async function findAndSave(options: ReviewedPlanOptions, io: Io): Promise<ReviewedPlan> {
  const sha = io.env.GITHUB_SHA;
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) throw new UsageError('GITHUB_SHA must name the pushed commit (Actions sets it on push)');
  const context = githubContext(io.env, {}, { repoFlag: false });
  const github = options.github ?? createGitHub(context, io.env);
  const repository = `${context.owner}/${context.repo}`;
  const found = await findReviewedPlan(github, {
    sha,
    repository,
    workflowPath: options.workflow ?? PLAN_WORKFLOW,
    artifactName: options.artifact ?? PLAN_ARTIFACT,
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  await writeFile(options.out, found.planText, 'utf8');
  try {
    await readPlanFile(options.out);
  } catch (error) {
    const reason = `the plan artifact of ${found.run.url} is not a usable plan: ${error instanceof Error ? error.message : String(error)}`;
    throw new ReviewedPlanError(reason, found.pullRequest.number);
  }
  // step outputs: through the skillops action (SKILLOPS_OUTPUT_FILE), else the step's own file
  const outputs = io.env.SKILLOPS_OUTPUT_FILE ?? io.env.GITHUB_OUTPUT;
  if (outputs) await appendFile(outputs, `pr=${found.pullRequest.number}\nrun-id=${found.run.id}\n`, 'utf8');
  // the title is pull-request text (hostile Markdown): the summary names the number only
  await writeStepSummary(
    io,
    `### skillops: reviewed plan found\n\n#${found.pullRequest.number}: plan run ${found.run.url}, artifact \`${found.artifact.name}\`${found.artifact.digest ? ` (\`${found.artifact.digest}\`)` : ''}.\n`,
  );
  return found;
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const data = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    throw new UsageError(`GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) is not a readable event file`);
  }
}

function githubFor(options: ReviewedPlanOptions, io: Io) {
  const context = githubContext(io.env, {}, { repoFlag: false });
  return { github: options.github ?? createGitHub(context, io.env), repository: `${context.owner}/${context.repo}` };
}

/** A push that merged several pull requests (a merge queue's group): the union of their reviewed plans. */
async function findPushAndSave(options: ReviewedPlanOptions, io: Io, before: string): Promise<ReviewedPlans> {
  const after = io.env.GITHUB_SHA;
  if (!after || !/^[0-9a-f]{7,64}$/i.test(after)) throw new UsageError('GITHUB_SHA must name the pushed commit (Actions sets it on push)');
  const { github, repository } = githubFor(options, io);
  const prs = await mergedPullRequestsInPush(github, {
    before,
    after,
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  // one pull request: exactly the one-merge rule (its plan run must have saved a plan)
  if (prs.length <= 1) {
    const one = await findAndSave(options, io);
    return { found: [one], mode: 'merge', saved: true, warnings: one.warnings };
  }
  const query = { repository, workflowPath: options.workflow ?? PLAN_WORKFLOW, artifactName: options.artifact ?? PLAN_ARTIFACT };
  const found: ReviewedPlanOrNone[] = [];
  for (const pr of prs) found.push(await reviewedPlanOf(github, pr, query, true));
  return saveUnion(options, io, found, 'push-range');
}

/** merge_group: the reviewed plans of the group's pull requests, as one plan to judge on the group's head. */
async function findGroupAndSave(options: ReviewedPlanOptions, io: Io, event: Record<string, unknown>): Promise<ReviewedPlans> {
  const group = (event.merge_group ?? {}) as { head_sha?: unknown; base_sha?: unknown; base_ref?: unknown };
  const valid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{7,64}$/i.test(v);
  if (!valid(group.head_sha) || !valid(group.base_sha) || typeof group.base_ref !== 'string')
    throw new UsageError('GITHUB_EVENT_PATH must hold a merge_group event (head_sha, base_sha, base_ref)');
  const { github, repository } = githubFor(options, io);
  const prs = await pullRequestsInMergeGroup(github, { headSha: group.head_sha, baseSha: group.base_sha, baseRef: group.base_ref });
  const query = { repository, workflowPath: options.workflow ?? PLAN_WORKFLOW, artifactName: options.artifact ?? PLAN_ARTIFACT };
  const found: ReviewedPlanOrNone[] = [];
  for (const pr of prs) found.push(await reviewedPlanOf(github, pr, query, true));
  return saveUnion(options, io, found, 'merge-group');
}

async function saveUnion(options: ReviewedPlanOptions, io: Io, found: ReviewedPlanOrNone[], mode: ReviewedPlans['mode']): Promise<ReviewedPlans> {
  const withPlan = found.filter((f): f is ReviewedPlan => f.planText !== undefined);
  try {
    const plans = [];
    for (const f of withPlan) {
      // each part is read back as the untrusted plan file it is, before it joins the union
      await writeFile(options.out, f.planText, 'utf8');
      try {
        plans.push({ pullRequest: f.pullRequest.number, plan: await readPlanFile(options.out) });
      } catch (error) {
        throw new ReviewedPlanError(
          `the plan artifact of ${f.run.url} is not a usable plan: ${error instanceof Error ? error.message : String(error)}`,
          f.pullRequest.number,
        );
      }
    }
    if (plans.length > 0) await writeFile(options.out, `${JSON.stringify(unionOfPlans(plans), null, 2)}\n`, 'utf8');
  } catch (error) {
    // refused: no file is kept, so nothing later can apply a part of the union
    await rm(options.out, { force: true });
    throw error;
  }
  const numbers = found.map((f) => f.pullRequest.number);
  const outputs = io.env.SKILLOPS_OUTPUT_FILE ?? io.env.GITHUB_OUTPUT;
  if (outputs) await appendFile(outputs, `pr=${numbers.join(',')}\nrun-id=${found.map((f) => f.run.id).join(',')}\n`, 'utf8');
  const lines = found.map(
    (f) =>
      `- #${f.pullRequest.number}: plan run ${f.run.url}${f.planText === undefined ? ' (no skills changes: nothing to apply)' : ', artifact `skillops-plan`'}`,
  );
  const what = mode === 'merge-group' ? 'the merge group' : 'the push';
  await writeStepSummary(io, `### skillops: reviewed plans of ${what}\n\n${lines.join('\n')}\n`);
  return { found, mode, saved: withPlan.length > 0, warnings: found.flatMap((f) => f.warnings) };
}
