// One gate for every command that reads or writes queue files: fmt and import --force meet the
// hostile files validate refuses with the same outcome (a clear error with file:line:col, exit
// 1, bounded time), never an internal error, and nothing is written outside skills/.
import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: the queue file gate (fmt, import --force, validate)');
/** Far above what a refusal takes; a command past it is hanging or reading without end. */
const BOUND_MS = 10_000;
/** Not canonical (fmt would rewrite it) and valid. */
const OUTSIDE = 'agents:\n  - { proficiency: 2, agent: a@example.com }\nskill: Outside\n';

async function withDeadline<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still running after ${BOUND_MS} ms`)), BOUND_MS);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A reader blocked on a FIFO is let go (it reads end of file), so a hang cannot outlive its test. */
async function releaseFifo(file: string) {
  const handle = await open(file, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
  await handle?.close();
}

type Case = { name: string; make: (skills: string, root: string) => Promise<void>; fifo?: boolean };
const cases: Case[] = [
  { name: 'fifo.yaml', fifo: true, make: async (skills) => void execFileSync('mkfifo', [path.join(skills, 'fifo.yaml')]) },
  { name: 'undefined-alias.yaml', make: (skills) => writeFile(path.join(skills, 'undefined-alias.yaml'), 'skill: *nowhere\nagents: []\n') },
  { name: 'dangling.yaml', make: (skills) => symlink(path.join(skills, 'missing.yaml'), path.join(skills, 'dangling.yaml')) },
  {
    name: 'loop-a.yaml',
    make: async (skills) => {
      await symlink(path.join(skills, 'loop-b.yml.txt'), path.join(skills, 'loop-a.yaml'));
      await symlink(path.join(skills, 'loop-a.yaml'), path.join(skills, 'loop-b.yml.txt'));
    },
  },
  { name: 'zero.yaml', make: (skills) => symlink('/dev/zero', path.join(skills, 'zero.yaml')) },
  { name: 'urandom.yaml', make: (skills) => symlink('/dev/urandom', path.join(skills, 'urandom.yaml')) },
  { name: 'outside.yaml', make: (skills, root) => symlink(path.join(root, 'outside.yaml'), path.join(skills, 'outside.yaml')) },
  {
    name: 'deep.yaml',
    make: (skills) =>
      writeFile(
        path.join(skills, 'deep.yaml'),
        `skill: Deep\nagents: []\nx:\n${Array.from({ length: 700 }, (_, i) => `${'  '.repeat(i + 1)}a:\n`).join('')}${'  '.repeat(701)}1\n`,
      ),
  },
  { name: 'flow-deep.yaml', make: (skills) => writeFile(path.join(skills, 'flow-deep.yaml'), `skill: Deep\nagents: []\nx: ${'['.repeat(100_000)}\n`) },
  { name: 'large.yaml', make: (skills) => writeFile(path.join(skills, 'large.yaml'), `skill: Large\nagents: []\n# ${'x'.repeat(1024 * 1024)}\n`) },
];

test('fmt, fmt --check and validate refuse every hostile queue file alike: file:line:col, exit 1, bounded, nothing written outside', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': 'skillsDir: skills\n',
    'skills/good.yaml': 'skill: Good\nagents: []\n',
    'outside.yaml': OUTSIDE,
  });
  try {
    const skills = path.join(dir, 'skills');
    for (const c of cases) {
      await c.make(skills, dir);
      try {
        for (const args of [['fmt'], ['fmt', '--check'], ['validate']]) {
          const io = captureIo({ cwd: dir, env: { NO_COLOR: '1' } });
          const started = Date.now();
          const code = await withDeadline(`${args.join(' ')} on ${c.name}`, runCli(args, io));
          const took = Date.now() - started;
          const all = io.stdout() + io.stderr();
          const what = `${args.join(' ')} on ${c.name} (${took} ms): ${all.slice(0, 400)}`;
          assert.is(code, 1, what);
          assert.not.match(all, /Internal error|This is a bug/, what);
          assert.match(all, new RegExp(`skills/${c.name.replace('.', '\\.')}:\\d+:\\d+ `), what);
          assert.ok(took < BOUND_MS, what);
        }
        assert.is(await readFile(path.join(dir, 'outside.yaml'), 'utf8'), OUTSIDE, `${c.name}: nothing written outside skills/`);
      } finally {
        if (c.fifo) await releaseFifo(path.join(skills, c.name));
        await rm(path.join(skills, c.name), { force: true });
        await rm(path.join(skills, 'loop-b.yml.txt'), { force: true });
      }
    }
  } finally {
    await cleanup();
  }
});

test('validate: 1 MiB of nested brackets is refused before the parser, at the same place in identical files', async () => {
  const brackets = `${'['.repeat(1024 * 1024 - 2)}\n`;
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': 'skillsDir: skills\n', 'skills/a.yaml': brackets, 'skills/b.yaml': brackets });
  try {
    const io = captureIo({ cwd: dir, env: { NO_COLOR: '1' } });
    const started = Date.now();
    const code = await withDeadline('validate', runCli(['validate', '--format', 'json'], io));
    assert.ok(Date.now() - started < BOUND_MS);
    assert.is(code, 1);
    const problems = (JSON.parse(io.stdout()) as { problems: Array<{ file: string; line: number; col: number; code: string }> }).problems;
    assert.equal(
      problems.map((p) => [p.file, p.line, p.col, p.code]),
      [
        ['skills/a.yaml', 1, 64, 'yaml-too-deep'],
        ['skills/b.yaml', 1, 64, 'yaml-too-deep'],
      ],
    );
  } finally {
    await cleanup();
  }
});

test('import --force refuses a queue file that is a link out of skills/ or not a regular file, writing nothing', async () => {
  const sim: RunningSim = await startSim();
  const repo = await exampleRepo();
  try {
    const skills = path.join(repo.dir, 'skills');
    await writeFile(path.join(repo.dir, 'outside.yaml'), OUTSIDE);
    const before = await readFile(path.join(skills, 'web-chat.yaml'), 'utf8');
    await rm(path.join(skills, 'billing-support.yaml'));
    await symlink(path.join(repo.dir, 'outside.yaml'), path.join(skills, 'billing-support.yaml'));
    await rm(path.join(skills, 'retention.yaml'));
    execFileSync('mkfifo', [path.join(skills, 'retention.yaml')]);
    await writeFile(path.join(skills, 'web-chat.yaml'), `${before}# edited\n`);
    try {
      const io = captureIo({ cwd: repo.dir, env: { ...sim.env, NO_COLOR: '1', SKILLOPS_CACHE: 'off' } });
      const started = Date.now();
      const code = await withDeadline('import --force', runCli(['import', '--force'], io));
      const all = io.stdout() + io.stderr();
      assert.is(code, 1, all);
      assert.ok(Date.now() - started < BOUND_MS);
      assert.not.match(all, /Internal error|This is a bug/, all);
      assert.match(all, 'skills/billing-support.yaml');
      assert.match(all, 'skills/retention.yaml');
      assert.is(await readFile(path.join(repo.dir, 'outside.yaml'), 'utf8'), OUTSIDE, 'nothing written through the link');
      // refused before any file is written
      assert.is(await readFile(path.join(skills, 'web-chat.yaml'), 'utf8'), `${before}# edited\n`);
    } finally {
      await releaseFifo(path.join(skills, 'retention.yaml'));
    }
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test.run();
