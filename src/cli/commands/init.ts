// `skillops init [dir]`: scaffolds a config repository from templates/ (shipped in the package):
// skillops.yaml, skills/, the plan/apply/drift workflows using the released skillops action,
// a CODEOWNERS example and .gitignore. Nothing is overwritten without --force, and nothing is
// written at all when a file would be: the user sees every conflict at once.
import { readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageInfo, schemaHeader, schemaRef } from '../../queue-file/schema-ref.js';
import { SETTINGS_FILE } from '../../config/settings.js';
import { UsageError } from '../../domain/errors.js';
import { forTerminal } from '../../text/untrusted.js';
import type { Io } from '../../domain/io.js';

export const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** The workflows init writes, by path in the config repository. */
export const WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml'] as const;

export interface TemplateValues {
  /** `uses:` reference of the skillops action, pinned: owner/name@vX.Y.Z */
  action: string;
  /** The default branch: apply and drift run from it only. */
  branch: string;
  tenantId?: string;
  /** $schema reference for skillops.yaml */
  settingsSchema: string;
}

/** owner/name of the repository that publishes the action, from package.json `repository`. */
export function actionRepository(): string {
  const file = fileURLToPath(new URL('../../../package.json', import.meta.url));
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { repository?: string | { url?: string } };
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1] ?? 'skillops/skillops';
}

export const defaultAction = () => `${actionRepository()}@v${packageInfo().version}`;

const ACTION_REF = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.\-/]+$|^\.\/[A-Za-z0-9_./-]*$/;
const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;
const TENANT = /^[A-Za-z0-9._-]{1,200}$/;

async function template(name: string): Promise<string> {
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
  if (values.tenantId !== undefined && !TENANT.test(values.tenantId)) throw new UsageError(`--tenant-id must be letters, digits, ".", "_" or "-", not "${forTerminal(values.tenantId)}"`);
  const placeholders = {
    ACTION: values.action,
    BRANCH: values.branch,
    SCHEMA_HEADER: schemaHeader(values.settingsSchema),
    TENANT_LINE: values.tenantId ? `tenantId: ${values.tenantId}` : '# tenantId: your-tenant-id    # or apiBase: https://api-na1.niceincontact.com',
  };
  const files = new Map<string, string>();
  files.set(SETTINGS_FILE, fill(await template('skillops.yaml'), placeholders, 'skillops.yaml'));
  for (const workflow of WORKFLOWS) {
    files.set(`.github/workflows/${workflow}`, fill(await template(`workflows/${workflow}`), placeholders, workflow));
  }
  files.set('.github/CODEOWNERS', fill(await template('CODEOWNERS'), placeholders, 'CODEOWNERS'));
  return files;
}

export interface InitOptions {
  force?: boolean;
  action?: string;
  branch?: string;
  tenantId?: string;
  /** Fill skills/ from the live tenant (skillops import) after scaffolding. */
  import?: boolean;
}

type Status = 'wrote' | 'overwrote' | 'unchanged' | 'appended to';

