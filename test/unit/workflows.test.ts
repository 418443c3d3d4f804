import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const test = suite('github: workflow files');
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, '.github/workflows');
const run = promisify(execFile);
const validator = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');

type Workflow = { permissions?: Record<string, string>; concurrency?: { 'cancel-in-progress'?: boolean }; jobs: Record<string, { steps: Array<{ uses?: string }> }> };
const load = async (name: string) => parse(await readFile(path.join(DIR, name), 'utf8')) as Workflow;

test('every workflow passes action-validator', async () => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.yml'));
  assert.equal(files.sort(), ['ci.yml', 'skillops-apply.yml', 'skillops-drift.yml', 'skillops-plan.yml']);
  for (const file of files) {
    const result = await run(process.execPath, [validator, path.join(DIR, file)]).then(() => 0, (e: { code?: number; stdout?: string }) => e.code ?? 1);
    assert.is(result, 0, `${file} is valid`);
  }
});

test('the validator really rejects a broken workflow', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'skillops-wf-'));
  await writeFile(path.join(dir, 'bad.yml'), 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n');
  const code = await run(process.execPath, [validator, path.join(dir, 'bad.yml')]).then(() => 0, (e: { code?: number }) => e.code ?? 1);
  assert.is.not(code, 0);
});

test('least privilege, pinned major versions, applies never overlap or get cancelled', async () => {
  const plan = await load('skillops-plan.yml');
  const apply = await load('skillops-apply.yml');
  const drift = await load('skillops-drift.yml');
  const ci = await load('ci.yml');
  assert.equal(plan.permissions, { contents: 'read', 'pull-requests': 'write' });
  assert.equal(apply.permissions, { contents: 'write', 'pull-requests': 'read' });
  assert.equal(drift.permissions, { contents: 'read', issues: 'write' });
  assert.equal(ci.permissions, { contents: 'read' });
  assert.is(apply.concurrency?.['cancel-in-progress'], false);
  for (const wf of [plan, apply, drift, ci]) {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps) if (step.uses) assert.match(step.uses, /@v\d+$/, `${step.uses} is pinned to a major version`);
    }
  }
});

test.run();
