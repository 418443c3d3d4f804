// Apply exactly what was reviewed: on a push to the default branch, find the pull
// request that was merged as this commit, then the plan its last `pull_request` plan run saved as
// an artifact, accepting only data the workflow itself wrote:
//   - the pull request: merged, into the default branch, merge_commit_sha == this commit
//     (retried for a while when GitHub has not filled merge_commit_sha yet);
//   - the run: event pull_request, the expected workflow file, head_sha == the pull request's
//     head at merge, head repository == this repository (no forks), the latest such run, and
//     it concluded success;
//   - the artifact: the expected name, not expired, its zip's SHA-256 equal to GitHub's digest,
//     holding one plan.json of bounded size.
// The artifact is still only as trustworthy as the pull request's author (a same-repository
// author controls the workflow their pull request runs). That is why `apply plan.json` then
// re-plans and applies only when the fresh plan is the reviewed one: a forged plan can at most
// be refused. Comment bodies are never used as input.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { ReviewedPlanError } from '../domain/errors.js';
import { forTerminal } from '../text/untrusted.js';
import type { AssociatedPullRequest, GitHubPort, WorkflowRunInfo } from './port.js';

export const PLAN_WORKFLOW = '.github/workflows/skillops-plan.yml';
export const PLAN_ARTIFACT = 'skillops-plan';
const MAX_PLAN_BYTES = 64 * 1024 * 1024;

export interface ReviewedPlanQuery {
  /** The pushed commit (GITHUB_SHA). */
  sha: string;
  /** owner/name of this repository. */
  repository: string;
  workflowPath?: string;
  artifactName?: string;
  /** Lookups of the merged pull request while merge_commit_sha is still null. */
  attempts?: number;
  retryDelayMs?: number;
}

export interface ReviewedPlan {
  pullRequest: AssociatedPullRequest;
  run: WorkflowRunInfo;
  artifact: { id: number; name: string; digest?: string };
  /** The plan.json bytes as the plan run saved them. */
  planText: string;
  warnings: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mergedPullRequestFor(github: GitHubPort, query: ReviewedPlanQuery): Promise<AssociatedPullRequest> {
  const base = await github.defaultBranch();
  const attempts = query.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const all = await github.pullRequestsForCommit(query.sha);
    const merged = all.filter((p) => p.mergedAt && p.baseRef === base);
    const exact = merged.filter((p) => p.mergeCommitSha === query.sha);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1)
      throw new ReviewedPlanError(
        `several merged pull requests claim ${query.sha.slice(0, 7)} (#${exact.map((p) => p.number).join(', #')}); refusing to guess which plan was reviewed`,
      );
    // merge_commit_sha is null for a moment after a merge: look again
    const pending = merged.some((p) => !p.mergeCommitSha);
    if (!pending || attempt >= attempts) {
      throw new ReviewedPlanError(
        merged.length === 0
          ? `no pull request merged into ${base} introduced ${query.sha.slice(0, 7)} (a direct push?). Only a reviewed plan is applied on push`
          : `no merged pull request has ${query.sha.slice(0, 7)} as its merge commit${pending ? ` after ${attempts} lookups (GitHub had not recorded it yet)` : ''}`,
      );
    }
    await sleep(query.retryDelayMs ?? 2000);
  }
}

export async function findReviewedPlan(github: GitHubPort, query: ReviewedPlanQuery): Promise<ReviewedPlan> {
  const pr = await mergedPullRequestFor(github, query);
  const found = await reviewedPlanOf(github, pr, query, false);
  return found as ReviewedPlan;
}

/** A reviewed plan, or for a pull request whose plan run found no skills changes (no artifact), none. */
export type ReviewedPlanOrNone = ReviewedPlan | { pullRequest: AssociatedPullRequest; run: WorkflowRunInfo; planText?: undefined; warnings: string[] };

/**
 * The plan reviewed on `pr`: its last plan run for its head commit, with the trust checks above.
 * With `noPlanIsNoChange`, a successful run that saved no plan (the workflow found no skills
 * changes) answers "none" instead of refusing: in a merge queue's group or pushed range such a
 * pull request has nothing to apply, and anything it did change is left alone, never written.
 */
