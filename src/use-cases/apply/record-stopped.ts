// Record of a run stopped before its first write: a signal during the read (files, live CXone,
// planning) or while waiting for confirmation. Nothing was changed, and the record says so, with
// who, which signal and in which phase, so every apply that was started leaves a trace. It is
// written locally beside the other records (the workflow keeps the audit folder as an artifact);
// a failure to write it is reported as data, never thrown.
import path from 'node:path';
import { auditRelativePath, buildStoppedRecord } from '../../audit/audit-record.js';
import type { UnfinishedRun } from '../../audit/journal.js';
import { whoFromEnvironment } from '../../audit/who.js';
import { writeAuditRecord } from '../../audit/write-audit.js';
import { loadSettings } from '../../config/settings.js';
import type { StoppedAuditRecord } from '../../domain/audit.js';
import { SkillopsError } from '../../domain/errors.js';
import { hasErrors } from '../../domain/problem.js';
import type { ApplyDeps, ApplyRequest, AuditWriteOutcome, PreparedApply } from './apply-types.js';
import { auditDirectory } from './record-apply.js';

interface StoppedRun {
  runId: string;
  startedAt: Date;
  phase: StoppedAuditRecord['phase'];
  signal: string;
  /** The plan, once made (phase confirm). */
  prepared?: PreparedApply;
  unfinished: UnfinishedRun[];
}

/** Writes the stopped run's record; undefined when no audit folder is known (the settings could not be read). */
export async function recordStopped(
  run: StoppedRun,
  request: ApplyRequest,
  deps: ApplyDeps,
): Promise<{ record: StoppedAuditRecord; audit: AuditWriteOutcome } | undefined> {
  const where = run.prepared
    ? { dir: auditDirectory(request, run.prepared), skills: run.prepared.inputs.settings.skillsDir, root: run.prepared.inputs.root }
    : await auditFolderOf(request, deps);
  if (!where) return undefined;
  const who = await whoFromEnvironment(deps.env, deps.cwd, [path.join(where.root, where.skills), path.resolve(deps.cwd, request.config)]);
  const { prepared } = run;
  const record = buildStoppedRecord({
    runId: run.runId,
    startedAt: run.startedAt,
    finishedAt: new Date(),
    phase: run.phase,
    signal: run.signal,
    who,
    ...(prepared
      ? {
          plan: {
            plan: prepared.plan,
            source: prepared.source,
            stats: prepared.inputs.cxone.stats(),
            readMs: prepared.inputs.readMs,
            planMs: prepared.inputs.planMs,
          },
        }
      : {}),
    ...(request.lock ? { lock: request.lock } : {}),
    unfinishedJournals: run.unfinished.map((u) => u.journal),
  });
  try {
    return { record, audit: { written: true, path: await writeAuditRecord(where.dir, record, auditRelativePath(run.startedAt, who.commit)) } };
  } catch (error) {
    const why = error instanceof SkillopsError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    return { record, audit: { written: false, directory: where.dir, error: why } };
  }
}

/** The audit folder when the read was cut short: from --audit-dir, else from the settings file. */
async function auditFolderOf(request: ApplyRequest, deps: ApplyDeps): Promise<{ dir: string; skills: string; root: string } | undefined> {
  try {
    const loaded = await loadSettings(request.config, deps.cwd);
    if (hasErrors(loaded.problems)) return request.auditDir ? { dir: request.auditDir, skills: 'skills', root: loaded.root } : undefined;
    const { settings, root } = loaded;
    return { dir: request.auditDir ?? path.join(root, settings.audit.directory), skills: settings.skillsDir, root };
  } catch {
    return undefined;
  }
}
