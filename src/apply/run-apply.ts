// The apply use case: prepare → guards → confirm → execute → verify → record → notify → publish.
// Each phase is one function in its own module and one line here; it returns data (ApplyOutcome)
// for the CLI to render. Nothing here prints or exits.
import { randomUUID } from 'node:crypto';
import { hasChanges } from '../plan/plan-types.js';
import type { ApplyDeps, ApplyOutcome, ApplyRequest } from './apply-types.js';
import { confirmApply } from './confirm-apply.js';
import { countResults, executePlan, watchStop } from './execute-plan.js';
import { DEFAULT_GUARDS } from './guards.js';
import { identifyRun } from './identify-run.js';
import { notifyApply } from './notify-apply.js';
import { prepareApply } from './prepare-apply.js';
import { publishAuditRecord } from './publish-audit.js';
import { auditDirectory, buildApplyRecord, writeApplyRecord } from './record-apply.js';
import { verifyApply } from './verify-apply.js';
import { runTrail } from './run-trail.js';
import { selectScheduled } from './scheduled/select-due.js';

export async function performApply(request: ApplyRequest, deps: ApplyDeps): Promise<ApplyOutcome> {
  const hooks = deps.hooks ?? {};
  const startedAt = new Date();
  // One id per run: the audit record keeps it and the webhook sends it as webhook-id
  const runId = randomUUID();

  // prepare: read, plan, check a saved plan
  const prepared = selectScheduled(await prepareApply(request, deps), request);
  const base = { plan: prepared.plan, source: prepared.source, ...(prepared.scheduled ? { scheduled: prepared.scheduled } : {}) };
  hooks.planReady?.(prepared.plan, prepared.source);

  // guards: refuse before anything is written
  for (const guard of deps.guards ?? DEFAULT_GUARDS) await guard(prepared, request);
  if (!hasChanges(prepared.plan)) return { ...base, status: 'no-changes' };

  // confirm
  if (!(await confirmApply(request, prepared, hooks))) return { ...base, status: 'cancelled' };

  // execute (a stop signal lets in-flight batches finish and skips the rest)
  const stop = watchStop(deps.stop, hooks);
  const execution = await executePlan(prepared, stop, hooks);
  const counts = countResults(execution.results);

  // verify
  const { verification, verifyMs } = await verifyApply(prepared, execution);

  // notify, then record (the record holds the webhook outcome)
  const { who, github } = await identifyRun(request, deps);
  const webhook = await notifyApply({ prepared, who, results: execution.results, counts, verification, env: deps.env, runId });
  const record = buildApplyRecord({ startedAt, prepared, who, execution, verification, verifyMs, webhook, request, runId, trail: runTrail(request, prepared, who) });
  const audit = await writeApplyRecord(auditDirectory(request, prepared), record);

  // publish the record to the repository
  const commit = github ? await publishAuditRecord(github, prepared, startedAt, record) : undefined;

  return {
    ...base,
    status: 'finished',
    results: execution.results,
    counts,
    ...(execution.interrupted ? { interrupted: execution.interrupted } : {}),
    verification,
    webhook,
    record,
    audit,
    ...(commit ? { commit } : {}),
  };
}
