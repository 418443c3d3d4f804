// Reads what the planner needs from the tenant: skills, agents, and every assignment (one
// paged tenant-wide listing is the cheapest read; coverage needs unmanaged skills too).
import type { CxonePort } from './port.js';
import type { Agent, LiveAssignment, Skill } from './types.js';

export interface LiveState {
  skills: Skill[];
  agents: Agent[];
  assignments: LiveAssignment[];
}

export async function readLiveState(cxone: CxonePort): Promise<LiveState> {
  const [skills, agents, assignments] = await Promise.all([cxone.listSkills(), cxone.listAgents(), cxone.listAllAssignments()]);
  return { skills, agents, assignments };
}
