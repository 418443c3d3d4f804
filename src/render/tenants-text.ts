// `skillops tenants` and `skillops diff-tenants`: the matrix list and the difference between two
// tenants' queue files. Skill names, agents and file names come from YAML: escaped for the sink.

import { plural } from '../text/plural.js';
import { forJson, forTerminal } from '../text/untrusted.js';
import type { AssignmentSide, TenantsDiff } from '../use-cases/tenants/diff-tenants.js';
import type { TenantsResult } from '../use-cases/tenants/list-tenants.js';

/** One line of JSON, the form `fromJSON()` in a workflow reads (tenant names are of a safe alphabet). */
export const tenantsJson = (result: TenantsResult): string => `${JSON.stringify(result.tenants)}\n`;

/** For people: the tenants listed, and with --changed-since which were left out. */
export function tenantsText(result: TenantsResult): string {
  const head =
    result.since === undefined
      ? `${plural(result.tenants.length, 'tenant')}:`
      : `${plural(result.tenants.length, 'tenant')} of ${result.all.length} changed since ${forTerminal(result.since, 80)}:`;
  return `${[head, ...result.tenants.map((t) => `  ${t}`)].join('\n')}\n`;
}

const sideText = (s: AssignmentSide | undefined): string => {
  if (!s) return 'not assigned';
  const dates = s.from || s.until ? ` (${s.from ?? '…'} to ${s.until ?? '…'})` : '';
  return `proficiency ${s.proficiency}${s.active ? '' : ', inactive'}${dates}`;
};

export function tenantsDiffText(diff: TenantsDiff): string {
  const { a, b } = diff;
  if (diff.skills.length === 0) return `Tenants ${a} and ${b} have the same queue files (${plural(diff.same, 'skill')}).\n`;
  const lines = [`Tenants ${a} and ${b}: ${plural(diff.skills.length, 'skill')} differ, ${diff.same} the same.`, ''];
  for (const s of diff.skills) {
    const name = forTerminal(s.skill, 200);
    if (!s.fileB) lines.push(`< ${name}: only in ${a} (${forTerminal(s.fileA ?? '', 200)}, ${plural(s.agents.length, 'agent')})`);
    else if (!s.fileA) lines.push(`> ${name}: only in ${b} (${forTerminal(s.fileB, 200)}, ${plural(s.agents.length, 'agent')})`);
    else {
      lines.push(`~ ${name}`);
      if (s.mode) lines.push(`    mode: ${a} ${s.mode.a}, ${b} ${s.mode.b}`);
      for (const d of s.agents) {
        const mark = d.a && d.b ? '~' : d.a ? '<' : '>';
        lines.push(`  ${mark} ${forTerminal(d.agent, 200)}: ${a} ${sideText(d.a)}; ${b} ${sideText(d.b)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export const tenantsDiffJson = (diff: TenantsDiff): string => `${forJson({ format: 'skillops-tenants-diff/1', ...diff })}\n`;
