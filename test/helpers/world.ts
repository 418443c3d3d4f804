// Small hand-built tenants for planner tests: plain data in, plain data out.
import { agentRef, type DesiredAssignment, type DesiredQueue, type DesiredState } from '../../src/domain/desired-state.js';
import type { Agent, LiveAssignment, LiveState, Skill } from '../../src/domain/live-state.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';

export const agent = (agentId: number, userName: string, extra: Partial<Agent> = {}): Agent => ({
  agentId,
  userName,
  firstName: userName.split('@')[0]!.split('.')[0] ?? '',
  lastName: 'X',
  isActive: true,
  ...extra,
});
export const skill = (skillId: number, skillName: string, isActive = true): Skill => ({ skillId, skillName, isActive });
export const live = (skillId: number, agentId: number, proficiency: number, isActive = true): LiveAssignment => ({ skillId, agentId, proficiency, isActive });

export const AGENTS = [agent(1, 'ann@x.com'), agent(2, 'bob@x.com'), agent(3, 'cy@x.com'), agent(4, 'dee@x.com'), agent(5, 'eve@x.com', { isActive: false })];
export const SKILLS = [skill(100, 'Billing'), skill(200, 'Sales'), skill(300, 'Unmanaged')];

let line = 10;
export function entry(ref: string | number, proficiency: number, extra: Partial<DesiredAssignment> = {}): DesiredAssignment {
  line++;
  return { agent: agentRef(ref), written: String(ref), proficiency, active: true, at: { file: 'skills/q.yaml', line, col: 12 }, ...extra };
}

export function queue(skillName: string, agents: DesiredAssignment[], extra: Partial<DesiredQueue> = {}): DesiredQueue {
  const file = `skills/${skillName.toLowerCase()}.yaml`;
  return {
    file,
    skill: skillName,
    mode: 'authoritative',
    proficiency: { min: 1, max: 20 },
    minActiveAgents: 0,
    agents,
    at: { file, line: 1, col: 8 },
    ...extra,
  };
}

export const desired = (...queues: DesiredQueue[]): DesiredState => ({ queues });
export const liveState = (assignments: LiveAssignment[], agents = AGENTS, skills = SKILLS): LiveState => ({ skills, agents, assignments });
export const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
export const NOW = new Date('2026-11-25T15:00:00Z');
