// Reads every queue file in a folder and returns the desired state with all problems found.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DesiredQueue, DesiredState } from './desired-state.js';
import { hasErrors, sortProblems, type Problem } from './problem.js';
import { readYamlFile } from './read-yaml-file.js';
import { validators } from './schemas.js';
import { schemaProblems } from './schema-problems.js';
import { checkQueueFile, checkSkillClaims } from './queue-rules.js';
import type { Settings } from './settings.js';
import type { SkillopsQueue } from './queue.generated.js';

export interface LoadResult {
  desired: DesiredState;
  problems: Problem[];
  filesChecked: number;
}

export async function loadDesiredState(dir: string, settings: Settings, cwd = process.cwd()): Promise<LoadResult> {
  const absoluteDir = path.resolve(cwd, dir);
  const display = (name: string) => path.relative(cwd, path.join(absoluteDir, name)) || name;
  let entries;
  try {
    entries = await readdir(absoluteDir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      desired: { queues: [] },
      filesChecked: 0,
      problems: [{ file: path.relative(cwd, absoluteDir) || dir, line: 1, col: 1, severity: 'error', code: 'no-skills-dir', message: code === 'ENOENT' ? 'folder does not exist' : `cannot read folder (${code ?? 'unknown error'})` }],
    };
  }
  const files = entries
    .filter((e) => /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort();

  // Each file is read, checked and normalised on its own so its YAML tree can be dropped at
  // once; results are kept in file order so output is stable.
  const perFile = await mapLimited(files, 8, (name) => checkFile(path.join(absoluteDir, name), display(name), absoluteDir, settings));
  const problems = perFile.flatMap((r) => r.problems);
  const queues = perFile.flatMap((r) => (r.queue ? [r.queue] : []));
  problems.push(...checkSkillClaims(queues));
  if (files.length === 0) {
    problems.push({ file: path.relative(cwd, absoluteDir) || dir, line: 1, col: 1, severity: 'warning', code: 'no-queue-files', message: 'no .yaml queue files found' });
  }
  return { desired: { queues }, problems: sortProblems(problems), filesChecked: files.length };
}

export { hasErrors };

async function checkFile(absolute: string, shown: string, dir: string, settings: Settings): Promise<{ problems: Problem[]; queue?: DesiredQueue }> {
  const result = await readYamlFile(absolute, shown, dir);
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

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The schema-valid part of an invalid queue file, or undefined when too little of it is usable. */
function validPart(data: unknown, errorPaths: Set<string>): SkillopsQueue | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.skill !== 'string' || !Array.isArray(record.agents)) return undefined;
  const broken = (prefix: string) => [...errorPaths].some((p) => p === prefix || p.startsWith(`${prefix}/`));
  if (broken('/constraints') || broken('/skill') || broken('/skillId') || broken('/mode')) return undefined;
  const agents = record.agents as SkillopsQueue['agents'];
  return {
    ...(record as unknown as SkillopsQueue),
    // keep indexes stable so positions stay right: invalid entries become holes the rules skip
    agents: agents.map((entry, i) => (broken(`/agents/${i}`) ? undefined : entry)) as SkillopsQueue['agents'],
  };
}
