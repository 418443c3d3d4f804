// The package as a new team gets it: packed with `npm pack` from this checkout (its `bin` is the
// committed bundle/, which test/unit/bundle.test.ts holds equal to a fresh build), and installed
// from the tarball offline: it has no dependencies, so no registry and no npm cache are needed.
// Done once per test process: every test file that needs the installed package awaits the same
// installation, so no file depends on another having run. ensureBuilt() builds dist/ for the
// tests that run the tsc build.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp-dir.js';

const exec = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');

async function filesUnder(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true }))
      .map(String)
      .filter(keep)
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}
const mtime = async (file: string) => (await stat(file)).mtimeMs;

/**
 * Why dist/ under `root` does not match its sources, or undefined when it does: dist/cli/main.js
 * missing, a source or build setting newer than the oldest compiled file (tsc writes every output
 * on each build), or a compiled file whose source is gone (moved or deleted since the build).
 */
export async function staleDist(root: string): Promise<string | undefined> {
  const dist = path.join(root, 'dist');
  const outputs = await filesUnder(dist, (f) => f.endsWith('.js'));
  if (!outputs.some((f) => f === path.join(dist, 'cli/main.js'))) return 'dist/cli/main.js is missing';
  const sources = await filesUnder(path.join(root, 'src'), (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const settings = ['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => path.join(root, f));
  let oldest = Infinity;
  for (const f of outputs) oldest = Math.min(oldest, await mtime(f));
  for (const f of [...sources, ...settings]) {
    if ((await mtime(f).catch(() => -Infinity)) > oldest) return `${path.relative(root, f)} is newer than the build`;
  }
  const compiled = new Set(sources.map((f) => path.relative(path.join(root, 'src'), f).replace(/\.ts$/, '.js')));
  const orphan = outputs.find((f) => !compiled.has(path.relative(dist, f)));
  return orphan ? `${path.relative(root, orphan)} has no source` : undefined;
}

let building: Promise<string> | undefined;

/** Builds dist/ from scratch when staleDist says so. Resolves with what was done, for a log line. */
export function ensureBuilt(): Promise<string> {
  building ??= (async () => {
    const why = await staleDist(ROOT);
    if (!why) return 'dist/ is up to date';
    await rm(path.join(ROOT, 'dist'), { recursive: true, force: true });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await exec(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
    return `dist/ built (${why})`;
  })();
  return building;
}

export interface InstalledPackage {
  /** The temporary folder everything lives in (removed when the process ends). */
  dir: string;
  /** What the runner offers as RUNNER_TEMP: the package is installed in it. */
  runnerTemp: string;
  tarball: string;
  version: string;
  /** Paths in the tarball, as `npm pack --json` lists them. */
  files: string[];
  packageRoot: string;
  bin: string;
  built: string;
}

/** A lockfile for installing the tarball with this repository's resolved production dependencies. */
async function offlineLockfile(tarball: string) {
  const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean; [k: string]: unknown }>;
  };
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
    bin: unknown;
    engines: unknown;
  };
  const spec = `file:${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'skillops-install', dependencies: { skillops: spec } },
    'node_modules/skillops': { version: pkg.version, resolved: spec, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [key, value] of Object.entries(lock.packages)) {
    if (key === '' || value.dev) continue;
    const { devOptional: _devOptional, ...rest } = value;
    packages[key] = rest;
  }
  return {
    'package.json': JSON.stringify({ name: 'skillops-install', private: true, dependencies: { skillops: spec } }),
    'package-lock.json': JSON.stringify({ name: 'skillops-install', lockfileVersion: 3, requires: true, packages }),
  };
}

let installing: Promise<InstalledPackage> | undefined;

/** Builds if needed, packs and installs, once per process. */
export function installedPackage(): Promise<InstalledPackage> {
  installing ??= (async () => {
    const built = 'packed from bundle/';
    const tmp = await tempDir();
    process.once('exit', () => rmSync(tmp.dir, { recursive: true, force: true }));
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp.dir], { cwd: ROOT });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; version: string; files: Array<{ path: string }> }>;
    const tarball = path.join(tmp.dir, packed!.filename);
    const runnerTemp = path.join(tmp.dir, 'runner-temp');
    const prefix = path.join(runnerTemp, `skillops-${packed!.version}`);
    await mkdir(prefix, { recursive: true });
    for (const [name, text] of Object.entries(await offlineLockfile(tarball))) await writeFile(path.join(prefix, name), text);
    await exec('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: prefix });
    const packageRoot = path.join(prefix, 'node_modules/skillops');
    return {
      dir: tmp.dir,
      runnerTemp,
      tarball,
      version: packed!.version,
      files: packed!.files.map((f) => f.path),
      packageRoot,
      bin: path.join(packageRoot, 'bundle/skillops.js'),
      built,
    };
  })();
  return installing;
}
