// The files `skillops init` writes, from templates/ (shipped in the package): skillops.yaml, the
// plan/apply/drift/edit workflows using the released skillops action, and a CODEOWNERS example.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTINGS_FILE } from '../../config/settings.js';
import { isTenantName, TENANT_NAME_RULE, TENANTS_DIR } from '../../config/tenant-folder.js';
import { UsageError } from '../../domain/errors.js';
import { isTenantId } from '../../domain/settings.js';
import { packageInfo, schemaHeader } from '../../queue-file/schema-ref.js';
import { forTerminal } from '../../text/untrusted.js';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** The workflows init writes, by path in the config repository. */
export const WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml', 'skillops-edit.yml'] as const;
/** The workflows of many tenants (templates/tenants/workflows/): plan, apply and drift fan out per tenant; no browser edits yet. */
const TENANT_WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml'] as const;

interface TemplateValues {
  /** `uses:` reference of the skillops action, pinned: owner/name@vX.Y.Z */
  action: string;
  /** The default branch: apply and drift run from it only. */
  branch: string;
  tenantId?: string;
  /** $schema reference for skillops.yaml */
  settingsSchema: string;
  /** init --pages: the apply workflow also publishes the report to GitHub Pages. */
  pages?: boolean;
}

/**
 * owner/name of the GitHub repository that publishes skillops (its action, its releases): the
 * setting `config.actionRepository` in package.json. A fork sets its own (`npm pkg set
 * config.actionRepository=acme/skillops`); the release workflow refuses a release whose setting
 * is not the repository it runs in, so no released init points at another owner.
 */
export function actionRepository(): string {
  const file = fileURLToPath(new URL('../../../package.json', import.meta.url));
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { config?: { actionRepository?: unknown } };
  const repository = pkg.config?.actionRepository;
  if (typeof repository !== 'string' || !REPOSITORY.test(repository)) throw new Error('package.json config.actionRepository must be owner/name');
  return repository;
}

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;

/** The release of this version: owner/name@vX.Y.Z. */
export const defaultAction = () => `${actionRepository()}@v${packageInfo().version}`;

/** The action in this repository's own workflows (the reference config): the one of their own commit. */
export const REFERENCE_ACTION = './';

/** A ref that is a full commit SHA: the workflows say which release it is in a comment. */
export const isCommitSha = (ref: string) => /^[0-9a-f]{40}$/.test(ref);

/**
 * The skillops action's `uses:` value as the templates write it: pinned to a commit, it carries
 * the release it is in as a comment (as for every other action), which init takes from its own
 * version: run init from that same commit (the npx commands it prints do).
 */
export function actionUses(action: string): string {
  const ref = action.slice(action.lastIndexOf('@') + 1);
  return action.includes('@') && isCommitSha(ref) ? `${action} # v${packageInfo().version}` : action;
}

/**
 * How people run skillops outside the workflows, pinned to the same release as the action: from
 * its GitHub repository (no npm release needed) for owner/name@ref, else the published package.
 */
export function npxCommand(action: string): string {
  const at = action.lastIndexOf('@');
  if (action.startsWith('./') || at < 0) return `npx --yes skillops@${packageInfo().version}`;
  const [repository, ref] = [action.slice(0, at).split('/').slice(0, 2).join('/'), action.slice(at + 1)];
  return `npx --yes github:${repository}#${ref}`;
}

const ACTION_REF = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.\-/]+$|^\.\/[A-Za-z0-9_./-]*$/;
const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;

export async function template(name: string): Promise<string> {
  return readFile(path.join(templatesDir, name), 'utf8');
}

