// What the analyst edit commands (assign, unassign, move, import --csv) ask of the queue files,
// and what they did: plain data, rendered by render/edit-text.ts.
import type { DesiredQueue } from '../../domain/desired-state.js';
import type { AgentMatch, EntryValues } from '../../queue-file/edit-queue-file.js';

/** An agent as the command line or a CSV named it, matched to the entries that name it. */
export interface NamedAgent {
  /** What the person typed, for messages. */
  typed: string;
  /** Matches entries written by id, user name or e-mail (live), or as typed (offline). */
  match: AgentMatch;
  /** How a new entry names the agent. */
  written: string | number;
  /** The comment a new entry gets (the agent's full name, as import writes it). */
  comment?: string;
}

/** One change to one queue's entry for one agent. */
export type EntryOp =
  /** add the entry, or change the values given (and drop the keys in `unset`) */
  | { kind: 'upsert'; queue: DesiredQueue; agent: NamedAgent; set: EntryValues & { proficiency: number }; unset?: Array<'from' | 'until' | 'note'> }
  /** change the values given of the entry that must exist */
  | { kind: 'update'; queue: DesiredQueue; agent: NamedAgent; set: EntryValues; unset?: Array<'from' | 'until' | 'note'> }
  /** delete the entry, which must exist */
  | { kind: 'remove'; queue: DesiredQueue; agent: NamedAgent };

export interface EditChange {
  action: 'add' | 'update' | 'remove';
  agent: string;
  /** What changed, in words: `proficiency 3 → 2`, `until 2026-11-30`. */
  detail: string;
}

export interface FileEdit {
  file: string;
  skill: string;
  before: string;
  after: string;
  changes: EditChange[];
}

export interface EditOutcome {
  /** The command, for the summary line: assign, unassign, move, import --csv. */
  command: string;
  files: FileEdit[];
  /** Early warnings: constraints the result breaks today (policy decides at plan time). */
  warnings: string[];
  /** Notes that are not warnings (e.g. agents matched offline). */
  notes: string[];
  /** Whether the files were written (false for --dry-run). */
  written: boolean;
  /** --pull-request: the pull request opened with the edited files. */
  pullRequest?: { number: number; url: string; branch: string; base: string };
}
