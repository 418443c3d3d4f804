// Edits one queue file in place, the way a careful person would: only the entries named in the
// edits change, and every other byte (comments, notes, constraints, key order, agent order,
// quoting, blank lines, the header, flow and block styles, line endings) stays as it was.
//
//   editQueueFile(text, edits, { file }) → text
//
//   edits: one per agent entry, matched by agent id or any of its names (user name, e-mail;
//   case-insensitive), exactly as the planner resolves `agent:` values:
//     { agent: { agentId, names }, set: { proficiency?, active?, from?, until?, note? } }
//       change values in place; a date or note the entry does not have yet is written on a line
//       of its own after the keys that come before it (agent, proficiency, active, from, until)
//     { agent, set: { … }, unset: ['from', 'until'] }                 and delete these keys of the
//       entry (not agent or proficiency, nor a key it sets), each with the comment lines right
//       above it at its own indent, its line comment and deeper comment lines after it (a flow
//       entry: the key and its comma); other comments stay. A key on the entry's `- ` line
//       gives the line to the next key, and comment lines between move above the entry.
//       Keys the entry does not have are no edit.
//     { agent: { agentId, names }, remove: true }                     delete the entry and the
//                                                                     comment lines above it
//     { add: { agent, proficiency, active, from?, until?, note?, comment? } }  insert a new entry where a
//       person would put it: in the file's order when it has one (`sortAgents: true`, or
//       sorted by agent as `import` writes, or by proficiency), else at the end; `comment` goes after the agent, as import
//       writes the agent's full name.
//
// It works on the `yaml` library's concrete syntax tree (Parser / CST): positions of tokens,
// never regular expressions over the text. Every result is parsed again and compared with the
// expected data, so an edit can never silently change something else. Used by `skillops
// refresh`, `import --diff`, the drift pull request and `skillops revert`.
import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, Parser, parseDocument } from 'yaml';
import { ConfigError } from '../domain/errors.js';

export interface AgentMatch {
  agentId: number;
  /** User name and e-mail of the agent: an entry written with either matches. */
  names?: string[];
}

interface NewAssignment {
  /** As it should be written: a user name, or the numeric agent id. */
  agent: string | number;
  proficiency: number;
  active: boolean;
  from?: string;
  until?: string;
  note?: string;
  /** One line of text written as a comment after the agent (e.g. the agent's full name). */
  comment?: string;
}

/** The text keys of an entry an edit may set: each written after the keys before it in this order. */
const TEXT_KEYS = ['from', 'until', 'note'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const KEY_ORDER = ['agent', 'proficiency', 'active', ...TEXT_KEYS];

export interface EntryValues {
  proficiency?: number;
  active?: boolean;
  from?: string;
  until?: string;
  note?: string;
}

export type QueueFileEdit = { agent: AgentMatch; set: EntryValues; unset?: readonly string[] } | { agent: AgentMatch; remove: true } | { add: NewAssignment };

interface Splice {
  start: number;
  end: number;
  text: string;
}

type Item = CST.CollectionItem;
interface Entry {
  item: Item;
  /** The entry's mapping: a block map or a flow map `{ … }`. */
  map: CST.BlockMap | CST.FlowCollection;
  agent: string | undefined;
  proficiency: number | undefined;
}

export function editQueueFile(original: string, edits: readonly QueueFileEdit[], options: { file?: string } = {}): string {
  if (edits.length === 0) return original;
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  // a file without a final newline is edited as if it had one, and given back without
  const unterminated = original.length > 0 && !original.endsWith('\n');
  const text = unterminated ? original + eol : original;
  const fail = cannotEdit(text, options.file ?? 'queue file');
  const tokens = [...new Parser().parse(text)];
  const queue = readQueueFile(text, eol, tokens, fail);
  const edited = applySplices(text, editSplices(queue, edits), fail);
  const editOf = new Map<number, Exclude<QueueFileEdit, { add: NewAssignment }>>();
  for (const e of edits) if (!('add' in e)) for (const i of entryIndexes(queue.byAgent, e.agent)) if (!editOf.has(i)) editOf.set(i, e);
  const result = unterminated && edited.endsWith(eol) ? edited.slice(0, -eol.length) : edited;
  // the old data comes from the tokens already parsed: the file is lexed once, the result once
  const old = [...new Composer().compose(tokens)][0]!.toJS() as { agents: Array<Record<string, unknown>> };
  verify(old, result, edits, editOf, fail);
  return result;
}

type Fail = (offset: number, message: string) => never;

/** How an edit fails: a ConfigError saying why the file cannot be edited in place, at the line and column of `offset` in `text`. */
function cannotEdit(text: string, file: string): Fail {
  return (offset, message) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    throw new ConfigError(
      [{ file, line, col: offset - (before.lastIndexOf('\n') + 1) + 1, severity: 'error', code: 'cannot-edit', message }],
      `cannot edit ${file} in place: ${message}`,
    );
  };
}

