// Many tenants in one repository: `tenants/<name>/skillops.yaml` with its own `skills/`. A
// tenant is known by where its settings file lives, so a command run with `-C tenants/uk`, or
// from inside that folder, acts for tenant `uk` without being told twice. A repository without a
// `tenants/` folder is a single-tenant repository and nothing here applies to it.
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const TENANTS_DIR = 'tenants';
const SETTINGS = 'skillops.yaml';

export interface TenantFolder {
  /** The folder's name: used in branch names, environments (`cxone-<name>`), markers and paths. */
  name: string;
  /** Absolute path of `tenants/<name>`. */
  dir: string;
  /** Absolute path of the repository root (the folder holding `tenants/`). */
  repoRoot: string;
}

/**
 * Tenant names go into GitHub branch and environment names, audit paths and hidden comment
 * markers unescaped, so only a small, safe alphabet is accepted.
 */
const TENANT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const isTenantName = (name: string): boolean => TENANT_NAME.test(name);
export const TENANT_NAME_RULE = 'lowercase letters, digits, "-" and "_", starting with a letter or digit, at most 40 characters';

/** The tenant whose settings file this is (`<root>/tenants/<name>/skillops.yaml`), else undefined. */
export function tenantOfSettings(settingsFile: string): TenantFolder | undefined {
  const absolute = path.resolve(settingsFile);
  if (path.basename(absolute) !== SETTINGS) return undefined;
  const dir = path.dirname(absolute);
  const parent = path.dirname(dir);
  if (path.basename(parent) !== TENANTS_DIR) return undefined;
  const name = path.basename(dir);
  if (!isTenantName(name)) return undefined;
  return { name, dir, repoRoot: path.dirname(parent) };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const isDirectory = (dir: string) =>
  stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * The repository root that holds `tenants/`: the working directory or the nearest folder above
 * it, stopping at a repository root (a folder holding .git), as the settings file is found.
 */
export async function findTenantsRoot(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    if (await isDirectory(path.join(dir, TENANTS_DIR))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, '.git')))) return undefined;
    dir = parent;
  }
}

export interface TenantListing {
  tenants: TenantFolder[];
  /** Folders under `tenants/` that are not tenants: a name outside the rule, or no skillops.yaml. */
  refused: { name: string; why: string }[];
}

/** Every tenant folder under `<repoRoot>/tenants/`, sorted by name. */
export async function listTenantFolders(repoRoot: string): Promise<TenantListing> {
  const base = path.join(repoRoot, TENANTS_DIR);
  const entries = await readdir(base, { withFileTypes: true });
  const listing: TenantListing = { tenants: [], refused: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (!isTenantName(entry.name)) {
      listing.refused.push({ name: entry.name, why: `a tenant folder's name must be ${TENANT_NAME_RULE}` });
    } else if (!(await exists(path.join(base, entry.name, SETTINGS)))) {
      listing.refused.push({ name: entry.name, why: `it has no ${SETTINGS}` });
    } else {
      listing.tenants.push({ name: entry.name, dir: path.join(base, entry.name), repoRoot });
    }
  }
  return listing;
}
