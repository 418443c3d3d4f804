// What every edit command starts from: the settings and queue files (valid, or it refuses as
// plan does), the queues by the names people use, and the agents named as queue files name them,
// against live CXone when credentials are present, else as written.
import path from 'node:path';
import { readQueueFileGated } from '../../config/queue-file-gate.js';
import type { LoadedSettings } from '../../config/settings.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { agentRef, type DesiredQueue, type DesiredState } from '../../domain/desired-state.js';
import { ConfigError, UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import type { Agent } from '../../domain/live-state.js';
import type { GitHubPort } from '../../github/port.js';
import { agentDirectory, type Directory } from '../../plan/resolve.js';
import { queueNamed as namedIn } from '../../plan/target.js';
import { agentComment, agentWrittenAs, uniqueLogins } from '../../queue-file/write-queue-yaml.js';
import { suggest } from '../../text/suggest.js';
import { forTerminal } from '../../text/untrusted.js';
import { loadValidConfig, skillsDirOf } from '../planning/load-config.js';
import type { NamedAgent } from './edit-types.js';

export interface EditOptions {
  config: string;
  /** Match agents as written, without reading CXone. */
  offline?: boolean;
  /** Show the diff, write nothing. */
  dryRun?: boolean;
  /** Also put the edited files on a new branch and open a pull request (the edit workflow). */
  pullRequest?: boolean;
  cxone?: CxonePort;
  github?: GitHubPort;
}

export interface Workspace {
  loaded: LoadedSettings;
  desired: DesiredState;
  /** The skills folder, absolute: the gate keeps reads and writes inside it. */
  skillsDir: string;
  cwd: string;
  /** CXone's agents when read (not offline). */
  agents?: Agent[];
  directory?: Directory;
  cxone?: CxonePort;
  notes: string[];
  /** Warnings found before the edit (a day in the past). */
  warnings: string[];
}

const CREDENTIALS = ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET', 'CXONE_ACCESS_KEY_ID', 'CXONE_ACCESS_KEY_SECRET'];

/** Loads what an edit works on; reads CXone's agents unless offline or without credentials. */
export async function openWorkspace(options: EditOptions, io: Io, need: { live?: string } = {}): Promise<Workspace> {
  const { loaded, desired } = await loadValidConfig(options.config, io);
  const skillsDir = path.resolve(io.cwd, skillsDirOf(loaded, io.cwd));
  const ws: Workspace = { loaded, desired, skillsDir, cwd: io.cwd, notes: [], warnings: [] };
  const credentials = options.cxone !== undefined || CREDENTIALS.every((name) => io.env[name]);
  if (options.offline || !credentials) {
    if (need.live) throw new UsageError(`${need.live} needs live CXone: ${options.offline ? 'leave out --offline' : 'set the CXONE_* credentials'}`);
    if (!options.offline) ws.notes.push('CXone credentials are not set: agents are matched as the files write them (--offline).');
    return ws;
  }
  ws.cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env));
  ws.agents = await ws.cxone.listAgents();
  ws.directory = agentDirectory(ws.agents);
  return ws;
}

/** The queue a person named, as `--queue` names it (skill name or skillId, file path, file name, stem or slug, any case). */
export function findQueue(ws: Workspace, name: string): DesiredQueue {
  const found = queueNamed(ws, name);
  if ('error' in found) throw new UsageError(found.error);
  return found.queue;
}

/** The queue named, or why there is none (no such queue, with a suggestion, or several). */
export function queueNamed(ws: Workspace, name: string): { queue: DesiredQueue } | { error: string } {
  const found = namedIn(ws.desired.queues, name, ws.cwd);
  if (found === undefined) return { error: noQueueNamed(ws, name) };
  if ('ambiguous' in found)
    return {
      error: `"${forTerminal(name, 200)}" names ${found.ambiguous.length} queues (${found.ambiguous
        .slice(0, 5)
        .map((q) => forTerminal(q.skill, 200))
        .join(', ')}${found.ambiguous.length > 5 ? ', …' : ''}): name one`,
    };
  return { queue: found };
}

