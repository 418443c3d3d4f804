// The steps that set up a config repository, in the order a new team follows them. The README's
// "Adopting skillops" list and what `skillops init` prints are this one list (a test compares
// them): each step's exact commands, with skillops pinned to the release of the action the
// workflows use, and placeholders OWNER/REPO for the team's GitHub repository.
import { defaultAction, npxCommand } from './templates.js';

export interface AdoptionStep {
  title: string;
  /** Shell commands, each exactly as it is run; none for a step done in a web page. */
  commands: string[];
  /** What to do in a web page, or what to check. */
  note?: string;
}

export interface AdoptionValues {
  /** The folder init wrote, as the user named it ('.' for here). */
  dir: string;
  branch: string;
  /** The `uses:` reference of the skillops action in the workflows. */
  action: string;
  tenantId?: string;
  /** init --import already filled skills/. */
  imported: boolean;
}

const quoted = (text: string) => (/^[\w./@:#-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`);

export function adoptionSteps(values: AdoptionValues): AdoptionStep[] {
  const npx = npxCommand(values.action);
  const { branch } = values;
  const repo = 'repos/OWNER/REPO';
  const initFlags = [
    values.action === defaultAction() ? '' : ` --action ${quoted(values.action)}`,
    branch === 'main' ? '' : ` --branch ${quoted(branch)}`,
    ` --tenant-id ${values.tenantId ?? 'TENANT_UUID'}`,
    values.imported ? ' --import' : '',
  ].join('');
  const folder = values.dir === '.' ? 'skills-config' : values.dir;
  const mainRuleset = JSON.stringify({
    name: `protect ${branch}`,
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] } },
    rules: [
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          require_code_owner_review: true,
          dismiss_stale_reviews_on_push: true,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
        },
      },
      { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'skillops plan' }] } },
    ],
  });
  const auditRuleset = JSON.stringify({
    name: 'protect skillops-audit',
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['refs/heads/skillops-audit'], exclude: [] } },
    rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
  });
  return [
    {
      title: 'Scaffold the config repository',
      commands: [`mkdir ${quoted(folder)} && cd ${quoted(folder)} && git init -b ${quoted(branch)}`, `${npx} init${initFlags}`],
      note: 'skillops.yaml, skills/, the plan, apply and drift workflows, .github/CODEOWNERS and .gitignore (TENANT_UUID: your CXone tenant id).',
    },
    {
      title: 'Create the GitHub repository and add it as the remote',
      commands: [`gh repo create OWNER/REPO --private && git remote add origin https://github.com/OWNER/REPO.git`],
    },
    {
      title: 'Create the two CXone access keys',
      commands: [],
      note: "In CXone, one dedicated user per key, each with its own role: a READ-ONLY key (view skills, users and teams) for plan, drift and import, and a READ-WRITE key (also edit skill assignments) for apply only. Create an access key in each user's profile.",
    },
    {
      title: values.imported ? 'Check the import with the read-only key' : 'Fill skills/ from the live tenant with the read-only key',
      commands: [
        'export CXONE_CLIENT_ID=... CXONE_CLIENT_SECRET=... CXONE_ACCESS_KEY_ID=... CXONE_ACCESS_KEY_SECRET=...',
        `${values.imported ? '' : `${npx} import && `}${npx} validate && ${npx} plan --detailed-exitcode`,
      ],
      note: 'plan exits 0: skills/ equals CXone.',
    },
    {
      title: 'Edit .github/CODEOWNERS, commit, push, and create the audit branch',
      commands: [
        `git add -A && git commit -m "skillops: config repository" && git push -u origin ${quoted(branch)}`,
        `git push origin ${quoted(branch)}:skillops-audit`,
      ],
      note: 'Replace the @your-org teams first. Apply commits its audit records to skillops-audit (audit.branch in skillops.yaml).',
    },
    {
      title: 'Repository secrets for plan and drift (the read-only key)',
      commands: ['for name in CXONE_CLIENT_ID CXONE_CLIENT_SECRET CXONE_READ_ACCESS_KEY_ID CXONE_READ_ACCESS_KEY_SECRET; do gh secret set "$name"; done'],
    },
    {
      title: `The cxone-production environment, deploying from ${branch} only, with the read-write key`,
      commands: [
        `gh api -X PUT ${repo}/environments/cxone-production -F 'deployment_branch_policy[protected_branches]=false' -F 'deployment_branch_policy[custom_branch_policies]=true'`,
        `gh api -X POST ${repo}/environments/cxone-production/deployment-branch-policies -f name=${quoted(branch)} -f type=branch`,
        'for name in CXONE_WRITE_ACCESS_KEY_ID CXONE_WRITE_ACCESS_KEY_SECRET; do gh secret set "$name" --env cxone-production; done',
      ],
      note: 'Never store the write key as a repository secret. Add required reviewers (Settings > Environments > cxone-production) to approve manual runs, and every merge too if a merge alone should not reach CXone.',
    },
    {
      title: 'Allow GitHub Actions to create and approve pull requests (the drift pull request)',
      commands: [`gh api -X PUT ${repo}/actions/permissions/workflow -f default_workflow_permissions=read -F can_approve_pull_request_reviews=true`],
    },
    {
      title: `Rulesets: ${branch} takes pull requests reviewed by Code Owners with the "skillops plan" check; skillops-audit cannot be deleted or force-pushed`,
      commands: [`gh api -X POST ${repo}/rulesets --input - <<< '${mainRuleset}'`, `gh api -X POST ${repo}/rulesets --input - <<< '${auditRuleset}'`],
    },
    {
      title: 'Open a pull request that changes a queue file',
      commands: ['gh pr create --fill'],
      note: 'The plan appears as one comment; merging applies exactly that plan and commits the audit record. A manual, optionally forced run: Actions > skillops apply > Run workflow.',
    },
  ];
}
