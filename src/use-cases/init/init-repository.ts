// `skillops init [dir]`: scaffolds a config repository. Nothing is overwritten without --force,
// and nothing is written at all when a file would be: the user sees every conflict at once.
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SETTINGS_FILE } from '../../config/settings.js';
import { TENANTS_DIR } from '../../config/tenant-folder.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { schemaRef } from '../../queue-file/schema-ref.js';
import { forTerminal } from '../../text/untrusted.js';
import { type ImportOutcome, importQueues } from '../import/import-queues.js';
import { type AdoptionStep, adoptionSteps } from './adoption-steps.js';
import { defaultAction, renderTemplates, renderTenantTemplates, template, tenantNames } from './templates.js';

export interface InitOptions {
  force?: boolean;
  action?: string;
  branch?: string;
  tenantId?: string;
  /** Fill skills/ from the live tenant (skillops import) after scaffolding. */
  import?: boolean;
  /** Comma-separated tenant folders: the layout of many tenants (tenants/<name>/) instead of one. */
  tenants?: string;
  /** The apply workflow also publishes the report to GitHub Pages. */
  pages?: boolean;
}

export interface ScaffoldedFile {
  file: string;
  status: 'wrote' | 'overwrote' | 'unchanged' | 'appended to';
}

interface Scaffold {
  root: string;
  files: ScaffoldedFile[];
  skillsDir: string;
  settingsFile: string;
  /** With `tenants`: the tenant folders made. */
  tenants?: string[];
  /** With `import`: what the import wrote. */
  imported?: ImportOutcome;
  /** The setup steps, step 1 being this init (one tenant; `tenants` has its own next steps). */
  steps?: AdoptionStep[];
}

/** .gitignore is merged, never replaced: lines the team already has are kept. */
async function mergedGitignore(file: string): Promise<ScaffoldedFile & { text: string }> {
  const wanted = await template('gitignore');
  const existing = await readExisting(file);
  if (existing === undefined) return { file, text: wanted, status: 'wrote' };
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = wanted.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !have.has(l.trim()));
  if (missing.length === 0) return { file, text: existing, status: 'unchanged' };
  const separator = existing.endsWith('\n') || existing === '' ? '' : '\n';
  return { file, text: `${existing}${separator}# added by skillops init\n${missing.join('\n')}\n`, status: 'appended to' };
}

export async function initRepository(dir: string | undefined, options: InitOptions, io: Io): Promise<Scaffold> {
  const { cwd } = io;
  const root = path.resolve(cwd, dir ?? '.');
  const info = await lstat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`${forTerminal(path.relative(cwd, root) || root)} exists and is not a folder`);
  if (options.tenants !== undefined) return initTenants(root, tenantNames(options.tenants), options, io);
  const action = options.action ?? defaultAction();
  const templates = await renderTemplates({
    action,
    branch: options.branch ?? 'main',
    ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
    settingsSchema: schemaRef('settings', root, root),
    ...(options.pages ? { pages: true } : {}),
  });

  const files = await writeAll(root, templates, options, io);
  const skillsDir = path.join(root, 'skills');
  await keepEmpty(skillsDir, !options.import, files);
  const settingsFile = path.join(root, SETTINGS_FILE);
  const imported = options.import ? await importQueues({ config: settingsFile }, io) : undefined;
  const steps = adoptionSteps({
    dir: dir === undefined ? '.' : dir,
    branch: options.branch ?? 'main',
    action,
    ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
    imported: Boolean(options.import),
  });
  return { root, files, skillsDir, settingsFile, steps, ...(imported ? { imported } : {}) };
}

/** `init --tenants a,b`: one folder per tenant and the workflows that fan out over them. */
async function initTenants(root: string, tenants: string[], options: InitOptions, io: Io): Promise<Scaffold> {
  if (options.tenantId !== undefined)
    throw new UsageError('--tenant-id sets one tenant: with --tenants, set cxone.tenantId in each tenants/<name>/skillops.yaml');
  if (options.import) throw new UsageError('--import reads one tenant: with --tenants, run skillops -C tenants/<name> import for each, with its credentials');
  if (options.pages)
    throw new UsageError(
      '--pages publishes one report from the single-tenant apply workflow; with --tenants, run skillops -C tenants/<name> report in a workflow of your own',
    );
  const templates = await renderTenantTemplates({
    action: options.action ?? defaultAction(),
    branch: options.branch ?? 'main',
    tenants,
    settingsSchema: (tenant) => schemaRef('settings', path.join(root, TENANTS_DIR, tenant), root),
  });
  const files = await writeAll(root, templates, options, io);
  for (const tenant of tenants) await keepEmpty(path.join(root, TENANTS_DIR, tenant, 'skills'), true, files);
  const first = path.join(root, TENANTS_DIR, tenants[0]!);
  return { root, files, skillsDir: path.join(first, 'skills'), settingsFile: path.join(first, SETTINGS_FILE), tenants };
}

/** A new skills folder is kept in git by a .gitkeep until it has files. */
async function keepEmpty(skillsDir: string, keep: boolean, files: ScaffoldedFile[]): Promise<void> {
  await mkdir(skillsDir, { recursive: true });
  if (keep && (await readdir(skillsDir)).length === 0) {
    await writeFile(path.join(skillsDir, '.gitkeep'), '', 'utf8');
    files.push({ file: path.join(skillsDir, '.gitkeep'), status: 'wrote' });
  }
}

/** Reads everything first, then writes: either all files are written or none. */
async function writeAll(root: string, templates: Map<string, string>, options: InitOptions, io: Io): Promise<ScaffoldedFile[]> {
  const { cwd } = io;
  const planned: Array<ScaffoldedFile & { text: string }> = [];
  const conflicts: string[] = [];
  for (const [rel, text] of templates) {
    const file = path.join(root, rel);
    const current = await readExisting(file);
    if (current === undefined) planned.push({ file, text, status: 'wrote' });
    else if (current === text) planned.push({ file, text, status: 'unchanged' });
    else if (options.force) planned.push({ file, text, status: 'overwrote' });
    else conflicts.push(forTerminal(path.relative(cwd, file) || file));
  }
  planned.push(await mergedGitignore(path.join(root, '.gitignore')));
  if (conflicts.length > 0) {
    const what = conflicts.length === 1 ? 'a file that exists and differs' : 'files that exist and differ';
    throw new UsageError(
      `not overwriting ${what}: ${conflicts.join(', ')}. Nothing was written; run with --force to replace them (review the diff before committing).`,
    );
  }

  for (const { file, text, status } of planned) {
    if (status === 'unchanged') continue;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
  }
  return planned.map(({ file, status }) => ({ file, status }));
}

async function readExisting(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) throw new UsageError(`${forTerminal(file)} exists and is not a regular file (a link or folder): move it away first`);
  return readFile(file, 'utf8');
}