/** The queue file being edited, parsed once: what every edit reads from it. */
interface QueueFile {
  /** The text being edited (with a final newline when it has any text). */
  text: string;
  eol: string;
  fail: Fail;
  /** Offsets where a comment token starts. */
  comments: Set<number>;
  /** The pairs of the top-level mapping. */
  rootItems: readonly Item[];
  agentsPair: Item;
  list: CST.BlockSequence | CST.FlowCollection;
  /** The list's items that are entries (a block list can end in an item holding only comments). */
  listItems: Item[];
  /** One per item of listItems. */
  entries: Entry[];
  /** The entries that name an agent, by how they name it (see entryIndexes). */
  byAgent: Map<string, number[]>;
}

/** The file's `agents:` list and its entries; fails when the file is not a queue file it can edit. */
function readQueueFile(text: string, eol: string, tokens: CST.Token[], fail: Fail): QueueFile {
  const docs = tokens.filter((t): t is CST.Document => t.type === 'document');
  const broken = tokens.find((t) => t.type === 'error');
  if (broken) fail(broken.offset, 'the file is not valid YAML');
  if (docs.length !== 1) fail(0, 'expected exactly one YAML document');
  const root = docs[0]!.value;
  const rootItems =
    root && (root.type === 'block-map' || (root.type === 'flow-collection' && root.start.source === '{'))
      ? root.items
      : fail(root?.offset ?? 0, 'the top level is not a mapping');
  const agentsPair = rootItems.find((i) => scalarText(i.key) === 'agents');
  if (!agentsPair?.value) return fail(root?.offset ?? 0, 'the file has no `agents:` list');
  const seq = agentsPair.value;
  if (seq.type !== 'block-seq' && !(seq.type === 'flow-collection' && seq.start.source === '[')) fail(seq.offset, '`agents:` is not a list');
  const list = seq as CST.BlockSequence | CST.FlowCollection;
  const comments = commentOffsets(tokens);
  // a block list can end in an item that holds only the comments after its last entry
  const listItems = list.items.filter((i) => i.value || i.start.some((t) => t.type === 'seq-item-ind'));
  const entries = listItems.map((item) => readEntry(item, list, fail));
  return { text, eol, fail, comments, rootItems, agentsPair, list, listItems, entries, byAgent: agentIndex(entries) };
}

/** An item of the `agents:` list as an entry: its mapping, and the agent and proficiency written in it. */
function readEntry(item: Item, list: CST.BlockSequence | CST.FlowCollection, fail: Fail): Entry {
  const map = item.value;
  if (!map || !(map.type === 'block-map' || (map.type === 'flow-collection' && map.start.source === '{'))) {
    return fail(
      item.value?.offset ?? list.offset,
      map?.type === 'alias' ? 'an agent entry is a YAML alias; edit it by hand' : 'an agent entry is not a mapping',
    );
  }
  const agentValue = map.items.find((p) => scalarText(p.key) === 'agent')?.value;
  const prof = Number(scalarText(map.items.find((p) => scalarText(p.key) === 'proficiency')?.value));
  return { item, map, agent: agentValue?.type === 'alias' ? undefined : scalarText(agentValue), proficiency: Number.isInteger(prof) ? prof : undefined };
}

