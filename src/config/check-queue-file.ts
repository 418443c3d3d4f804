// One queue file, start to finish: read it as hostile input, check it against the schema and
// the per-file rules, and normalise it. Plain data in and out, so it runs on any thread.
import type { DesiredQueue } from './desired-state.js';
import type { Problem } from './problem.js';
import { readYamlFile } from './read-yaml-file.js';
import { validators } from './schemas.js';
import { schemaProblems } from './schema-problems.js';
import { checkQueueFile } from './queue-rules.js';
import type { Settings } from './settings.js';
import type { SkillopsQueue } from './queue.generated.js';

export interface FileToCheck {
  /** absolute path */
  absolute: string;
  /** how problems name the file */
  shown: string;
}

export interface FileResult {
  problems: Problem[];
  queue?: DesiredQueue;
}

/** @param dir the skills folder, which symbolic links may not lead out of */
export function checkQueueFileAt({ absolute, shown }: FileToCheck, dir: string, settings: Settings): FileResult {
  const result = readYamlFile(absolute, shown, dir);
  if (!result.ok) return { problems: result.problems };
  const { parsed } = result;
  const validate = validators().queue;
  if (!validate(parsed.data)) {
    const schema = schemaProblems(validate.errors ?? [], parsed);
    // Still run the rules on the parts the schema accepted, so one run shows everything
    const partial = validPart(parsed.data, schema.paths);
    return { problems: [...schema.problems, ...(partial ? checkQueueFile(parsed, partial, settings).problems : [])] };
  }
  return checkQueueFile(parsed, parsed.data, settings);
}

/** The schema-valid part of an invalid queue file, or undefined when too little of it is usable. */
function validPart(data: unknown, errorPaths: Set<string>): SkillopsQueue | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.skill !== 'string' || !Array.isArray(record.agents)) return undefined;
  const broken = (prefix: string) => [...errorPaths].some((p) => p === prefix || p.startsWith(`${prefix}/`));
  if (broken('/constraints') || broken('/safety') || broken('/skill') || broken('/skillId') || broken('/mode')) return undefined;
  const agents = record.agents as SkillopsQueue['agents'];
  return {
    ...(record as unknown as SkillopsQueue),
    // keep indexes stable so positions stay right: invalid entries become holes the rules skip
    agents: agents.map((entry, i) => (broken(`/agents/${i}`) ? undefined : entry)) as SkillopsQueue['agents'],
  };
}
