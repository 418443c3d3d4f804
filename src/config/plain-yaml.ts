// A fast reader for the plain block YAML that skillops itself writes (import, fmt, refresh) and
// that people write by hand: mappings and lists by indentation, one `key: value` per line,
// plain words, whole numbers, true/false, simple quoted strings and comments. The `yaml`
// library spends about 16 µs on each agent entry (lexing, composing a document tree, then
// converting it), which is 10 s for a 500,000-assignment repository; this reads the same files
// in a small fraction of that.
//
// It is strict on purpose: anything outside that subset (anchors, tags, flow collections,
// multi-line or escaped strings, floats, nulls, tabs, CR, directives, several documents,
// duplicate or reserved keys, text that needs escaping, lists or mappings over the limits…)
// makes it answer `undefined`, and the caller reads the file with the `yaml` library, which
// reports whatever is wrong. So it never has to report problems, and when it answers, the data
// and every position equal the library's (test/unit/plain-yaml.test.ts compares both on
// generated, hand-written and randomly mutated files).

/** A node of the document, with the offset yaml gives as the start of its range. */
type PlainNode =
  | { kind: 'scalar'; at: number }
  | { kind: 'map'; at: number; pairs: Map<string, { key: number; value: PlainNode }> }
  | { kind: 'seq'; at: number; items: PlainNode[] };

interface PlainYaml {
  data: unknown;
  /** Same contract as ParsedYaml.locate: the offset of the node at `segments` (or of its key). */
  offsetOf(segments: readonly PathSegment[], wantKey: boolean): number;
}

interface Line {
  /** column of the first character that is not a space */
  indent: number;
  /** the line from `indent` on */
  rest: string;
  /** offset of `rest` in the text */
  at: number;
}

class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

const KEY = /^([A-Za-z_][A-Za-z0-9_]{0,63}):(?= |$)/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
/** Whole numbers the core schema reads as integers, written the one way it writes them back. */
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Letters, marks, digits, punctuation and symbols of any script beyond ASCII: all printable, none
 *  of them means anything to YAML (its indicators are ASCII). */
const WIDE = '(?![\\x00-\\x7f])[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]';
/** Plain words that the core schema reads as strings whatever they hold: a letter first, then
 *  letters, digits, spaces and a few marks; never ": " or " #", never a trailing space. */
const WORD = new RegExp(`^(?:[A-Za-z]|(?![\\x00-\\x7f])\\p{L})(?:[A-Za-z0-9 ._@+\\-()/,'&;!?*%$=~^<>"]|${WIDE})*$`, 'u');
/** In a flow mapping, also without the flow indicators , [ ] { }. */
const FLOW_WORD = new RegExp(`^(?:[A-Za-z]|(?![\\x00-\\x7f])\\p{L})(?:[A-Za-z0-9 ._@+\\-()/'&;!?*%$=~^<>"]|${WIDE})*$`, 'u');
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_]{0,63}): +/;
/** Calendar dates are strings in YAML 1.2's core schema (timestamps belong to YAML 1.1). */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const CORE_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** Inside quotes: printable text with no escapes, no quote of the same kind. */
const QUOTED_TEXT = new RegExp(`^(?:[\\x20-\\x7e]|${WIDE})*$`, 'u');
/** Comments may hold names (letters of any script) but nothing that needs escaping. */
const COMMENT_TEXT = new RegExp(`^#(?:[\\x20-\\x7e]|${WIDE})*$`, 'u');

/** A key that stays the same string in the data: not a reserved name, and not a word the core
 *  schema reads as true, false or null (`True: 1` is the key "true" to the library). */
const usableKey = (name: string) => !RESERVED_KEYS.has(name) && !CORE_WORDS.test(name);

/** The text between quotes, when it needs no unescaping. */
function quotedText(inner: string, quote: string): string {
  if (!QUOTED_TEXT.test(inner) || (quote === '"' && inner.includes('\\'))) return notPlain();
  return inner;
}

/** A plain scalar as the core schema reads it, when it is one of the kinds read here. */
function plainValue(value: string, words: RegExp): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (INTEGER.test(value)) return Number(value);
  if ((words.test(value) && !CORE_WORDS.test(value)) || DATE.test(value)) return value;
  return notPlain();
}

/** What a block, mapping or list reads to: its node (for positions) and its data. */
interface ReadNode {
  node: PlainNode;
  data: unknown;
}

/** Where the reader is in the document's lines, and the limits it holds the document to. */
interface LineReader {
  lines: Line[];
  /** index of the next line to read */
  next: number;
  /** how many blocks are open around the one being read */
  depth: number;
  maxKeys: number;
  maxItems: number;
}

