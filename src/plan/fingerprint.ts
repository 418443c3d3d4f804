import { createHash } from 'node:crypto';
import type { LiveAssignment } from '../cxone/types.js';
import type { ResolvedQueue } from './resolve.js';

/** Hash of exactly the live assignments a plan depends on (its managed skills), order-free. */
export function liveFingerprint(skillIds: number[], liveBySkill: Map<number, Map<number, LiveAssignment>>): string {
  const hash = createHash('sha256');
  for (const skillId of [...skillIds].sort((a, b) => a - b)) {
    hash.update(`skill ${skillId}\n`);
    const held = liveBySkill.get(skillId);
    if (!held) continue;
    for (const agentId of [...held.keys()].sort((a, b) => a - b)) {
      const a = held.get(agentId)!;
      hash.update(`${agentId}:${a.proficiency}:${a.isActive ? 1 : 0}\n`);
    }
  }
  return `sha256:${hash.digest('hex')}`;
}

/** Hash of the desired state as the planner understood it (positions left out). */
export function desiredHash(queues: ResolvedQueue[]): string {
  const canonical = [...queues]
    .sort((a, b) => a.skillId - b.skillId)
    .map((q) => ({
      skillId: q.skillId,
      mode: q.mode,
      proficiency: q.proficiency,
      minActiveAgents: q.minActiveAgents,
      agents: [...q.agents].sort((a, b) => a.agentId - b.agentId).map((a) => [a.agentId, a.proficiency, a.active, a.from ?? null, a.until ?? null]),
    }));
  return `sha256:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}
