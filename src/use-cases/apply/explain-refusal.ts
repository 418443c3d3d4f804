// When an apply on merge applies nothing, say why where people look: the job summary
// and a new comment on the merged pull request. A failure to comment is reported, never thrown:
// the refusal itself is what the exit code carries.

import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { applyRefusalMarkdown } from '../../render/apply-refusal.js';

/** @returns a line for the user: where the refusal was explained, or why it could not be */
export async function explainRefusal(reason: string, pr: number | undefined, io: Io, given?: GitHubPort, summaryWritten = false): Promise<string | undefined> {
  const env = io.env;
  const repo = env.GITHUB_REPOSITORY;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const markdown = applyRefusalMarkdown(reason, {
    ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
    ...(repo && env.GITHUB_RUN_ID ? { runUrl: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    ...(repo ? { dispatchUrl: `${server}/${repo}/actions/workflows/${env.SKILLOPS_APPLY_WORKFLOW ?? 'skillops-apply.yml'}` } : {}),
  });
  if (!summaryWritten) await writeStepSummary(io, markdown);
  if (pr === undefined) return undefined;
  try {
    const github = given ?? createGitHub(githubContext(env, {}, { repoFlag: false }), env);
    await github.createComment(pr, markdown);
    return `Explained on #${pr} why nothing was applied.`;
  } catch (error) {
    return `Could not comment on #${pr}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
