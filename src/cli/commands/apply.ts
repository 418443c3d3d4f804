import path from 'node:path';
import { planBatches } from '../../apply/batches.js';
import { executeBatches, type ChangeResult } from '../../apply/execute-batches.js';
import { compareAfterApply, rereadTouched, type Verification } from '../../apply/verify.js';
import { auditRelativePath, buildAuditRecord, changeRows } from '../../audit/audit-record.js';
import { notifyWebhook } from '../../audit/webhook/notify-webhook.js';
import { whoFromEnvironment } from '../../audit/who.js';
import { writeAuditRecord } from '../../audit/write-audit.js';
import { PolicyError, SkillopsError, StalePlanError, UsageError } from '../../errors.js';
import { redact } from '../../redact.js';
import { makePlan } from '../../plan/make-plan.js';
import { readPlanFile } from '../../plan/plan-file.js';
import { hasChanges, type Plan } from '../../plan/plan-types.js';
import { planText } from '../../render/plan-text.js';
import { printable } from '../../render/printable.js';
import { computePlan } from '../compute-plan.js';
import type { ClientTuning } from '../../cxone/create-client.js';
import { createGitHub, githubContext } from '../../github/actions-context.js';
import { commitAuditRecord } from '../../github/commit-audit.js';
import type { GitHubPort } from '../../github/port.js';
import { withPullRequest } from '../../github/pull-request-details.js';
import { writeStepSummary } from '../step-summary.js';
import type { Io } from '../io.js';
import { progressFor } from '../progress.js';

export interface ApplyOptions {
  config: string;
  planFile?: string;
  autoApprove?: boolean;
  force?: boolean;
  now?: string;
  auditDir?: string;
  /** Client tuning (tests shorten retry waits); production uses the defaults. */
  tuning?: ClientTuning;
  /** Commit the audit record to the repository through the GitHub API (in Actions). */
  commitAudit?: boolean;
}

export interface ApplyContext {
  stop?: Promise<NodeJS.Signals | unknown>;
  /** The GitHub adapter; built from GITHUB_TOKEN when --commit-audit needs one. */
  github?: GitHubPort;
}

export interface ApplyReport {
  exitCode: number;
  auditPath?: string;
  results: ChangeResult[];
  verification?: Verification;
}

export async function applyCommand(options: ApplyOptions, io: Io, context: ApplyContext = {}): Promise<number> {
  return (await runApply(options, io, context)).exitCode;
}

