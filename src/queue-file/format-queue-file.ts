// The canonical layout of a queue file (`skillops fmt`), made with the yaml library's document
// model so every comment stays with the line it belongs to: keys in the documented order, agent
// entries as block mappings with their keys in order, agents sorted when the file says
// `sortAgents: true`, strings quoted only where YAML needs it, two-space indentation, one
// trailing newline. The header comment block stays first. Formatting never changes a value:
// the formatted file parses to the same data.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';

/** Top-level keys in the order the documentation shows them; unknown keys keep their place before agents. */
const QUEUE_KEY_ORDER = ['skill', 'skillId', 'mode', 'description', 'constraints', 'safety', 'sortAgents'];
/** Keys of one agent entry, in order. */
const AGENT_KEY_ORDER = ['agent', 'proficiency', 'active', 'from', 'until', 'note'];

type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; error: string };

const keyName = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : '');

/** Stable sort of a mapping's pairs by a key order; keys not in the order keep their relative place after the known ones (except `last`). */
function orderPairs(map: YAMLMap, order: string[], last?: string): void {
  const rank = (pair: Pair) => {
    const name = keyName(pair);
    if (name === last) return order.length + 1;
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  const indexed = map.items.map((pair, i) => ({ pair, i }));
  indexed.sort((a, b) => rank(a.pair) - rank(b.pair) || a.i - b.i);
  map.items = indexed.map((x) => x.pair);
}

/** Strings lose quotes YAML does not need; the yaml library keeps quotes where the value would change. */
function plainStrings(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && !node.value.includes('\n')) node.type = undefined;
    return;
  }
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        plainStrings(item.key);
        plainStrings(item.value);
      } else plainStrings(item);
    }
  }
}

const agentSortKey = (entry: unknown): string => {
  if (!isMap(entry)) return '\uffff';
  const value = entry.get('agent');
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) return `~${String(value).trim().padStart(12, '0')}`;
  return typeof value === 'string' ? value.trim().toLowerCase() : '\uffff';
};

export function formatQueueText(text: string): FormatResult {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0]!.message.split('\n')[0]! };
  const root = doc.contents;
  if (!isMap(root)) return { ok: false, error: 'the file is not a mapping of keys (skill, agents, ...)' };

  // The comment block at the top of the file (the schema header) stays at the top, whichever
  // key moves first; a blank line after it is kept by the library on the document
  const firstKey = () => (root.items[0] && isScalar(root.items[0].key) ? root.items[0].key : undefined);
  const leading = [root.commentBefore, firstKey()?.commentBefore].filter(Boolean).join('\n');
  root.commentBefore = undefined;
  const old = firstKey();
  if (old) old.commentBefore = undefined;
  orderPairs(root, QUEUE_KEY_ORDER, 'agents');
  const now = firstKey();
  if (leading && now) now.commentBefore = [leading, now.commentBefore].filter(Boolean).join('\n');

  const agents = root.get('agents', true) as Node | undefined;
  if (isSeq(agents)) {
    if (agents.items.length > 0) agents.flow = false;
    for (const entry of agents.items) {
      if (!isMap(entry)) continue;
      entry.flow = false;
      orderPairs(entry, AGENT_KEY_ORDER);
    }
    const sort = root.get('sortAgents', true);
    if (isScalar(sort) && (sort.value as unknown) === true) {
      const indexed = agents.items.map((item, i) => ({ item, i, key: agentSortKey(item) }));
      indexed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
      agents.items = indexed.map((x) => x.item);
    }
  }
  plainStrings(root);
  const formatted = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
  return { ok: true, text: formatted, changed: formatted !== text };
}
