// A JSON file the user names (a saved plan, an audit record), read as untrusted: a file that
// cannot be read, is too large or is not JSON is refused with a message naming it as the user
// gave it and what it should have been; then the kind's own check says whether the data has the
// shape it needs, in that kind's words.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../domain/errors.js';

export interface JsonFileKind<T> {
  /** What could not be read: "cannot read audit record" → "cannot read audit record x.json: ENOENT". */
  cannotRead: string;
  /** What it should have been: "an audit record written by `skillops apply`" → "x.json is not JSON; expected …". */
  expected: string;
  /** Longer text (counted as read) is refused unparsed: "x.json is larger than N bytes; not an audit record". */
  maxBytes?: { limit: number; not: string };
  /** The shape check: the data typed, or a UsageError that names the file as `shown`. */
  check: (data: unknown, shown: string) => T;
}

/** @param shown the file as the user named it, for messages */
export async function readJsonFile<T>(absolute: string, shown: string, kind: JsonFileKind<T>): Promise<T> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`${kind.cannotRead} ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
  if (kind.maxBytes && text.length > kind.maxBytes.limit) throw new UsageError(`${shown} is larger than ${kind.maxBytes.limit} bytes; ${kind.maxBytes.not}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${shown} is not JSON; expected ${kind.expected}`);
  }
  return kind.check(data, shown);
}
