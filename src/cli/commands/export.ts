import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportRows, toCsv, toExportJson, type Lookups } from '../../config/export-rows.js';
import { loadDesiredState } from '../../config/load-desired-state.js';
import { hasErrors } from '../../config/problem.js';
import { loadSettings } from '../../config/settings.js';
import { createCxoneClient } from '../../cxone/create-client.js';
import type { CxonePort } from '../../cxone/port.js';
import { ConfigError } from '../../errors.js';
import { agentDirectory } from '../../plan/resolve.js';
import type { Io } from '../io.js';

export interface ExportOptions {
  config: string;
  format: 'csv' | 'json';
  out?: string;
  offline?: boolean;
  cxone?: CxonePort;
}

export async function exportCommand(options: ExportOptions, io: Io): Promise<number> {
  const loaded = await loadSettings(options.config, io.cwd);
  if (hasErrors(loaded.problems)) throw new ConfigError(loaded.problems, `${loaded.file} has problems`);
  const dir = path.relative(io.cwd, path.join(loaded.root, loaded.settings.skillsDir)) || '.';
  const desired = await loadDesiredState(dir, loaded.settings, io.cwd);
  if (hasErrors(desired.problems)) throw new ConfigError(desired.problems, 'the desired state has problems; run `skillops validate` for details');

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
  const rows = exportRows(desired.desired, lookups);
  const text = options.format === 'json' ? toExportJson(rows) : toCsv(rows);
  if (options.out) {
    await writeFile(path.resolve(io.cwd, options.out), text, 'utf8');
    io.err(`wrote ${rows.length} assignments to ${options.out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}
