// `skillops apply` as a whole: the options checked, the apply run inside its lock with the read
// and plan of this repository, and what follows it: on a merge (--pr) a refusal explained on the
// pull request, after a scheduled run the drift report, the job summary. Returns the outcome;
// what people see while it runs comes through the hooks.
import { SkillopsError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import { ownCommentFilter } from '../../github/own-comment.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { applySummaryMarkdown } from '../../render/apply-text.js';
import { leftAloneMarkdown } from '../../render/left-alone-text.js';
import { redact } from '../../text/redact.js';
import { forTerminal } from '../../text/untrusted.js';
import { markOutdatedPlans } from '../comment/mark-outdated-plans.js';
import { reportScheduledDrift, type ScheduledDriftReport } from '../drift/report-scheduled-drift.js';
import { computePlan } from '../planning/compute-plan.js';
import { type ApplyOptions, checkedApplyOptions } from './apply-options.js';
import type { ApplyHooks, ApplyOutcome, FinishedApply } from './apply-types.js';
import { explainRefusal } from './explain-refusal.js';
import { performLockedApply } from './locked-apply.js';

export interface ApplyRunContext {
  stop?: Promise<NodeJS.Signals | unknown>;
  /** A second signal: stop now, keep only the local record. */
  stopNow?: Promise<NodeJS.Signals | unknown>;
  /** The GitHub adapter; built from GITHUB_TOKEN when --commit-audit needs one. */
  github?: GitHubPort;
}

interface ApplyRun {
  outcome: ApplyOutcome;
  /** After `apply --scheduled`: what happened to the drift issue. */
  drift?: ScheduledDriftReport;
}

export async function applyFromRepository(given: ApplyOptions, io: Io, context: ApplyRunContext, hooks: ApplyHooks): Promise<ApplyRun> {
  const options = checkedApplyOptions(given, io.env);
  let outcome: ApplyOutcome;
  try {
    outcome = await performLockedApply(options, {
      githubGiven: context.github !== undefined,
      // `abort` (the shutdown's hard stop) cancels the client's requests in flight and its waits
      readAndPlan: (r, abort) =>
        computePlan(
          {
            config: r.config,
            force: r.force ?? false,
            ...(r.now ? { now: r.now } : {}),
            tuning: { ...r.tuning, abort },
            ...(r.target ? { target: r.target } : {}),
          },
          io,
        ),
      env: io.env,
      cwd: io.cwd,
      ...(context.stop ? { stop: context.stop } : {}),
      ...(context.stopNow ? { stopNow: context.stopNow } : {}),
      github: () => context.github ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env),
      hooks,
    });
  } catch (error) {
    // on merge (--pr): a refusal before any write is explained on the pull request too
    if (options.pr !== undefined && error instanceof SkillopsError) {
      for (const [i, pr] of [options.pr, ...(options.alsoPrs ?? [])].entries()) {
        const note = await explainRefusal(redact(error.message, io.env), pr, io, context.github, i > 0);
        if (note) hooks.warn?.(note);
      }
    }
    throw error;
  }
  const drift = outcome.scheduled ? await reportScheduledDrift(outcome.scheduled, io, context.github) : undefined;
  if (outcome.status === 'finished') await writeStepSummary(io, applySummaryMarkdown(outcome) + leftAloneMarkdown(outcome.leftAlone));
  if (outcome.status === 'finished' && options.commitAudit) await markOlderPlans(outcome, options, io, context, hooks);
  return { outcome, ...(drift ? { drift } : {}) };
}

/** In Actions: the open pull requests whose plan covers a queue this apply changed hear that their plan is older. */
async function markOlderPlans(outcome: FinishedApply, options: ApplyOptions, io: Io, context: ApplyRunContext, hooks: ApplyHooks): Promise<void> {
  const names = new Map(outcome.plan.queues.map((q) => [q.skillId, q.skillName]));
  const changed = new Map<number, string>();
  for (const r of outcome.results) if (r.status === 'applied') changed.set(r.change.skillId, names.get(r.change.skillId) ?? String(r.change.skillId));
  const commit = io.env.GITHUB_SHA;
  if (changed.size === 0 || !commit) return;
  try {
    const github = context.github ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
    const branch = await github.defaultBranch();
    const merged = options.pr !== undefined ? [options.pr, ...(options.alsoPrs ?? [])] : [];
    const marks = await markOutdatedPlans(github, { branch, commit, changed, pullRequests: merged }, ownCommentFilter(io.env));
    // queue names come from the files: shown through the escaping the renderers use
    const lines = marks.marked.map(
      (m) => `Marked the plan on #${m.pullRequest} outdated: this apply changed ${m.queues.map((q) => forTerminal(q)).join(', ')}.`,
    );
    for (const line of lines) hooks.warn?.(line);
    if (lines.length > 0) await writeStepSummary(io, `\n${marks.marked.map((m) => `- plan comment on #${m.pullRequest} marked outdated`).join('\n')}\n`);
  } catch (error) {
    hooks.warn?.(`Could not mark older plan comments outdated: ${error instanceof Error ? error.message : String(error)}`);
  }
}