const entryMatches = (entry: Entry, m: AgentMatch) => entry.agent !== undefined && writtenAgentMatches(entry.agent, m);

/** The key an entry's `agent:` is indexed by: the id, or the name in lower case (as writtenAgentMatches compares). */
const writtenKey = (written: string) => {
  const w = written.trim();
  return /^\d+$/.test(w) ? `id:${Number(w)}` : `n:${w.toLowerCase()}`;
};

function agentIndex(entries: Entry[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.agent === undefined) return;
    const key = writtenKey(e.agent);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  return index;
}

/** The indexes of the entries naming the agent, in file order: a lookup per name, not a scan per edit. */
function entryIndexes(byAgent: Map<string, number[]>, m: AgentMatch): number[] {
  const keys = new Set([`id:${m.agentId}`, ...(m.names ?? []).map((n) => `n:${n.trim().toLowerCase()}`)]);
  const found = [...keys].flatMap((k) => byAgent.get(k) ?? []);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The splices making the edits: those of each changed or removed entry in the order given, then the new entries. */
function editSplices(queue: QueueFile, edits: readonly QueueFileEdit[]): Splice[] {
  const { entries, list, fail } = queue;
  const splices: Splice[] = [];
  const touched = new Map<number, 'set' | 'remove'>();
  const adds: NewAssignment[] = [];
  for (const edit of edits) {
    if ('add' in edit) {
      const named = {
        agentId: typeof edit.add.agent === 'number' ? edit.add.agent : -1,
        names: typeof edit.add.agent === 'string' ? [edit.add.agent] : [],
      };
      if (entryIndexes(queue.byAgent, named).some((i) => entryMatches(entries[i]!, named))) {
        fail(list.offset, `agent ${String(edit.add.agent)} is already listed`);
      }
      adds.push(edit.add);
      continue;
    }
    const index = entryToEdit(queue, edit.agent, touched);
    if ('remove' in edit) {
      touched.set(index, 'remove');
      if (list.type === 'block-seq') {
        const r = entryRegion(queue, index);
        splices.push({ start: r.start, end: r.end, text: '' });
      } else {
        splices.push(flowRemove(queue, index));
      }
      continue;
    }
    touched.set(index, 'set');
    splices.push(...setSplices(queue, entries[index]!, edit));
  }
  if (adds.length > 0) splices.push(...insertions(queue, adds));
  // a block list left without entries would read as `agents: null`, which the schema refuses
  else if (list.type === 'block-seq' && entries.length > 0 && [...touched.values()].filter((t) => t === 'remove').length === entries.length) {
    const colon = queue.agentsPair.sep?.find((t) => t.type === 'map-value-ind');
    if (colon) splices.push({ start: colon.offset + 1, end: colon.offset + 1, text: ' []' });
  }
  return splices;
}

/** The index of the one entry naming the agent; fails when none or several do, or it was edited already. */
function entryToEdit(queue: QueueFile, agent: AgentMatch, touched: ReadonlyMap<number, unknown>): number {
  const { entries, list, fail } = queue;
  const found = entryIndexes(queue.byAgent, agent);
  if (found.length !== 1)
    fail(
      list.offset,
      found.length === 0
        ? `no entry for agent ${agent.agentId}${agent.names?.[0] ? ` (${agent.names[0]})` : ''}`
        : `agent ${agent.agentId} is listed ${found.length} times`,
    );
  const index = found[0]!;
  if (touched.has(index)) fail(entries[index]!.map.offset, `more than one edit for agent ${agent.agentId}`);
  return index;
}

type SetEdit = Extract<QueueFileEdit, { set: unknown }>;

/** The pair of an entry with this key, if it has one. */
function pairNamed(entry: Entry, key: string): Item | undefined {
  return entry.map.items.find((p) => scalarText(p.key) === key);
}

/** Splices changing one entry: the keys it unsets deleted, then its proficiency and `active` set. */
function setSplices(queue: QueueFile, entry: Entry, edit: SetEdit): Splice[] {
  const { fail } = queue;
  const splices: Splice[] = [];
  for (const key of new Set(edit.unset ?? [])) {
    if (key === 'agent' || key === 'proficiency' || edit.set[key as keyof typeof edit.set] !== undefined)
      fail(entry.map.offset, `cannot unset \`${key}\` of an entry`);
    const k = entry.map.items.findIndex((p) => scalarText(p.key) === key);
    if (k >= 0) splices.push(...unsetPair(queue, entry, k));
  }
  if (edit.set.proficiency !== undefined) {
    const value = pairNamed(entry, 'proficiency')?.value;
    if (value?.type !== 'scalar') fail(entry.map.offset, "the entry's proficiency is not a plain number");
    const v = value as CST.FlowScalar;
    splices.push({ start: v.offset, end: v.offset + v.source.length, text: String(edit.set.proficiency) });
  }
  if (edit.set.active !== undefined) {
    const splice = activeSplice(queue, entry, edit.set.active);
    if (splice) splices.push(splice);
  }
  for (const key of TEXT_KEYS) {
    const value = edit.set[key];
    if (value !== undefined) splices.push(textSplice(queue, entry, key, value, edit.unset ?? []));
  }
  return splices;
}

/** Sets a date or the note of an entry: its value replaced, else `key: value` written after the keys before it. */
function textSplice(queue: QueueFile, entry: Entry, key: TextKey, value: string, unset: readonly string[]): Splice {
  const { text, eol, fail } = queue;
  const inFlow = entry.map.type === 'flow-collection';
  const pair = pairNamed(entry, key);
  if (pair?.value) {
    if (pair.value.type !== 'scalar' && pair.value.type !== 'single-quoted-scalar' && pair.value.type !== 'double-quoted-scalar')
      fail(pair.value.offset, `the entry's \`${key}\` is not a one-line value; edit it by hand`);
    const v = pair.value as CST.FlowScalar;
    return { start: v.offset, end: v.offset + v.source.length, text: scalarFor(value, inFlow) };
  }
  // after the last key that comes before this one in the usual order
  const earlier = KEY_ORDER.slice(0, KEY_ORDER.indexOf(key)).filter((k) => !unset.includes(k));
  const anchor = [...entry.map.items].reverse().find((p) => earlier.includes(scalarText(p.key) ?? ''));
  const anchorValue = anchor?.value;
  if (!anchor?.key || !anchorValue) return fail(entry.map.offset, 'the entry has no proficiency');
  if (anchorValue.type === 'block-scalar') fail(anchorValue.offset, `the entry's \`${scalarText(anchor.key)}\` is a block scalar; edit it by hand`);
  if (!inFlow) {
    const at = lineEnd(text, significantEnd(anchorValue));
    return { start: at, end: at, text: `${' '.repeat(column(text, anchor.key.offset))}${key}: ${scalarFor(value, false)}${eol}` };
  }
  const at = significantEnd(anchorValue);
  return { start: at, end: at, text: `, ${key}: ${scalarFor(value, true)}` };
}

/** The `key: value` lines of a new entry after agent and proficiency. */
function extraPairs(a: NewAssignment, inFlow: boolean): string[] {
  const pairs = a.active ? [] : ['active: false'];
  for (const key of TEXT_KEYS) if (a[key] !== undefined) pairs.push(`${key}: ${scalarFor(a[key], inFlow)}`);
  return pairs;
}

/** Sets an entry's `active`: its value replaced, else `active: false` written after proficiency (true needs no line). */
function activeSplice(queue: QueueFile, entry: Entry, active: boolean): Splice | undefined {
  const { text, eol, fail } = queue;
  const pair = pairNamed(entry, 'active');
  if (pair?.value) {
    if (pair.value.type !== 'scalar') fail(pair.value.offset, "the entry's `active` is not a plain true/false");
    const v = pair.value as CST.FlowScalar;
    return { start: v.offset, end: v.offset + v.source.length, text: String(active) };
  }
  if (active) return undefined;
  // written after proficiency, in the entry's own style
  const prof = pairNamed(entry, 'proficiency');
  const value = prof?.value;
  if (!prof?.key || !value) return fail(entry.map.offset, 'the entry has no proficiency');
  if (entry.map.type === 'block-map') {
    const at = lineEnd(text, significantEnd(value));
    return { start: at, end: at, text: `${' '.repeat(column(text, prof.key.offset))}active: false${eol}` };
  }
  const at = significantEnd(value);
  return { start: at, end: at, text: ', active: false' };
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The offset after the line's newline (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

const column = (text: string, offset: number) => offset - lineStart(text, offset);

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** Whether the line starting at `start` holds only a comment. */
const isCommentLine = (queue: QueueFile, start: number) => queue.comments.has(firstNonSpace(queue.text, start));

/** Lines of entry i: comment lines right above it, its own lines, and deeper comment lines after. */
function entryRegion(queue: QueueFile, i: number): { start: number; end: number } {
  const { text, entries, fail } = queue;
  const item = entries[i]!.item;
  const dash = item.start.find((t) => t.type === 'seq-item-ind') ?? fail(entries[i]!.map.offset, 'unexpected list item');
  let start = lineStart(text, dash.offset);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!isCommentLine(queue, above)) break;
    start = above;
  }
  let end = lineEnd(text, significantEnd(entries[i]!.map));
  while (end < text.length && isCommentLine(queue, end) && column(text, firstNonSpace(text, end)) > column(text, dash.offset)) end = lineEnd(text, end);
  return { start, end };
}

