// Publish: commit the audit record to the repository through the GitHub API (with
// --commit-audit in Actions). A failure is reported as data: the changes were applied anyway.
// The journal's started line is committed too, before the first write: a runner that dies
// (kill -9, lost machine, no artifact upload) still leaves in the repository who started what,
// and the next apply's checkout finds it unfinished.
import path from 'node:path';
import { auditRelativePath } from '../../audit/audit-record.js';
import type { AuditRecord } from '../../domain/audit.js';
import { commitAuditRecord } from '../../github/commit-audit.js';
import type { GitHubPort } from '../../github/port.js';
import type { AuditCommitOutcome, PreparedApply } from './apply-types.js';
import { within } from './shutdown.js';

/** Commits the record within `budgetMs` (Infinity: no limit; the GitHub client has its own timeouts). */
export async function publishAuditRecord(
  github: GitHubPort,
  prepared: PreparedApply,
  startedAt: Date,
  record: AuditRecord,
  budgetMs = Infinity,
): Promise<AuditCommitOutcome> {
  const { audit } = prepared.inputs.settings;
  const repoPath = repoPathOf(prepared, auditRelativePath(startedAt, record.who.commit));
  try {
    if (budgetMs <= 0) return { committed: false, path: repoPath, error: 'apply was stopped a second time: only the local record was written' };
    const committed = await within(
      commitAuditRecord(github, { path: repoPath, record, ...(audit.branch ? { branch: audit.branch } : {}) }),
      budgetMs,
      () => undefined,
    );
    if (!committed) return { committed: false, path: repoPath, error: 'not committed before the shutdown deadline' };
    return { committed: true, path: repoPath, ...committed };
  } catch (error) {
    return { committed: false, path: repoPath, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Repository path of a file under the audit directory. A tenant's settings are relative to its
 * folder, the repository's paths to its root: `tenants/uk`'s `../../audit/uk` is `audit/uk`.
 */
const repoPathOf = (prepared: PreparedApply, relative: string): string => {
  const { settings, tenant, root } = prepared.inputs;
  const directory = tenant ? path.relative(tenant.repoRoot, path.resolve(root, settings.audit.directory)) : settings.audit.directory;
  return path.posix.join(directory.split(path.sep).join('/'), relative);
};

/**
 * Commits a journal as it is now (`[skip ci]`) within `budgetMs`; returns why it was not
 * committed, or undefined when it was.
 */
export async function publishJournal(
  github: GitHubPort,
  prepared: PreparedApply,
  relative: string,
  content: string,
  message: string,
  budgetMs = Infinity,
): Promise<string | undefined> {
  const { audit } = prepared.inputs.settings;
  if (budgetMs <= 0) return 'no time left';
  try {
    const branch = audit.branch ?? (await github.defaultBranch());
    const done = await within(
      github.commitFile({ branch, path: repoPathOf(prepared, relative), content, message: `${message} [skip ci]` }),
      budgetMs,
      () => undefined,
    );
    return done ? undefined : 'not committed before the shutdown deadline';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
