import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { readSchema } from '../../src/config/schemas.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: import --format json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(readSchema('import-output.schema.json'));
let sim: RunningSim;

test.before.each(async () => {
  sim = await startSim();
});
test.after.each(async () => {
  await sim.close();
});

type Doc = { format: string; skills: number; files: { file: string; action: string; reason?: string; assignments: number }[]; settingsWritten?: string };

test('stdout is one documented skillops-import/1 document; a second import reports every file unchanged', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const run = async (args: string[]) => {
      const io = captureIo({ cwd: dir, env: { ...sim.env, SKILLOPS_CACHE: 'off' } });
      const code = await runCli(args, io);
      return { code, out: io.stdout(), err: io.stderr() };
    };
    const first = await run(['import', '--format', 'json']);
    assert.is(first.code, 0, first.err);
    const doc = JSON.parse(first.out) as Doc;
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.is(doc.format, 'skillops-import/1');
    assert.ok(doc.files.length > 0 && doc.files.length === doc.skills);
    assert.ok(doc.files.every((f) => f.action === 'written' && f.file.startsWith('skills/')));
    assert.is(doc.settingsWritten, 'skillops.yaml');

    await writeFile(path.join(dir, doc.files[0]!.file), 'skill: changed by hand\nagents: []\n');
    const second = JSON.parse((await run(['import', '--format', 'json'])).out) as Doc;
    assert.ok(validate(second), JSON.stringify(validate.errors));
    assert.is(second.files.filter((f) => f.action === 'unchanged').length, doc.files.length - 1);
    assert.equal(second.files.find((f) => f.action === 'skipped')?.reason, 'exists-and-differs');
    assert.is(second.settingsWritten, undefined);
  } finally {
    await cleanup();
  }
});

test.run();
