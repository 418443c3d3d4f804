// The files `skillops init` writes, from templates/ (shipped in the package): skillops.yaml, the
// plan/apply/drift workflows using the released skillops action, and a CODEOWNERS example.
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
export const WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml'] as const;

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

/** owner/name of the repository that publishes the action, from package.json `repository`. */
function actionRepository(): string {
  const file = fileURLToPath(new URL('../../../package.json', import.meta.url));
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { repository?: string | { url?: string } };
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1] ?? 'skillops/skillops';
}

export const defaultAction = () => `${actionRepository()}@v${packageInfo().version}`;

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
    ACTION: values.action,
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
