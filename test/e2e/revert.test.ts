// skillops revert: after an apply with one failed item, the files it writes plan to exactly the
// inverse of what was applied, and applying that plan restores the live assignments.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffLines } from 'diff';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import { readLiveState } from '../../src/cxone/read-live-state.js';
import type { AuditRecord } from '../../src/domain/audit.js';
import { skillSlug } from '../../src/domain/desired-state.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { clientFor, startSim } from '../helpers/sim.js';
import { lines } from '../helpers/temp-dir.js';

const test = suite('e2e: revert an applied run');
const NOW = ['--now', '2026-11-25'];
const FAILING = 4410003;
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
const planJson = async () => JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
const liveSnapshot = async () =>
  (await readLiveState(await clientFor(sim))).assignments.map((a) => `${a.skillId}:${a.agentId}:${a.proficiency}:${a.isActive}`).sort();

type S = { proficiency: number; isActive: boolean } | undefined;
const key = (action: string, skillId: number, agentId: number, before: S, after: S) =>
  `${action} ${skillId}:${agentId} ${before ? `${before.proficiency}/${before.isActive}` : '-'} → ${after ? `${after.proficiency}/${after.isActive}` : '-'}`;
const INVERSE = { add: 'remove', remove: 'add', update: 'update' } as const;
/** The inverse of every applied row: the action flipped, before and after swapped. */
const inverseOf = (record: AuditRecord) =>
  record.changes
    .filter((c) => c.status === 'applied')
    .map((c) => key(INVERSE[c.action], c.skillId, c.agentId, c.after as S, c.before as S))
    .sort();
const planned = (plan: Plan) => plan.queues.flatMap((q) => q.changes.map((c) => key(c.action, c.skillId, c.agentId, c.before, c.after))).sort();

async function applyWithOneFailure() {
  sim.setFaults({ failingAgents: [FAILING] });
  const r = await runApply(
    { config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir },
    captureIo({ cwd: repo.dir, env: { ...sim.env } }),
  );
  assert.is(r.exitCode, 1);
  sim.setFaults({ failingAgents: [] });
  const [record] = await auditRecords(repo.auditDir);
  assert.is(record!.outcome, 'partial');
  assert.equal(
    record!.changes.filter((c) => c.status !== 'applied').map((c) => `${c.action} ${c.agentId} ${c.status}`),
    [`update ${FAILING} failed`],
  );
  const file = (await readdir(repo.auditDir, { recursive: true })).find((f) => f.endsWith('.json'))!;
  return { record: record!, file: path.join(repo.auditDir, file) };
}

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('revert after a partial apply: the plan is exactly the inverse of what was applied, and applying it restores live', async () => {
  const liveBefore = await liveSnapshot();
  const { record, file } = await applyWithOneFailure();
  const applied = record.changes.filter((c) => c.status === 'applied').length;
  assert.is(applied, 11);

  const reverted = await cli(['revert', file]);
  assert.is(reverted.code, 0, reverted.out + reverted.err);
  assert.match(reverted.out, '11 reverted, 1 reset, 0 kept, 0 conflicts');
  assert.match(reverted.out, `update Billing Support`);

  const plan = await planJson();
  assert.equal(planned(plan), inverseOf(record));
  assert.is(plan.summary.add + plan.summary.update + plan.summary.remove, applied);

  // the undo, once merged and applied, puts every assignment back as it was
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const undo = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: path.join(repo.dir, 'audit2') }, io);
  assert.is(undo.exitCode, 0, io.stderr());
  assert.equal(await liveSnapshot(), liveBefore);
  // the files are valid and still plan clean
  assert.is((await cli(['validate'])).code, 0);
  assert.is((await cli(['plan', '--detailed-exitcode', ...NOW])).code, 0);
});

test('--keep-failed leaves the failed entry as it is: the plan is the inverse plus the failed change again', async () => {
  const { record, file } = await applyWithOneFailure();
  const r = await cli(['revert', file, '--keep-failed']);
  assert.is(r.code, 0, r.err);
  const failed = record.changes.find((c) => c.status === 'failed')!;
  assert.equal(
    planned(await planJson()),
    [...inverseOf(record), key(failed.action, failed.skillId, failed.agentId, failed.before as S, failed.after as S)].sort(),
  );
});

