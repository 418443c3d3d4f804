// The writing half of `skillops import`: one queue file per selected skill, never overwriting a
// file that differs (unless forced) or taking a skill another file already manages. Returns what
// happened to each file; the CLI renders it as text or JSON. Nothing here prints.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { queueFileWriteTarget, type WriteTarget, writeQueueFileGated } from '../../config/queue-file-gate.js';
import { readYamlText } from '../../config/read-yaml-file.js';
import { ConfigError } from '../../domain/errors.js';
import type { Agent, LiveAssignment, Skill } from '../../domain/live-state.js';
import { renderQueueFile } from '../../queue-file/write-queue-yaml.js';

export interface ImportedFile {
  /** Absolute path of the file import wrote or would have written. */
  file: string;
  skillId: number;
  skillName: string;
  action: 'written' | 'overwritten' | 'unchanged' | 'skipped';
  /** Why a file was skipped. */
  reason?: 'managed-by-another-file' | 'exists-and-differs';
  /** The file that already manages the skill (reason managed-by-another-file), as loaded. */
  owner?: string;
  /** Assignments in the file. */
  assignments: number;
}

interface WriteImportInput {
  selected: Skill[];
  outDir: string;
  cwd: string;
  /** File name per skill id (queueFileNames). */
  names: Map<number, string>;
  /** Files that already manage a skill, by `id:<skillId>` and `name:<lower-case name>`. */
  claimed: Map<string, string>;
  agents: Map<number, Agent>;
  logins: Set<string>;
  bySkill: Map<number, LiveAssignment[]>;
  force: boolean;
  /** The `$schema` reference written in each file's header (schema-ref.ts). */
  queueSchema: string;
}

export async function writeImportedFiles(input: WriteImportInput): Promise<ImportedFile[]> {
  const { names } = input;
  await mkdir(input.outDir, { recursive: true });
  const files: ImportedFile[] = [];
  const skills = [...input.selected].sort((a, b) => names.get(a.skillId)!.localeCompare(names.get(b.skillId)!));
  // every file import would write passes the queue file gate before any is written: no link out
  // of the folder, nothing but regular files (a FIFO would hang the read, a device never end)
  const gated = new Map<number, Extract<WriteTarget, { ok: true }>>();
  const refused = [];
  for (const skill of skills) {
    const target = path.join(input.outDir, names.get(skill.skillId)!);
    const gate = queueFileWriteTarget(target, path.relative(input.cwd, target) || target, input.outDir);
    if (gate.ok) gated.set(skill.skillId, gate);
    else refused.push(gate.problem);
  }
  if (refused.length > 0) throw new ConfigError(refused, `import writes no file: ${refused.length} of the files it would write cannot be written safely`);
  for (const skill of skills) {
    const target = path.join(input.outDir, names.get(skill.skillId)!);
    const gate = gated.get(skill.skillId)!;
    const assignments = input.bySkill.get(skill.skillId) ?? [];
    const base = { file: target, skillId: skill.skillId, skillName: skill.skillName, assignments: assignments.length };
    const text = renderQueueFile(skill, assignments, input.agents, input.logins, input.queueSchema);
    const owner = input.claimed.get(`id:${skill.skillId}`) ?? input.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    // what is there now, read as validate reads it (bounded); a file it refuses differs
    const read = gate.exists ? readYamlText(gate.path, target, input.outDir) : undefined;
    const current = read === undefined ? undefined : read.ok ? read.text : '';
    if (owner && path.resolve(input.cwd, owner) !== target && !input.force) {
      files.push({ ...base, action: 'skipped', reason: 'managed-by-another-file', owner });
      continue;
    }
    if (current === text) {
      files.push({ ...base, action: 'unchanged' });
      continue;
    }
    if (current !== undefined && !input.force) {
      files.push({ ...base, action: 'skipped', reason: 'exists-and-differs' });
      continue;
    }
    await writeQueueFileGated(gate.path, text);
    files.push({ ...base, action: current === undefined ? 'written' : 'overwritten' });
  }
  return files;
}
