// Builds the audit record of one apply run (pure), described by schemas/audit.schema.json.

import type { AuditRecord, StoppedAuditRecord, Who } from '../domain/audit.js';
import type { ChangeResult } from '../domain/change-result.js';
import type { CallStats } from '../domain/live-state.js';
import type { Plan } from '../domain/plan.js';

interface AuditInput {
  startedAt: Date;
  finishedAt: Date;
  who: Who;
  plan: Plan;
  source: 'saved' | 'fresh';
  results: ChangeResult[];
  interrupted: boolean;
  stats: CallStats;
  durationsMs: AuditRecord['durationsMs'];
  verification: AuditRecord['verification'];
  webhook: AuditRecord['webhook'];
  /** --force / --force-window: the reason given, and whether the change window was overridden. */
  override?: { reason?: string; window: boolean };
  runId?: string;
  /** This run's journal, relative to the audit directory. */
  journal?: string;
  unfinishedRuns?: NonNullable<AuditRecord['unfinishedRuns']>;
}

function outcomeOf(results: ChangeResult[], interrupted: boolean, verified: boolean): AuditRecord['outcome'] {
  if (interrupted) return 'interrupted';
  if (results.length === 0) return 'no-changes';
  const applied = results.filter((r) => r.status === 'applied').length;
  if (applied === results.length && verified) return 'applied';
  return applied === 0 ? 'failed' : 'partial';
}

/** Every change with its outcome, as the audit record and the WFM webhook both carry it. */
export function changeRows(plan: Plan, results: ChangeResult[]): AuditRecord['changes'] {
  const skillNames = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  return results.map(({ change, status, error }) => ({
    action: change.action,
    skillId: change.skillId,
    skillName: skillNames.get(change.skillId) ?? String(change.skillId),
    agentId: change.agentId,
    userName: change.userName,
    ...(change.before ? { before: change.before } : {}),
    ...(change.after ? { after: change.after } : {}),
    status,
    ...(error ? { error } : {}),
  }));
}

/** The request counts a record keeps: totals, retries, writes and calls per route. */
function requestCounts(stats: CallStats): AuditRecord['requests'] {
  const writes = Object.entries(stats.byRoute)
    .filter(([route]) => /^(POST|PUT|DELETE) /.test(route))
    .reduce((n, [, count]) => n + count, 0);
  return { total: stats.requests, retries: stats.retries, writes, byRoute: stats.byRoute };
}

interface StoppedInput {
  runId: string;
  startedAt: Date;
  finishedAt: Date;
  phase: StoppedAuditRecord['phase'];
  signal: string;
  who: Who;
  /** Known once the plan was made (phase confirm). */
  plan?: { plan: Plan; source: 'saved' | 'fresh'; stats: CallStats; readMs: number; planMs: number };
  lock?: AuditRecord['lock'];
  unfinishedJournals: string[];
}

/** The record of a run a signal stopped before its first write (schemas/audit-stopped.schema.json). */
export function buildStoppedRecord(input: StoppedInput): StoppedAuditRecord {
  const planned = input.plan;
  return {
    format: 'skillops-audit-stopped/1',
    runId: input.runId,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    outcome: 'interrupted',
    phase: input.phase,
    signal: input.signal,
    who: input.who,
    ...(planned ? { requests: requestCounts(planned.stats) } : {}),
    durationsMs: {
      total: input.finishedAt.getTime() - input.startedAt.getTime(),
      ...(planned ? { read: Math.round(planned.readMs), plan: Math.round(planned.planMs) } : {}),
    },
    ...(planned
      ? {
          plan: {
            source: planned.source,
            liveFingerprint: planned.plan.liveFingerprint,
            desiredHash: planned.plan.desiredHash,
            effectiveDate: planned.plan.effectiveDate,
            summary: planned.plan.summary,
          },
        }
      : {}),
    ...(input.lock ? { lock: input.lock } : {}),
    ...(input.unfinishedJournals.length ? { unfinishedRuns: input.unfinishedJournals } : {}),
  };
}

export function buildAuditRecord(input: AuditInput, trail: Pick<AuditRecord, 'lock' | 'forced' | 'scheduled' | 'leftAlone'> = {}): AuditRecord {
  return {
    format: 'skillops-audit/1',
    ...(input.runId ? { runId: input.runId } : {}),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    outcome: outcomeOf(input.results, input.interrupted, input.verification.ok),
    who: input.who,
    plan: {
      source: input.source,
      liveFingerprint: input.plan.liveFingerprint,
      desiredHash: input.plan.desiredHash,
      effectiveDate: input.plan.effectiveDate,
      summary: input.plan.summary,
      forced: input.plan.policy.forced,
      ...(input.plan.target ? { target: input.plan.target } : {}),
    },
    policy: policyRecord(input.plan, input.override),
    ...(input.plan.impact ? { impact: input.plan.impact } : {}),
    changes: changeRows(input.plan, input.results),
    requests: requestCounts(input.stats),
    durationsMs: input.durationsMs,
    verification: input.verification,
    webhook: input.webhook,
    ...(input.journal ? { journal: input.journal } : {}),
    ...(input.unfinishedRuns?.length ? { unfinishedRuns: input.unfinishedRuns } : {}),
    ...trail,
  };
}

/** The policy verdicts the run was judged on, with any override and its reason. */
function policyRecord(plan: Plan, override: AuditInput['override']): AuditRecord['policy'] {
  const window = plan.policy.window;
  return {
    ok: plan.policy.ok,
    forced: plan.policy.forced,
    ...(override?.reason ? { reason: override.reason } : {}),
    ...(window
      ? {
          window: {
            open: window.open,
            forced: override?.window ?? false,
            ...(window.reason ? { reason: window.reason } : {}),
            timeZone: window.timeZone,
            ...(window.nextOpen ? { nextOpen: window.nextOpen } : {}),
          },
        }
      : {}),
    verdicts: plan.policy.verdicts,
  };
}

/** audit/YYYY/MM/<UTC timestamp>-<short commit>.json, relative to the audit directory. */
export function auditRelativePath(startedAt: Date, commit: string | undefined): string {
  const iso = startedAt.toISOString();
  // milliseconds included so two runs in one second still sort by time
  const stamp = iso.replace(/[-:.]/g, '');
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${stamp}-${(commit ?? 'nocommit').slice(0, 7)}.json`;
}
