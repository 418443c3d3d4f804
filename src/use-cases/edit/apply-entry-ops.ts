// Turns entry operations into in-place edits of the queue files that hold them. Pure: file texts
// in, file texts out. Every result is read back and checked with validate's own rules, so an
// edit never leaves a file that validate refuses; breaking a queue's constraints today is an
// early warning (policy still decides at plan time).
import { diffArrays } from 'diff';
import { parse } from 'yaml';
import { checkQueueFile } from '../../config/queue-rules.js';
import { parseYamlText } from '../../config/read-yaml-file.js';
import { schemaProblems } from '../../config/schema-problems.js';
import { validators } from '../../config/schemas.js';
import type { DesiredQueue } from '../../domain/desired-state.js';
import type { Problem } from '../../domain/problem.js';
import type { SkillopsQueue } from '../../domain/queue.generated.js';
import type { Settings } from '../../domain/settings.js';
import { windowStatus } from '../../plan/effective-date.js';
import { type AgentMatch, type EntryValues, editQueueFile, type QueueFileEdit } from '../../queue-file/edit-queue-file.js';
import { forTerminal } from '../../text/untrusted.js';
import type { EditChange, EntryOp, FileEdit } from './edit-types.js';

type WrittenEntry = { agent: string | number; proficiency: number; active?: boolean; from?: string; until?: string; note?: string };

export interface EntryOpsResult {
  files: FileEdit[];
  problems: Problem[];
  warnings: string[];
  /** Agents a removal named that the queue does not list: nothing to do, said so. */
  notes: string[];
}

const VALUE_KEYS = ['proficiency', 'active', 'from', 'until', 'note'] as const;

/** How an entry's `agent:` is looked up: the id, or the name in lower case (as writtenAgentMatches compares). */
function writtenKey(written: string): string {
  const w = written.trim();
  return /^\d+$/.test(w) ? `id:${Number(w)}` : `n:${w.toLowerCase()}`;
}

/** The first entry (in file order) naming the agent by id or by any of its names, or -1. */
function entryFor(byAgent: ReadonlyMap<string, number>, m: AgentMatch): number {
  const found = [`id:${m.agentId}`, ...(m.names ?? []).map((n) => `n:${n.trim().toLowerCase()}`)].map((k) => byAgent.get(k) ?? Infinity);
  const first = Math.min(...found);
  return first === Infinity ? -1 : first;
}

/** What changes between an entry and the values set (only those that differ). */
function differences(entry: WrittenEntry, set: EntryValues, unset: readonly string[]): { set: EntryValues; unset: string[]; words: string[] } {
  const out: EntryValues = {};
  const words: string[] = [];
  for (const key of VALUE_KEYS) {
    const want = set[key];
    if (want === undefined) continue;
    const have = key === 'active' ? (entry.active ?? true) : entry[key];
    if (have === want) continue;
    (out as Record<string, unknown>)[key] = want;
    words.push(have === undefined ? `${key} ${String(want)}` : `${key} ${String(have)} → ${String(want)}`);
  }
  const gone = unset.filter((k) => entry[k as keyof WrittenEntry] !== undefined && set[k as keyof EntryValues] === undefined);
  for (const k of gone) words.push(`${k} ${String(entry[k as keyof WrittenEntry])} removed`);
  return { set: out, unset: gone, words };
}

/** The detail of a new entry, in words. */
const added = (v: EntryValues & { proficiency: number }) =>
  [
    `proficiency ${v.proficiency}`,
    v.active === false ? 'inactive' : '',
    v.from ? `from ${v.from}` : '',
    v.until ? `until ${v.until}` : '',
    v.note ? 'with a note' : '',
  ]
    .filter(Boolean)
    .join(', ');

/**
 * @param texts the current text of each queue file the operations touch, by `DesiredQueue.file`
 * @param today the tenant's day, for the early warnings
 */
