// `skillops apply` as a whole: the options checked, the apply run inside its lock with the read
// and plan of this repository, and what follows it: on a merge (--pr) a refusal explained on the
// pull request, after a scheduled run the drift report, the job summary. Returns the outcome;
// what people see while it runs comes through the hooks.
import path from 'node:path';
import { tenantOfSettings } from '../../config/tenant-folder.js';
import { SkillopsError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import type { GitHubPort } from '../../github/port.js';
import { writeStepSummary } from '../../github/step-summary.js';
import { applySummaryMarkdown } from '../../render/apply-text.js';
import { leftAloneMarkdown } from '../../render/left-alone-text.js';
import { redact } from '../../text/redact.js';
import { reportScheduledDrift, type ScheduledDriftReport } from '../drift/report-scheduled-drift.js';
import { computePlan } from '../planning/compute-plan.js';
import { type ApplyOptions, checkedApplyOptions } from './apply-options.js';
import type { ApplyHooks, ApplyOutcome } from './apply-types.js';
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
      const note = await explainRefusal(redact(error.message, io.env), options.pr, io, context.github);
      if (note) hooks.warn?.(note);
    }
    throw error;
  }
  const tenant = tenantOfSettings(path.resolve(io.cwd, options.config))?.name;
  const drift = outcome.scheduled ? await reportScheduledDrift(outcome.scheduled, io, context.github, tenant) : undefined;
  if (outcome.status === 'finished') await writeStepSummary(io, applySummaryMarkdown(outcome) + leftAloneMarkdown(outcome.leftAlone));
  return { outcome, ...(drift ? { drift } : {}) };
}
