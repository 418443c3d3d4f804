// Commits an audit record back to the repository, so the history of what was applied lives next
// to the files that asked for it. `[skip ci]` keeps the commit from starting workflows.
import type { AuditRecord } from '../domain/audit.js';
import type { GitHubPort } from './port.js';

export async function commitAuditRecord(
  github: GitHubPort,
  options: { branch?: string; path: string; record: AuditRecord },
): Promise<{ sha: string; attempts: number; branch: string }> {
  const branch = options.branch ?? (await github.defaultBranch());
  const pr = options.record.who.pullRequest;
  const message =
    `audit: skillops apply ${options.record.outcome}${pr ? ` for #${pr.number}` : ''} [skip ci]\n\n` +
    `${options.record.changes.filter((c) => c.status === 'applied').length} of ${options.record.changes.length} changes applied.`;
  const result = await github.commitFile({ branch, path: options.path, content: `${JSON.stringify(options.record, null, 2)}\n`, message });
  return { ...result, branch };
}
