// After a scheduled apply: the drift it found goes to the job summary and, when a GitHub
// repository is configured, to the one drift issue (opened, updated, or closed when none is left).
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { scheduledDriftMarkdown } from '../../render/scheduled-text.js';
import type { ScheduledSelection } from '../apply/apply-types.js';
import { reportDrift } from './drift-issue.js';

export interface ScheduledDriftReport {
  issue?: { action: string; number?: number };
  /** Why the drift issue could not be updated; the apply itself is not failed by it. */
  error?: string;
}

/** @param tenant one tenant of a repository of many: its own drift issue */
export async function reportScheduledDrift(s: ScheduledSelection, io: Io, given?: GitHubPort, tenant?: string): Promise<ScheduledDriftReport> {
  const markdown = scheduledDriftMarkdown(s);
  await writeStepSummary(io, markdown);
  if (!given && !(io.env.GITHUB_TOKEN && io.env.GITHUB_REPOSITORY)) return {};
  // drift that stays in place keeps the issue open; reverted drift (selfHeal) closes it
  const remaining = !s.selfHeal && s.drift.length > 0;
  try {
    const github = given ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
    const result = await reportDrift(github, remaining, markdown, undefined, tenant);
    return result.action === 'none' ? {} : { issue: result };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
