// Turns a plan's changes into the fewest CXone write requests: per skill and action, batches of
// at most batchSize agents (POST adds, PUT updates, DELETE with a body removes).
import type { Change, Plan } from '../plan/plan-types.js';

export interface Batch {
  skillId: number;
  skillName: string;
  action: Change['action'];
  changes: Change[];
}

export function planBatches(plan: Plan, batchSize: number): Batch[] {
  const batches: Batch[] = [];
  for (const queue of plan.queues) {
    for (const action of ['remove', 'update', 'add'] as const) {
      const changes = queue.changes.filter((c) => c.action === action);
      for (let i = 0; i < changes.length; i += batchSize) {
        batches.push({ skillId: queue.skillId, skillName: queue.skillName, action, changes: changes.slice(i, i + batchSize) });
      }
    }
  }
  return batches;
}

/** ceil(n / batchSize) summed over skills and actions: the minimum for that batch size. */
export const minimumWrites = (plan: Plan, batchSize: number): number =>
  plan.queues.reduce((n, q) => n + (['add', 'update', 'remove'] as const).reduce((m, a) => m + Math.ceil(q.changes.filter((c) => c.action === a).length / batchSize), 0), 0);
