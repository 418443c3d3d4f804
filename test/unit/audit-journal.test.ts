import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { AuditJournal, findUnfinishedRuns, JOURNAL_FORMAT, markSuperseded, parseJournal, type StartedLine } from '../../src/audit/journal.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('audit journal');

const started = (batches: number[][]): StartedLine => ({
  type: 'started',
  format: JOURNAL_FORMAT,
  at: '2026-11-25T10:00:00.000Z',
  pid: 1,
  host: 'elsewhere',
  who: { actor: 'ann' },
  plan: { source: 'fresh', liveFingerprint: 'f1', desiredHash: 'd1', effectiveDate: '2026-11-25' },
  changes: batches.flat().map((agentId) => ({ action: 'add', skillId: 7, skillName: 'Billing', agentId, userName: `u${agentId}` })),
  batches: batches.map((agentIds) => ({ skillId: 7, action: 'add', agentIds })),
});

test('concurrent appends never interleave; a torn last line (killed while writing) is ignored; applied, unknown and not sent are told apart', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const journal = await AuditJournal.start(dir, '2026/11/run', started([[1, 2], [3], [4], [5]]));
    await Promise.all([
      journal.append({ type: 'sending', at: 'x', batch: 0 }),
      journal.append({ type: 'sending', at: 'x', batch: 1 }),
      journal.append({
        type: 'batch',
        at: 'x',
        batch: 0,
        results: [
          { agentId: 1, status: 'applied' },
          { agentId: 2, status: 'failed', error: 'no' },
        ],
      }),
      journal.append({ type: 'sending', at: 'x', batch: 2 }),
      journal.append({ type: 'batch', at: 'x', batch: 2, results: [{ agentId: 4, status: 'unknown' }] }),
    ]);
    await journal.close();
    await appendFile(journal.path, '{"type":"batch","at":"x","batch":1,"resu');
    assert.is(parseJournal(await readFile(journal.path, 'utf8')).length, 6);
    const [run] = await findUnfinishedRuns(dir);
    assert.equal(run, {
      journal: '2026/11/run.journal.jsonl',
      startedAt: '2026-11-25T10:00:00.000Z',
      actor: 'ann',
      liveFingerprint: 'f1',
      intended: 5,
      applied: 1,
      failed: 1,
      unknown: 2,
      notSent: 1,
    });
    await markSuperseded(dir, run!, '2026/11/next.json');
    assert.equal(await findUnfinishedRuns(dir), []);
  } finally {
    await cleanup();
  }
});

test('a second run with the same name gets its own journal; a directory that is a file is a clear error', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const a = await AuditJournal.start(dir, '2026/11/run', started([[1]]));
    const b = await AuditJournal.start(dir, '2026/11/run', started([[1]]));
    assert.equal([a.stem, b.stem], ['2026/11/run', '2026/11/run-1']);
    await Promise.all([a.close(), b.close()]);
    await appendFile(path.join(dir, 'blocker'), 'x');
    try {
      await AuditJournal.start(path.join(dir, 'blocker'), '2026/11/run', started([[1]]));
      assert.unreachable('should refuse');
    } catch (error) {
      assert.match(String(error), 'AuditWriteError: cannot create the audit directory');
      assert.match(String(error), 'ENOTDIR');
    }
  } finally {
    await cleanup();
  }
});

test.run();
