// `skillops assign`, `unassign`, `move` and `import --csv`: edit the queue files, show the diff.

import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { agentText } from '../../render/agent-text.js';
import { editText, editWarnings } from '../../render/edit-text.js';
import { forTerminal } from '../../text/untrusted.js';
import { viewAgent } from '../../use-cases/edit/agent-view.js';
import { type AssignOptions, assignAgents, type MoveOptions, moveAgents, type UnassignOptions, unassignAgents } from '../../use-cases/edit/assign.js';
import type { EditOutcome } from '../../use-cases/edit/edit-types.js';
import { type ImportCsvOptions, importSkillMatrix } from '../../use-cases/edit/import-matrix.js';

function shown(outcome: EditOutcome, io: Io): number {
  io.err(editWarnings(outcome, io.color));
  io.out(editText(outcome, io.color));
  return 0;
}

export const assignCommand = async (o: AssignOptions, io: Io) => shown(await assignAgents(o, io), io);
export const unassignCommand = async (o: UnassignOptions, io: Io) => shown(await unassignAgents(o, io), io);
export const moveCommand = async (o: MoveOptions, io: Io) => shown(await moveAgents(o, io), io);

/** import --csv: the options of import from the tenant do not apply. */
export async function importCsvCommand(
  o: ImportCsvOptions & {
    out?: string;
    skill?: string[];
    force?: boolean;
    diff?: boolean;
    format?: string;
    queue?: string[];
    excludeQueue?: string[];
    includeInactive?: boolean;
  },
  io: Io,
) {
  const clash = [
    o.out !== undefined && '--out',
    o.skill !== undefined && '--skill',
    o.force && '--force',
    o.diff && '--diff (use --dry-run)',
    o.format === 'json' && '--format json',
    o.includeInactive && '--include-inactive',
    (o.queue?.length ?? 0) + (o.excludeQueue?.length ?? 0) > 0 && '--queue/--exclude-queue',
  ].filter(Boolean);
  if (clash.length > 0) throw new UsageError(`import --csv takes no ${clash.join(', ')}`);
  return shown(await importSkillMatrix(o, io), io);
}

export async function agentCommand(o: Parameters<typeof viewAgent>[0], io: Io): Promise<number> {
  const view = await viewAgent(o, io);
  for (const note of view.notes) io.err(`${forTerminal(note, 2_000)}\n`);
  io.out(agentText(view, io.color));
  return 0;
}