function fill(text: string, values: Record<string, string>, name: string): string {
  const out = text.replace(/__([A-Z_]+)__/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template ${name} uses an unknown placeholder ${whole}`);
    return value;
  });
  return out;
}

function checkValues(values: { action: string; branch: string }): void {
  if (!ACTION_REF.test(values.action)) throw new UsageError(`--action must look like owner/skillops@v1.2.3, not "${forTerminal(values.action)}"`);
  if (!BRANCH.test(values.branch)) throw new UsageError(`--branch must be a branch name, not "${forTerminal(values.branch)}"`);
}

/** Every file init writes, by path relative to the repository root, in the order written. */
export async function renderTemplates(values: TemplateValues): Promise<Map<string, string>> {
  checkValues(values);
  if (values.tenantId !== undefined && !isTenantId(values.tenantId))
    throw new UsageError(`--tenant-id must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002), not "${forTerminal(values.tenantId)}"`);
  const placeholders = {
    ACTION: actionUses(values.action),
    BRANCH: values.branch,
    SCHEMA_HEADER: schemaHeader(values.settingsSchema),
    TENANT_LINE: values.tenantId ? `tenantId: ${values.tenantId}` : '# tenantId: your-tenant-id    # or apiBase: https://api-na1.niceincontact.com',
  };
  const files = new Map<string, string>();
  files.set(SETTINGS_FILE, fill(await template('skillops.yaml'), placeholders, 'skillops.yaml'));
  for (const workflow of WORKFLOWS) {
    let text = fill(await template(`workflows/${workflow}`), placeholders, workflow);
    // opt-in: the report jobs are appended to the apply workflow's jobs (its last key)
    if (values.pages && workflow === 'skillops-apply.yml')
      text += fill(await template('workflows/skillops-apply-pages.yml'), placeholders, 'skillops-apply-pages.yml');
    files.set(`.github/workflows/${workflow}`, text);
  }
  files.set('.github/CODEOWNERS', fill(await template('CODEOWNERS'), placeholders, 'CODEOWNERS'));
  return files;
}

/** The tenant folders `init --tenants` makes, checked: names of the safe alphabet, no repeats. */
export function tenantNames(list: string): string[] {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) throw new UsageError('--tenants needs at least one tenant name, e.g. --tenants uk,de,uk-uat');
  for (const name of names) {
    if (!isTenantName(name)) throw new UsageError(`--tenants: "${forTerminal(name, 60)}" is not a tenant folder name (${TENANT_NAME_RULE})`);
  }
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new UsageError(`--tenants names ${repeated} twice`);
  return names;
}

/**
 * What `init --tenants` writes: one settings file per tenant (audit records to audit/<tenant>/,
 * the default for a tenant folder), the workflows that fan out one job per tenant, and a
 * CODEOWNERS with a line per tenant. The single-tenant templates are not used, so what
 * `init` without --tenants writes stays exactly as it is.
 */
export async function renderTenantTemplates(
  values: Omit<TemplateValues, 'tenantId' | 'settingsSchema'> & { tenants: string[]; settingsSchema: (tenant: string) => string },
): Promise<Map<string, string>> {
  checkValues(values);
  const files = new Map<string, string>();
  const settings = await template('skillops.yaml');
  const ownAuditLine = '  directory: audit\n';
  if (!settings.includes(ownAuditLine)) throw new Error('templates/skillops.yaml no longer sets audit.directory as init --tenants expects');
  for (const tenant of values.tenants) {
    const placeholders = {
      ACTION: values.action,
      BRANCH: values.branch,
      SCHEMA_HEADER: schemaHeader(values.settingsSchema(tenant)),
      TENANT_LINE: `# tenantId: the-${tenant}-tenant-id    # or apiBase: https://api-na1.niceincontact.com`,
    };
    const text = fill(settings, placeholders, 'skillops.yaml').replace(
      ownAuditLine,
      `  # directory: unset, so records go to audit/${tenant}/ at the repository root (a tenant folder's default)\n`,
    );
    files.set(`${TENANTS_DIR}/${tenant}/${SETTINGS_FILE}`, text);
  }
  const placeholders = { ACTION: values.action, BRANCH: values.branch };
  for (const workflow of TENANT_WORKFLOWS) {
    files.set(`.github/workflows/${workflow}`, fill(await template(`tenants/workflows/${workflow}`), placeholders, `tenants/${workflow}`));
  }
  const owners = values.tenants.map((t) => `${`/${TENANTS_DIR}/${t}/skills/`.padEnd(32)} @your-org/${t}-wfm-analysts`).join('\n');
  files.set('.github/CODEOWNERS', fill(await template('tenants/CODEOWNERS'), { TENANT_QUEUE_OWNERS: owners }, 'tenants/CODEOWNERS'));
  return files;
}
