// `skillops tenants [--changed-since REF]`: the tenant folders of a repository of many, all of
// them or those a change touches, for a GitHub Actions matrix (one plan or apply job each).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadSettings, SETTINGS_FILE } from '../../config/settings.js';
import { findTenantsRoot, listTenantFolders, TENANTS_DIR, type TenantFolder } from '../../config/tenant-folder.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { writeActionOutputs } from '../../github/action-output.js';

const run = promisify(execFile);

export interface TenantsResult {
  /** The repository root holding tenants/. */
  root: string;
  /** Names of the tenants listed: all, or those the change touches. */
  tenants: string[];
  /** Every tenant folder, whether listed or not. */
  all: string[];
  /** With --changed-since: the ref compared with. */
  since?: string;
}

/** The repository root holding tenants/, from the working directory upward; refuses when none. */
export async function tenantsRoot(io: Io): Promise<{ root: string; tenants: TenantFolder[] }> {
  const root = await findTenantsRoot(io.cwd);
  if (!root)
    throw new UsageError(`no ${TENANTS_DIR}/ folder in ${io.cwd} or above it: this is a single-tenant repository (see docs/tenants.md for the layout of many)`);
  const listing = await listTenantFolders(root);
  // a folder left out of the matrix would never be planned or applied: refuse rather than skip it
  if (listing.refused.length > 0) {
    const lines = listing.refused.map((r) => `  ${TENANTS_DIR}/${JSON.stringify(r.name).slice(1, -1)}: ${r.why}`);
    throw new UsageError(`these folders under ${TENANTS_DIR}/ are not tenants:\n${lines.join('\n')}\nRename or move them, or add their ${SETTINGS_FILE}.`);
  }
  return { root, tenants: listing.tenants };
}

export async function listTenants(options: { changedSince?: string }, io: Io): Promise<TenantsResult> {
  const { root, tenants } = await tenantsRoot(io);
  const all = tenants.map((t) => t.name);
  let listed = all;
  if (options.changedSince !== undefined) {
    const changed = await changedFiles(root, options.changedSince);
    const touched: string[] = [];
    for (const tenant of tenants) if (await touches(tenant, root, changed)) touched.push(tenant.name);
    listed = touched;
  }
  writeActionOutputs(io.env, { tenants: JSON.stringify(listed), count: String(listed.length) });
  return { root, tenants: listed, all, ...(options.changedSince !== undefined ? { since: options.changedSince } : {}) };
}

/**
 * Files changed since `ref` (committed or not, and new files not yet added), relative to `root`,
 * with `/` separators. A rename counts as both of its paths: moving a queue file from one tenant
 * to another touches both.
 */
async function changedFiles(root: string, ref: string): Promise<Set<string>> {
  // a ref that looks like an option would be read by git as one
  if (ref.startsWith('-') || ref.trim() === '') throw new UsageError(`--changed-since needs a git commit or ref, not "${ref}"`);
  const git = async (args: string[]) => {
    try {
      return (await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
      throw new UsageError(`git could not list the changes since ${ref}: ${stderr.split('\n')[0] || String(error)}`);
    }
  };
  // the whole repository, not only tenants/: a tenant's skillsDir may point outside its folder
  const diff = await git(['diff', '--name-only', '--no-renames', '--relative', '-z', ref, '--']);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z']);
  return new Set(
    `${diff}\0${untracked}`
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => f.split(path.sep).join('/')),
  );
}

/** Whether a changed file is this tenant's settings, one of its queue files or its check cache. */
async function touches(tenant: TenantFolder, root: string, changed: Set<string>): Promise<boolean> {
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const settingsFile = relative(path.join(tenant.dir, SETTINGS_FILE));
  if (changed.has(settingsFile)) return true;
  const loaded = await loadSettings(path.join(tenant.dir, SETTINGS_FILE), root);
  const folders = [relative(path.join(tenant.dir, loaded.settings.skillsDir)), relative(path.join(tenant.dir, '.skillops-cache'))];
  for (const file of changed) if (folders.some((folder) => file === folder || file.startsWith(`${folder}/`))) return true;
  return false;
}
