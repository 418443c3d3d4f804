// `skillops tenants` and `skillops diff-tenants`: call the use case, render, exit code.
import type { Io } from '../../domain/io.js';
import { tenantsDiffJson, tenantsDiffText, tenantsJson, tenantsText } from '../../render/tenants-text.js';
import { diffTenants } from '../../use-cases/tenants/diff-tenants.js';
import { listTenants } from '../../use-cases/tenants/list-tenants.js';

export async function tenantsCommand(options: { changedSince?: string; format: 'json' | 'text' }, io: Io): Promise<number> {
  const result = await listTenants(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}, io);
  io.out(options.format === 'text' ? tenantsText(result) : tenantsJson(result));
  return 0;
}

/** Exit 0 when the two tenants' queue files agree, 2 when they differ (as diff and plan --detailed-exitcode). */
export async function diffTenantsCommand(a: string, b: string, options: { format: 'json' | 'text' }, io: Io): Promise<number> {
  const diff = await diffTenants(a, b, io);
  io.out(options.format === 'json' ? tenantsDiffJson(diff) : tenantsDiffText(diff));
  return diff.skills.length > 0 ? 2 : 0;
}