export async function initCommand(dir: string | undefined, options: InitOptions, io: Io): Promise<number> {
  const root = path.resolve(io.cwd, dir ?? '.');
  const shown = (p: string) => {
    const rel = path.relative(io.cwd, p);
    return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
  };
  const info = await lstat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`${forTerminal(shown(root))} exists and is not a folder`);

  const files = await renderTemplates({
    action: options.action ?? defaultAction(),
    branch: options.branch ?? 'main',
    ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
    settingsSchema: schemaRef('settings', root, root),
  });

  // Read everything first: either all files are written or none
  const plan: Array<{ file: string; text: string; status: Status }> = [];
  const conflicts: string[] = [];
  for (const [rel, text] of files) {
    const file = path.join(root, rel);
    const current = await readExisting(file);
    if (current === undefined) plan.push({ file, text, status: 'wrote' });
    else if (current === text) plan.push({ file, text, status: 'unchanged' });
    else if (options.force) plan.push({ file, text, status: 'overwrote' });
    else conflicts.push(forTerminal(shown(file)));
  }
  // .gitignore is merged, never replaced: lines the team already has are kept
  const gitignore = path.join(root, '.gitignore');
  const wanted = await template('gitignore');
  const existing = await readExisting(gitignore);
  if (existing === undefined) {
    plan.push({ file: gitignore, text: wanted, status: 'wrote' });
  } else {
    const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
    const missing = wanted.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !have.has(l.trim()));
    plan.push(missing.length === 0
      ? { file: gitignore, text: existing, status: 'unchanged' }
      : { file: gitignore, text: `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}# added by skillops init\n${missing.join('\n')}\n`, status: 'appended to' });
  }
  if (conflicts.length > 0) {
    throw new UsageError(`not overwriting ${conflicts.length === 1 ? 'a file that exists and differs' : 'files that exist and differ'}: ${conflicts.join(', ')}. Nothing was written; run with --force to replace them (review the diff before committing).`);
  }

  for (const { file, text, status } of plan) {
    if (status !== 'unchanged') {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    }
    io.out(`${status.padEnd(11)} ${forTerminal(shown(file))}\n`);
  }
  const skills = path.join(root, 'skills');
  await mkdir(skills, { recursive: true });
  const settingsFile = path.join(root, SETTINGS_FILE);

  if (options.import) {
    io.out(`\nImporting the live tenant into ${forTerminal(shown(skills))}/ (skillops import):\n`);
    const { importCommand } = await import('./import.js');
    const code = await importCommand({ config: settingsFile }, io);
    if (code !== 0) return code;
  } else if ((await readdir(skills)).length === 0) {
    await writeFile(path.join(skills, '.gitkeep'), '', 'utf8');
    io.out(`${'wrote'.padEnd(11)} ${forTerminal(shown(path.join(skills, '.gitkeep')))}\n`);
  }

  io.out(nextSteps(forTerminal(shown(root)), options.branch ?? 'main', Boolean(options.import)));
  return 0;
}

async function readExisting(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) throw new UsageError(`${forTerminal(file)} exists and is not a regular file (a link or folder): move it away first`);
  return readFile(file, 'utf8');
}

/** The steps after init, in the order a team follows them (README "Adopting skillops"). */
export function nextSteps(dir: string, branch: string, imported: boolean): string {
  const cd = dir === '.' ? '' : `cd ${/^[\w./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, "'\\''")}'`} && `;
  return `
Next steps, in order:
 1. ${imported ? 'Check the import' : 'Fill skills/ from the live tenant'}: set cxone.tenantId and timeZone in skillops.yaml, export the
    read-only credentials (CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID,
    CXONE_ACCESS_KEY_SECRET), then:
      ${cd}${imported ? '' : 'npx skillops import && '}npx skillops validate && npx skillops plan --detailed-exitcode   # exit 0: no changes
 2. Edit .github/CODEOWNERS: replace the @your-org teams with yours. Commit and push, and
    create the branch apply commits its audit records to (audit.branch in skillops.yaml):
      git add -A && git commit -m "skillops: config repository" && git push
      git push origin ${branch}:skillops-audit
 3. Repository secrets (Settings > Secrets and variables > Actions), used by plan and drift:
      CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_READ_ACCESS_KEY_ID, CXONE_READ_ACCESS_KEY_SECRET
    (the READ-ONLY access key: a CXone user whose role can only view skills and users).
 4. Environment "cxone-production" (Settings > Environments): Deployment branches: selected
    branches, "${branch}" only. Its secrets, used by apply only:
      CXONE_WRITE_ACCESS_KEY_ID, CXONE_WRITE_ACCESS_KEY_SECRET (the read-write key), and
      SKILLOPS_WEBHOOK_SECRET if you use the webhook. Add required reviewers: they approve
      manual runs, and every merge too if a merge alone should not reach CXone. Never store the write key as a repository secret.
 5. Protect "${branch}" (Settings > Rules or Branches): require a pull request, review from Code
    Owners, and the status check "skillops plan" (it reports on every pull request).
 6. Open a pull request that changes a queue file: the plan appears as a comment; merging it
    applies exactly that plan (or nothing, explained on the pull request, if CXone changed
    since) and commits the audit record. To re-plan and apply by hand (optionally forced, with
    a reason): Actions > skillops apply > Run workflow; the environment's reviewers approve it.
`;
}
