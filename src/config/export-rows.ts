// The desired state flattened for the workforce-management team's spreadsheets.
import type { DesiredState } from '../domain/desired-state.js';
import { forCsvCell, forJson } from '../text/untrusted.js';

export interface ExportRow {
  queue: string;
  skillId: number | null;
  agent: string;
  agentId: number | null;
  proficiency: number;
  active: boolean;
  from: string | null;
  until: string | null;
  file: string;
}

const EXPORT_COLUMNS: Array<keyof ExportRow> = ['queue', 'skillId', 'agent', 'agentId', 'proficiency', 'active', 'from', 'until', 'file'];

export interface Lookups {
  skillId(queue: DesiredState['queues'][number]): number | undefined;
  agentId(written: DesiredState['queues'][number]['agents'][number]): number | undefined;
}

export function exportRows(desired: DesiredState, lookups?: Lookups): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const q of desired.queues) {
    const skillId = q.skillId ?? lookups?.skillId(q) ?? null;
    for (const a of q.agents) {
      const agentId = a.agent.kind === 'id' ? a.agent.agentId : (lookups?.agentId(a) ?? null);
      rows.push({
        queue: q.skill,
        skillId,
        agent: a.written,
        agentId,
        proficiency: a.proficiency,
        active: a.active,
        from: a.from ?? null,
        until: a.until ?? null,
        file: q.file,
      });
    }
  }
  return rows.sort((x, y) => x.queue.localeCompare(y.queue) || x.agent.localeCompare(y.agent));
}

/**
 * RFC 4180 CSV. Cells are quoted when they hold a comma, quote, CR/LF or edge spaces, or begin
 * with `:` or `#`. Text that a spreadsheet would run as a formula (= + - @ tab CR at the start)
 * gets a leading apostrophe. `terminal` (stdout): line breaks in a cell are shown escaped.
 */
export function toCsv(rows: ExportRow[], sink: 'file' | 'terminal' = 'file'): string {
  const lines = [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => forCsvCell(r[c], sink)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export const toExportJson = (rows: ExportRow[]): string => `${forJson({ format: 'skillops-export/1', columns: EXPORT_COLUMNS, rows })}\n`;
