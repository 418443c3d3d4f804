// Guards run after planning and before confirmation: each may refuse the run with a typed error.
// Add a guard as its own function and list it in DEFAULT_GUARDS.
import { PolicyError } from '../errors.js';
import type { ApplyGuard } from './apply-types.js';

/** Safety thresholds and constraints (overridable with --force, judged when planning). */
export const policyGuard: ApplyGuard = ({ plan }) => {
  if (!plan.policy.ok) throw new PolicyError(plan.policy.violations.map((v) => v.message));
};

export const DEFAULT_GUARDS: readonly ApplyGuard[] = [policyGuard];
