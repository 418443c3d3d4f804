// A cache of checked queue files, so unchanged files are never parsed again. An entry is keyed
// by everything that decides a file's result: its bytes, the name problems show it by, the
// settings, the schemas, the checking code and the skillops version. It only saves time: a
// missing, unreadable, malformed or foreign cache is ignored, and results with and without it
// are identical. Writes are atomic (temporary file, then rename), so a killed run cannot leave
// half a cache behind.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './check-queue-file.js';
import type { Settings } from './settings.js';

export const CACHE_FILE = 'queue-files.json';
const FORMAT = 'skillops-check-cache/1';

let codeFingerprint: string | undefined;

/**
 * The skillops version, the schemas and the source of all of skillops' own code (checks use
 * modules outside config/, e.g. the escaping of untrusted text), hashed once per process: a new
 * release or any edit to the code makes every old entry foreign.
 */
function fingerprintOfCode(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256').update(FORMAT);
  const code = fileURLToPath(new URL('..', import.meta.url)); // src/ under tsx, dist/ when built
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const read = (file: string) => {
    try {
      hash.update(file.slice(root.length)).update(readFileSync(file));
    } catch {
      hash.update(`${file}:missing`);
    }
  };
  read(path.join(root, 'package.json'));
  for (const schema of ['queue.schema.json', 'settings.schema.json']) read(path.join(root, 'schemas', schema));
  const files = (readdirSync(code, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => /\.(js|ts)$/.test(name) && !name.includes('node_modules')).sort();
  for (const name of files) read(path.join(code, name));
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

interface CacheDocument {
  format: string;
  code: string;
  entries: Record<string, FileResult>;
}

export interface CheckCache {
  /** The key of one file's check, from its bytes and the name it is shown by. */
  keyOf(shown: string, content: Buffer): string;
  get(key: string): FileResult | undefined;
  set(key: string, result: FileResult): void;
  /** Writes the entries used in this run (older ones are dropped); never throws. */
  save(): Promise<void>;
  readonly hits: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A plausible FileResult: anything else in the file is ignored rather than trusted. */
function isFileResult(value: unknown): value is FileResult {
  if (!isObject(value) || !Array.isArray(value.problems)) return false;
  if (!value.problems.every((p) => isObject(p) && typeof p.file === 'string' && typeof p.line === 'number' && typeof p.col === 'number' && typeof p.message === 'string' && typeof p.code === 'string' && (p.severity === 'error' || p.severity === 'warning'))) return false;
  const c = value.claim;
  if (c !== undefined && !(isObject(c) && typeof c.skill === 'string' && typeof c.file === 'string' && isObject(c.at) && (c.skillId === undefined || typeof c.skillId === 'number'))) return false;
  if (value.queue === undefined) return true;
  const q = value.queue;
  return isObject(q) && typeof q.skill === 'string' && typeof q.file === 'string' && Array.isArray(q.agents) && isObject(q.at) && isObject(q.proficiency);
}

export async function openCheckCache(directory: string, settings: Settings): Promise<CheckCache> {
  const code = fingerprintOfCode();
  const settingsHash = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
  const file = path.join(directory, CACHE_FILE);
  let stored: Record<string, unknown> = {};
  try {
    const doc = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (isObject(doc) && doc.format === FORMAT && doc.code === code && isObject(doc.entries)) stored = doc.entries;
  } catch {
    // no cache yet, or one we cannot read: start empty
  }
  const used = new Map<string, FileResult>();
  let hits = 0;
  let changed = Object.keys(stored).length === 0;
  return {
    keyOf: (shown, content) => createHash('sha256').update(settingsHash).update('\0').update(shown).update('\0').update(content).digest('hex'),
    get(key) {
      const entry = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (!isFileResult(entry)) return undefined;
      hits++;
      used.set(key, entry);
      return entry;
    },
    set(key, result) {
      changed = true;
      used.set(key, result);
    },
    get hits() {
      return hits;
    },
    async save() {
      if (!changed && used.size === Object.keys(stored).length) return;
      const doc: CacheDocument = { format: FORMAT, code, entries: Object.fromEntries(used) };
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(directory, { recursive: true });
        await writeFile(temporary, JSON.stringify(doc));
        await rename(temporary, file);
      } catch {
        // a cache we cannot write only costs time next run
      }
    },
  };
}
