// The simulated tenant: skills, agents, teams and their assignments, held in memory.

export interface SkillRecord {
  skillId: number;
  skillName: string;
  mediaTypeId: number;
  mediaTypeName: string;
  isActive: boolean;
  campaignId: number;
  campaignName: string;
  isOutbound: boolean;
}

export interface AgentRecord {
  agentId: number;
  userName: string;
  firstName: string;
  lastName: string;
  emailAddress: string;
  teamId: number;
  teamName: string;
  isActive: boolean;
}

interface TeamRecord {
  teamId: number;
  teamName: string;
  isActive: boolean;
}

export interface AssignmentRecord {
  skillId: number;
  agentId: number;
  proficiency: number;
  isActive: boolean;
}

export interface Fixture {
  businessUnitId: number;
  description?: string;
  skills: SkillRecord[];
  agents: AgentRecord[];
  teams: TeamRecord[];
  assignments: AssignmentRecord[];
}

interface Held {
  proficiency: number;
  isActive: boolean;
  lastUpdateTime: string;
}

export class SimTenant {
  readonly businessUnitId: number;
  readonly skills = new Map<number, SkillRecord>();
  readonly agents = new Map<number, AgentRecord>();
  readonly teams = new Map<number, TeamRecord>();
  private readonly bySkill = new Map<number, Map<number, Held>>();
  private flat: AssignmentRecord[] | undefined;
  /** Bumped by every change, so derived listings can be cached until the next one. */
  version = 0;

  constructor(
    fixture: Fixture,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.businessUnitId = fixture.businessUnitId;
    for (const s of fixture.skills) this.skills.set(s.skillId, { ...s });
    for (const a of fixture.agents) this.agents.set(a.agentId, { ...a });
    for (const t of fixture.teams) this.teams.set(t.teamId, { ...t });
    const stamp = this.clock().toISOString();
    for (const a of fixture.assignments) this.holder(a.skillId).set(a.agentId, { proficiency: a.proficiency, isActive: a.isActive, lastUpdateTime: stamp });
  }

  private holder(skillId: number): Map<number, Held> {
    let m = this.bySkill.get(skillId);
    if (!m) {
      m = new Map();
      this.bySkill.set(skillId, m);
    }
    return m;
  }

  get(skillId: number, agentId: number): Held | undefined {
    return this.bySkill.get(skillId)?.get(agentId);
  }

  set(skillId: number, agentId: number, proficiency: number, isActive: boolean): void {
    this.holder(skillId).set(agentId, { proficiency, isActive, lastUpdateTime: this.clock().toISOString() });
    this.flat = undefined;
    this.version++;
  }

  remove(skillId: number, agentId: number): boolean {
    const removed = this.bySkill.get(skillId)?.delete(agentId) ?? false;
    if (removed) {
      this.flat = undefined;
      this.version++;
    }
    return removed;
  }

  /** One skill's assignments, ordered by agent id. */
  ofSkill(skillId: number): Array<AssignmentRecord & { lastUpdateTime: string }> {
    const m = this.bySkill.get(skillId);
    if (!m) return [];
    return [...m].sort((a, b) => a[0] - b[0]).map(([agentId, h]) => ({ skillId, agentId, ...h }));
  }

  ofAgent(agentId: number): Array<AssignmentRecord & { lastUpdateTime: string }> {
    const rows: Array<AssignmentRecord & { lastUpdateTime: string }> = [];
    for (const skillId of [...this.bySkill.keys()].sort((a, b) => a - b)) {
      const h = this.bySkill.get(skillId)!.get(agentId);
      if (h) rows.push({ skillId, agentId, ...h });
    }
    return rows;
  }

  /** Every assignment ordered by skill then agent; cached until the next write. */
  all(): AssignmentRecord[] {
    if (!this.flat) {
      const rows: AssignmentRecord[] = [];
      for (const skillId of [...this.bySkill.keys()].sort((a, b) => a - b)) {
        for (const [agentId, h] of [...this.bySkill.get(skillId)!].sort((a, b) => a[0] - b[0])) {
          rows.push({ skillId, agentId, proficiency: h.proficiency, isActive: h.isActive });
        }
      }
      this.flat = rows;
    }
    return this.flat;
  }

  toFixture(): Fixture {
    return {
      businessUnitId: this.businessUnitId,
      skills: [...this.skills.values()],
      agents: [...this.agents.values()],
      teams: [...this.teams.values()],
      assignments: this.all().map((a) => ({ ...a })),
    };
  }
}
