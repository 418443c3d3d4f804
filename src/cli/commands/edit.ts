// `skillops assign`, `unassign`, `move` and `import --csv`: edit the queue files, show the diff.
import type { Io } from '../../domain/io.js';
import { editText, editWarnings } from '../../render/edit-text.js';
import { type AssignOptions, assignAgents, type MoveOptions, moveAgents, type UnassignOptions, unassignAgents } from '../../use-cases/edit/assign.js';
import type { EditOutcome } from '../../use-cases/edit/edit-types.js';

function shown(outcome: EditOutcome, io: Io): number {
  io.err(editWarnings(outcome, io.color));
  io.out(editText(outcome, io.color));
  return 0;
}

export const assignCommand = async (o: AssignOptions, io: Io) => shown(await assignAgents(o, io), io);
export const unassignCommand = async (o: UnassignOptions, io: Io) => shown(await unassignAgents(o, io), io);
export const moveCommand = async (o: MoveOptions, io: Io) => shown(await moveAgents(o, io), io);
