import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { readSchema } from '../../src/config/schemas.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim, writeRequests } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: apply --format json');
const NOW = ['--now', '2026-11-25'];
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(readSchema('audit.schema.json'));
const validate = ajv.compile(readSchema('apply-output.schema.json'));
let sim: RunningSim;
// the example repository as it is, but for the client's rate limit (20/s by default): every
// command here is checked for what it says and does, not for how it paces CXone (rate-gate tests do)
let repo: Awaited<ReturnType<typeof exampleRepo>>;

const cli = async (args: string[]) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_CACHE: 'off' } });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

test.before(async () => {
  repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
});
test.after(async () => {
  await repo.cleanup();
});
test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
});

test('stdout is exactly one documented skillops-apply/1 document, then a no-changes document', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const r = await cli(['apply', '--auto-approve', '--format', 'json', '--audit-dir', dir, ...NOW]);
    assert.is(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as {
      format: string;
      status: string;
      auditRecordPath?: string;
      record?: { outcome: string; changes: unknown[] };
      plan: { summary: { add: number; update: number; remove: number } };
    };
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.is(doc.format, 'skillops-apply/1');
    assert.is(doc.status, 'finished');
    assert.is(doc.record?.outcome, 'applied');
    const { add, update, remove } = doc.plan.summary;
    assert.is(doc.record?.changes.length, add + update + remove);
    assert.ok(doc.auditRecordPath?.startsWith(dir));

    const again = await cli(['apply', '--auto-approve', '--format', 'json', '--audit-dir', dir, ...NOW]);
    assert.is(again.code, 0, again.err);
    const second = JSON.parse(again.out) as { status: string };
    assert.ok(validate(second), JSON.stringify(validate.errors));
    assert.is(second.status, 'no-changes');
  } finally {
    await cleanup();
  }
});

test('json without --auto-approve or a saved plan is refused before reading CXone', async () => {
  const r = await cli(['apply', '--format', 'json', ...NOW]);
  assert.is(r.code, 1);
  assert.match(r.err, 'apply --format json needs --auto-approve or a saved plan');
  assert.is(sim.stats.requests, 0);
});

test('a stop before any write prints a "stopped" document that matches the schema; exit 130', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const io = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_CACHE: 'off' } });
    const code = await runCli(['apply', '--auto-approve', '--format', 'json', '--audit-dir', dir, ...NOW], io, { stop: Promise.resolve('SIGINT') });
    assert.is(code, 130, io.stderr());
    const doc = JSON.parse(io.stdout()) as unknown;
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    const { stopped, ...rest } = doc as { stopped: { auditRecordPath?: string } };
    assert.equal(rest, { format: 'skillops-apply/1', status: 'stopped' });
    assert.equal({ ...stopped, auditRecordPath: undefined }, { signal: 'SIGINT', phase: 'read', auditRecordPath: undefined });
    assert.ok(stopped.auditRecordPath?.startsWith(dir), 'the stopped record is written in the audit folder');
    const writes = writeRequests(sim);
    assert.is(writes, 0);
  } finally {
    await cleanup();
  }
});

test.run();
