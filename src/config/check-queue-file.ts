// One queue file, start to finish: read it as hostile input, check it against the schema and
// the per-file rules, and normalise it. Plain data in and out, so it runs on any thread.
import type { DesiredQueue } from '../domain/desired-state.js';
import type { Problem } from '../domain/problem.js';
import type { SkillopsQueue } from '../domain/queue.generated.js';
import type { Settings } from '../domain/settings.js';
import { checkQueueFile } from './queue-rules.js';
import { parsePlainYamlText, type ReadResult, readYamlFile, readYamlText } from './read-yaml-file.js';
import { schemaProblems } from './schema-problems.js';
import { validators } from './schemas.js';

export interface FileToCheck {
  /** absolute path */
  absolute: string;
  /** how problems name the file */
  shown: string;
}

/** What a file claims, even when it has errors, so two files claiming one skill are reported. */
type SkillClaim = Pick<DesiredQueue, 'file' | 'skill' | 'skillId' | 'at'>;

export interface FileResult {
  problems: Problem[];
  queue?: DesiredQueue;
  /** Set when the file has schema errors but still names its skill. */
  claim?: SkillClaim;
}

/** @param dir the skills folder, which symbolic links may not lead out of */
/** @param how `plain: false` for a file the fast reader declined (see checkPlainQueueFileAt) */
export function checkQueueFileAt({ absolute, shown }: FileToCheck, dir: string, settings: Settings, how: { plain?: boolean } = {}): FileResult {
  return checkRead(readYamlFile(absolute, shown, dir, how), shown, settings);
}

/**
 * The same check when the file is plain block YAML (see plain-yaml.ts), which takes a few
 * microseconds per entry; undefined when it is not, and only the yaml library can read it.
 */
export function checkPlainQueueFileAt({ absolute, shown }: FileToCheck, dir: string, settings: Settings): FileResult | undefined {
  const read = readYamlText(absolute, shown, dir);
  if (!read.ok) return { problems: read.problems };
  const parsed = parsePlainYamlText(read.text, shown);
  return parsed && checkRead(parsed, shown, settings);
}

function checkRead(result: ReadResult, shown: string, settings: Settings): FileResult {
  if (!result.ok) return { problems: result.problems };
  const { parsed } = result;
  const validate = validators().queue;
  if (!validate(parsed.data)) {
    const schema = schemaProblems(validate.errors ?? [], parsed);
    // Still run the rules on the parts the schema accepted, so one run shows everything
    const partial = validPart(parsed.data, schema.paths);
    const claim = claimOf(parsed.data, schema.paths, parsed);
    return {
      problems: capped(shown, [...schema.problems, ...(partial ? checkQueueFile(parsed, partial, settings).problems : [])]),
      ...(claim ? { claim } : {}),
    };
  }
  const checked = checkQueueFile(parsed, parsed.data, settings);
  return { ...checked, problems: capped(shown, checked.problems) };
}

/** Most problems reported for one file; the rest are counted, so output stays bounded. */
const MAX_PROBLEMS_PER_FILE = 1_000;

function capped(file: string, problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const rest = problems.length - MAX_PROBLEMS_PER_FILE;
  const errors = problems.some((p) => p.severity === 'error');
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
    {
      file,
      line: 1,
      col: 1,
      severity: errors ? 'error' : 'warning',
      code: 'too-many-problems',
      message: `${rest.toLocaleString('en-US')} more problems in this file are not listed; fix the ones above and run validate again`,
    },
  ];
}

function claimOf(
  data: unknown,
  errorPaths: Set<string>,
  parsed: { file: string; locate: (segments: (string | number)[]) => { line: number; col: number } },
): SkillClaim | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { skill, skillId } = data as Record<string, unknown>;
  if (typeof skill !== 'string' || errorPaths.has('/skill')) return undefined;
  const idOk = typeof skillId === 'number' && Number.isInteger(skillId) && !errorPaths.has('/skillId');
  return { file: parsed.file, skill, ...(idOk ? { skillId: skillId as number } : {}), at: { file: parsed.file, ...parsed.locate(['skill']) } };
}

/** The schema-valid part of an invalid queue file, or undefined when too little of it is usable. */
function validPart(data: unknown, errorPaths: Set<string>): SkillopsQueue | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.agents)) return undefined;
  // One pass over the error paths (not one per entry: 30,000 broken entries took 46 s)
  const brokenTop = new Set<string>();
  const brokenAgents = new Set<number>();
  for (const p of errorPaths) {
    const m = /^\/([^/]*)(?:\/(\d+))?/.exec(p);
    if (!m) continue;
    brokenTop.add(m[1]!);
    if (m[1] === 'agents' && m[2] !== undefined) brokenAgents.add(Number(m[2]));
  }
  const broken = (key: string) => brokenTop.has(key);
  // A broken part is left out, not the whole file: the agents are still checked against the rest
  const { constraints, safety, skillId, mode, ...rest } = record;
  const agents = record.agents as SkillopsQueue['agents'];
  return {
    ...(rest as unknown as SkillopsQueue),
    skill: typeof record.skill === 'string' && !broken('skill') ? record.skill : '',
    ...(constraints !== undefined && !broken('constraints') ? { constraints: constraints as SkillopsQueue['constraints'] } : {}),
    ...(safety !== undefined && !broken('safety') ? { safety: safety as SkillopsQueue['safety'] } : {}),
    ...(skillId !== undefined && !broken('skillId') ? { skillId: skillId as number } : {}),
    ...(mode !== undefined && !broken('mode') ? { mode: mode as SkillopsQueue['mode'] } : {}),
    // keep indexes stable so positions stay right: invalid entries become holes the rules skip
    agents: agents.map((entry, i) => (brokenAgents.has(i) ? undefined : entry)) as SkillopsQueue['agents'],
  };
}
