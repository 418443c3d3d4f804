// On a push to the default branch: fetch the plan that was reviewed on the merged pull request
// (github/reviewed-plan.ts) so `apply plan.json` applies exactly that, or nothing. A refusal is
// explained in the job summary and on the pull request, and no file is kept.
import { appendFile, writeFile } from 'node:fs/promises';
import { ReviewedPlanError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { findReviewedPlan, PLAN_ARTIFACT, PLAN_WORKFLOW, type ReviewedPlan } from '../../github/reviewed-plan.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { readPlanFile } from '../planning/plan-file.js';
import { explainRefusal } from './explain-refusal.js';

export interface ReviewedPlanOptions {
  out: string;
  workflow?: string;
  artifact?: string;
  github?: GitHubPort;
  /** Wait between lookups of the merged pull request (tests: 0). */
  retryDelayMs?: number;
}

/** `warn` hears where a refusal was explained on the pull request, or why it could not be. */
export async function fetchReviewedPlan(options: ReviewedPlanOptions, io: Io, warn: (note: string) => void): Promise<ReviewedPlan> {
  try {
    return await findAndSave(options, io);
  } catch (error) {
    if (error instanceof ReviewedPlanError) {
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