/** Splices deleting pair k of an entry (see the header for which comments go with it). */
function unsetPair(queue: QueueFile, entry: Entry, k: number): Splice[] {
  const { text, fail } = queue;
  const pairs = entry.map.items;
  const pair = pairs[k]!;
  const next = pairs[k + 1];
  if (!pair.key || pair.start.some((t) => t.type === 'explicit-key-ind') || (next && !next.key))
    return fail(entry.map.offset, 'the entry uses explicit `?` keys; edit it by hand');
  if (pairs.length < 2) return fail(entry.map.offset, 'the entry would be left empty');
  const keyAt = pair.key.offset;
  if (entry.map.type === 'flow-collection') {
    return [next ? { start: keyAt, end: next.key!.offset, text: '' } : { start: significantEnd(pairs[k - 1]), end: significantEnd(pair), text: '' }];
  }
  let end = lineEnd(text, significantEnd(pair));
  while (end < text.length && isCommentLine(queue, end) && column(text, firstNonSpace(text, end)) > column(text, keyAt)) end = lineEnd(text, end);
  const dash = entry.item.start.find((t) => t.type === 'seq-item-ind');
  if (dash && lineStart(text, dash.offset) === lineStart(text, keyAt)) {
    if (!next) return fail(entry.map.offset, 'the entry would be left empty');
    const between = text.slice(end, lineStart(text, next.key!.offset));
    return [
      { start: lineStart(text, dash.offset), end: lineStart(text, dash.offset), text: between },
      { start: keyAt, end: next.key!.offset, text: '' },
    ];
  }
  let start = lineStart(text, keyAt);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!isCommentLine(queue, above) || column(text, firstNonSpace(text, above)) !== column(text, keyAt)) break;
    start = above;
  }
  return [{ start, end, text: '' }];
}

