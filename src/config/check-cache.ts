// A cache of checked queue files, so unchanged files are never parsed again. An entry is keyed
// by everything that decides a file's result: its bytes, the name problems show it by, the
// settings, the schemas, the checking code and the skillops version, and each line is bound to
// this machine's secret (an HMAC over the key and the result): a line edited, copied from
// another machine or committed to the repository does not verify and is ignored. It only saves
// time: a missing, unreadable, malformed, foreign or forged cache is ignored, and results with
// and without it are identical. Writes are atomic (temporary file, then rename), so a killed run cannot leave
// half a cache behind.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { lstat, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentRef, type DesiredAssignment, desiredEntry } from '../domain/desired-state.js';
import type { Settings } from '../domain/settings.js';
import { timeSlices } from '../text/time-slice.js';
import type { FileResult } from './check-queue-file.js';

export const CACHE_FILE = 'queue-files.jsonl';
const FORMAT = 'skillops-check-cache/3';

let codeFingerprint: Promise<string> | undefined;

/**
 * The skillops version, the schemas and the source of all of skillops' own code (checks use
 * modules outside config/, e.g. the escaping of untrusted text), hashed once per process: a new
 * release or any edit to the code makes every old entry foreign. The files are read without
 * holding the thread: plan's first request to CXone goes out meanwhile.
 */
function fingerprintOfCode(): Promise<string> {
  codeFingerprint ??= (async () => {
    const code = fileURLToPath(new URL('..', import.meta.url)); // src/ under tsx, dist/ when built
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const names = (readdirSync(code, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => /\.(js|ts)$/.test(name) && !name.includes('node_modules'))
      .sort();
    const files = [
      path.join(root, 'package.json'),
      ...['queue.schema.json', 'settings.schema.json'].map((schema) => path.join(root, 'schemas', schema)),
      ...names.map((name) => path.join(code, name)),
    ];
    const contents = await Promise.all(files.map((file) => readFile(file).catch(() => undefined)));
    const hash = createHash('sha256').update(FORMAT);
    files.forEach((file, i) => {
      const bytes = contents[i];
      if (bytes) hash.update(file.slice(root.length)).update(bytes);
      else hash.update(`${file}:missing`);
    });
    return hash.digest('hex');
  })();
  return codeFingerprint;
}

/**
 * The file: a header line ({"format", "code"}), then one line per queue file: its key, a space,
 * the HMAC of key and result under the machine secret, a space, and its result as JSON with the agent entries packed into arrays (see pack). A 500,000-entry
 * repository is ~25 MB instead of ~97 MB of objects, and a line is decoded only when its file is
 * asked for, so opening the cache costs little and never holds the thread for long.
 */
interface CacheHeader {
  format: string;
  code: string;
}

interface CheckCache {
  /** The key of one file's check, from its bytes and the name it is shown by. */
  keyOf(shown: string, content: Buffer): string;
  get(key: string): FileResult | undefined;
  set(key: string, result: FileResult): void;
  /** Writes the entries used in this run (older ones are dropped); never throws. */
  save(): Promise<void>;
  readonly hits: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One agent entry as an array: [written, proficiency, active (1/0), line, col, from or 0, until or 0]. */
type PackedAgent = [string, number, 0 | 1, number, number, string | 0, string | 0];

/** An entry exactly as the checker builds it (queue-rules.ts), when packing it loses nothing. */
function packAgent(agent: DesiredAssignment, file: string): PackedAgent | DesiredAssignment {
  const keys = 5 + (agent.from !== undefined ? 1 : 0) + (agent.until !== undefined ? 1 : 0);
  const same =
    Object.keys(agent).length === keys &&
    agent.at.file === file &&
    Object.keys(agent.at).length === 3 &&
    JSON.stringify(agentRef(agent.written)) === JSON.stringify(agent.agent);
  return same ? [agent.written, agent.proficiency, agent.active ? 1 : 0, agent.at.line, agent.at.col, agent.from ?? 0, agent.until ?? 0] : agent;
}

function unpackAgent(packed: unknown, file: string): DesiredAssignment | undefined {
  if (isObject(packed))
    return isObject(packed.agent) && typeof packed.written === 'string' && isObject(packed.at) ? (packed as unknown as DesiredAssignment) : undefined;
  if (!Array.isArray(packed) || packed.length !== 7) return undefined;
  const [written, proficiency, active, line, col, from, until] = packed as unknown[];
  if (typeof written !== 'string' || typeof proficiency !== 'number' || (active !== 0 && active !== 1) || typeof line !== 'number' || typeof col !== 'number')
    return undefined;
  if ((from !== 0 && typeof from !== 'string') || (until !== 0 && typeof until !== 'string')) return undefined;
  // the same constructor as a freshly read entry, so results are byte-identical
  return desiredEntry(written, proficiency, active === 1, from || undefined, until || undefined, file, line, col);
}

function pack(result: FileResult): string {
  if (!result.queue) return JSON.stringify(result);
  const { file } = result.queue;
  return JSON.stringify({ ...result, queue: { ...result.queue, agents: result.queue.agents.map((a) => packAgent(a, file)) } });
}

/** A plausible FileResult: anything else in the file is ignored rather than trusted. */
function unpack(text: string): FileResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || !Array.isArray(value.problems)) return undefined;
  if (
    !value.problems.every(
      (p) =>
        isObject(p) &&
        typeof p.file === 'string' &&
        typeof p.line === 'number' &&
        typeof p.col === 'number' &&
        typeof p.message === 'string' &&
        typeof p.code === 'string' &&
        (p.severity === 'error' || p.severity === 'warning'),
    )
  )
    return undefined;
  const c = value.claim;
  if (
    c !== undefined &&
    !(isObject(c) && typeof c.skill === 'string' && typeof c.file === 'string' && isObject(c.at) && (c.skillId === undefined || typeof c.skillId === 'number'))
  )
    return undefined;
  if (value.queue === undefined) return value as unknown as FileResult;
  const q = value.queue;
  if (!(isObject(q) && typeof q.skill === 'string' && typeof q.file === 'string' && Array.isArray(q.agents) && isObject(q.at) && isObject(q.proficiency)))
    return undefined;
  const agents: DesiredAssignment[] = [];
  for (const packed of q.agents) {
    const agent = unpackAgent(packed, q.file);
    if (!agent) return undefined;
    agents.push(agent);
  }
  q.agents = agents;
  return value as unknown as FileResult;
}

