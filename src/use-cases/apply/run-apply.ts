// The apply use case: prepare → guards → confirm → journal → execute → verify → notify → record
// → publish. Each phase is one function in its own module and one line here; it returns data
// (ApplyOutcome) for the CLI to render. Nothing here prints or exits.
//
// Nothing lost: the journal is started (durably) before the first CXone write and appended per
// batch, so a run killed at any point leaves what it attempted; the next run reports it and links
// it in its own record. Bounded: signals are honoured in every phase (see shutdown.ts).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type AuditJournal, snapshotText, type UnfinishedRun } from '../../audit/journal.js';
import { CancelledError } from '../../domain/errors.js';
import { hasChanges } from '../../domain/plan.js';
import type { GitHubPort } from '../../github/port.js';
import type { ApplyDeps, ApplyHooks, ApplyOutcome, ApplyRequest, PreparedApply } from './apply-types.js';
import { planBatches } from './batches.js';
import { confirmApply } from './confirm-apply.js';
import { countResults, executePlan } from './execute-plan.js';
import { DEFAULT_GUARDS } from './guards.js';
import { addPullRequest, githubFor, whoFromEnvironment } from './identify-run.js';
import { finishApplyJournal, journalRecorder, readJournalText, startApplyJournal, supersedeUnfinished, unfinishedRuns } from './journal-apply.js';
import { notifyApply } from './notify-apply.js';
import { prepareApply } from './prepare-apply.js';
import { publishAuditRecord, publishJournal } from './publish-audit.js';
import { auditDirectory, buildApplyRecord, writeApplyRecord } from './record-apply.js';
import { recordStopped } from './record-stopped.js';
import { runTrail } from './run-trail.js';
import { selectScheduled } from './scheduled/select-due.js';
import { Shutdown } from './shutdown.js';
import { verifyApply } from './verify-apply.js';

export async function performApply(request: ApplyRequest, deps: ApplyDeps): Promise<ApplyOutcome> {
  const hooks = deps.hooks ?? {};
  const startedAt = new Date();
  // One id per run: the audit record keeps it and the webhook sends it as webhook-id
  const runId = randomUUID();
  const shutdown = new Shutdown({ stop: deps.stop, stopNow: deps.stopNow, hooks });
  try {
    // prepare: read, plan, check a saved plan (a signal here stops at once: nothing was written)
    const read = await shutdown.race(prepareApply(request, deps, shutdown.hard));
    if ('stopped' in read) {
      // nothing was written; the record says so (unfinished runs of others are not known yet)
      const stopped = await recordStopped({ runId, startedAt, phase: 'read', signal: read.stopped, unfinished: [] }, request, deps);
      return { status: 'stopped', signal: read.stopped, phase: 'read', unfinishedRuns: [], ...stopped };
    }
    // a scheduled run keeps only what dated entries made due; the rest is drift
    const prepared = selectScheduled(read.value, request);
    const auditDir = auditDirectory(request, prepared);
    const unfinished = await unfinishedRuns(auditDir);
    if (unfinished.length > 0) hooks.unfinishedFound?.(unfinished, auditDir);
    const base = {
      plan: prepared.plan,
      source: prepared.source,
      unfinishedRuns: unfinished,
      ...(prepared.scheduled ? { scheduled: prepared.scheduled } : {}),
      ...(prepared.leftAlone?.length ? { leftAlone: prepared.leftAlone } : {}),
    };
    hooks.planReady?.(prepared.plan, prepared.source);

    // guards: refuse before anything is written
    for (const guard of deps.guards ?? DEFAULT_GUARDS) await guard(prepared, request);
    // Nothing to apply and nothing unfinished: no record. With earlier runs that were killed
    // (during their verification, say), the run still goes on with no batches, so its record
    // (outcome no-changes) links them and their journals are closed by it.
    const nothingToApply = !hasChanges(prepared.plan);
    if (nothingToApply && unfinished.length === 0) return { ...base, status: 'no-changes' };

    // confirm (nothing to confirm when there is nothing to apply)
    if (!nothingToApply) {
      // a stop while the question waits, or a signal the prompt took as its answer
      const raced = await shutdown.race(confirmApply(request, prepared, hooks).catch(signalAtPrompt));
      const answer = 'stopped' in raced ? raced.stopped : raced.value;
      if (typeof answer === 'string') {
        const stopped = await recordStopped({ runId, startedAt, phase: 'confirm', signal: answer, prepared, unfinished }, request, deps);
        return { status: 'stopped', signal: answer, phase: 'confirm', unfinishedRuns: unfinished, ...stopped };
      }
      if (!answer) return { ...base, status: 'cancelled' };
    }

    // journal: durable before the first write; an unwritable audit directory fails here
    const batches = planBatches(
      prepared.plan,
      prepared.inputs.settings.apply.batchSize,
      prepared.inputs.cxone.writePairs ? prepared.inputs.settings.apply.bulkPairs : 0,
    );
    // the desired state this run read: uncommitted changes to it are named in the record
    const { root, settings } = prepared.inputs;
    const whoLocal = await whoFromEnvironment(deps.env, deps.cwd, [path.join(root, settings.skillsDir), path.resolve(deps.cwd, request.config)]);
    const journal = await startApplyJournal(auditDir, startedAt, whoLocal, prepared, batches);
    const recorder = journalRecorder(journal);
    void shutdown.stopped.then((reason) => recorder.stopping(reason));
    const gitHub = githubFor(request, deps);
    if (gitHub) await shutdown.race(publishStarted(gitHub, prepared, journal, hooks));

    // execute (a stop lets in-flight batches answer within the grace, skips the rest)
    const execution = await executePlan(prepared, batches, shutdown, recorder, hooks);
    const counts = countResults(execution.results);

    // verify
    const verified = await verifyApply(prepared, execution, shutdown);
    const { verification, verifyMs } = verified;
    const interrupted = execution.interrupted ?? verified.interrupted;

    // notify (the record holds the webhook outcome); bounded once stopping
    const { who, github } = await addPullRequest(gitHub, deps, whoLocal, Math.min(1000, shutdown.remainingMs()));
    const webhook = nothingToApply
      ? { delivered: false as const, skipped: 'nothing was applied' }
      : await notifyApply({
          prepared,
          who,
          results: execution.results,
          counts,
          verification,
          env: deps.env,
          runId,
          budgetMs: shutdown.remainingMs(),
          urgent: shutdown.urgent,
        });

    // record: beside the journal, which it completes; earlier unfinished journals are linked and closed
    const record = buildApplyRecord({
      startedAt,
      prepared,
      who,
      execution,
      verification,
      verifyMs,
      webhook,
      request,
      runId,
      interrupted,
      journal: `${journal.stem}.journal.jsonl`,
      unfinishedRuns: unfinished,
      trail: runTrail(request, prepared, who),
    });
    const audit = await writeApplyRecord(auditDir, record, journal.stem);
    await finishApplyJournal(journal, record, audit, auditDir);
    if (audit.written) await closeUnfinished(shutdown.reason ? undefined : gitHub, prepared, auditDir, unfinished, `${journal.stem}.json`, hooks);

    // publish the record to the repository
    const commit = github ? await publishAuditRecord(github, prepared, startedAt, record, shutdown.remainingMs()) : undefined;

    return {
      ...base,
      status: 'finished',
      results: execution.results,
      counts,
      ...(interrupted ? { interrupted } : {}),
      verification,
      webhook,
      record,
      journal: `${journal.stem}.journal.jsonl`,
      audit,
      ...(commit ? { commit } : {}),
    };
  } finally {
    shutdown.dispose();
  }
}

