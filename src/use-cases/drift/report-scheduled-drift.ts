// After a scheduled apply: the drift it found goes to stdout, the job summary and, when a GitHub
// repository is configured, the one drift issue (opened, updated, or closed when none is left).
import type { ApplyOutcome } from '../apply/apply-types.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import { reportDrift } from './drift-issue.js';
import type { GitHubPort } from '../../github/port.js';
import { scheduledDriftMarkdown, scheduledText } from '../../render/scheduled-text.js';
import type { Io } from '../../domain/io.js';
import { writeStepSummary } from '../../github/step-summary.js';

export async function reportScheduledDrift(outcome: ApplyOutcome, io: Io, given?: GitHubPort): Promise<void> {
  const s = outcome.scheduled;
  if (!s) return;
  io.out(scheduledText(s));
  const markdown = scheduledDriftMarkdown(s);
  await writeStepSummary(io, markdown);
  if (!given && !(io.env.GITHUB_TOKEN && io.env.GITHUB_REPOSITORY)) return;
  // drift that stays in place keeps the issue open; reverted drift (selfHeal) closes it
  const remaining = !s.selfHeal && s.drift.length > 0;
  try {
    const github = given ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
    const result = await reportDrift(github, remaining, markdown);
    if (result.action !== 'none') io.out(`Drift issue #${result.number} ${result.action}.\n`);
  } catch (error) {
    io.err(`Could not update the drift issue: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
