// `skillops assign`, `unassign` and `move`: analysts' everyday changes as in-place edits of
// the queue files, never of CXone.
import type { DesiredQueue } from '../../domain/desired-state.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { forTerminal } from '../../text/untrusted.js';
import { dayBefore, dayOption } from './dates.js';
import type { EditOutcome, EntryOp, NamedAgent } from './edit-types.js';
import { type EditOptions, findQueue, nameAgents, openWorkspace, teamMembers, type Workspace } from './edit-workspace.js';
import { finishEdit, warnPastDays } from './finish-edit.js';

interface AgentsChosen {
  agents: string[];
  team?: string;
}

async function chosenAgents(ws: Workspace, o: AgentsChosen): Promise<NamedAgent[]> {
  if (o.team !== undefined && o.agents.length > 0) throw new UsageError('name agents or --team, not both');
  if (o.team !== undefined) return teamMembers(ws, o.team);
  if (o.agents.length === 0) throw new UsageError('name at least one agent (user name, e-mail or agentId), or --team');
  return nameAgents(ws, o.agents);
}

export function proficiencyOption(text: string | undefined, option = '--proficiency'): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(n)) throw new UsageError(`${option} must be a whole number, not "${forTerminal(text, 60)}"`);
  return n;
}

export interface AssignOptions extends EditOptions, AgentsChosen {
  queue: string;
  proficiency: string;
  from?: string;
  until?: string;
  inactive?: boolean;
  note?: string;
}

