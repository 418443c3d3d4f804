// Reads one YAML file (synchronously: files are small, checked one after another, and often on
// a worker thread) as hostile input: size cap, symlinks kept inside their folder, strict
// UTF-8, one document, unique keys, no custom tags, alias bombs stopped, prototype keys refused.
// Every problem carries the file and the position of the node that caused it.
import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Document, Pair, YAMLMap, Node as YamlNode } from 'yaml';
import { type Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Problem } from '../domain/problem.js';
import { forTerminal, HAS_UNSAFE } from '../text/untrusted.js';
import type { PathSegment } from './plain-yaml.js';
import { readPlainYaml } from './plain-yaml.js';

const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No mapping in a queue file has more than a handful of keys; a list of agents is long, but
 *  1 MiB holds fewer than 50,000 entries. Beyond these a file is refused before the schema runs. */
export const MAX_KEYS_PER_MAPPING = 1_000;
export const MAX_ITEMS_PER_LIST = 50_000;
/** YAML 1.1 tags the `yaml` library resolves without a warning, which queue files do not use
 *  (binary data, sets, ordered maps…); tags it cannot resolve it reports itself. */
const REFUSED_TAGS = /^tag:yaml\.org,2002:(binary|set|omap|pairs|timestamp|merge|value|yaml)$/;
/** At most this many problems of one kind are reported from one file's structure. */
const MAX_STRUCTURE_PROBLEMS = 100;

