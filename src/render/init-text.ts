// What `skillops init` tells the user: each file and what happened to it, then the steps after.
import { shownPath } from '../text/shown-path.js';
import { forTerminal } from '../text/untrusted.js';
import type { AdoptionStep } from '../use-cases/init/adoption-steps.js';
import type { ScaffoldedFile } from '../use-cases/init/init-repository.js';

export const scaffoldText = (files: ScaffoldedFile[], cwd: string): string =>
  files.map((f) => `${f.status.padEnd(11)} ${forTerminal(shownPath(f.file, cwd))}\n`).join('');

/** The setup steps (README, "Adopting skillops"), step 1 being the init just run. */
export function nextSteps(steps: AdoptionStep[]): string {
  const lines = ['', 'Setting up the config repository, in order (step 1 is done):'];
  steps.forEach((step, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${forTerminal(step.title)}`);
    if (step.note) lines.push(`    ${forTerminal(step.note)}`);
    // commands are skillops' own text around validated values; long ones (a ruleset) stay whole
    for (const command of step.commands) lines.push(`      ${forTerminal(command, 4_000)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The steps after `init --tenants`, per tenant where a step is (docs/tenants.md). */
export function tenantNextSteps(dir: string, branch: string, tenants: string[]): string {
  const cd = dir === '.' ? '' : `cd ${/^[\w./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, "'\\''")}'`} && `;
  const first = tenants[0] ?? 'uk';
  const environments = tenants.map((t) => `      cxone-${t}-plan   and   cxone-${t}`).join('\n');
  return `
Next steps, in order:
 1. For each tenant, fill tenants/<tenant>/skills/ from its live tenant: set cxone.tenantId and
    timeZone in tenants/<tenant>/skillops.yaml, export THAT tenant's read-only credentials
    (CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET), then:
      ${cd}npx skillops -C tenants/${first} import && npx skillops -C tenants/${first} plan --detailed-exitcode   # exit 0: no changes
 2. Edit .github/CODEOWNERS: replace the @your-org teams with yours. Commit and push, and
    create the branch apply commits its audit records to (audit.branch in each skillops.yaml):
      git add -A && git commit -m "skillops: config repository for ${tenants.length} tenants" && git push
      git push origin ${branch}:skillops-audit
 3. Two environments per tenant (Settings > Environments), and NO CXone repository secrets:
${environments}
    cxone-<tenant>-plan: that tenant's READ-ONLY key, for plan and drift (any branch).
    cxone-<tenant>: that tenant's READ-WRITE key, for apply; Deployment branches: "${branch}"
    only; add required reviewers if a merge alone should not reach CXone.
    Each holds the same secret names: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID,
    CXONE_ACCESS_KEY_SECRET (and SKILLOPS_WEBHOOK_SECRET in cxone-<tenant> if you use the
    webhook). A job names one tenant's environment, so it gets that tenant's keys and no other's.
 4. Protect "${branch}": require a pull request, review from Code Owners, and the status check
    "skillops plan" (it reports once for all tenants, on every pull request).
 5. Open a pull request that changes queue files of some tenants: each tenant touched gets a plan
    job and a plan comment of its own; merging applies each tenant's reviewed plan in its own job,
    with its own lock and audit folder (audit/<tenant>/).
 6. To add a tenant later: create tenants/<name>/skillops.yaml and tenants/<name>/skills/ (copy
    another tenant's settings), its two environments, and a CODEOWNERS line. The workflows find
    it by its folder.
`;
}