test('a change whose outcome is unknown (apply stopped before CXone answered) is undone even with --keep-failed: CXone may have applied it', async () => {
  const { record, file } = await applyWithOneFailure();
  // the same run, had it been stopped while this change was in flight
  const unknown = record.changes.find((c) => c.status === 'applied')!;
  unknown.status = 'unknown';
  await writeFile(file, JSON.stringify(record, null, 2));
  const r = await cli(['revert', file, '--keep-failed']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'its outcome was unknown');
  const failed = record.changes.find((c) => c.status === 'failed')!;
  const undone = { ...record, changes: record.changes.map((c) => (c === unknown ? { ...c, status: 'applied' as const } : c)) };
  assert.equal(
    planned(await planJson()),
    [...inverseOf(undone), key(failed.action, failed.skillId, failed.agentId, failed.before as S, failed.after as S)].sort(),
  );
});

test('an entry edited since the run is a conflict, left alone; the rest is written; --dry-run writes nothing', async () => {
  const { record, file } = await applyWithOneFailure();
  const target = record.changes.find((c) => c.status === 'applied' && c.action === 'update')!;
  const skillFile = path.join(repo.dir, 'skills', `${skillSlug(target.skillName)}.yaml`);
  const original = await readFile(skillFile, 'utf8');
  const dry = await cli(['revert', file, '--dry-run']);
  assert.is(dry.code, 0);
  assert.match(dry.out, 'Nothing was written (--dry-run).');
  assert.match(dry.out, `--- a/skills/${skillSlug(target.skillName)}.yaml`);
  assert.is(await readFile(skillFile, 'utf8'), original);

  // someone changes the same agent's proficiency after the run
  const userName = target.userName;
  const edited = original.replace(new RegExp(`(agent: ${userName.replace(/[.]/g, '\\.')}\\n\\s+proficiency: )\\d+`), '$19');
  assert.not.equal(edited, original);
  await writeFile(skillFile, edited);
  const r = await cli(['revert', file]);
  assert.is(r.code, 1);
  assert.match(r.out, `conflict update ${target.skillName} / ${userName}`);
  assert.match(r.out, 'says proficiency 9');
  assert.match(r.out, '1 conflict;');
  assert.match(await readFile(skillFile, 'utf8'), new RegExp(`agent: ${userName.replace(/[.]/g, '\\.')}\\n\\s+proficiency: 9`));
});

/** Lines the edit removed and added, in file order (a line diff, not a re-rendering). */
const lineDiff = (before: string, after: string) => {
  const parts = diffLines(before, after);
  const of = (kind: 'added' | 'removed') =>
    parts.filter((p) => p[kind]).flatMap((p) => p.value.split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''));
  return { removed: of('removed'), added: of('added') };
};