/**
 * @returns the document when it is plain block YAML within the limits, else undefined (read it
 * with the `yaml` library, which also explains what is wrong)
 */
export function readPlainYaml(text: string, limits: { maxKeys: number; maxItems: number }): PlainYaml | undefined {
  if (/[\r\t]/.test(text)) return undefined;
  const lines = contentLines(text);
  if (!lines || lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const reader: LineReader = { lines, next: 0, depth: 0, maxKeys: limits.maxKeys, maxItems: limits.maxItems };
  try {
    const top = lines[0]!.rest.startsWith('-') ? undefined : readMapping(reader, 0);
    if (!top || reader.next !== lines.length) return undefined;
    const root = top.node;
    return {
      data: top.data,
      offsetOf: (segments, wantKey) => offsetOfPath(root, segments, wantKey),
    };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/**
 * The lines that hold content, comment lines checked and left out; undefined when a line is
 * left to the library (blank lines holding spaces, trailing spaces, comments needing escapes).
 */
function contentLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const raw = text.slice(start, end);
      let indent = 0;
      while (raw.charCodeAt(indent) === 32) indent++;
      // blank lines holding spaces, and trailing spaces, are left to the library
      if (indent === raw.length || raw.charCodeAt(raw.length - 1) === 32) return undefined;
      const rest = raw.slice(indent);
      if (rest.charCodeAt(0) === 35 /* # */) {
        if (!COMMENT_TEXT.test(rest)) return undefined;
      } else {
        lines.push({ indent, rest, at: start + indent });
      }
    }
    start = end + 1;
  }
  return lines;
}

/** The offset of the node at `segments` (or of its key), else of the deepest node on the way. */
function offsetOfPath(root: PlainNode, segments: readonly PathSegment[], wantKey: boolean): number {
  let node: PlainNode = root;
  let best = root.at;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (node.kind === 'map') {
      const pair = node.pairs.get(String(segment));
      if (!pair) return best;
      if (i === segments.length - 1 && wantKey) return pair.key;
      node = pair.value;
    } else if (node.kind === 'seq') {
      const item: PlainNode | undefined = node.items[Number(segment)];
      if (item === undefined) return best;
      node = item;
    } else {
      return best;
    }
    best = node.at;
  }
  return best;
}

/** A scalar's value, from the text after `key: ` or `- ` up to an optional comment. */
function lineScalar(textAfter: string): unknown {
  const first = textAfter.charCodeAt(0);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const close = textAfter.indexOf(textAfter[0]!, 1);
    if (close < 0) return notPlain();
    const value = quotedText(textAfter.slice(1, close), textAfter[0]!);
    const rest = textAfter.slice(close + 1);
    if (rest !== '' && !(rest.startsWith(' #') && COMMENT_TEXT.test(rest.slice(1).replace(/^ +/, '')))) return notPlain();
    return value;
  }
  let value = textAfter;
  const comment = value.indexOf(' #');
  if (comment >= 0) {
    if (!COMMENT_TEXT.test(value.slice(comment + 1).replace(/^ +/, ''))) return notPlain();
    value = value.slice(0, comment).replace(/ +$/, '');
  }
  return plainValue(value, WORD);
}

/** The offset of the first character at or after `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * A mapping on one line, `{ min: 1, max: 5 }`: keys with plain or simply quoted values,
 * `, ` between them, and an optional comment after the closing brace. Nothing nested.
 */
function flowMapping(textFrom: string, at: number, maxKeys: number): ReadNode {
  const pairs = new Map<string, { key: number; value: PlainNode }>();
  const data: Record<string, unknown> = {};
  let i = skipSpaces(textFrom, 1);
  if (textFrom[i] !== '}') {
    for (;;) {
      const key = FLOW_KEY.exec(textFrom.slice(i));
      if (!key) return notPlain();
      const name = key[1]!;
      if (!usableKey(name) || pairs.has(name) || pairs.size >= maxKeys) return notPlain();
      const keyAt = at + i;
      i += key[0].length;
      const valueAt = i;
      let value: unknown;
      const quote = textFrom[i];
      if (quote === '"' || quote === "'") {
        const close = textFrom.indexOf(quote, i + 1);
        if (close < 0) return notPlain();
        value = quotedText(textFrom.slice(i + 1, close), quote);
        i = close + 1;
      } else {
        let end = i;
        while (end < textFrom.length && textFrom[end] !== ',' && textFrom[end] !== '}') end++;
        const raw = textFrom.slice(i, end).replace(/ +$/, '');
        value = plainValue(raw, FLOW_WORD);
        i = end;
      }
      pairs.set(name, { key: keyAt, value: { kind: 'scalar', at: at + valueAt } });
      data[name] = value;
      i = skipSpaces(textFrom, i);
      if (textFrom[i] === '}') break;
      if (textFrom[i] !== ',') return notPlain();
      i = skipSpaces(textFrom, i + 1);
    }
  }
  const after = textFrom.slice(i + 1);
  if (after !== '' && !(after.startsWith(' ') && COMMENT_TEXT.test(after.replace(/^ +/, '')))) return notPlain();
  return { node: { kind: 'map', at, pairs }, data };
}

