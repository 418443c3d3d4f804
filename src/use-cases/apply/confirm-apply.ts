// Confirm: a saved plan was reviewed already, --auto-approve says yes; otherwise a person must
// type "yes", and without a terminal (CI) there is no one to ask.
import { UsageError } from '../../domain/errors.js';
import type { ApplyHooks, ApplyRequest, PreparedApply } from './apply-types.js';

export async function confirmApply(request: ApplyRequest, prepared: PreparedApply, hooks: ApplyHooks): Promise<boolean> {
  if (request.planFile || request.autoApprove) return true;
  if (!hooks.confirm) throw new UsageError('apply needs --auto-approve when there is no terminal to confirm on (as in CI)');
  return hooks.confirm(prepared.plan);
}
