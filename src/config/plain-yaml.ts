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
import type { PathSegment } from './read-yaml-file.js';

/** A node of the document, with the offset yaml gives as the start of its range. */
type PlainNode =
  | { kind: 'scalar'; at: number }
  | { kind: 'map'; at: number; pairs: Map<string, { key: number; value: PlainNode }> }
  | { kind: 'seq'; at: number; items: PlainNode[] };

export interface PlainYaml {
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
/** Whole numbers the core schema reads as integers, written the one way it writes them back. */
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Letters, marks, digits, punctuation and symbols of any script beyond ASCII: all printable, none
 *  of them means anything to YAML (its indicators are ASCII). */
const WIDE = '(?![\\x00-\\x7f])[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]';
/** Plain words that the core schema reads as strings whatever they hold: a letter first, then
 *  letters, digits, spaces and a few marks; never ": " or " #", never a trailing space. */
const WORD = new RegExp(`^(?:[A-Za-z]|(?![\\x00-\\x7f])\\p{L})(?:[A-Za-z0-9 ._@+\\-()/,'&;!?*%$=~^<>"]|${WIDE})*$`, 'u');
/** Calendar dates are strings in YAML 1.2's core schema (timestamps belong to YAML 1.1). */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const CORE_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** Inside quotes: printable text with no escapes, no quote of the same kind. */
const QUOTED_TEXT = new RegExp(`^(?:[\\x20-\\x7e]|${WIDE})*$`, 'u');
/** Comments may hold names (letters of any script) but nothing that needs escaping. */
const COMMENT_TEXT = new RegExp(`^#(?:[\\x20-\\x7e]|${WIDE})*$`, 'u');

/**
 * @returns the document when it is plain block YAML within the limits, else undefined (read it
 * with the `yaml` library, which also explains what is wrong)
 */
export function readPlainYaml(text: string, limits: { maxKeys: number; maxItems: number }): PlainYaml | undefined {
  if (/[\r\t]/.test(text)) return undefined;
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
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;

  let next = 0;
  const peek = (): Line | undefined => lines[next];

  /** A scalar's value, from the text after `key: ` or `- ` up to an optional comment. */
  const scalar = (textAfter: string): unknown => {
    let value = textAfter;
    let quoted: string | undefined;
    const first = value.charCodeAt(0);
    if (first === 34 /* " */ || first === 39 /* ' */) {
      const close = value.indexOf(value[0]!, 1);
      if (close < 0) return notPlain();
      quoted = value.slice(1, close);
      if (!QUOTED_TEXT.test(quoted) || (first === 34 && quoted.includes('\\'))) return notPlain();
      value = value.slice(close + 1);
      if (value !== '' && !(value.startsWith(' #') && COMMENT_TEXT.test(value.slice(1).replace(/^ +/, '')))) return notPlain();
      return quoted;
    }
    const comment = value.indexOf(' #');
    if (comment >= 0) {
      if (!COMMENT_TEXT.test(value.slice(comment + 1).replace(/^ +/, ''))) return notPlain();
      value = value.slice(0, comment).replace(/ +$/, '');
    }
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (INTEGER.test(value)) return Number(value);
    if ((WORD.test(value) && !CORE_WORDS.test(value)) || DATE.test(value)) return value;
    return notPlain();
  };

  /** The block starting at the next line, whose indentation is `indent`. */
  const block = (indent: number): { node: PlainNode; data: unknown } => (peek()!.rest.startsWith('-') ? sequence(indent) : mapping(indent));

  const mapping = (indent: number): { node: PlainNode; data: unknown } => {
    const pairs = new Map<string, { key: number; value: PlainNode }>();
    const data: Record<string, unknown> = {};
    const at = peek()!.at;
    for (let line = peek(); line && line.indent >= indent; line = peek()) {
      if (line.indent > indent || line.rest.startsWith('-')) return notPlain();
      const key = KEY.exec(line.rest);
      if (!key) return notPlain();
      const name = key[1]!;
      if (RESERVED_KEYS.has(name) || pairs.has(name) || pairs.size >= limits.maxKeys) return notPlain();
      next++;
      const after = line.rest.slice(name.length + 1);
      // only spaces separate: JavaScript's trim would also eat no-break spaces, which YAML keeps
      const valueText = after.replace(/^ +/, '');
      if (valueText === '' || valueText.startsWith('#')) {
        // a nested block, more indented (a list at the key's own indentation is left to yaml)
        if (valueText !== '' && !COMMENT_TEXT.test(valueText)) return notPlain();
        const child = peek();
        if (!child || child.indent <= indent) return notPlain();
        const nested = block(child.indent);
        pairs.set(name, { key: line.at, value: nested.node });
        data[name] = nested.data;
      } else {
        const value = scalar(valueText);
        pairs.set(name, { key: line.at, value: { kind: 'scalar', at: line.at + line.rest.length - after.length + (after.length - valueText.length) } });
        data[name] = value;
        // a more indented line after a value would continue it: left to yaml
        const following = peek();
        if (following && following.indent > indent) return notPlain();
      }
    }
    return { node: { kind: 'map', at, pairs }, data };
  };

  const sequence = (indent: number): { node: PlainNode; data: unknown } => {
    const items: PlainNode[] = [];
    const data: unknown[] = [];
    const at = peek()!.at;
    for (let line = peek(); line && line.indent >= indent; line = peek()) {
      if (line.indent > indent || !line.rest.startsWith('- ')) return notPlain();
      if (items.length >= limits.maxItems) return notPlain();
      let spaces = 1;
      while (line.rest.charCodeAt(spaces) === 32) spaces++;
      const content = line.rest.slice(spaces);
      if (content === '' || content.startsWith('-') || content.startsWith('#')) return notPlain();
      const column = indent + spaces;
      if (KEY.test(content)) {
        // `- key: value`: a mapping whose keys line up with this first one
        lines[next] = { indent: column, rest: content, at: line.at + spaces };
        const item = mapping(column);
        items.push(item.node);
        data.push(item.data);
      } else {
        next++;
        data.push(scalar(content));
        items.push({ kind: 'scalar', at: line.at + spaces });
        const following = peek();
        if (following && following.indent > indent) return notPlain();
      }
    }
    return { node: { kind: 'seq', at, items }, data };
  };

  try {
    const top = peek()!.rest.startsWith('-') ? undefined : mapping(0);
    if (!top || next !== lines.length) return undefined;
    const root = top.node;
    return {
      data: top.data,
      offsetOf(segments, wantKey) {
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
      },
    };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
