import { createHash } from 'node:crypto';
import type { LiveAssignment } from '../domain/live-state.js';
import { timeSlices } from '../text/time-slice.js';
import type { ResolvedQueue } from './resolve.js';

/** Hash of exactly the live assignments a plan depends on (its managed skills), order-free. */
export function liveFingerprint(skillIds: number[], liveBySkill: Map<number, Map<number, LiveAssignment>>): string {
  const hash = createHash('sha256');
  for (const skillId of [...skillIds].sort((a, b) => a - b)) {
    const held = liveBySkill.get(skillId);
    // one text per skill, joined once: hashing 500k tiny strings one by one is slow, and so is
    // growing one string by 500k appends
    const parts = [`skill ${skillId}\n`];
    if (held) {
      // a typed array sorts numbers as numbers, without a comparator: the same order, faster
      for (const agentId of Float64Array.from(held.keys()).sort()) {
        const a = held.get(agentId)!;
        parts.push(`${agentId}:${a.proficiency}:${a.isActive ? 1 : 0}\n`);
      }
    }
    hash.update(parts.join(''));
  }
  return `sha256:${hash.digest('hex')}`;
}

/** Hash of the desired state as the planner understood it (positions left out). */
export function desiredHash(queues: ResolvedQueue[]): string {
  const hash = createHash('sha256');
  for (const q of byQueueSkill(queues)) hash.update(queueText(q));
  return `sha256:${hash.digest('hex')}`;
}

/**
 * desiredHash in slices, the same value: made while the live read is still running (see
 * prepareDesired), so the thread keeps taking in the read's answers on time.
 */
export async function desiredHashSliced(queues: ResolvedQueue[]): Promise<string> {
  const hash = createHash('sha256');
  const slices = timeSlices();
  for (const q of byQueueSkill(queues)) {
    await slices.pause();
    hash.update(queueText(q));
  }
  return `sha256:${hash.digest('hex')}`;
}

const byQueueSkill = (queues: ResolvedQueue[]) => [...queues].sort((a, b) => a.skillId - b.skillId);

/** One queue's part of the hash: hashed with one update per queue, not per entry. */
function queueText(q: ResolvedQueue): string {
  let text = `queue ${q.skillId} ${q.mode} ${q.proficiency.min}-${q.proficiency.max} min${q.minActiveAgents}\n`;
  const ids = q.agentIds;
  const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
  for (const i of order) {
    const a = q.agents[i]!;
    text += `${ids[i]}:${a.proficiency}:${a.active ? 1 : 0}:${a.from ?? ''}:${a.until ?? ''}\n`;
  }
  return text;
}
