// The committed bundle/ is what `npm run bundle` builds from the sources, byte for byte: what
// the action and the package run is the reviewed code. After changing src/ (or a dependency),
// run `npm run bundle` and commit bundle/; this test names that command when it fails.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const test = suite('bundle: the committed bundle is a fresh, deterministic build');
const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

test('npm run bundle -- --check: a fresh build equals the committed bundle/', async () => {
  const result = await run(process.execPath, ['scripts/bundle.mjs', '--check'], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
  assert.is(result.code, 0, result.out);
  assert.match(result.out, /bundle\/ equals a fresh build \(\d+ files\)/);
});

test('the bundle names no absolute path and no build time; the entries the package and the action name exist', async () => {
  const files = await readdir(path.join(ROOT, 'bundle'));
  for (const entry of ['skillops.js', 'action.js', 'check-files-worker.js', 'tinypool-worker.js']) assert.ok(files.includes(entry), entry);
  for (const file of files) {
    const text = await readFile(path.join(ROOT, 'bundle', file), 'utf8');
    assert.not.ok(text.includes(ROOT), `${file} holds the checkout's path`);
    assert.not.match(text, /\/(home|root|Users|tmp)\/[\w.-]+\/.*\.ts/, `${file} holds an absolute source path`);
    // every bare import is a Node built-in: the dependencies are inside
    for (const m of text.matchAll(/(?:^|\n)import\s[^'"]*['"]([^'"]+)['"]/g)) {
      assert.ok(isBuiltin(m[1]!) || m[1]!.startsWith('./'), `${file} imports ${m[1]}`);
    }
  }
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies?: unknown };
  assert.is(pkg.bin.skillops, 'bundle/skillops.js');
  // a runtime dependency belongs in devDependencies: the bundle inlines it (run npm run bundle)
  assert.is(pkg.dependencies, undefined, 'package.json has dependencies: move them to devDependencies, the bundle inlines them');
});

test('the check fails on a stale bundle and says which command refreshes it', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'skillops-bundle-check-'));
  try {
    await cp(path.join(ROOT, 'bundle'), copy, { recursive: true });
    await writeFile(path.join(copy, 'action.js'), `${await readFile(path.join(copy, 'action.js'), 'utf8')}// edited\n`);
    await rm(path.join(copy, 'skillops.js'));
    const result = await run(process.execPath, ['scripts/bundle.mjs', '--check', copy], { cwd: ROOT }).then(
      () => ({ code: 0, out: '' }),
      (e: { code?: number; stderr?: string }) => ({ code: e.code ?? 1, out: e.stderr ?? '' }),
    );
    assert.is(result.code, 1);
    assert.match(result.out, 'bundle/action.js differs');
    assert.match(result.out, 'bundle/skillops.js is missing');
    assert.match(result.out, 'Run `npm run bundle` and commit bundle/.');
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test.run();