const SECRET_BYTES = 32;
const WRITE_CHUNK = 1 << 20;

/**
 * This machine's secret for the check cache, in a file outside the repository (created with
 * random bytes, readable by this user only, the first time). Undefined when it cannot be read
 * or made: then there is no cache, only slower runs.
 */
export async function machineCacheSecret(file: string): Promise<Buffer | undefined> {
  const read = async () => {
    const bytes = await readFile(file);
    return bytes.length === SECRET_BYTES ? bytes : undefined;
  };
  try {
    return await read();
  } catch {
    try {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
    } catch {
      // made by a run beside this one, or not writable: read what is there
    }
    try {
      return await read();
    } catch {
      return undefined;
    }
  }
}

const macOf = (secret: Buffer, key: string, result: string) => createHmac('sha256', secret).update(key).update(' ').update(result).digest('hex');

const verifies = (secret: Buffer, key: string, mac: string, result: string) => {
  const expected = Buffer.from(macOf(secret, key, result));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** A real folder (not a link a repository could plant to send reads and writes elsewhere). */
async function isPlainFolderOrAbsent(directory: string): Promise<boolean> {
  try {
    return (await lstat(directory)).isDirectory();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

export async function openCheckCache(directory: string, settings: Settings, secret: Buffer): Promise<CheckCache> {
  const code = await fingerprintOfCode();
  const settingsHash = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
  const file = path.join(directory, CACHE_FILE);
  // key → the line's text, decoded only when asked for
  const stored = new Map<string, string>();
  const usable = await isPlainFolderOrAbsent(directory);
  try {
    if (!usable) throw new Error('not a plain folder');
    const text = await readFile(file, 'utf8');
    const firstEnd = text.indexOf('\n');
    const header = JSON.parse(firstEnd < 0 ? text : text.slice(0, firstEnd)) as Partial<CacheHeader>;
    if (isObject(header) && header.format === FORMAT && header.code === code) {
      // every line's HMAC checked (about 40 ms for 2,000 files), in slices beside the live read
      const slices = timeSlices();
      for (let start = firstEnd + 1; start > 0 && start < text.length; ) {
        await slices.pause();
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        const space = text.indexOf(' ', start);
        const second = space < 0 ? -1 : text.indexOf(' ', space + 1);
        if (space > start && second > space && second < end) {
          const key = text.slice(start, space);
          const result = text.slice(second + 1, end);
          if (verifies(secret, key, text.slice(space + 1, second), result)) stored.set(key, result);
        }
        start = end + 1;
      }
    }
  } catch {
    // no cache yet, or one we cannot read: start empty
  }
  // key → what to write back: a hit's own text, or a new result, packed only as it is written
  const used = new Map<string, string | FileResult>();
  let hits = 0;
  let changed = stored.size === 0;
  return {
    keyOf: (shown, content) => createHash('sha256').update(settingsHash).update('\0').update(shown).update('\0').update(content).digest('hex'),
    get(key) {
      const line = stored.get(key);
      const entry = line === undefined ? undefined : unpack(line);
      if (!entry) return undefined;
      hits++;
      used.set(key, line!);
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
      if (!usable || (!changed && used.size === stored.size)) return;
      const header: CacheHeader = { format: FORMAT, code };
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(directory, { recursive: true });
        // written a megabyte at a time, each result packed just before: never the whole cache
        // (24 MB for 500,000 entries) held as lines and again as one text beside the results
        const handle = await open(temporary, 'w');
        try {
          let chunk = `${JSON.stringify(header)}\n`;
          for (const [key, entry] of used) {
            const line = typeof entry === 'string' ? entry : pack(entry);
            chunk += `${key} ${macOf(secret, key, line)} ${line}\n`;
            if (chunk.length >= WRITE_CHUNK) {
              await handle.writeFile(chunk);
              chunk = '';
            }
          }
          await handle.writeFile(chunk);
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch {
        // a cache we cannot write only costs time next run
      }
    },
  };
}
