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

  const problems: Problem[] = [];
  const queues: DesiredQueue[] = [];
  const validate = validators().queue;
  // Files are independent: read them concurrently, then report in a stable order
  const results = await Promise.all(files.map((name) => readYamlFile(path.join(absoluteDir, name), display(name), absoluteDir)));
  for (const result of results) {
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { parsed } = result;
    if (!validate(parsed.data)) {
      const schema = schemaProblems(validate.errors ?? [], parsed);
      problems.push(...schema.problems);
      // Still run the rules on the parts the schema accepted, so one run shows everything
      const partial = validPart(parsed.data, schema.paths);
      if (partial) problems.push(...checkQueueFile(parsed, partial, settings).problems);
      continue;
    }
    const checked = checkQueueFile(parsed, parsed.data, settings);
    problems.push(...checked.problems);
    queues.push(checked.queue);
  }
  problems.push(...checkSkillClaims(queues));
  if (files.length === 0) {
    problems.push({ file: path.relative(cwd, absoluteDir) || dir, line: 1, col: 1, severity: 'warning', code: 'no-queue-files', message: 'no .yaml queue files found' });
  }
  return { desired: { queues }, problems: sortProblems(problems), filesChecked: files.length };
}

export { hasErrors };

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