test('revert edits files in place: with comments everywhere, flow entries and unusual order, only the reverted entries change', async () => {
  // the same data as the example files, written the way people do
  const holiday = lines(
    '# yaml-language-server: $schema=../schemas/queue.schema.json',
    '# Holiday rota, owned by WFM',
    'agents:   # agents first',
    '  # the pending one',
    '  - { agent: omar.nasser@acme-contact.example, until: 2027-01-05, proficiency: 8, from: 2026-12-15 } # Omar',
    '  # Sam covers evenings',
    '  - proficiency: 5   # before the agent',
    '    agent: sam.lee@acme-contact.example',
    '    note: holiday rota',
    '    until: 2027-01-05',
    '    from: 2026-11-20',
    '  - {agent: diego.lopez@acme-contact.example, proficiency: 6, from: 2026-11-20, until: 2027-01-05}',
    '  # Felix ran the pilot',
    '  - until: 2026-11-15   # pilot ended',
    '    # who',
    '    agent: felix.wagner@acme-contact.example',
    '    note: "Black Friday pilot, ended"   # keep this',
    '    proficiency: 8',
    '',
    '  - agent: wen.chen@acme-contact.example   # Wen',
    '    from: 2026-11-20',
    '    proficiency: 9',
    '    until: 2027-01-05',
    '      # deeper, about Wen',
    '# after the list',
    'mode: authoritative   # after agents',
    'skillId: 11012354',
    'constraints: { minActiveAgents: 0 }  # flow',
    'skill: Holiday Overflow',
    "description: 'Seasonal overflow; assignments are dated.'",
  );
  const billing = (await readFile(path.join(repo.dir, 'skills/billing-support.yaml'), 'utf8'))
    .replace(
      '  - agent: priya.shah@acme-contact.example\n    proficiency: 2\n',
      '  # Priya: flow entry\n  - {  agent: "priya.shah@acme-contact.example" ,proficiency: 2, until: 2027-06-30 }   # Priya Shah\n',
    )
    .replace('agents:\n', 'agents: # the team\n')
    .concat('  # end of the list\n');
  assert.match(billing, '{  agent: "priya.shah');
  await writeFile(path.join(repo.dir, 'skills/holiday-overflow.yaml'), holiday);
  await writeFile(path.join(repo.dir, 'skills/billing-support.yaml'), billing);

  const { record, file } = await applyWithOneFailure();
  const r = await cli(['revert', file]);
  assert.is(r.code, 0, r.out + r.err);
  assert.match(r.out, '11 reverted, 1 reset, 0 kept, 0 conflicts');
  assert.equal(planned(await planJson()), inverseOf(record));

  const name = path.basename(file);
  // lines 6-12 and 20-24 (the adds, with their comment lines above; the blank line 19 stays);
  // Felix's past `until` (line 14, with its comment) deleted, the next key (line 16) taking the
  // `- ` line and the comment between (15) moving above it
  const row = holiday.split('\n');
  const at = (...numbers: number[]) => numbers.map((n) => row[n - 1]!);
  assert.equal(lineDiff(holiday, await readFile(path.join(repo.dir, 'skills/holiday-overflow.yaml'), 'utf8')), {
    removed: at(6, 7, 8, 9, 10, 11, 12, 14, 16, 20, 21, 22, 23, 24),
    added: ['  - agent: felix.wagner@acme-contact.example'],
  });
  // the failed update set back in its flow entry (its window, still in effect, stays); the removed agent added after the last entry
  assert.equal(lineDiff(billing, await readFile(path.join(repo.dir, 'skills/billing-support.yaml'), 'utf8')), {
    removed: ['  - {  agent: "priya.shah@acme-contact.example" ,proficiency: 2, until: 2027-06-30 }   # Priya Shah'],
    added: [
      '  - {  agent: "priya.shah@acme-contact.example" ,proficiency: 4, until: 2027-06-30 }   # Priya Shah',
      `  - agent: olga.petrova@acme-contact.example # restored by skillops revert ${name}`,
      '    proficiency: 5',
    ],
  });
});

test('a file the in-place editor cannot edit: its rows are conflicts naming the line, the file is left alone, the rest is written', async () => {
  const file0 = path.join(repo.dir, 'skills/holiday-overflow.yaml');
  const explicit = (await readFile(file0, 'utf8')).replace('    until: 2026-11-15\n', '    ? until\n    : 2026-11-15\n');
  assert.match(explicit, '? until');
  await writeFile(file0, explicit);
  const { file } = await applyWithOneFailure();
  const r = await cli(['revert', file]);
  assert.is(r.code, 1, r.out + r.err);
  assert.match(r.out, 'skills/holiday-overflow.yaml cannot be edited in place (line 22: the entry uses explicit `?` keys; edit it by hand)');
  assert.match(r.out, '7 reverted, 1 reset, 0 kept, 4 conflicts');
  assert.is(await readFile(file0, 'utf8'), explicit);
  assert.match(await readFile(path.join(repo.dir, 'skills/billing-support.yaml'), 'utf8'), 'priya.shah@acme-contact.example\n    proficiency: 4\n');
});

test('a file that is not an audit record is refused with a clear error', async () => {
  await writeFile(path.join(repo.dir, 'bogus.json'), JSON.stringify({ format: 'skillops-audit/1', changes: 'x' }));
  const r = await cli(['revert', 'bogus.json']);
  assert.is(r.code, 1);
  assert.match(r.err, "bogus.json is not a skillops-audit/1 record (/ must have required property 'startedAt')", r.err);
});

test.run();
