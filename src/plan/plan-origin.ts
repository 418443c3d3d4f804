// A saved plan names the tenant and the skills folder it was made for. Applying it elsewhere is
// refused with a message naming both, instead of the misleading "skills/ changed".
import type { Plan, PlanOrigin } from '../domain/plan.js';

const tenantText = (o: PlanOrigin): string => {
  const parts = [o.tenantId ? `tenant "${o.tenantId}"` : undefined, o.apiBase].filter(Boolean);
  return parts.length > 0 ? parts.join(' at ') : 'the tenant found by discovery';
};

const sameUrl = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\/+$/, '').toLowerCase() === (b ?? '').replace(/\/+$/, '').toLowerCase();
const sameDir = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Undefined when the saved plan fits this run; else why not, naming both sides (a plan that does
 * not say where it was made for never fits). Pure: the caller passes the origin of the current run.
 */
export function checkPlanOrigin(saved: Pick<Plan, 'origin'>, current: PlanOrigin): string | undefined {
  const was = saved.origin;
  if (!was) return 'the saved plan does not say which tenant and skills folder it was made for. Run `skillops plan --out` here.';
  const reasons: string[] = [];
  const tenantDiffers = (was.tenantId ?? '') !== (current.tenantId ?? '') && was.tenantId !== undefined && current.tenantId !== undefined;
  const baseDiffers = was.apiBase !== undefined && current.apiBase !== undefined && !sameUrl(was.apiBase, current.apiBase);
  if (tenantDiffers || baseDiffers) reasons.push(`it was made for ${tenantText(was)}, and this run is for ${tenantText(current)}`);
  if (!sameDir(was.skillsDir, current.skillsDir)) reasons.push(`it was made from ${was.skillsDir}/, and this run reads ${current.skillsDir}/`);
  return reasons.length > 0 ? `the saved plan is for somewhere else: ${reasons.join('; ')}. Run \`skillops plan --out\` here.` : undefined;
}
