// The writing half of `skillops import`: one queue file per selected skill, never overwriting a
// file that differs (unless forced) or taking a skill another file already manages. Returns what
// happened to each file; the CLI renders it as text or JSON. Nothing here prints.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  for (const skill of [...input.selected].sort((a, b) => names.get(a.skillId)!.localeCompare(names.get(b.skillId)!))) {
    const target = path.join(input.outDir, names.get(skill.skillId)!);
    const assignments = input.bySkill.get(skill.skillId) ?? [];
    const base = { file: target, skillId: skill.skillId, skillName: skill.skillName, assignments: assignments.length };
    const text = renderQueueFile(skill, assignments, input.agents, input.logins, input.queueSchema);
    const owner = input.claimed.get(`id:${skill.skillId}`) ?? input.claimed.get(`name:${skill.skillName.toLowerCase()}`);
    const current = await readFile(target, 'utf8').catch(() => undefined);
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
    await writeFile(target, text, 'utf8');
    files.push({ ...base, action: current === undefined ? 'written' : 'overwritten' });
  }
  return files;
}
