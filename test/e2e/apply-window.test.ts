// apply and the change windows, with a fixed --now on both sides of a window edge that moved with
// the end of British Summer Time; forcing needs a reason, and the reason lands in the audit record.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';

const test = suite('e2e: apply respects change windows');
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const WINDOWS = {
  timeZone: 'Europe/London',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', until: '09:00' }],
  freezes: [{ from: '2026-11-27', until: '2026-11-30', reason: 'Black Friday peak' }],
};
const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
};
const writes = () => writeRequests(sim);
const APPLY = ['apply', '--auto-approve'];

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 }, changeWindows: WINDOWS });
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

test('Monday 26 October 2026 (GMT again): refused at 05:59:59Z, applied at 06:00:00Z', async () => {
  // A week earlier, in BST, the same local 06:00 was 05:00Z: the refusal below proves the zone is applied
  const early = await cli([...APPLY, '--audit-dir', repo.auditDir, '--now', '2026-10-26T05:59:59Z']);
  assert.is(early.code, 1, early.out + early.err);
  assert.match(
    early.err,
    'apply refused: outside the weekly change windows (mon,tue,wed,thu,fri 06:00–09:00, Europe/London). The next window opens 2026-10-26 06:00 (mon) Europe/London (2026-10-26T06:00:00.000Z).',
  );
  assert.is(writes(), 0, 'nothing written');

  const plan = await cli(['plan', '--now', '2026-10-26T05:59:59Z']);
  assert.is(plan.code, 0);
  assert.match(
    plan.out,
    'Change window: CLOSED, outside the weekly change windows (mon,tue,wed,thu,fri 06:00–09:00, Europe/London). apply refuses until then unless --force-window --reason is given. Next window opens 2026-10-26 06:00 (mon) Europe/London (2026-10-26T06:00:00.000Z).',
  );

  const onTime = await cli([...APPLY, '--audit-dir', repo.auditDir, '--now', '2026-10-26T06:00:00Z']);
  assert.is(onTime.code, 0, onTime.out + onTime.err);
  assert.ok(writes() > 0);
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.policy!.window, { open: true, forced: false, timeZone: 'Europe/London' });
  // a window with nothing to do is quiet: no refusal, exit 0
  const nothing = await cli([...APPLY, '--audit-dir', repo.auditDir, '--now', '2026-10-26T10:00:00Z']);
  assert.is(nothing.code, 0, nothing.err);
});

test('Monday 19 October 2026 (BST): the same local edge is 05:00Z', async () => {
  const early = await cli([...APPLY, '--audit-dir', repo.auditDir, '--now', '2026-10-19T04:59:59Z']);
  assert.is(early.code, 1);
  assert.match(early.err, 'The next window opens 2026-10-19 06:00 (mon) Europe/London (2026-10-19T05:00:00.000Z)');
  const onTime = await cli([...APPLY, '--audit-dir', repo.auditDir, '--now', '2026-10-19T05:00:00Z']);
  assert.is(onTime.code, 0, onTime.err);
});

test('a freeze refuses with its reason; --force-window needs --reason, which the audit record keeps', async () => {
  const now = ['--now', '2026-11-27T07:00:00Z'];
  const frozen = await cli([...APPLY, '--audit-dir', repo.auditDir, ...now]);
  assert.is(frozen.code, 1);
  assert.match(
    frozen.err,
    'apply refused: change freeze 2026-11-27 to 2026-11-30: Black Friday peak. The next window opens 2026-12-01 06:00 (tue) Europe/London',
  );
  const noReason = await cli([...APPLY, '--force-window', '--audit-dir', repo.auditDir, ...now]);
  assert.is(noReason.code, 1);
  assert.match(noReason.err, '--force-window needs --reason "why"');
  assert.is(writes(), 0);

  const forced = await cli([...APPLY, '--force-window', '--reason', 'INC-4411: restore billing routing', '--audit-dir', repo.auditDir, ...now]);
  assert.is(forced.code, 0, forced.err);
  assert.match(forced.out, 'Overrode the change window: INC-4411: restore billing routing (kept in the audit record)');
  const [record] = await auditRecords(repo.auditDir);
  assert.equal(record!.policy!.reason, 'INC-4411: restore billing routing');
  assert.equal(record!.policy!.window, {
    open: false,
    forced: true,
    reason: 'change freeze 2026-11-27 to 2026-11-30: Black Friday peak',
    timeZone: 'Europe/London',
    nextOpen: '2026-12-01T06:00:00.000Z',
  });
  assert.ok(record!.policy!.verdicts.length > 0, 'the verdicts are recorded');
  assert.ok(record!.runId);
});

test('--force also needs --reason; JSON plans carry the window', async () => {
  const r = await cli([...APPLY, '--force', '--now', '2026-11-26T07:00:00Z']);
  assert.is(r.code, 1);
  assert.match(r.err, '--force needs --reason');
  const json = JSON.parse((await cli(['plan', '--format', 'json', '--now', '2026-11-28T12:00:00Z'])).out) as Plan;
  assert.equal({ open: json.policy.window!.open, next: json.policy.window!.nextOpen }, { open: false, next: '2026-12-01T06:00:00.000Z' });
});

test.run();
