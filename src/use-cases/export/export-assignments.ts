// `skillops export`: one row per assignment of the queue files, for workforce-management
// spreadsheets; ids the files leave out are filled from CXone unless offline.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ExportRow, exportRows, type Lookups, toCsv, toExportJson } from '../../config/export-rows.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import type { Io } from '../../domain/io.js';
import { NO_TARGET, type QueueTarget } from '../../domain/target.js';
import { agentDirectory } from '../../plan/resolve.js';
import { targetDesired } from '../../plan/target.js';
import { loadValidConfig } from '../planning/load-config.js';

export interface ExportOptions {
  config: string;
  offline?: boolean;
  cxone?: CxonePort;
  target?: QueueTarget;
}

async function exportAssignments(options: ExportOptions, io: Io): Promise<ExportRow[]> {
  const { loaded, desired: all } = await loadValidConfig(options.config, io);
  const desired = targetDesired(all, options.target ?? NO_TARGET, io.cwd);

  let lookups: Lookups | undefined;
  if (!options.offline) {
    // ids the files leave out (agents by user name, skills by name) are filled from CXone
    const cxone = options.cxone ?? (await createCxoneClient(loaded.settings, io.env));
    const [skills, agents] = await Promise.all([cxone.listSkills(), cxone.listAgents()]);
    const directory = agentDirectory(agents);
    const byName = new Map(skills.map((s) => [s.skillName.toLowerCase(), s.skillId]));
    lookups = {
      skillId: (q) => byName.get(q.skill.toLowerCase()),
      agentId: (a) => {
        const found = directory.resolveAgent(a.agent);
        return 'agent' in found ? found.agent.agentId : undefined;
      },
    };
  }
  return exportRows(desired, lookups);
}

/** The rows as CSV or JSON: written to `out` when given, else returned for stdout. */
export async function exportTo(options: ExportOptions & { format: 'csv' | 'json'; out?: string }, io: Io): Promise<{ rows: number; text?: string }> {
  const rows = await exportAssignments(options, io);
  const text = options.format === 'json' ? toExportJson(rows) : toCsv(rows, options.out ? 'file' : 'terminal');
  if (!options.out) return { rows: rows.length, text };
  await writeFile(path.resolve(io.cwd, options.out), text, 'utf8');
  return { rows: rows.length };
}
