// `skillops diff-tenants A B`: how two tenants' queue files differ, by skill name and agent, read
// offline. The view a team needs to promote a change from one tenant to another (UAT to
// production, one country to the next) by hand, in review, without a shared file that would
// change both at once.
import path from 'node:path';
import { loadDesiredState } from '../../config/load-desired-state.js';
import { loadSettings, SETTINGS_FILE } from '../../config/settings.js';
import { type AgentRef, agentRefKey, type DesiredAssignment, type DesiredQueue } from '../../domain/desired-state.js';
import { ConfigError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { hasErrors } from '../../domain/problem.js';
import { tenantsRoot } from './list-tenants.js';

/** What one side says about an assignment (undefined fields: not written). */
export interface AssignmentSide {
  proficiency: number;
  active: boolean;
  from?: string;
  until?: string;
}

export interface AgentDifference {
  /** The agent as the first tenant writes it (or the second, when only it has the agent). */
  agent: string;
  a?: AssignmentSide;
  b?: AssignmentSide;
}

export interface SkillDifference {
  skill: string;
  /** Queue files, relative to each tenant's folder. */
  fileA?: string;
  fileB?: string;
  /** Set when the two files differ in mode. */
  mode?: { a: DesiredQueue['mode']; b: DesiredQueue['mode'] };
  agents: AgentDifference[];
}

export interface TenantsDiff {
  a: string;
  b: string;
  /** Skills in only one tenant, and skills in both whose files differ; sorted by skill name. */
  skills: SkillDifference[];
  /** Skills in both with the same agents and settings. */
  same: number;
}

export async function diffTenants(a: string, b: string, io: Io): Promise<TenantsDiff> {
  if (a === b) throw new UsageError(`diff-tenants needs two different tenants, not ${a} twice`);
  const { tenants } = await tenantsRoot(io);
  const folder = (name: string) => {
    const found = tenants.find((t) => t.name === name);
    if (!found) throw new UsageError(`no tenant "${name}"; the tenants are: ${tenants.map((t) => t.name).join(', ') || 'none'}`);
    return found.dir;
  };
  const [queuesA, queuesB] = await Promise.all([queuesOf(folder(a), io), queuesOf(folder(b), io)]);
  const byName = (queues: DesiredQueue[]) => new Map(queues.map((q) => [q.skill.toLowerCase(), q]));
  const mapA = byName(queuesA);
  const mapB = byName(queuesB);
  const names = [...new Set([...mapA.keys(), ...mapB.keys()])].sort();
  const skills: SkillDifference[] = [];
  let same = 0;
  for (const name of names) {
    const qa = mapA.get(name);
    const qb = mapB.get(name);
    const skill = (qa ?? qb)!.skill;
    const agents = agentDifferences(qa?.agents ?? [], qb?.agents ?? []);
    const mode = qa && qb && qa.mode !== qb.mode ? { a: qa.mode, b: qb.mode } : undefined;
    if (qa && qb && agents.length === 0 && !mode) {
      same++;
      continue;
    }
    skills.push({ skill, ...(qa ? { fileA: qa.file } : {}), ...(qb ? { fileB: qb.file } : {}), ...(mode ? { mode } : {}), agents });
  }
  return { a, b, skills, same };
}

/** One tenant's queues, read offline from its own folder; refuses when its files have errors. */
async function queuesOf(dir: string, io: Io): Promise<DesiredQueue[]> {
  const loaded = await loadSettings(path.join(dir, SETTINGS_FILE), dir);
  if (hasErrors(loaded.problems)) throw new ConfigError(loaded.problems, `${path.relative(io.cwd, path.join(dir, SETTINGS_FILE))} has problems`);
  const result = await loadDesiredState(loaded.settings.skillsDir, loaded.settings, dir);
  if (hasErrors(result.problems))
    throw new ConfigError(
      result.problems,
      `the queue files of ${path.relative(io.cwd, dir) || '.'} have problems; run skillops -C ${path.relative(io.cwd, dir)} validate`,
    );
  return result.desired.queues;
}

const side = (entry: DesiredAssignment): AssignmentSide => ({
  proficiency: entry.proficiency,
  active: entry.active,
  ...(entry.from ? { from: entry.from } : {}),
  ...(entry.until ? { until: entry.until } : {}),
});

const sameSide = (x: AssignmentSide, y: AssignmentSide) => x.proficiency === y.proficiency && x.active === y.active && x.from === y.from && x.until === y.until;

/** Agents by how they are written (user name, case-insensitive, or id): only in A, only in B, or different. */
function agentDifferences(a: DesiredAssignment[], b: DesiredAssignment[]): AgentDifference[] {
  const key = (ref: AgentRef) => agentRefKey(ref);
  const mapB = new Map(b.map((e) => [key(e.agent), e]));
  const seen = new Set<string>();
  const out: AgentDifference[] = [];
  for (const ea of a) {
    const k = key(ea.agent);
    seen.add(k);
    const eb = mapB.get(k);
    if (!eb) out.push({ agent: ea.written, a: side(ea) });
    else if (!sameSide(side(ea), side(eb))) out.push({ agent: ea.written, a: side(ea), b: side(eb) });
  }
  for (const eb of b) if (!seen.has(key(eb.agent))) out.push({ agent: eb.written, b: side(eb) });
  return out.sort((x, y) => (x.agent.toLowerCase() < y.agent.toLowerCase() ? -1 : x.agent.toLowerCase() > y.agent.toLowerCase() ? 1 : 0));
}
