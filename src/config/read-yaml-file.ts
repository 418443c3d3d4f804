// Reads one YAML file (synchronously: files are small, checked one after another, and often on
// a worker thread) as hostile input: size cap, symlinks kept inside their folder, strict
// UTF-8, one document, unique keys, no custom tags, alias bombs stopped, prototype keys refused.
// Every problem carries the file and the position of the node that caused it.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Problem } from './problem.js';

export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

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
export function readYamlFile(absolutePath: string, displayPath: string, confineTo: string): ReadResult {
  const fail = (message: string, code: string, line = 1, col = 1): ReadResult => ({
    ok: false,
    problems: [{ file: displayPath, line, col, severity: 'error', code, message }],
  });

  let info;
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
  return parseYamlText(text, displayPath);
}

export function parseYamlText(text: string, displayPath: string): ReadResult {
  const lineCounter = new LineCounter();
  const problem = (offset: number, code: string, message: string): Problem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: displayPath, line, col, severity: 'error', code, message };
  };

  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  if (!Array.isArray(documents) || documents.length === 0 || documents[0]!.contents === null) {
    return { ok: false, problems: [{ file: displayPath, line: 1, col: 1, severity: 'error', code: 'empty-file', message: 'file is empty; expected a queue definition' }] };
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
  } catch (error) {
    const firstAlias = findFirstAlias(doc);
    return { ok: false, problems: [problem(firstAlias, 'yaml-aliases', `too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}); aliases are not needed in queue files`)] };
  }

  return {
    ok: true,
    parsed: {
      file: displayPath,
      data,
      locate(segments, options = {}) {
        return lineCounter.linePos(offsetOf(doc, segments, options.key ?? false));
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
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && FORBIDDEN_KEYS.has(pair.key.value)) {
        found.push(problem(pair.key.range?.[0] ?? 0, 'forbidden-key', `key "${pair.key.value}" is not allowed`));
      }
    },
    // Unknown tags (!!js/function, !custom) need no visitor: yaml reports each as a warning,
    // which parseYamlText turns into an error, and the value stays inert text.
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

function offsetOf(doc: Document, segments: readonly PathSegment[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
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
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
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
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  return { line, col: offset - lineStart + 1 };
}
