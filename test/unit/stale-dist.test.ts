// The packaging tests build dist/ again when it does not match the sources: when is it stale?

import { rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { staleDist } from '../helpers/package.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('test helpers: a stale dist/');

const HOUR_AGO = new Date(Date.now() - 3_600_000);
const TWO_HOURS_AGO = new Date(Date.now() - 7_200_000);
const NOW = new Date();

async function checkout() {
  const tmp = await tempDir({
    'package.json': '{}',
    'tsconfig.json': '{}',
    'tsconfig.build.json': '{}',
    'src/cli/main.ts': 'export {};\n',
    'src/text/plural.ts': 'export {};\n',
    'dist/cli/main.js': 'export {};\n',
    'dist/text/plural.js': 'export {};\n',
  });
  // sources and settings two hours ago, the build an hour ago (set, not left to the clock)
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src/cli/main.ts', 'src/text/plural.ts'])
    await utimes(path.join(tmp.dir, f), TWO_HOURS_AGO, TWO_HOURS_AGO);
  for (const f of ['dist/cli/main.js', 'dist/text/plural.js']) await utimes(path.join(tmp.dir, f), HOUR_AGO, HOUR_AGO);
  return tmp;
}

test('built after every source: up to date', async () => {
  const tmp = await checkout();
  try {
    assert.is(await staleDist(tmp.dir), undefined);
  } finally {
    await tmp.cleanup();
  }
});

test('a source or a build setting changed since: stale', async () => {
  const tmp = await checkout();
  try {
    await utimes(path.join(tmp.dir, 'src/text/plural.ts'), NOW, NOW);
    assert.is(await staleDist(tmp.dir), `${path.join('src', 'text', 'plural.ts')} is newer than the build`);
    await utimes(path.join(tmp.dir, 'src/text/plural.ts'), TWO_HOURS_AGO, TWO_HOURS_AGO);
    await utimes(path.join(tmp.dir, 'tsconfig.build.json'), NOW, NOW);
    assert.is(await staleDist(tmp.dir), 'tsconfig.build.json is newer than the build');
  } finally {
    await tmp.cleanup();
  }
});

test('a compiled file whose source was moved or deleted: stale; no build at all: stale', async () => {
  const tmp = await checkout();
  try {
    await rm(path.join(tmp.dir, 'src/text/plural.ts'));
    assert.is(await staleDist(tmp.dir), `${path.join('dist', 'text', 'plural.js')} has no source`);
    await rm(path.join(tmp.dir, 'dist'), { recursive: true });
    assert.is(await staleDist(tmp.dir), 'dist/cli/main.js is missing');
  } finally {
    await tmp.cleanup();
  }
});

test.run();
