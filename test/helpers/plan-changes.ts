// A plan's changes and pending changes as short sorted lines, to assert that an edit of the
// files plans exactly what it meant and nothing else.
import type { Plan } from '../../src/domain/plan.js';

export function planLines(plan: Plan): string[] {
  const out: string[] = [];
  const state = (s?: { proficiency: number; isActive: boolean }) => (s ? `${s.proficiency}${s.isActive ? '' : ' inactive'}` : '');
  for (const q of plan.queues) {
    for (const c of q.changes) {
      const sign = c.action === 'add' ? '+' : c.action === 'remove' ? '-' : '~';
      out.push(
        `${sign} ${q.skillName} ${c.userName} ${c.action === 'update' ? `${state(c.before)} -> ${state(c.after)}` : state(c.action === 'add' ? c.after : c.before)}`.trim(),
      );
    }
    for (const p of q.pending) out.push(`pending ${q.skillName} ${p.userName} ${state(p.after)} from ${p.from}`);
  }
  return out.sort();
}

/** Makes a simulated tenant hold what the plan wants, behind skillops' back. */
export function converge(plan: Plan, tenant: { remove(s: number, a: number): void; set(s: number, a: number, p: number, active: boolean): void }): void {
  for (const q of plan.queues) {
    for (const c of q.changes) {
      if (c.action === 'remove') tenant.remove(c.skillId, c.agentId);
      else tenant.set(c.skillId, c.agentId, c.after!.proficiency, c.after!.isActive);
    }
  }
}
