// Fixtures for the simulator: the demo tenant that skills/ describes, JSON files, and a
// generator for large tenants used by tests and benchmarks.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './random.js';
import type { AgentRecord, AssignmentRecord, Fixture, SkillRecord } from './tenant.js';

const demoPath = fileURLToPath(new URL('../../src/sim/fixtures/demo.json', import.meta.url));

export async function loadFixture(spec: string): Promise<Fixture> {
  if (spec === 'demo') return JSON.parse(await readFile(demoPath, 'utf8')) as Fixture;
  const generated = /^generate:(\d+)x(\d+)x(\d+)$/.exec(spec);
  if (generated) return generateTenant({ skills: Number(generated[1]), agents: Number(generated[2]), assignments: Number(generated[3]) });
  return JSON.parse(await readFile(spec, 'utf8')) as Fixture;
}

interface TenantSize {
  skills: number;
  agents: number;
  assignments: number;
  seed?: number;
}

/**
 * A large believable tenant: assignments spread evenly over skills, distinct per skill, on the
 * tenant proficiency scale 1-20, with about 2% inactive skills, 3% inactive agents and 5%
 * inactive assignments (a reader that forgets CXone's activity filters misses them).
 */
export function generateTenant(size: TenantSize): Fixture {
  const random = seededRandom(size.seed ?? 1);
  const skills: SkillRecord[] = [];
  for (let i = 0; i < size.skills; i++) {
    skills.push({
      skillId: 20_000_000 + i,
      skillName: `Queue ${String(i).padStart(5, '0')}`,
      mediaTypeId: 4,
      mediaTypeName: 'Phone Call',
      isActive: i % 50 !== 25,
      campaignId: 700,
      campaignName: 'Inbound',
      isOutbound: false,
    });
  }
  const teams = Array.from({ length: Math.max(1, Math.ceil(size.agents / 50)) }, (_, i) => ({ teamId: 90_000 + i, teamName: `Team ${i}`, isActive: true }));
  const agents: AgentRecord[] = [];
  for (let i = 0; i < size.agents; i++) {
    const team = teams[Math.floor(i / 50)]!;
    agents.push({
      agentId: 30_000_000 + i,
      userName: `agent${i}@generated.example`,
      firstName: 'Agent',
      lastName: String(i),
      emailAddress: `agent${i}@generated.example`,
      teamId: team.teamId,
      teamName: team.teamName,
      isActive: i % 33 !== 32,
    });
  }
  const perSkill = Math.min(size.agents, Math.ceil(size.assignments / Math.max(1, size.skills)));
  const assignments: AssignmentRecord[] = [];
  for (let s = 0; s < size.skills && assignments.length < size.assignments; s++) {
    // a rotating window of agents per skill keeps pairs distinct without a set
    const start = (s * 7919) % Math.max(1, size.agents);
    for (let k = 0; k < perSkill && assignments.length < size.assignments; k++) {
      assignments.push({
        skillId: skills[s]!.skillId,
        agentId: agents[(start + k) % size.agents]!.agentId,
        proficiency: 1 + Math.floor(random() * 20),
        isActive: random() > 0.05,
      });
    }
  }
  return { businessUnitId: 4_600_002, description: `generated ${size.skills}x${size.agents}x${size.assignments}`, skills, agents, teams, assignments };
}