/** The block starting at the next line, whose indentation is `indent`. */
function readBlock(reader: LineReader, indent: number): ReadNode {
  // queue files nest four levels; very deep nesting is left to the library, which has its own limits
  if (++reader.depth > MAX_DEPTH) return notPlain();
  const result = reader.lines[reader.next]!.rest.startsWith('-') ? readSequence(reader, indent) : readMapping(reader, indent);
  reader.depth--;
  return result;
}

/** The mapping starting at the next line: one `key: value` or `key:` and a nested block per key. */
function readMapping(reader: LineReader, indent: number): ReadNode {
  const pairs = new Map<string, { key: number; value: PlainNode }>();
  const data: Record<string, unknown> = {};
  const lines = reader.lines;
  const at = lines[reader.next]!.at;
  for (let line = lines[reader.next]; line && line.indent >= indent; line = lines[reader.next]) {
    if (line.indent > indent || line.rest.startsWith('-')) return notPlain();
    const key = KEY.exec(line.rest);
    if (!key) return notPlain();
    const name = key[1]!;
    if (!usableKey(name) || pairs.has(name) || pairs.size >= reader.maxKeys) return notPlain();
    reader.next++;
    const after = line.rest.slice(name.length + 1);
    // only spaces separate: JavaScript's trim would also eat no-break spaces, which YAML keeps
    const valueText = after.replace(/^ +/, '');
    if (valueText === '' || valueText.startsWith('#')) {
      // a nested block, more indented (a list at the key's own indentation is left to yaml)
      if (valueText !== '' && !COMMENT_TEXT.test(valueText)) return notPlain();
      const child = lines[reader.next];
      if (!child || child.indent <= indent) return notPlain();
      const nested = readBlock(reader, child.indent);
      pairs.set(name, { key: line.at, value: nested.node });
      data[name] = nested.data;
    } else {
      const valueAt = line.at + line.rest.length - valueText.length;
      if (valueText.startsWith('{')) {
        const flow = flowMapping(valueText, valueAt, reader.maxKeys);
        pairs.set(name, { key: line.at, value: flow.node });
        data[name] = flow.data;
      } else {
        data[name] = lineScalar(valueText);
        pairs.set(name, { key: line.at, value: { kind: 'scalar', at: valueAt } });
      }
      // a more indented line after a value would continue it: left to yaml
      const following = lines[reader.next];
      if (following && following.indent > indent) return notPlain();
    }
  }
  return { node: { kind: 'map', at, pairs }, data };
}

/** The list starting at the next line: `- value`, or `- key: value` opening a mapping per item. */
function readSequence(reader: LineReader, indent: number): ReadNode {
  const items: PlainNode[] = [];
  const data: unknown[] = [];
  const lines = reader.lines;
  const at = lines[reader.next]!.at;
  for (let line = lines[reader.next]; line && line.indent >= indent; line = lines[reader.next]) {
    if (line.indent > indent || !line.rest.startsWith('- ')) return notPlain();
    if (items.length >= reader.maxItems) return notPlain();
    let spaces = 1;
    while (line.rest.charCodeAt(spaces) === 32) spaces++;
    const content = line.rest.slice(spaces);
    if (content === '' || content.startsWith('-') || content.startsWith('#')) return notPlain();
    const column = indent + spaces;
    if (KEY.test(content)) {
      // `- key: value`: a mapping whose keys line up with this first one
      lines[reader.next] = { indent: column, rest: content, at: line.at + spaces };
      const item = readMapping(reader, column);
      items.push(item.node);
      data.push(item.data);
    } else {
      reader.next++;
      data.push(lineScalar(content));
      items.push({ kind: 'scalar', at: line.at + spaces });
      const following = lines[reader.next];
      if (following && following.indent > indent) return notPlain();
    }
  }
  return { node: { kind: 'seq', at, items }, data };
}

export type PathSegment = string | number;
