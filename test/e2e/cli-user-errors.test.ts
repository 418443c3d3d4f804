// Mistakes of the person at the keyboard get a clear message and exit 1, never "This is a bug";
// and the audit record does not pretend uncommitted files were a commit.

import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { whoFromEnvironment } from '../../src/audit/who.js';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: user errors and honest records');
const git = promisify(execFile);
let sim: RunningSim;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

test.before.each(async () => {
  sim = await startSim();
  repo = await exampleRepo();
});
test.after.each(async () => {
  await sim.close();
  await repo.cleanup();
});

const cli = async (args: string[], stop: Promise<unknown> = Promise.resolve()) => {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const code = await runCli(args, io, { stop });
  return { code, out: io.stdout(), err: io.stderr() };
};

test('plan --out into a missing folder is refused before CXone is read, naming the folder', async () => {
  const r = await cli(['plan', '--out', '/no/such/dir/p.json', '--now', '2026-11-25']);
  assert.is(r.code, 1);
  assert.match(r.err, 'the folder /no/such/dir does not exist');
  assert.not.match(r.err, 'Internal error');
  assert.is(r.out, '', 'no plan printed for a run that cannot save it');
  assert.is(Object.keys(sim.stats.byRoute).length, 0, 'CXone was not asked');
});

test('import from the live tenant refuses the options of --csv (--dry-run, --mode, --offline) instead of ignoring them and writing', async () => {
  const before = await snapshot(path.join(repo.dir, 'skills'));
  for (const args of [['--force', '--dry-run'], ['--dry-run'], ['--mode', 'replace'], ['--offline']]) {
    const r = await cli(['import', ...args]);
    assert.is(r.code, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, 'only with --csv; nothing was written');
    assert.not.match(r.err, 'Internal error');
  }
  assert.match((await cli(['import', '--dry-run'])).err, 'use --diff');
  assert.equal(await snapshot(path.join(repo.dir, 'skills')), before, 'no queue file was written');
  assert.is(Object.keys(sim.stats.byRoute).length, 0, 'CXone was not asked');
});

test('sim --fixture generate:abc says how a generated fixture is written', async () => {
  const r = await cli(['sim', '--fixture', 'generate:abc']);
  assert.is(r.code, 1);
  assert.match(r.err, 'generate:SKILLSxAGENTSxASSIGNMENTS');
  assert.not.match(r.err, 'Internal error');
});

test('sim --port on a busy port says so', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as AddressInfo;
  try {
    const r = await cli(['sim', '--port', String(port)]);
    assert.is(r.code, 1);
    assert.match(r.err, `port ${port} on 127.0.0.1 is already in use`);
    assert.not.match(r.err, 'Internal error');
    const bad = await cli(['sim', '--port', '70000']);
    assert.is(bad.code, 1);
    assert.match(bad.err, '--port must be a whole number from 0 to 65535');
  } finally {
    busy.close();
  }
});

test('the audit identity lists uncommitted changes to skills/ instead of passing HEAD off as what was applied', async () => {
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': lines('timeZone: UTC'), 'skills/a.yaml': lines('skill: A', 'agents: []') });
  const env = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    PATH: process.env.PATH,
  };
  try {
    await git('git', ['init', '-q'], { cwd: dir, env });
    await git('git', ['add', '.'], { cwd: dir, env });
    await git('git', ['commit', '-qm', 'init'], { cwd: dir, env });
    const head = (await git('git', ['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim();
    const clean = await whoFromEnvironment({}, dir);
    assert.is(clean.commit, head);
    assert.is(clean.uncommittedChanges, undefined);

    await writeFile(path.join(dir, 'audit.json'), '{}'); // outside skills/: not the desired state
    await writeFile(path.join(dir, 'skills/a.yaml'), lines('skill: A', 'agents:', '  - agent: x@example.com', '    proficiency: 1'));
    await writeFile(path.join(dir, 'skills/b.yaml'), lines('skill: B', 'agents: []'));
    const dirty = await whoFromEnvironment({}, dir);
    assert.is(dirty.commit, head);
    assert.equal(dirty.uncommittedChanges, ['skills/a.yaml', 'skills/b.yaml']);
  } finally {
    await cleanup();
  }
});

test.run();

/** Every file under `dir` with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true })).sort();
  const out: Record<string, string> = {};
  for (const f of files) out[f] = await readFile(path.join(dir, f), 'utf8').catch(() => '(folder)');
  return out;
}