/** The one message for a queue name that no queue file answers to. */
export function noQueueNamed(ws: Workspace, name: string): string {
  const hint = suggest(
    name,
    ws.desired.queues.map((q) => q.skill),
  );
  return `no queue file manages "${forTerminal(name, 200)}"${hint ? ` (did you mean "${forTerminal(hint, 200)}"?)` : ''}`;
}

/** An agent as named (user name, e-mail or id): live CXone's when read, else as typed. */
export function nameAgent(ws: Workspace, typed: string): NamedAgent | { error: string } {
  const text = typed.trim();
  if (text === '') return { error: 'the agent is empty' };
  const ref = agentRef(text);
  if (!ws.directory) {
    return ref.kind === 'id'
      ? { typed: text, match: { agentId: ref.agentId }, written: ref.agentId }
      : { typed: text, match: { agentId: -1, names: [ref.userName] }, written: ref.userName };
  }
  const found = ws.directory.resolveAgent(ref);
  if ('error' in found) return found;
  return liveAgent(ws, found.agent, text);
}

const loginsOf = new WeakMap<Agent[], Set<string>>();

export function liveAgent(ws: Workspace, agent: Agent, typed: string): NamedAgent {
  const all = ws.agents ?? [agent];
  let logins = loginsOf.get(all);
  if (!logins) {
    logins = uniqueLogins(all);
    loginsOf.set(all, logins);
  }
  return {
    typed,
    match: { agentId: agent.agentId, names: [agent.userName, agent.emailAddress].filter((n): n is string => Boolean(n)) },
    written: agentWrittenAs(agent, logins),
    comment: agentComment(agent),
  };
}

/** Agents named on the command line; every unknown one is reported at once. */
export function nameAgents(ws: Workspace, typed: readonly string[]): NamedAgent[] {
  const named = typed.map((t) => ({ t, r: nameAgent(ws, t) }));
  const errors = named.flatMap(({ t, r }) => ('error' in r ? [`${forTerminal(t, 200)}: ${r.error}`] : []));
  if (errors.length > 0) throw new UsageError(errors.length === 1 ? errors[0]! : `unknown agents:\n  ${errors.join('\n  ')}`);
  return named.map(({ r }) => r as NamedAgent);
}

/** The active members of a CXone team (live only). */
export async function teamMembers(ws: Workspace, team: string): Promise<NamedAgent[]> {
  if (!ws.cxone || !ws.agents) throw new UsageError('--team needs live CXone: set the CXONE_* credentials and leave out --offline');
  const teams = await ws.cxone.listTeams();
  const wanted = team.trim().toLowerCase();
  const known = teams.find((t) => t.teamName.toLowerCase() === wanted);
  if (!known) {
    const hint = suggest(
      team,
      teams.map((t) => t.teamName),
    );
    throw new UsageError(`no CXone team is named "${forTerminal(team, 200)}"${hint ? ` (did you mean "${forTerminal(hint, 200)}"?)` : ''}`);
  }
  const members = ws.agents.filter((a) => a.teamName?.toLowerCase() === known.teamName.toLowerCase());
  const active = members.filter((a) => a.isActive);
  if (active.length < members.length)
    ws.notes.push(`${members.length - active.length} inactive member(s) of team ${forTerminal(known.teamName, 200)} left out.`);
  if (active.length === 0) throw new UsageError(`team "${forTerminal(known.teamName, 200)}" has no active agents`);
  return active.map((a) => liveAgent(ws, a, a.userName));
}

/** The text of each queue file, read through the gate as validate reads it. */
export function readQueueText(ws: Workspace, queue: DesiredQueue): string {
  const read = readQueueFileGated(path.resolve(ws.cwd, queue.file), queue.file, ws.skillsDir);
  if (!read.ok) throw new ConfigError(read.problems, `${queue.file} cannot be read`);
  return read.text;
}