/** The splice deleting entry i of a flow list `[ … ]`, with the comma on one side of it. */
function flowRemove(queue: QueueFile, i: number): Splice {
  const items = queue.listItems;
  const value = (k: number) => items[k]!.value!;
  if (items.length === 1) return { start: value(0).offset, end: significantEnd(value(0)), text: '' };
  if (i < items.length - 1) return { start: value(i).offset, end: value(i + 1).offset, text: '' };
  return { start: significantEnd(value(i - 1)), end: significantEnd(value(i)), text: '' };
}

/** Splices inserting the new entries where the file's order puts them (see the header). */
function insertions(queue: QueueFile, newOnes: NewAssignment[]): Splice[] {
  const { rootItems, entries, list } = queue;
  // `sortAgents: true` (kept by `skillops fmt`) says so outright
  const order = scalarText(rootItems.find((i) => scalarText(i.key) === 'sortAgents')?.value) === 'true' ? 'agent' : sortOrder(entries);
  const out: Splice[] = [];
  const keyed = newOnes.map((a) => ({ a, pos: position(entries, order, a) }));
  keyed.sort((x, y) => x.pos - y.pos || compareNew(order, x.a, y.a));
  for (const { a, pos } of keyed) {
    if (list.type === 'flow-collection') {
      out.push(flowInsert(queue, a, pos));
      continue;
    }
    const neighbor = entries[Math.min(pos, entries.length - 1)]!;
    const at = pos < entries.length ? entryRegion(queue, pos).start : entryRegion(queue, entries.length - 1).end;
    out.push({ start: at, end: at, text: blockItem(queue, a, neighbor) });
  }
  return out;
}

