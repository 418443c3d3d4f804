// Shared shape of a rule's verdict, so every rule judges "worse" and "already broken" alike.
import type { PolicyVerdict } from '../../domain/plan.js';

const NOT_WORSE = 'already broken; not made worse by this plan';

type VerdictBase = Omit<PolicyVerdict, 'verdict' | 'message' | 'kind'>;

/**
 * A floor ("at least limit"): broken by this plan is refused; broken already and not made worse
 * is a warning, so a plan that improves a short-staffed queue is never blocked.
 */
export function floorVerdict(base: VerdictBase, messages: { refused: string; warning: string; ok: string }): PolicyVerdict {
  const { before, after, limit } = base;
  if (after >= limit) return { ...base, kind: 'constraint', verdict: 'ok', message: messages.ok };
  if (after < before) return { ...base, kind: 'constraint', verdict: 'refused', message: messages.refused };
  return { ...base, kind: 'constraint', verdict: 'warning', note: NOT_WORSE, message: messages.warning };
}

/** A ceiling ("at most limit"), judged the same way. */
export function ceilingVerdict(base: VerdictBase, messages: { refused: string; warning: string; ok: string }): PolicyVerdict {
  const { before, after, limit } = base;
  if (after <= limit) return { ...base, kind: 'constraint', verdict: 'ok', message: messages.ok };
  if (after > before) return { ...base, kind: 'constraint', verdict: 'refused', message: messages.refused };
  return { ...base, kind: 'constraint', verdict: 'warning', note: NOT_WORSE, message: messages.warning };
}

export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
