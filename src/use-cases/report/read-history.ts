// The applies the report's History page lists: the audit records under the audit directory,
// each checked against its schema as revert checks it; a record that fails is left out and said.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditRecord } from '../../domain/audit.js';
import type { Io } from '../../domain/io.js';
import { forTerminal } from '../../text/untrusted.js';
import { readAuditRecord } from '../revert/read-audit-record.js';
import type { HistoryEntry } from './report-data.js';

/** The newest records kept; older ones are counted, not read (file names sort by time). */
const MAX_RECORDS = 500;

export async function readHistory(auditDir: string, io: Io): Promise<{ history: HistoryEntry[]; skipped: number }> {
  let names: string[];
  try {
    names = (await readdir(auditDir, { recursive: true })).filter((f) => f.endsWith('.json'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { history: [], skipped: 0 };
    throw error;
  }
  names.sort().reverse();
  const kept = names.slice(0, MAX_RECORDS);
  let skipped = names.length - kept.length;
  const history: HistoryEntry[] = [];
  for (const name of kept) {
    const file = path.join(auditDir, name).split(path.sep).join('/');
    try {
      const stopped = await stoppedEntry(path.join(auditDir, name), name.split(path.sep).join('/'));
      history.push(stopped ?? historyEntry(await readAuditRecord(path.join(auditDir, name), name), name.split(path.sep).join('/')));
    } catch (error) {
      skipped++;
      io.err(`report: left out ${forTerminal(file)}: ${forTerminal((error as Error).message)}\n`);
    }
  }
  history.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return { history, skipped };
}

/**
 * An apply stopped by a signal before any write leaves a record of its own format
 * (skillops-audit-stopped/1): listed as stopped, with nothing applied.
 */
async function stoppedEntry(absolute: string, file: string): Promise<HistoryEntry | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(absolute, 'utf8'));
  } catch {
    return undefined; // readAuditRecord says what is wrong
  }
  const r = data as { format?: unknown; startedAt?: unknown; phase?: unknown; signal?: unknown; who?: { actor?: unknown; commit?: unknown; runUrl?: unknown } };
  if (!r || typeof r !== 'object' || r.format !== 'skillops-audit-stopped/1' || typeof r.startedAt !== 'string' || typeof r.who?.actor !== 'string')
    return undefined;
  const signal = typeof r.signal === 'string' ? r.signal : 'a signal';
  const phase = r.phase === 'confirm' ? 'at the confirmation prompt' : 'while reading CXone';
  return {
    startedAt: r.startedAt,
    file,
    outcome: `stopped by ${signal} ${phase}, nothing written`,
    actor: r.who.actor,
    ...(typeof r.who.commit === 'string' ? { commit: r.who.commit } : {}),
    ...(typeof r.who.runUrl === 'string' ? { runUrl: r.who.runUrl } : {}),
    counts: { add: 0, update: 0, remove: 0, failed: 0 },
    failures: [],
    changes: [],
  };
}

function historyEntry(record: AuditRecord, file: string): HistoryEntry {
  const counts = { add: 0, update: 0, remove: 0, failed: 0 };
  const failures: HistoryEntry['failures'] = [];
  for (const c of record.changes) {
    if (c.status === 'applied') counts[c.action]++;
    else {
      counts.failed++;
      failures.push({ skillName: c.skillName, userName: c.userName, action: c.action, ...(c.error ? { error: c.error } : { error: c.status }) });
    }
  }
  const pr = record.who.pullRequest;
  return {
    startedAt: record.startedAt,
    file,
    outcome: record.outcome,
    actor: record.who.actor,
    ...(record.who.commit ? { commit: record.who.commit } : {}),
    ...(record.who.runUrl ? { runUrl: record.who.runUrl } : {}),
    ...(pr
      ? {
          pullRequest: {
            number: pr.number,
            ...(pr.title ? { title: pr.title } : {}),
            ...(pr.author ? { author: pr.author } : {}),
            ...(pr.approvers ? { approvers: pr.approvers } : {}),
          },
        }
      : {}),
    counts,
    failures,
    changes: record.changes.map((c) => ({
      action: c.action,
      skillId: c.skillId,
      skillName: c.skillName,
      agentId: c.agentId,
      userName: c.userName,
      status: c.status,
    })),
  };
}