/** The index of the entry a new one goes before (entries.length: after the last). */
function position(entries: Entry[], order: 'agent' | 'proficiency' | 'end', a: NewAssignment): number {
  if (order === 'end') return entries.length;
  let pos = entries.length;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const before = order === 'agent' ? agentSortKey(String(a.agent)) < agentSortKey(e.agent ?? '') : a.proficiency < (e.proficiency ?? Infinity);
    if (before) {
      pos = k;
      break;
    }
  }
  return pos;
}

/** A new block list item, written in the style of the entry next to it. */
function blockItem(queue: QueueFile, a: NewAssignment, neighbor: Entry): string {
  const { text, eol } = queue;
  const dash = neighbor.item.start.find((t) => t.type === 'seq-item-ind')!;
  const indent = ' '.repeat(column(text, dash.offset));
  const gap = ' '.repeat(Math.max(1, column(text, neighbor.map.offset) - column(text, dash.offset) - 1));
  const comment = a.comment ? ` # ${a.comment}` : '';
  if (neighbor.map.type === 'flow-collection') {
    return `${indent}-${gap}${flowMap(text, a, neighbor.map)}${comment}${eol}`;
  }
  const inner = indent + ' '.repeat(1 + gap.length);
  const firstKey = scalarText(neighbor.map.items[0]?.key);
  const agentLine = `agent: ${scalarFor(a.agent, false)}${comment}`;
  const profLine = `proficiency: ${a.proficiency}`;
  const lines = firstKey === 'proficiency' ? [profLine, agentLine] : [agentLine, profLine];
  lines.push(...extraPairs(a, false));
  return lines.map((l, k) => `${k === 0 ? `${indent}-${gap}` : inner}${l}${eol}`).join('');
}

/** A new entry as a flow mapping `{ … }`, padded inside the braces as `like` is. */
function flowMap(text: string, a: NewAssignment, like: CST.FlowCollection | undefined): string {
  const padded = like ? text[like.start.offset + 1] === ' ' : true;
  const body = [`agent: ${scalarFor(a.agent, true)}`, `proficiency: ${a.proficiency}`, ...extraPairs(a, true)].join(', ');
  return padded ? `{ ${body} }` : `{${body}}`;
}

