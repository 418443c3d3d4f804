// The files `skillops init` writes, from templates/ (shipped in the package): skillops.yaml, the
// plan/apply/drift/edit workflows using the released skillops action, and a CODEOWNERS example.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTINGS_FILE } from '../../config/settings.js';
import { UsageError } from '../../domain/errors.js';
import { isTenantId } from '../../domain/settings.js';
import { packageInfo, schemaHeader } from '../../queue-file/schema-ref.js';
import { forTerminal } from '../../text/untrusted.js';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** The workflows init writes, by path in the config repository. */
export const WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml', 'skillops-edit.yml'] as const;

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

/** Every file init writes, by path relative to the repository root, in the order written. */
export async function renderTemplates(values: TemplateValues): Promise<Map<string, string>> {
  if (!ACTION_REF.test(values.action)) throw new UsageError(`--action must look like owner/skillops@v1.2.3, not "${forTerminal(values.action)}"`);
  if (!BRANCH.test(values.branch)) throw new UsageError(`--branch must be a branch name, not "${forTerminal(values.branch)}"`);
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
