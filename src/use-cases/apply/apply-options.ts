// Apply's options checked before anything is read: combinations it refuses, and a forced run's
// reason (from --reason, or from SKILLOPS_REASON so a workflow never puts it into a script).
import { UsageError } from '../../domain/errors.js';
import type { ApplyRequest } from './apply-types.js';

export type ApplyOptions = ApplyRequest & {
  /** text (default) or json: one skillops-apply/1 document on stdout (schemas/apply-output.schema.json). */
  format?: 'text' | 'json';
  /** The merged pull request whose reviewed plan this is: a refusal is explained there. */
  pr?: number;
  /** The other pull requests merged in the same push (a merge queue's group): each hears a refusal too. */
  alsoPrs?: number[];
};

export function checkedApplyOptions(options: ApplyOptions, env: NodeJS.ProcessEnv): ApplyOptions {
  // a workflow passes the reason of a forced run through the environment, never into a script
  if (options.reason === undefined && env.SKILLOPS_REASON?.trim()) options = { ...options, reason: env.SKILLOPS_REASON };
  // The prompt and the plan text would mix with the document: JSON runs never ask
  if (options.format === 'json' && !options.autoApprove && !options.planFile)
    throw new UsageError('apply --format json needs --auto-approve or a saved plan (it never asks for confirmation)');
  const forcing = [options.force ? '--force' : '', options.forceWindow ? '--force-window' : ''].filter(Boolean);
  if (forcing.length > 0 && !options.reason?.trim()) {
    throw new UsageError(`${forcing.join(' and ')} needs --reason "why": the reason goes into the audit record`);
  }
  checkApplyOptions(options);
  checkApplyOptions(options);
  return options;
}

/** Option combinations apply refuses before reading anything . */
function checkApplyOptions(options: ApplyOptions): void {
  if (options.scheduled && options.planFile) throw new UsageError('--scheduled plans afresh to find what is due; it does not take a saved plan');
  if (options.pr !== undefined && !options.planFile)
    throw new UsageError('--pr explains a refused reviewed plan on its pull request; pass the plan file too (skillops apply plan.json --pr N)');
  if (options.forceUnlock !== undefined && !/^[0-9a-f]{8}$/.test(options.forceUnlock))
    throw new UsageError(`--force-unlock takes the 8-character lock id the refusal names, not "${options.forceUnlock}"`);
}
