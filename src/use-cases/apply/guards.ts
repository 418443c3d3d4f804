// Guards run after planning and before confirmation: each may refuse the run with a typed error.
// Add a guard as its own function and list it in DEFAULT_GUARDS.
import { ChangeWindowError } from '../../domain/errors.js';
import { hasChanges } from '../../domain/plan.js';
import { policyError } from '../../plan/policy.js';
import type { ApplyGuard } from './apply-types.js';

/** Safety thresholds and constraints (overridable with --force, judged when planning). */
const policyGuard: ApplyGuard = ({ plan }) => {
  if (!plan.policy.ok) throw policyError(plan);
};

/**
 * Change windows: outside them (or on a freeze date) a run with changes refuses, unless
 * --force-window with a reason. A run with nothing to change passes, so a scheduled apply
 * outside a window is quiet when there is nothing to do.
 */
const changeWindowGuard: ApplyGuard = ({ plan }, request) => {
  const window = plan.policy.window;
  if (!window || window.open || !hasChanges(plan) || request.forceWindow) return;
  const next = window.nextOpenLocal
    ? ` The next window opens ${window.nextOpenLocal} ${window.timeZone} (${window.nextOpen}).`
    : ' No window opens within a year.';
  throw new ChangeWindowError(
    `apply refused: ${window.reason ?? 'outside the change windows'}.${next} For an emergency change use --force-window --reason "why"; the reason goes into the audit record.`,
  );
};

export const DEFAULT_GUARDS: readonly ApplyGuard[] = [changeWindowGuard, policyGuard];
