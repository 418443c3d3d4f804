// Small in-place edits of a queue file's agent entries through the yaml library's document
// model (never text substitution), so comments and layout elsewhere in the file stay as they
// are. `skillops revert` uses it; a general in-place editor can replace it behind this function.
import { isMap, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';

export interface EntryState {
  proficiency: number;
  isActive: boolean;
}

export interface EntryEdit {
  agentId: number;
  userName: string;
  /** What the file should state for this agent; undefined removes the entry. */
  to?: EntryState;
  /** A comment for an entry this edit adds (one line). */
  comment?: string;
}

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; error: string };

/** Whether an entry's `agent` value names this agent (id, numeric string, or user name). */
export function namesAgent(value: unknown, agentId: number, userName: string): boolean {
  if (typeof value === 'number') return value === agentId;
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) === agentId;
  return v.toLowerCase() === userName.trim().toLowerCase();
}

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim().slice(0, 160);

export function editQueueEntries(text: string, edits: EntryEdit[]): EditResult {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0]!.message.split('\n')[0]! };
  const root = doc.contents;
  if (!isMap(root)) return { ok: false, error: 'the file is not a mapping of keys (skill, agents, ...)' };
  if (!root.has('agents')) doc.set('agents', doc.createNode([]));
  const agents: unknown = doc.get('agents', true);
  if (!isSeq(agents)) return { ok: false, error: '`agents` is not a list' };
  const before = doc.toString({ lineWidth: 0 });

  for (const edit of edits) {
    const index = agents.items.findIndex((item) => isMap(item) && namesAgent(item.get('agent'), edit.agentId, edit.userName));
    if (edit.to === undefined) {
      if (index >= 0) agents.items.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      const entry = agents.items[index] as YAMLMap;
      entry.set('proficiency', edit.to.proficiency);
      if (!edit.to.isActive) entry.set('active', false);
      else if (entry.has('active')) entry.delete('active');
      // the restored assignment is in effect now: a past `until` would remove it again
      entry.delete('from');
      entry.delete('until');
      continue;
    }
    const login = edit.userName.trim();
    const ref: string | number = login && !/^\d+$/.test(login) && !login.startsWith('agent ') ? login : edit.agentId;
    const node = doc.createNode({ agent: ref, proficiency: edit.to.proficiency, ...(edit.to.isActive ? {} : { active: false }) }) as YAMLMap;
    if (edit.comment) {
      const value = node.items[0]?.value as Scalar | undefined;
      if (value) value.comment = ` ${oneLine(edit.comment)}`;
    }
    agents.flow = false;
    agents.items.push(node);
  }
  if (agents.items.length === 0) agents.flow = true;
  const after = doc.toString({ lineWidth: 0 });
  return { ok: true, text: after, changed: after !== before };
}
