// `skillops agent AGENT [--live]`: every queue the agent is in across the files (file:line,
// proficiency, dates, whether the entry is in effect today), and with --live what CXone has,
// side by side, including skills CXone has that no file lists for the agent.
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { tenantDate, windowStatus } from '../../plan/effective-date.js';
import { writtenAgentMatches } from '../../queue-file/edit-queue-file.js';
import { forTerminal } from '../../text/untrusted.js';
import { resolveNow } from '../planning/resolve-now.js';
import { type EditOptions, nameAgent, openWorkspace } from './edit-workspace.js';

export interface AgentQueueEntry {
  queue: string;
  file: string;
  line: number;
  written: string;
  proficiency: number;
  active: boolean;
  from?: string;
  until?: string;
  status: 'in effect' | 'pending' | 'ended';
  /** With --live: what CXone has on this skill for the agent (null: not assigned). */
  live?: { proficiency: number; isActive: boolean } | null;
}

export interface AgentView {
  typed: string;
  /** The CXone agent, when agents were read. */
  agent?: { agentId: number; userName: string; name: string; isActive: boolean };
  today: string;
  entries: AgentQueueEntry[];
  /** How the agent was matched, when not by CXone (offline: by the form given). */
  notes: string[];
  /** With --live: skills CXone has the agent on that no file lists them for. */
  liveOnly?: Array<{ skillId: number; skillName: string; proficiency: number; isActive: boolean; managed: boolean }>;
}

export async function viewAgent(o: EditOptions & { agent: string; live?: boolean; now?: string }, io: Io): Promise<AgentView> {
  const ws = await openWorkspace(o, io, o.live ? { live: '--live' } : {});
  const named = nameAgent(ws, o.agent);
  if ('error' in named) throw new UsageError(`${forTerminal(o.agent, 200)}: ${named.error}`);
  const { settings } = ws.loaded;
  const today = tenantDate(resolveNow(o.now, io.env, settings.timeZone), settings.timeZone);
  const entries: AgentQueueEntry[] = [];
  for (const q of ws.desired.queues) {
    for (const a of q.agents) {
      if (!writtenAgentMatches(a.written, named.match)) continue;
      const w = windowStatus(today, a.from, a.until);
      entries.push({
        queue: q.skill,
        file: a.at.file,
        line: a.at.line,
        written: a.written,
        proficiency: a.proficiency,
        active: a.active,
        ...(a.from !== undefined ? { from: a.from } : {}),
        ...(a.until !== undefined ? { until: a.until } : {}),
        status: w === 'active' ? 'in effect' : w === 'expired' ? 'ended' : 'pending',
      });
    }
  }
  const found = ws.directory?.agentsById.get(named.match.agentId);
  const view: AgentView = {
    typed: o.agent,
    today,
    entries,
    notes: ws.directory
      ? []
      : [
          ...ws.notes,
          `Matched offline by the form given: entries that name ${forTerminal(o.agent.trim(), 200)} ${/^\d+$/.test(o.agent.trim()) ? 'by user name or e-mail' : 'by agentId or another name'} are not counted.`,
        ],
    ...(found
      ? { agent: { agentId: found.agentId, userName: found.userName, name: `${found.firstName} ${found.lastName}`.trim(), isActive: found.isActive } }
      : {}),
  };
  if (!o.live || !ws.cxone || !found) return view;
  const [skills, held] = await Promise.all([ws.cxone.listSkills(), ws.cxone.listAgentAssignments(found.agentId)]);
  const bySkill = new Map(held.map((h) => [h.skillId, h]));
  const skillOf = (queue: string, id?: number) => skills.find((s) => (id !== undefined ? s.skillId === id : s.skillName.toLowerCase() === queue.toLowerCase()));
  const queueIds = new Map(ws.desired.queues.map((q) => [q.file, skillOf(q.skill, q.skillId)?.skillId]));
  const listed = new Set<number>();
  for (const e of entries) {
    const id = queueIds.get(e.file);
    if (id !== undefined) listed.add(id);
    const h = id !== undefined ? bySkill.get(id) : undefined;
    e.live = h ? { proficiency: h.proficiency, isActive: h.isActive } : null;
  }
  const managed = new Set([...queueIds.values()].filter((id): id is number => id !== undefined));
  view.liveOnly = held
    .filter((h) => !listed.has(h.skillId))
    .map((h) => ({
      skillId: h.skillId,
      skillName: skills.find((s) => s.skillId === h.skillId)?.skillName ?? String(h.skillId),
      proficiency: h.proficiency,
      isActive: h.isActive,
      managed: managed.has(h.skillId),
    }))
    .sort((a, b) => a.skillName.localeCompare(b.skillName));
  return view;
}
