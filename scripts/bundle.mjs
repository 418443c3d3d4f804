// Builds the self-contained skillops into bundle/: everything skillops runs, its dependencies
// inlined, so running it needs Node.js and nothing installed. The npm package's `bin` and the
// GitHub Action's `main` are files of it. bundle/ is committed: a `uses: owner/skillops@<sha>`
// and `npx github:owner/skillops#<tag>` get it from git, before (or without) any npm release.
// The output is deterministic (no timestamps, no absolute paths): `npm run bundle -- --check`
// builds into a temporary folder and fails unless every file equals the committed one.
//
//   bundle/skillops.js            the CLI (package.json bin)
//   bundle/action.js              the GitHub Action (action.yml runs.main)
//   bundle/check-files-worker.js  validate's worker threads for many files (src/config/check-files.ts)
//   bundle/tinypool-worker.js     the thread pool's own worker entry
//   bundle/*-<hash>.js            code shared by those, and each command, loaded when it runs
//
// Every output file sits directly in bundle/, so the sources' `new URL(…, import.meta.url)`
// (schemas/, templates/, package.json, the simulator's fixture) keep working: each module's
// import.meta.url is rewritten to where tsc's dist/ would put it (src/config/schemas.ts →
// bundle/config/schemas.js), which is as deep below the package root as the source.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
// `--check <folder>`: compare with that folder instead of bundle/ (the test of the check itself)
const against = process.argv[process.argv.indexOf('--check') + 1] ?? path.join(root, 'bundle');
const REFRESH = 'npm run bundle';

/** Modules whose import.meta.url must stay the real one: the worker file sits beside the bundle. */
const REAL_URL = new Set(['src/config/check-files.ts']);
const TINYPOOL = 'node_modules/tinypool/dist/index.js';
const TINYPOOL_WORKER = 'import.meta.url + "/../entry/worker.js"';

const importMetaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/](src[\\/].*\.ts|node_modules[\\/]tinypool[\\/]dist[\\/]index\.js)$/ }, async (args) => {
      const rel = path.relative(root, args.path).split(path.sep).join('/');
      let text = await readFile(args.path, 'utf8');
      if (rel === TINYPOOL) {
        // the pool starts its worker from a file beside its own module: in the bundle, beside us
        const count = text.split(TINYPOOL_WORKER).length - 1;
        if (count !== 1) throw new Error(`${TINYPOOL}: expected the worker path ${TINYPOOL_WORKER} once, found it ${count} times`);
        text = text.replace(TINYPOOL_WORKER, 'new URL("./tinypool-worker.js", import.meta.url).href');
        return { contents: text, loader: 'js' };
      }
      if (rel.startsWith('src/') && !REAL_URL.has(rel) && text.includes('import.meta.url')) {
        const virtual = `./${rel.slice('src/'.length).replace(/\.ts$/, '.js')}`;
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(virtual)}, import.meta.url).href`);
      }
      return { contents: text, loader: rel.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

async function bundleInto(outdir) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      skillops: 'src/cli/main.ts',
      action: 'src/cli/action.ts',
      'check-files-worker': 'src/config/check-files-worker.ts',
      'tinypool-worker': 'node_modules/tinypool/dist/entry/worker.js',
    },
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    // CommonJS dependencies require Node's built-in modules: give them a require
    banner: { js: "import { createRequire as __skillopsCreateRequire } from 'node:module';\nconst require = __skillopsCreateRequire(import.meta.url);" },
    plugins: [importMetaUrl],
  });
}

async function files(dir) {
  const out = new Map();
  for (const name of (await readdir(dir)).sort()) out.set(name, await readFile(path.join(dir, name)));
  return out;
}

if (!check) {
  await bundleInto(path.join(root, 'bundle'));
  console.log(`bundle/: ${(await files(path.join(root, 'bundle'))).size} files`);
} else {
  const tmp = await mkdtemp(path.join(tmpdir(), 'skillops-bundle-'));
  try {
    await bundleInto(tmp);
    const fresh = await files(tmp);
    const committed = await files(path.resolve(against)).catch(() => new Map());
    const differ = [...new Set([...fresh.keys(), ...committed.keys()])]
      .sort()
      .filter((name) => !fresh.has(name) || !committed.has(name) || !fresh.get(name).equals(committed.get(name)))
      .map((name) => `bundle/${name} ${!committed.has(name) ? 'is missing' : !fresh.has(name) ? 'is no longer built' : 'differs'}`);
    if (differ.length > 0) {
      console.error(`The committed bundle is not a fresh build of the sources:\n  ${differ.join('\n  ')}\nRun \`${REFRESH}\` and commit bundle/.`);
      process.exitCode = 1;
    } else {
      console.log(`bundle/ equals a fresh build (${fresh.size} files)`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