export interface ParsedYaml {
  file: string;
  data: unknown;
  /** Position of the node at `segments`; with `key`, of the mapping key rather than its value. */
  locate(segments: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
}

export type ReadResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/**
 * @param absolutePath file to read
 * @param displayPath how the file is named in problems (relative to the working directory)
 * @param confineTo folder a symlink may not lead out of
 */
/** @param how `plain: false` when the fast reader already declined this file: straight to the library */
export function readYamlFile(absolutePath: string, displayPath: string, confineTo: string, how: { plain?: boolean } = {}): ReadResult {
  const read = readYamlText(absolutePath, displayPath, confineTo);
  if (!read.ok) return read;
  return how.plain === false ? parseWithLibrary(read.text, displayPath) : parseYamlText(read.text, displayPath);
}

/** The file's text, or the problem that stops it being read (see readYamlFile). */
export function readYamlText(absolutePath: string, displayPath: string, confineTo: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const fail = (message: string, code: string, line = 1, col = 1): { ok: false; problems: Problem[] } => ({
    ok: false,
    problems: [{ file: displayPath, line, col, severity: 'error', code, message }],
  });
  let info: Stats;
  try {
    info = lstatSync(absolutePath);
    if (info.isSymbolicLink()) {
      const target = realpathSync(absolutePath);
      const root = realpathSync(confineTo);
      if (target !== root && !target.startsWith(root + path.sep)) {
        return fail(`symbolic link leads outside ${path.basename(root)}/; refusing to read it`, 'symlink-outside');
      }
      info = lstatSync(target);
    }
  } catch (error) {
    return fail(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`, 'unreadable');
  }
  if (!info.isFile()) return fail('not a regular file', 'unreadable');
  if (info.size > MAX_FILE_BYTES) {
    return fail(`file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB)`, 'file-too-large');
  }

  const bytes = readFileSync(absolutePath);
  const badByte = firstInvalidUtf8Byte(bytes);
  if (badByte >= 0) {
    const { line, col } = bytePosition(bytes, badByte);
    return fail(`file is not valid UTF-8 (byte 0x${bytes[badByte]!.toString(16).padStart(2, '0')})`, 'not-utf8', line, col);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const { line, col } = textPosition(text, deep);
    return fail(`YAML nested more than ${MAX_NESTING} levels deep; queue files need a handful`, 'yaml-too-deep', line, col);
  }
  return { ok: true, text };
}

/** Deeper than any queue file needs (they use four levels), shallow enough for every parser. */
export const MAX_NESTING = 64;

/**
 * Offset of the first character that opens a level deeper than MAX_NESTING, or -1. Counted on
 * the text in one pass before any parser recurses: block levels by indentation, each `- ` of a
 * compact sequence, and flow brackets outside quotes and comments. It may count a level a parser
 * would not (a bracket in a plain scalar), never fewer.
 */
export function tooDeepAt(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  const n = text.length;
  let i = 0;
  const deeper = () => indents.length + flow > MAX_NESTING;
  while (i < n) {
    // the start of a line
    let col = 0;
    while (i < n && text[i] === ' ') {
      i++;
      col++;
    }
    const first = text[i];
    if (flow === 0 && first !== undefined && first !== '\n' && first !== '\r' && first !== '#') {
      while (indents.length > 0 && indents[indents.length - 1]! >= col) indents.pop();
      indents.push(col);
      if (deeper()) return i;
      // compact sequences: `- - - x` opens a level per dash
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i++;
        col++;
        while (text[i] === ' ' || text[i] === '\t') {
          i++;
          col++;
        }
        indents.push(col);
        if (deeper()) return i;
      }
    }
    // the rest of the line: flow brackets, quotes (which may run over lines), comments
    let previous = ' ';
    while (i < n && text[i] !== '\n') {
      const c = text[i]!;
      if (c === '#' && (previous === ' ' || previous === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      }
      if ((c === '"' || c === "'") && ' \t[{,:-'.includes(previous)) {
        i++;
        while (i < n) {
          if (c === '"' && text[i] === '\\') i += 2;
          else if (text[i] === c) {
            if (c === "'" && text[i + 1] === "'") i += 2;
            else break;
          } else i++;
        }
        previous = c;
        i++;
        continue;
      }
      if (c === '[' || c === '{') {
        flow++;
        if (deeper()) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      previous = c;
      i++;
    }
    i++;
  }
  return -1;
}

function textPosition(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

export function parseYamlText(text: string, displayPath: string): ReadResult {
  // Plain block YAML (what skillops writes, and most hand edits) has a fast reader; anything
  // else, including every file with a problem, goes to the yaml library.
  return parsePlainYamlText(text, displayPath) ?? parseWithLibrary(text, displayPath);
}

/** The fast reader alone (see plain-yaml.ts): undefined when the text is not plain block YAML. */
export function parsePlainYamlText(text: string, displayPath: string): ReadResult | undefined {
  const plain = readPlainYaml(text, { maxKeys: MAX_KEYS_PER_MAPPING, maxItems: MAX_ITEMS_PER_LIST });
  if (!plain) return undefined;
  let lineStarts: number[] | undefined;
  return {
    ok: true,
    parsed: {
      file: displayPath,
      data: plain.data,
      locate(segments, options = {}) {
        lineStarts ??= startsOfLines(text);
        return positionOf(lineStarts, plain.offsetOf(segments, options.key ?? false));
      },
    },
  };
}

/** Offsets where lines start: 0, and after each line feed. */
function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
function positionOf(lineStarts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low]! + 1 };
}

/** The general reader: any YAML, every problem reported with its position. */
export function parseWithLibrary(text: string, displayPath: string): ReadResult {
  const lineCounter = new LineCounter();
  const problem = (offset: number, code: string, message: string): Problem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: displayPath, line, col, severity: 'error', code, message };
  };

  // duplicate keys are found by unsafeNodes in one pass: yaml's own check compares every key
  // with every other (quadratic: 105,000 keys took 716 s)
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: false, strict: true, prettyErrors: false });
  if (!Array.isArray(documents) || documents.length === 0 || documents[0]!.contents === null) {
    return {
      ok: false,
      problems: [{ file: displayPath, line: 1, col: 1, severity: 'error', code: 'empty-file', message: 'file is empty; expected a queue definition' }],
    };
  }
  if (documents.length > 1) {
    return { ok: false, problems: [problem(documents[1]!.range[0], 'multiple-documents', 'file holds more than one YAML document; put one queue per file')] };
  }
  const doc = documents[0]!;
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    problems.push(problem(error.pos[0], 'yaml-syntax', yamlMessage(error.code, error.message)));
  }
  for (const warning of doc.warnings) {
    problems.push(problem(warning.pos[0], 'yaml-tag', yamlMessage(warning.code, warning.message)));
  }
  problems.push(...unsafeNodes(doc, problem));
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (_error) {
    const firstAlias = findFirstAlias(doc);
    return {
      ok: false,
      problems: [problem(firstAlias, 'yaml-aliases', `too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}); aliases are not needed in queue files`)],
    };
  }

  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  return {
    ok: true,
    parsed: {
      file: displayPath,
      data,
      locate(segments, options = {}) {
        return lineCounter.linePos(offsetOf(doc, segments, options.key ?? false, index));
      },
    },
  };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key in a mapping: each key may appear once';
  if (code === 'TAG_RESOLVE_FAILED') return `unsupported YAML tag: ${message.replace(/^Unresolved tag:\s*/, '')}`;
  // yaml's own messages are clear; drop the code-frame it may append
  return message.split('\n')[0] ?? message;
}

function unsafeNodes(doc: Document, problem: (offset: number, code: string, message: string) => Problem): Problem[] {
  const found: Problem[] = [];
  const counts = new Map<string, number>();
  const add = (offset: number, code: string, message: string) => {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (n <= MAX_STRUCTURE_PROBLEMS) found.push(problem(offset, code, message));
  };
  const at = (node: unknown) => (node as YamlNode | null)?.range?.[0] ?? 0;
  const checkTag = (node: YamlNode) => {
    // Unknown tags (!!js/function, !custom) yaml reports as warnings; these it would resolve
    if (node.tag && REFUSED_TAGS.test(node.tag)) {
      add(at(node), 'yaml-tag', `unsupported YAML tag: ${forTerminal(node.tag.replace('tag:yaml.org,2002:', '!!'), 60)}`);
    }
  };
  visit(doc, {
    Map(_key, map) {
      checkTag(map);
      if (map.items.length > MAX_KEYS_PER_MAPPING) {
        add(
          at(map),
          'too-many-keys',
          `a mapping with ${map.items.length.toLocaleString('en-US')} keys; queue files allow at most ${MAX_KEYS_PER_MAPPING.toLocaleString('en-US')}`,
        );
        return visit.SKIP;
      }
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) add(at(pair.key), 'yaml-syntax', 'duplicate key in a mapping: each key may appear once');
        seen.add(key);
      }
      return undefined;
    },
    Seq(_key, seq) {
      checkTag(seq);
      if (seq.items.length > MAX_ITEMS_PER_LIST) {
        add(
          at(seq),
          'too-many-items',
          `a list with ${seq.items.length.toLocaleString('en-US')} items; queue files allow at most ${MAX_ITEMS_PER_LIST.toLocaleString('en-US')}`,
        );
        return visit.SKIP;
      }
      return undefined;
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && FORBIDDEN_KEYS.has(pair.key.value)) {
        add(at(pair.key), 'forbidden-key', `key "${pair.key.value}" is not allowed`);
      }
    },
    Scalar(_key, scalar) {
      checkTag(scalar);
      if (typeof scalar.value === 'string') {
        const bad = HAS_UNSAFE.exec(scalar.value);
        if (bad)
          add(at(scalar), 'control-character', `text holds the control character ${forTerminal(bad[0])}; names and values must be plain forTerminal text`);
      }
    },
  });
  return found;
}

function findFirstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node: Alias) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The pairs of a mapping by key, built once per mapping, so locating is linear overall. */
function pairsOf(map: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key)) {
        const k = String(p.key.value);
        if (!byKey.has(k)) byKey.set(k, p);
      }
    }
    index.set(map, byKey);
  }
  return byKey;
}

function offsetOf(doc: Document, segments: readonly PathSegment[], wantKey: boolean, index: WeakMap<YAMLMap, Map<string, Pair>>): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node, index).get(String(segment));
      if (!pair) return best;
      const keyNode = pair.key as YamlNode;
      if (last && wantKey) return keyNode.range?.[0] ?? best;
      node = pair.value;
      best = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode.range?.[0] ?? best;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return best;
      node = item;
      best = (item as YamlNode).range?.[0] ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