/** A signal that answered the prompt (the prompt takes it itself): the signal's name, as a stop before confirmation. */
function signalAtPrompt(error: unknown): string {
  if (error instanceof CancelledError && (error.exitCode === 130 || error.exitCode === 143)) return error.exitCode === 143 ? 'SIGTERM' : 'SIGINT';
  throw error;
}

/** Commits the journal's started line (with --commit-audit) before the first write: a lost runner still leaves a trace. */
async function publishStarted(github: GitHubPort, prepared: PreparedApply, journal: AuditJournal, hooks: ApplyHooks): Promise<void> {
  const changes = prepared.plan.queues.reduce((n, q) => n + q.changes.length, 0);
  const notCommitted = await publishJournal(
    github,
    prepared,
    journal.relative,
    snapshotText(await journal.text(), journal.relative),
    `audit: skillops apply started (${changes} changes)`,
  );
  if (notCommitted)
    hooks.warn?.(
      `The started journal could not be committed (${notCommitted}); if this run is killed, its trace is only in ${journal.relative} (the workflow artifact).`,
    );
}

/** Marks earlier unfinished journals superseded by `by`, and commits them (with --commit-audit) so the next checkout does not report them again. */
async function closeUnfinished(
  github: GitHubPort | undefined,
  prepared: PreparedApply,
  auditDir: string,
  runs: UnfinishedRun[],
  by: string,
  hooks: ApplyHooks,
): Promise<void> {
  await supersedeUnfinished(auditDir, runs, by);
  if (!github) return;
  for (const run of runs) {
    const notCommitted = await publishJournal(
      github,
      prepared,
      run.journal,
      await readJournalText(auditDir, run),
      `audit: unfinished apply ${run.journal} superseded by ${by}`,
    );
    if (notCommitted) hooks.warn?.(`The superseded journal ${run.journal} could not be committed (${notCommitted}); the next apply may report it again.`);
  }
}
