// Output piped into a slow reader arrives whole: the CLI may not exit before stdout drains.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { loadFixture } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exited, spawnCli } from '../helpers/cli-process.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: output piped into a slow reader is never cut');
let sim: RunningSim;
let repo: { dir: string; cleanup: () => Promise<void> };

// A reader that takes its time: pauses after every chunk, like `python3 -m json.tool` on a busy
// machine or `tee` onto a slow disk. It reports how many bytes it saw and their hash.
const SLOW_READER = `
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
let bytes = 0;
const chunks = [];
process.stdin.on('data', (chunk) => {
  bytes += chunk.length;
  chunks.push(chunk);
  hash.update(chunk);
  process.stdin.pause();
  setTimeout(() => process.stdin.resume(), 3);
});
process.stdin.on('end', () => process.stdout.write(JSON.stringify({ bytes, sha256: hash.digest('hex'), text: Buffer.concat(chunks).toString('utf8') })));
`;

/** `skillops <args> | slow-reader`, with a real pipe between two processes. */
async function pipeThroughSlowReader(args: string[]) {
  const cli = spawnCli(args, { cwd: repo.dir, env: sim.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const reader = spawn(process.execPath, ['-e', SLOW_READER], { stdio: [cli.stdout!, 'pipe', 'inherit'] });
  // the reader holds its own end of the pipe now; this process must not read from it too
  cli.stdout!.destroy();
  let report = '';
  reader.stdout!.on('data', (d: Buffer) => {
    report += d;
  });
  let err = '';
  cli.stderr!.on('data', (d: Buffer) => {
    err += d;
  });
  const [{ code }] = await Promise.all([exited(cli), exited(reader)]);
  return { code, err, seen: JSON.parse(report) as { bytes: number; sha256: string; text: string } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function inProcess(args: string[]) {
  const io = captureIo({ cwd: repo.dir, env: { ...sim.env } });
  const code = await runCli(args, io);
  assert.is(code, 0, io.stderr());
  return io.stdout();
}

test.before(async () => {
  sim = await startSim({ fixture: await loadFixture('generate:200x2000x20000') });
  repo = await tempDir();
  // --include-inactive: the generator has inactive skills; all 20,000 rows stay in play
  await inProcess(['import', '--out', 'skills', '--include-inactive']);
  // every fourth agent in every file gets another proficiency, so the plan has ~5,000 changes
  const skills = path.join(repo.dir, 'skills');
  for (const name of await readdir(skills)) {
    const file = path.join(skills, name);
    let n = 0;
    const text = (await readFile(file, 'utf8')).replace(/proficiency: (\d+)/g, (all, p: string) =>
      n++ % 4 === 0 ? `proficiency: ${(Number(p) % 10) + 1}` : all,
    );
    await writeFile(file, text);
  }
});
test.after(async () => {
  await sim.close();
  await repo.cleanup();
});

test('export --format csv of 20,000 rows reaches a slow reader byte for byte', async () => {
  const expected = await inProcess(['export', '--format', 'csv']);
  assert.is(expected.split('\n').filter(Boolean).length, 20_001, 'header and 20,000 rows');
  const r = await pipeThroughSlowReader(['export', '--format', 'csv']);
  assert.is(r.code, 0, r.err);
  assert.is(r.seen.bytes, Buffer.byteLength(expected), 'bytes received');
  assert.is(r.seen.sha256, sha256(expected));
});

test('plan --format json of more than 500 KB reaches a slow reader whole', async () => {
  const expected = await inProcess(['plan', '--format', 'json', '--now', '2026-11-25']);
  assert.ok(Buffer.byteLength(expected) > 500_000, `plan is ${Buffer.byteLength(expected)} bytes`);
  const r = await pipeThroughSlowReader(['plan', '--format', 'json', '--now', '2026-11-25']);
  assert.is(r.code, 0, r.err);
  assert.is(r.seen.bytes, Buffer.byteLength(expected), 'bytes received');
  // the whole document parses, and equals the in-process plan but for when it was made
  const { createdAt: _a, ...received } = JSON.parse(r.seen.text) as Record<string, unknown>;
  const { createdAt: _b, ...wanted } = JSON.parse(expected) as Record<string, unknown>;
  assert.equal(received, wanted);
});

test.run();
