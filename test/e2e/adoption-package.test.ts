// Adoption, the package: what `npm pack` puts in the tarball (the committed bundle, see
// helpers/package.ts), that it installs offline with nothing else and runs, and that a new team's first steps work
// with it: in a fresh git repository `skillops init`, then `skillops import` against the
// simulator, give a config repository that validates and plans clean. Each test stands alone.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import type { RunningSim } from '../../src/sim/server.js';
import { type InstalledPackage, installedPackage } from '../helpers/package.js';
import { gitIn, TEAM } from '../helpers/repo.js';
import { assertSchemaHeader } from '../helpers/schema-ref.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: adoption, the package (npm pack, offline install, init, import)');
const exec = promisify(execFile);

let installed: InstalledPackage;
let sim: RunningSim;
let tmp: { dir: string; cleanup: () => Promise<void> };
let setupError: unknown;

test.before(async () => {
  // a failure here fails each test below with its cause, instead of ending the whole run
  try {
    installed = await installedPackage();
    if (process.env.SKILLOPS_TIMINGS) console.log(installed.built);
    sim = await startSim();
    tmp = await tempDir();
  } catch (error) {
    setupError = error;
  }
});
test.before.each(() => {
  if (setupError) throw setupError;
});
test.after(async () => {
  await sim?.close();
  await tmp?.cleanup();
});

test('npm pack: the tarball holds the bundle, schemas, templates, the sim fixture and the licence, not sources or tests', () => {
  const { files } = installed;
  for (const wanted of [
    'package.json',
    'LICENSE',
    'bundle/skillops.js',
    'bundle/action.js',
    'bundle/check-files-worker.js',
    'bundle/tinypool-worker.js',
    'schemas/queue.schema.json',
    'schemas/settings.schema.json',
    'templates/workflows/skillops-plan.yml',
    'templates/gitignore',
    'src/sim/fixtures/demo.json',
  ]) {
    assert.ok(files.includes(wanted), `${wanted} is in the package`);
  }
  assert.equal(
    files.filter(
      (f) => /^(src\/(?!sim\/fixtures\/)|dist\/|test\/|bench\/|scripts\/|\.github\/|skills\/)/.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    ),
    [],
  );
});

test('installed from the tarball: nothing but skillops itself, and its bin is the bundle', async () => {
  const pkg = JSON.parse(await readFile(path.join(installed.packageRoot, 'package.json'), 'utf8')) as { dependencies?: unknown; bin: unknown };
  assert.is(pkg.dependencies, undefined);
  assert.equal(pkg.bin, { skillops: 'bundle/skillops.js' });
  const siblings = (await readdir(path.dirname(installed.packageRoot))).filter((n) => !n.startsWith('.'));
  assert.equal(siblings, ['skillops'], 'node_modules holds skillops alone');
});

test('installed from the tarball, offline: the CLI runs and reports the packed version', async () => {
  const version = await exec(process.execPath, [installed.bin, '--version']);
  assert.is(version.stdout.trim(), installed.version);
  const pkg = JSON.parse(await readFile(path.join(installed.packageRoot, 'package.json'), 'utf8')) as { version: string };
  assert.is(pkg.version, installed.version);
});

test('skillops init, then skillops import against the simulator: a config repository that validates and plans clean', async () => {
  const repo = path.join(tmp.dir, 'skills-config');
  await mkdir(repo);
  const git = (...args: string[]) => gitIn(repo, TEAM)(...args);
  const skillops = (args: string[]) =>
    exec(process.execPath, [installed.bin, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...sim.env } }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );

  await git('init', '-q', '-b', 'main');
  const init = await skillops(['init']);
  assert.is(init.code, 0, init.out);
  for (const file of [
    'skillops.yaml',
    '.gitignore',
    '.github/CODEOWNERS',
    '.github/workflows/skillops-plan.yml',
    '.github/workflows/skillops-apply.yml',
    '.github/workflows/skillops-drift.yml',
  ]) {
    assert.ok(existsSync(path.join(repo, file)), `init wrote ${file}`);
  }
  assert.match(
    init.out,
    /Setting up the config repository, in order \(step 1 is done\):\n 1\. Scaffold[\s\S]+ 4\. Fill skills\/[\s\S]+ 6\. Repository secrets[\s\S]+ 7\. The cxone-production environment[\s\S]+ 9\. Rulesets/,
  );
  const again = await skillops(['init']);
  assert.is(again.code, 0, 'init again: every file unchanged');
  assert.match(again.out, 'unchanged   skillops.yaml');

  const imported = await skillops(['import']);
  assert.is(imported.code, 0, imported.out);
  assert.match(imported.out, 'Imported 11 skills: 11 written');
  // editors resolve the headers from the config repository: the installed package's own schemas
  assertSchemaHeader(await readFile(path.join(repo, 'skillops.yaml'), 'utf8'), repo, installed.packageRoot, 'settings');
  assertSchemaHeader(await readFile(path.join(repo, 'skills/billing-support.yaml'), 'utf8'), path.join(repo, 'skills'), installed.packageRoot, 'queue');
  const plan = await skillops(['plan', '--detailed-exitcode']);
  assert.is(plan.code, 0, plan.out);

  const actionRef = (
    parse(await readFile(path.join(repo, '.github/workflows/skillops-plan.yml'), 'utf8')) as { jobs: { plan: { steps: Array<{ uses?: string }> } } }
  ).jobs.plan.steps.find((s) => s.uses?.includes('skillops'))!.uses!;
  assert.match(actionRef, /^[\w.-]+\/skillops@v\d+\.\d+\.\d+$/);
});

test.run();