export async function assignAgents(o: AssignOptions, io: Io): Promise<EditOutcome> {
  const proficiency = proficiencyOption(o.proficiency)!;
  const from = dayOption(o.from, '--from');
  const until = dayOption(o.until, '--until');
  if (from && until && from > until) throw new UsageError(`--from ${from} is after --until ${until}`);
  const ws = await openWorkspace(o, io, o.team !== undefined ? { live: '--team' } : {});
  warnPastDays(ws, io, { '--from': from, '--until': until });
  const queue = findQueue(ws, o.queue);
  const agents = await chosenAgents(ws, o);
  if (!ws.directory) for (const agent of agents) warnOtherForm(ws, queue, agent);
  const set = {
    proficiency,
    active: !o.inactive,
    ...(from !== undefined ? { from } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(o.note !== undefined ? { note: o.note } : {}),
  };
  const ops: EntryOp[] = agents.map((agent) => ({ kind: 'upsert', queue, agent, set }));
  return finishEdit(ws, ops, 'assign', o, io);
}

export interface UnassignOptions extends EditOptions, AgentsChosen {
  queue: string;
  from?: string;
}

export async function unassignAgents(o: UnassignOptions, io: Io): Promise<EditOutcome> {
  const from = dayOption(o.from, '--from');
  const ws = await openWorkspace(o, io, o.team !== undefined ? { live: '--team' } : {});
  warnPastDays(ws, io, { '--from': from });
  const queue = findQueue(ws, o.queue);
  const agents = await chosenAgents(ws, o);
  // a team unassigns the members the queue lists; the others are not an error, and none listed
  // (the second run) is nothing to do
  const listed = o.team !== undefined ? agents.filter((a) => listedIn(ws, queue, a)) : agents;
  if (listed.length === 0) ws.notes.push(`No member of team ${forTerminal(o.team ?? '', 200)} is listed in ${forTerminal(queue.skill, 200)}.`);
  const ops: EntryOp[] = listed.map((agent) =>
    from === undefined ? { kind: 'remove', queue, agent } : { kind: 'update', queue, agent, set: { until: dayBefore(from) } },
  );
  return finishEdit(ws, ops, 'unassign', o, io);
}

const listedIn = (_ws: Workspace, queue: { agents: Array<{ written: string }> }, a: NamedAgent) =>
  queue.agents.some((e) => {
    const w = e.written.trim();
    return /^\d+$/.test(w) ? Number(w) === a.match.agentId : (a.match.names ?? []).some((n) => n.toLowerCase() === w.toLowerCase());
  });

/**
 * move writes the entry in the queue joined as in effect from the day of the move, open-ended. An
 * entry the agent already has there with other dates (a seasonal rota, a planned start) is a plan
 * of its own: changing its dates would silently end it later or start it later, so move refuses
 * and names it; `assign` keeps its dates, `unassign --from` ends the old entry.
 */
function refuseDatedTarget(ws: Workspace, source: DesiredQueue, target: DesiredQueue, agent: NamedAgent, on: string | undefined): void {
  const entry = target.agents.find((e) => listedIn(ws, { agents: [e] }, agent));
  if (!entry || (entry.from === on && entry.until === undefined)) return;
  if (on === undefined && entry.from === undefined && entry.until === undefined) return;
  const dates = [entry.from ? `from ${entry.from}` : '', entry.until ? `until ${entry.until}` : ''].filter(Boolean).join(' ') || 'no dates (in effect now)';
  const name = forTerminal(agent.typed, 200);
  throw new UsageError(
    `${name} already has an entry in ${forTerminal(target.skill, 200)} at ${forTerminal(entry.at.file, 400)}:${entry.at.line} with ${dates}; ` +
      `move would make it ${on ? `from ${on}` : 'in effect now'} with no end, so nothing was changed. ` +
      `To keep its dates: skillops assign ${forTerminal(JSON.stringify(target.skill), 200)} ${name} --proficiency N, and end the old one with skillops unassign ${forTerminal(JSON.stringify(source.skill), 200)} ${name}${on ? ` --from ${on}` : ''}`,
  );
}

/** Offline an agent is matched by the form written: another form of the same agent is not found. */
function warnOtherForm(ws: Workspace, queue: DesiredQueue, agent: NamedAgent): void {
  if (listedIn(ws, queue, agent)) return;
  const byId = /^\d+$/.test(String(agent.written));
  const other = queue.agents.filter((e) => /^\d+$/.test(e.written.trim()) !== byId);
  if (other.length === 0) return;
  ws.warnings.push(
    `offline, ${forTerminal(agent.typed, 200)} is matched as written: ${forTerminal(queue.skill, 200)} lists ${other.length} agent(s) by ${byId ? 'user name or e-mail' : 'agentId'}, ` +
      `and if one of them is this agent the new entry is a second one (plan refuses it as duplicate-agent). Name the agent as the file does, or run with CXone credentials.`,
  );
}

export interface MoveOptions extends EditOptions {
  agents: string[];
  from: string;
  to: string;
  proficiency?: string;
  on?: string;
}

export async function moveAgents(o: MoveOptions, io: Io): Promise<EditOutcome> {
  const proficiency = proficiencyOption(o.proficiency);
  const on = dayOption(o.on, '--on');
  const ws = await openWorkspace(o, io);
  warnPastDays(ws, io, { '--on': on });
  const source = findQueue(ws, o.from);
  const target = findQueue(ws, o.to);
  if (source.file === target.file) throw new UsageError('--from and --to name the same queue');
  if (o.agents.length === 0) throw new UsageError('name at least one agent (user name, e-mail or agentId)');
  const agents = nameAgents(ws, o.agents);
  const ops: EntryOp[] = [];
  for (const agent of agents) {
    const entry = source.agents.find((e) => listedIn(ws, { agents: [e] }, agent));
    if (!entry) {
      // moved already (the second run) is nothing to do; in neither queue is a mistake
      if (!listedIn(ws, target, agent)) throw new UsageError(`${forTerminal(agent.typed, 200)} is not listed in ${forTerminal(source.skill, 200)}`);
      ws.notes.push(`${forTerminal(agent.typed, 200)} is not listed in ${forTerminal(source.skill, 200)} and is in ${forTerminal(target.skill, 200)} already.`);
      continue;
    }
    // the proficiency carried over is the one the agent has where they leave (unless given)
    const carried = proficiency ?? entry.proficiency;
    refuseDatedTarget(ws, source, target, agent, on);
    if (on === undefined) {
      ops.push({ kind: 'remove', queue: source, agent });
      ops.push({ kind: 'upsert', queue: target, agent, set: { proficiency: carried, active: true }, unset: ['from', 'until'] });
    } else {
      ops.push({ kind: 'update', queue: source, agent, set: { until: dayBefore(on) } });
      ops.push({ kind: 'upsert', queue: target, agent, set: { proficiency: carried, active: true, from: on }, unset: ['until'] });
    }
  }
  return finishEdit(ws, ops, 'move', o, io);
}