/** The splice inserting a new entry into a flow list `[ … ]` before item pos. */
function flowInsert(queue: QueueFile, a: NewAssignment, pos: number): Splice {
  const { text, eol, listItems: items, entries } = queue;
  if (items.length === 0) return firstOfEmptyList(queue, a);
  const like = entries.find((e) => e.map.type === 'flow-collection')?.map as CST.FlowCollection | undefined;
  const map = flowMap(text, a, like);
  // one entry per line when the list is written that way, else side by side
  const ownLine = (offset: number) => text.slice(lineStart(text, offset), offset).trim() === '';
  const indentOf = (offset: number) => text.slice(lineStart(text, offset), offset);
  if (pos < items.length) {
    const at = items[pos]!.value!.offset;
    return { start: at, end: at, text: ownLine(at) ? `${map},${eol}${indentOf(at)}` : `${map}, ` };
  }
  const last = items[items.length - 1]!.value!;
  const at = significantEnd(last);
  return { start: at, end: at, text: ownLine(last.offset) ? `,${eol}${indentOf(last.offset)}${map}` : `, ${map}` };
}

/** `agents: []` becomes a block list, as a person would write the first entry. */
function firstOfEmptyList(queue: QueueFile, a: NewAssignment): Splice {
  const { text, eol, agentsPair, list, fail } = queue;
  const key = agentsPair.key!;
  const colon = agentsPair.sep!.find((t) => t.type === 'map-value-ind')!;
  const close = (list as CST.FlowCollection).end.find((t) => t.type === 'flow-seq-end');
  if (!close) return fail(list.offset, '`agents:` list is not closed');
  const indent = ' '.repeat(column(text, key.offset) + 2);
  const comment = a.comment ? ` # ${a.comment}` : '';
  const lines = [
    `${indent}- agent: ${scalarFor(a.agent, false)}${comment}`,
    `${indent}  proficiency: ${a.proficiency}`,
    ...extraPairs(a, false).map((p) => `${indent}  ${p}`),
  ];
  return { start: colon.offset + 1, end: close.offset + 1, text: `${eol}${lines.join(eol)}` };
}

/** Whether an `agent:` value as written (a numeric id, or a user name / e-mail, case-insensitive) names this agent. */
export function writtenAgentMatches(written: string, m: AgentMatch): boolean {
  const w = written.trim();
  if (/^\d+$/.test(w)) return Number(w) === m.agentId;
  return (m.names ?? []).some((n) => n.trim().toLowerCase() === w.toLowerCase());
}

/** Insert positions follow the file's order: by agent as import writes it, by proficiency, or none. */
function sortOrder(entries: Entry[]): 'agent' | 'proficiency' | 'end' {
  if (entries.length < 2) return 'agent';
  const keys = entries.map((e) => (e.agent === undefined ? undefined : agentSortKey(e.agent)));
  if (keys.every((k, i) => k !== undefined && (i === 0 || keys[i - 1]! <= k))) return 'agent';
  const profs = entries.map((e) => e.proficiency);
  if (profs.every((p, i) => p !== undefined && (i === 0 || profs[i - 1]! <= p))) return 'proficiency';
  return 'end';
}

function compareNew(order: 'agent' | 'proficiency' | 'end', x: NewAssignment, y: NewAssignment): number {
  const byAgent = agentSortKey(String(x.agent)) < agentSortKey(String(y.agent)) ? -1 : agentSortKey(String(x.agent)) > agentSortKey(String(y.agent)) ? 1 : 0;
  return order === 'proficiency' ? x.proficiency - y.proficiency || byAgent : byAgent;
}

/** The order `import` writes: user names case-insensitively, numeric ids after them. */
function agentSortKey(written: string): string {
  const t = written.trim();
  return /^\d+$/.test(t) ? `~${t.padStart(12, '0')}` : t.toLowerCase();
}

/** A YAML scalar that reads back as exactly `value` (a string stays a string, an id a number). */
function scalarFor(value: string | number, inFlow: boolean): string {
  if (typeof value === 'number') return String(value);
  const source = CST.createScalarToken(value, { indent: 0, inFlow }).source;
  const back = parseDocument(inFlow ? `[${source}]` : `k: ${source}`).toJS() as unknown;
  const read = inFlow ? (back as unknown[])[0] : (back as Record<string, unknown>).k;
  return read === value ? source : JSON.stringify(value);
}

function scalarText(token: CST.Token | null | undefined): string | undefined {
  if (!token || !CST.isScalar(token)) return undefined;
  return CST.resolveAsScalar(token)?.value;
}

