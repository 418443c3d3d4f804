// Guard: with --commit-audit, the audit branch must exist and be writable BEFORE any
// CXone write; a missing branch is created from the default branch head. The record goes to a
// dedicated branch (audit.branch, default skillops-audit) because a protected default branch
// refuses pushes made with GITHUB_TOKEN.
import { GitHubAccessError, GitHubError } from '../../domain/errors.js';
import type { GitHubPort } from '../../github/port.js';
import type { ApplyGuard } from './apply-types.js';

export const auditAccessGuard =
  (github: GitHubPort): ApplyGuard =>
  async ({ inputs }) => {
    const branch = inputs.settings.audit.branch ?? (await github.defaultBranch());
    try {
      await github.ensureBranch(branch);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      throw new GitHubAccessError(
        `cannot commit audit records to branch ${branch}: ${error.message}. Nothing was written to CXone. Give the workflow \`permissions: contents: write\`, or set audit.branch in skillops.yaml to a branch the token may push to.`,
      );
    }
  };