export async function reviewedPlanOf(
  github: GitHubPort,
  pr: AssociatedPullRequest,
  query: Pick<ReviewedPlanQuery, 'repository' | 'workflowPath' | 'artifactName'>,
  noPlanIsNoChange: boolean,
): Promise<ReviewedPlanOrNone> {
  const fail = (message: string) => new ReviewedPlanError(message, pr.number);
  const warnings: string[] = [];
  if (pr.headRepository && pr.headRepository.toLowerCase() !== query.repository.toLowerCase()) {
    throw fail(`#${pr.number} came from the fork ${forTerminal(pr.headRepository)}, whose plan runs get no secrets and whose artifacts are not trusted`);
  }
  const path = query.workflowPath ?? PLAN_WORKFLOW;
  const runs = (await github.listWorkflowRuns({ headSha: pr.headSha, event: 'pull_request' })).filter(
    (r) => r.event === 'pull_request' && r.path === path && r.headSha === pr.headSha && r.headRepository?.toLowerCase() === query.repository.toLowerCase(),
  );
  const run = runs[0];
  if (!run) throw fail(`no ${path} run of #${pr.number} for its head commit ${pr.headSha.slice(0, 7)} was found, so there is no reviewed plan`);
  if (run.status !== 'completed' || run.conclusion !== 'success') {
    throw fail(
      `the last plan run of #${pr.number} for ${pr.headSha.slice(0, 7)} (${run.url}) ${run.status !== 'completed' ? `is still ${forTerminal(run.status)}` : `ended ${forTerminal(run.conclusion ?? 'without a conclusion')}`}, so its plan was not reviewed as a success`,
    );
  }
  const name = query.artifactName ?? PLAN_ARTIFACT;
  const artifact = (await github.listRunArtifacts(run.id)).find((a) => a.name === name);
  if (!artifact && noPlanIsNoChange) return { pullRequest: pr, run, warnings };
  if (!artifact) throw fail(`the plan run ${run.url} saved no artifact named ${name}`);
  if (artifact.expired) throw fail(`the plan artifact of ${run.url} has expired`);
  const zip = await github.downloadArtifact(artifact.id);
  const digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
  if (artifact.digest && artifact.digest !== digest)
    throw fail(`the plan artifact of ${run.url} does not match its recorded digest (${forTerminal(artifact.digest)}, downloaded ${digest})`);
  if (!artifact.digest) warnings.push(`GitHub recorded no digest for the plan artifact of ${run.url}; its content is checked by re-planning only`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => f.name === 'plan.json' && f.originalSize <= MAX_PLAN_BYTES });
  } catch (error) {
    throw fail(`the plan artifact of ${run.url} is not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const plan = files['plan.json'];
  if (!plan) throw fail(`the plan artifact of ${run.url} holds no plan.json (or one larger than ${MAX_PLAN_BYTES} bytes)`);
  return {
    pullRequest: pr,
    run,
    artifact: { id: artifact.id, name: artifact.name, ...(artifact.digest ? { digest: artifact.digest } : {}) },
    planText: new TextDecoder().decode(plan),
    warnings,
  };
}

const MAX_RANGE_PULL_REQUESTS = 50;

/**
 * The pull requests a push to the default branch merged (a merge queue pushes a group at once):
 * the commits on the first-parent line from `after` back to `before`, each the merge commit of a
 * merged pull request into the default branch (merge_commit_sha, as for one merge). A commit on
 * that line that no merged pull request introduced refuses the whole push: it was not reviewed.
 */
export async function mergedPullRequestsInPush(
  github: GitHubPort,
  query: { before: string; after: string; attempts?: number; retryDelayMs?: number },
): Promise<AssociatedPullRequest[]> {
  const { commits, complete } = await github.commitsBetween(query.before, query.after);
  if (!complete)
    throw new ReviewedPlanError(
      `the push ${query.before.slice(0, 7)}..${query.after.slice(0, 7)} holds more commits than GitHub lists at once; apply it by hand`,
    );
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const line: string[] = [];
  for (let sha: string | undefined = query.after; sha && sha !== query.before && bySha.has(sha); sha = bySha.get(sha)!.parents[0]) line.push(sha);
  if (line.length > MAX_RANGE_PULL_REQUESTS)
    throw new ReviewedPlanError(
      `the push holds ${line.length} commits on ${query.after.slice(0, 7)}'s line, more than ${MAX_RANGE_PULL_REQUESTS}; apply it by hand`,
    );
  const found = new Map<number, AssociatedPullRequest>();
  const orphans: string[] = [];
  for (const sha of line.reverse()) {
    try {
      const pr = await mergedPullRequestFor(github, { ...query, sha, repository: '' });
      found.set(pr.number, pr);
    } catch (error) {
      // a rebase merge puts several commits of one pull request on the line: only its last is
      // the merge commit. Any other commit is somebody's direct push
      const all = await github.pullRequestsForCommit(sha);
      if (!all.some((p) => p.mergedAt && p.mergeCommitSha && line.includes(p.mergeCommitSha))) orphans.push(sha.slice(0, 7));
      if (!(error instanceof ReviewedPlanError)) throw error;
    }
  }
  if (orphans.length > 0) {
    const prs = [...found.keys()];
    throw new ReviewedPlanError(
      `the push ${query.before.slice(0, 7)}..${query.after.slice(0, 7)} holds ${orphans.join(', ')}, which no merged pull request introduced (a direct push?). Only reviewed plans are applied on push`,
      prs.at(-1),
    );
  }
  return [...found.values()];
}

/**
 * The pull requests of a merge queue's group: the queue's entries (its gh-readonly-queue
 * branches) whose commit is in the group, base_sha..head_sha. Each must be open, from this
 * repository, and into the group's base branch.
 */
export async function pullRequestsInMergeGroup(
  github: GitHubPort,
  group: { baseSha: string; headSha: string; baseRef: string },
): Promise<AssociatedPullRequest[]> {
  const base = group.baseRef.replace(/^refs\/heads\//, '');
  const { commits, complete } = await github.commitsBetween(group.baseSha, group.headSha);
  if (!complete) throw new ReviewedPlanError(`the merge group ${group.headSha.slice(0, 7)} holds more commits than GitHub lists at once`);
  const inGroup = new Set(commits.map((c) => c.sha));
  const numbers = [...new Set((await github.mergeQueueEntries(base)).filter((e) => inGroup.has(e.sha)).map((e) => e.pullRequest))].sort((a, b) => a - b);
  if (numbers.length === 0) throw new ReviewedPlanError(`no merge queue entry of ${base} is in the merge group ${group.headSha.slice(0, 7)}`);
  const prs: AssociatedPullRequest[] = [];
  for (const number of numbers) {
    const pr = await github.pullRequest(number);
    if (pr.state !== 'open' || pr.baseRef !== base)
      throw new ReviewedPlanError(`#${number} is in the merge group but is not an open pull request into ${base}`, number);
    prs.push(pr);
  }
  return prs;
}