export async function runApply(options: ApplyOptions, io: Io, context: ApplyContext = {}): Promise<ApplyReport> {
  const startedAt = new Date();
  const ctx = await computePlan({ config: options.config, force: options.force ?? false, ...(options.now ? { now: options.now } : {}), ...(options.tuning ? { tuning: options.tuning } : {}) }, io);
  let plan: Plan = ctx.plan;
  let source: 'saved' | 'fresh' = 'fresh';
  if (options.planFile) {
    const saved = await readPlanFile(options.planFile);
    if (saved.desiredHash !== ctx.plan.desiredHash) throw new StalePlanError('skills/ changed since it was made');
    if (saved.liveFingerprint !== ctx.plan.liveFingerprint) throw new StalePlanError('live CXone assignments changed since it was made');
    if (saved.effectiveDate !== ctx.plan.effectiveDate) throw new StalePlanError(`it judged effective dates on ${saved.effectiveDate}, and it is now ${ctx.plan.effectiveDate} in ${ctx.settings.timeZone}`);
    // Same inputs, so the same changes; policy is judged again with this run's --force
    plan = { ...saved, policy: ctx.plan.policy };
    source = 'saved';
  } else {
    io.out(planText(plan, io.color));
  }
  if (!plan.policy.ok) throw new PolicyError(plan.policy.violations.map((v) => v.message));
  if (!hasChanges(plan)) {
    if (options.planFile) io.out('No changes. Live CXone matches skills/.\n');
    io.out('Nothing to apply; no audit record written.\n');
    return { exitCode: 0, results: [] };
  }
  if (!options.planFile && !options.autoApprove) {
    if (!io.confirm) throw new UsageError('apply needs --auto-approve when there is no terminal to confirm on (as in CI)');
    const yes = await io.confirm(`\nApply these changes to CXone? Only "yes" is accepted: `);
    if (!yes) {
      io.out('Apply cancelled. Nothing was changed.\n');
      return { exitCode: 1, results: [] };
    }
  }

  // First signal: let requests in flight finish, skip the rest, still verify nothing and audit
  const controller = new AbortController();
  let signal: string | undefined;
  void context.stop?.then((s) => {
    signal = typeof s === 'string' ? s : 'SIGINT';
    controller.abort();
    io.err(`\n${signal} received: finishing the requests in flight, then writing the audit record...\n`);
  });

  const batches = planBatches(plan, ctx.settings.apply.batchSize);
  const applyStart = performance.now();
  const progress = progressFor(io, batches.length, 'Applying');
  const { results, interrupted } = await executeBatches(ctx.cxone, batches, {
    concurrency: ctx.settings.apply.concurrency,
    signal: controller.signal,
    onBatchDone: (done, total) => progress.update(done, total),
  });
  progress.stop();
  const applyMs = performance.now() - applyStart;

  const verifyStart = performance.now();
  let verification: Verification | { ok: boolean; skipped: string };
  if (interrupted) {
    verification = { ok: false, skipped: `interrupted by ${signal}` };
  } else {
    const touched = [...new Set(batches.map((b) => b.skillId))];
    try {
      const live = await rereadTouched(ctx.cxone, ctx.live, touched, ctx.settings.apply.concurrency);
      const fresh = makePlan({ desired: ctx.desired, live, now: ctx.now, settings: ctx.settings, force: true });
      verification = fresh.plan ? compareAfterApply(fresh.plan, results, touched) : { ok: false, skipped: 'the desired state no longer resolves against the tenant' };
    } catch (error) {
      // The writes already happened: a failed re-read must not lose the audit record
      verification = { ok: false, skipped: `could not re-read the touched skills: ${error instanceof SkillopsError ? error.message : redact(String(error))}` };
    }
  }
  const verifyMs = performance.now() - verifyStart;

  let who = await whoFromEnvironment(io.env, io.cwd);
  let github: GitHubPort | undefined;
  if (options.commitAudit) {
    github = context.github ?? createGitHub(githubContext(io.env), io.env);
    try {
      who = await withPullRequest(github, who);
    } catch (error) {
      io.err(`Could not look up the pull request of ${who.commit ?? 'this commit'}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const counts = { applied: 0, failed: 0, notAttempted: 0 };
  for (const r of results) counts[r.status === 'applied' ? 'applied' : r.status === 'failed' ? 'failed' : 'notAttempted']++;
  const webhook = await notifyWebhook({
    url: io.env.SKILLOPS_WEBHOOK_URL || ctx.settings.webhook.url,
    secret: io.env.SKILLOPS_WEBHOOK_SECRET,
    payload: {
      event: 'skill_sync_complete',
      effectiveDate: plan.effectiveDate,
      commit: who.commit ?? null,
      pullRequest: who.pullRequest?.number ?? null,
      summary: { ...plan.summary, ...counts, verified: verification.ok },
      changes: changeRows(plan, results),
    },
  });

  const record = buildAuditRecord({
    startedAt,
    finishedAt: new Date(),
    who,
    plan,
    source,
    results,
    interrupted,
    stats: ctx.cxone.stats(),
    durationsMs: { total: Date.now() - startedAt.getTime(), read: Math.round(ctx.readMs), plan: Math.round(ctx.planMs), apply: Math.round(applyMs), verify: Math.round(verifyMs) },
    verification,
    webhook,
  });
  const auditDir = options.auditDir ?? path.join(ctx.root, ctx.settings.audit.directory);
  let auditPath: string | undefined;
  try {
    auditPath = await writeAuditRecord(auditDir, record);
  } catch (error) {
    // Nothing is lost: the record goes to the log instead
    io.err(`Could not write the audit record under ${auditDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); here it is:\n${JSON.stringify(record, null, 2)}\n`);
  }

  io.out(`\n${io.color.bold(`Apply ${interrupted ? 'interrupted' : 'complete'}: ${counts.applied} applied, ${counts.failed} failed, ${counts.notAttempted} not attempted.`)}\n`);
  const failures = results.filter((r) => r.status !== 'applied');
  if (failures.length > 0) {
    io.out(io.color.red.bold('\nNot applied:\n'));
    for (const f of failures) {
      const q = plan.queues.find((x) => x.skillId === f.change.skillId);
      io.out(io.color.red(`  ${f.change.action.padEnd(6)} ${printable(q?.skillName ?? String(f.change.skillId))} / ${printable(f.change.userName)} (${f.change.agentId}): ${printable(f.error ?? f.status)}\n`));
    }
  }
  if ('unexpected' in verification && verification.unexpected.length > 0) {
    io.out(io.color.red.bold('\nVerification found differences nobody reported:\n'));
    for (const u of verification.unexpected) io.out(io.color.red(`  ${printable(u)}\n`));
  } else if ('skipped' in verification && !interrupted) {
    io.out(io.color.red(`Not verified: ${printable(verification.skipped ?? '')}\n`));
  } else if (!interrupted) {
    io.out(`Verified: ${verification.ok ? 'live CXone now matches skills/' : 'live CXone differs only by the failures above'} (${'checkedSkills' in verification ? verification.checkedSkills : 0} skills re-read).\n`);
  }
  io.out(`Webhook: ${webhook.delivered ? `delivered to ${webhook.url}` : webhook.skipped ? `skipped (${webhook.skipped})` : `FAILED (${webhook.error}); recorded in the audit record`}\n`);
  if (auditPath) {
    const shown = path.relative(io.cwd, auditPath);
    io.out(`Audit record: ${shown && !shown.startsWith('..') ? shown : auditPath}\n`);
  }
  if (failures.length > 0 && !interrupted) io.out('Run `skillops apply` again after fixing the cause: it plans from live state, so it converges.\n');

  let auditCommitFailed = false;
  if (github) {
    const repoPath = path.posix.join(ctx.settings.audit.directory.split(path.sep).join('/'), auditRelativePath(startedAt, who.commit));
    try {
      const committed = await commitAuditRecord(github, { path: repoPath, record, ...(ctx.settings.audit.branch ? { branch: ctx.settings.audit.branch } : {}) });
      io.out(`Audit record committed to ${committed.branch} as ${repoPath} (${committed.sha.slice(0, 7)}${committed.attempts > 1 ? `, after ${committed.attempts} attempts: the branch moved meanwhile` : ''}).\n`);
    } catch (error) {
      auditCommitFailed = true;
      io.err(`The audit record could not be committed (${error instanceof Error ? error.message : String(error)}). The changes above WERE applied; the record is in the job summary and the workflow artifact.\n`);
    }
  }
  const summary = [
    `### skillops apply: ${record.outcome}`,
    '',
    `${counts.applied} applied, ${counts.failed} failed, ${counts.notAttempted} not attempted; verification ${verification.ok ? 'passed' : 'did not pass'}; webhook ${webhook.delivered ? 'delivered' : webhook.skipped ? 'skipped' : 'failed'}.`,
    ...(auditCommitFailed || failures.length > 0 ? ['', '<details><summary>Audit record</summary>', '', '```json', JSON.stringify(record, null, 2), '```', '', '</details>'] : []),
  ].join('\n');
  await writeStepSummary(io, summary);

  const exitCode = interrupted ? (signal === 'SIGTERM' ? 143 : 130) : failures.length > 0 || !verification.ok || auditCommitFailed ? 1 : 0;
  return { exitCode, ...(auditPath ? { auditPath } : {}), results, ...('unexpected' in verification ? { verification } : {}) };
}