/** Offsets where a comment token starts, anywhere in the file. */
function commentOffsets(tokens: CST.Token[]): Set<number> {
  const found = new Set<number>();
  eachToken(tokens, (o) => {
    if (o.type === 'comment' && typeof o.offset === 'number') found.add(o.offset);
  });
  return found;
}

/** End offset of the last token of a node that is not space, newline or comment. */
function significantEnd(t: unknown): number {
  let best = -1;
  eachToken(t, (o) => {
    const type = o.type as string | undefined;
    if (typeof o.offset === 'number' && typeof o.source === 'string' && type !== 'space' && type !== 'newline' && type !== 'comment') {
      best = Math.max(best, o.offset + o.source.length);
    }
  });
  return best;
}

/**
 * Every token object in a CST node (or a list of them), the node itself first, then what it
 * holds: the source tokens before and after it, collection items and their keys, separators,
 * values and properties. (`CST.visit` stops at collection items; this reaches every token.)
 */
export function eachToken(t: unknown, visit: (token: Record<string, unknown>) => void): void {
  if (!t || typeof t !== 'object') return;
  if (Array.isArray(t)) {
    for (const x of t) eachToken(x, visit);
    return;
  }
  const o = t as Record<string, unknown>;
  visit(o);
  for (const key of ['start', 'end', 'items', 'key', 'sep', 'value', 'props']) if (key in o) eachToken(o[key], visit);
}

function applySplices(text: string, splices: Splice[], fail: Fail): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) fail(s.start, 'two edits overlap');
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The edited text must parse and hold exactly the old data with the edits applied. */
function verify(
  old: { agents: Array<Record<string, unknown>> },
  after: string,
  edits: readonly QueueFileEdit[],
  editOf: ReadonlyMap<number, Exclude<QueueFileEdit, { add: NewAssignment }>>,
  fail: Fail,
): void {
  const parsed = parseDocument(after, { uniqueKeys: true });
  if (parsed.errors.length > 0) fail(0, `the edit would break the YAML (${parsed.errors[0]!.message.split('\n')[0]}); this is a bug in skillops`);
  const kept: Array<Record<string, unknown>> = [];
  for (const [i, row] of old.agents.entries()) {
    const edit = editOf.get(i);
    const data: Record<string, unknown> = { ...row };
    if (edit && 'remove' in edit) continue;
    if (edit && 'set' in edit) {
      for (const key of edit.unset ?? []) delete data[key];
      if (edit.set.proficiency !== undefined) data.proficiency = edit.set.proficiency;
      if (edit.set.active !== undefined && (edit.set.active === false || 'active' in data)) data.active = edit.set.active;
      for (const key of TEXT_KEYS) if (edit.set[key] !== undefined) data[key] = edit.set[key];
    }
    kept.push(data);
  }
  const wanted = edits.flatMap((e) => {
    if (!('add' in e)) return [];
    const w: Record<string, unknown> = { agent: e.add.agent, proficiency: e.add.proficiency, ...(e.add.active ? {} : { active: false }) };
    for (const key of TEXT_KEYS) if (e.add[key] !== undefined) w[key] = e.add[key];
    return [w];
  });
  const now = parsed.toJS() as { agents?: Array<Record<string, unknown>> };
  // the kept entries in their old order, with the new ones somewhere between them
  let k = 0;
  const extra: Array<Record<string, unknown>> = [];
  for (const g of now.agents ?? []) {
    if (k < kept.length && isDeepStrictEqual(g, kept[k])) k++;
    else extra.push(g);
  }
  const rest = (d: unknown) => {
    const { agents: _a, ...r } = d as Record<string, unknown>;
    return r;
  };
  const same = k === kept.length && extra.length === wanted.length && wanted.every((w) => extra.some((x) => isDeepStrictEqual(x, w)));
  if (!same || !isDeepStrictEqual(rest(old), rest(now))) fail(0, 'the edited file does not read back as intended; this is a bug in skillops');
}