export function applyEntryOps(ops: readonly EntryOp[], texts: ReadonlyMap<string, string>, settings: Settings, today: string): EntryOpsResult {
  const byFile = new Map<string, EntryOp[]>();
  for (const op of ops) {
    const list = byFile.get(op.queue.file);
    if (list) list.push(op);
    else byFile.set(op.queue.file, [op]);
  }
  const files: FileEdit[] = [];
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  for (const [file, fileOps] of byFile) {
    const queue = fileOps[0]!.queue;
    const before = texts.get(file);
    if (before === undefined) throw new Error(`no text for ${file}`);
    // validate's reader: the fast one for plain block YAML, the yaml library for the rest
    const read = parseYamlText(before, file);
    const data = read.ok ? (read.parsed.data as { agents?: WrittenEntry[] } | null) : (parse(before) as { agents?: WrittenEntry[] } | null);
    const entries = (data?.agents ?? []).filter(Boolean);
    const byAgent = new Map<string, number>();
    entries.forEach((e, i) => {
      const key = writtenKey(String(e.agent));
      if (!byAgent.has(key)) byAgent.set(key, i);
    });
    const edits: QueueFileEdit[] = [];
    const changes: EditChange[] = [];
    const seen = new Set<number>();
    const problem = (message: string) => problems.push({ file, line: queue.at.line, col: queue.at.col, severity: 'error', code: 'edit', message });
    for (const op of fileOps) {
      const index = entryFor(byAgent, op.agent.match);
      const agentText = forTerminal(op.agent.typed, 200);
      if (index >= 0 && seen.has(index)) {
        problem(`${agentText} is named more than once for ${queue.skill}`);
        continue;
      }
      if (index >= 0) seen.add(index);
      const entry = entries[index];
      // removing what is not there is already done: running unassign twice changes nothing
      const notListed = () => notes.push(`${agentText} is not listed in ${forTerminal(queue.skill, 200)}: nothing to remove.`);
      if (op.kind === 'remove') {
        if (!entry) {
          notListed();
          continue;
        }
        edits.push({ agent: op.agent.match, remove: true });
        changes.push({ action: 'remove', agent: String(entry.agent), detail: `was proficiency ${entry.proficiency}` });
        continue;
      }
      if (!entry) {
        if (op.kind === 'update') {
          notListed();
          continue;
        }
        const v = op.set;
        edits.push({
          add: {
            agent: op.agent.written,
            proficiency: v.proficiency,
            active: v.active ?? true,
            ...(v.from !== undefined ? { from: v.from } : {}),
            ...(v.until !== undefined ? { until: v.until } : {}),
            ...(v.note !== undefined ? { note: v.note } : {}),
            ...(op.agent.comment ? { comment: op.agent.comment } : {}),
          },
        });
        changes.push({ action: 'add', agent: String(op.agent.written), detail: added(v) });
        continue;
      }
      const d = differences(entry, op.set, op.unset ?? []);
      if (d.words.length === 0) continue;
      edits.push({ agent: op.agent.match, set: d.set, ...(d.unset.length > 0 ? { unset: d.unset } : {}) });
      changes.push({ action: 'update', agent: String(entry.agent), detail: d.words.join(', ') });
    }
    if (edits.length === 0) continue;
    const after = editQueueFile(before, edits, { file });
    const checked = checkEdited(after, file, settings);
    if (checked.problems.length > 0) {
      problems.push(...onDisk(checked.problems, before, after));
      continue;
    }
    if (checked.queue) warnings.push(...earlyWarnings(queue, checked.queue, today));
    files.push({ file, skill: queue.skill, before, after, changes });
  }
  return { files, problems, warnings, notes };
}

/**
 * Problems found in the edited text, placed where the user can look: a line the edit kept is
 * shown at its line in the file on disk; a line the edit wrote is shown at the line it replaces
 * (or, for a new line, the line it would follow) and said to be in the proposed change.
 */
function onDisk(found: readonly Problem[], before: string, after: string): Problem[] {
  const split = (t: string) => t.split('\n');
  const beforeLines = split(before);
  // for each line of the edited text (1-based): its line on disk, or where the written lines go
  const place: Array<{ line: number; kept: boolean; replaces?: boolean }> = [{ line: 1, kept: true }];
  let disk = 0;
  let removedAt: number | undefined;
  for (const part of diffArrays(beforeLines, split(after))) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removedAt ??= disk + 1;
      disk += n;
      continue;
    }
    for (let i = 0; i < n; i++) {
      if (part.added) place.push({ line: Math.min(Math.max(removedAt ?? disk, 1), beforeLines.length), kept: false, replaces: removedAt !== undefined });
      else place.push({ line: disk + i + 1, kept: true });
    }
    if (!part.added) {
      disk += n;
      removedAt = undefined;
    }
  }
  return found.map((p) => {
    const at = place[p.line];
    if (!at) return { ...p, line: 1, col: 1, message: `${p.message} (in the proposed change)` };
    if (at.kept) return { ...p, line: at.line };
    const where = at.replaces ? 'in the proposed change to this line' : 'in the proposed lines after this one';
    return { ...p, line: at.line, col: 1, message: `${p.message} (${where}, not yet in the file)` };
  });
}

/** The edited text checked as validate checks a file: its errors, and the queue it describes. */
function checkEdited(text: string, file: string, settings: Settings): { problems: Problem[]; queue?: DesiredQueue } {
  const read = parseYamlText(text, file);
  if (!read.ok) return { problems: read.problems };
  const validate = validators().queue;
  if (!validate(read.parsed.data)) return { problems: schemaProblems(validate.errors ?? [], read.parsed).problems };
  const checked = checkQueueFile(read.parsed, read.parsed.data as SkillopsQueue, settings);
  return { problems: checked.problems.filter((p) => p.severity === 'error'), queue: checked.queue };
}

/** Constraints the edited queue breaks today that it kept before: plan will refuse them. */
function earlyWarnings(before: DesiredQueue, after: DesiredQueue, today: string): string[] {
  const inEffect = (q: DesiredQueue, maxProficiency = Infinity) =>
    q.agents.filter((a) => a.active && a.proficiency <= maxProficiency && windowStatus(today, a.from, a.until) === 'active').length;
  const name = forTerminal(after.skill, 200);
  const out: string[] = [];
  const min = after.minActiveAgents;
  if (inEffect(after) < min && inEffect(after) < inEffect(before))
    out.push(`${name} would have ${inEffect(after)} active agent(s) today, fewer than its minActiveAgents ${min}: plan will refuse it`);
  for (const rule of after.staffing ?? []) {
    const now = inEffect(after, rule.maxProficiency);
    if (now < rule.minAgents && now < inEffect(before, rule.maxProficiency))
      out.push(
        `${name} would have ${now} active agent(s) at proficiency ${rule.maxProficiency} or better today, fewer than its staffing rule's ${rule.minAgents}: plan will refuse it`,
      );
  }
  if (after.mode === 'additive' && after.agents.length < before.agents.length)
    out.push(`${name} is additive: removing entries from its file never removes the agents in CXone`);
  return out;
}
