// The check cache only saves parsing time: whatever its file says, validate, plan and apply
// decide from the queue files and the settings alone.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { CACHE_FILE } from '../../src/config/check-cache.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: a tampered check cache changes no result');
const NOW = ['--now', '2026-11-25'];

/**
 * Every entry rewritten as an attacker would (the queue authoritative, no agents, no minimum),
 * keeping each line's key and everything before the result.
 */
function tamper(text: string): string {
  const [header, ...entries] = text.trimEnd().split('\n');
  const edited = entries.map((line) => {
    const start = line.indexOf('{');
    const result = JSON.parse(line.slice(start)) as { queue?: { mode?: string; agents: unknown[]; minActiveAgents?: number } };
    if (result.queue) {
      result.queue.mode = 'authoritative';
      result.queue.agents = [];
      result.queue.minActiveAgents = 0;
    }
    return `${line.slice(0, start)}${JSON.stringify(result)}`;
  });
  return `${[header, ...edited].join('\n')}\n`;
}

test('validate, plan and apply with a tampered cache say and do what the queue files say', async () => {
  const sim: RunningSim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const state = await tempDir();
  try {
    const cli = async (args: string[], cache: boolean) => {
      const env = { ...sim.env, XDG_STATE_HOME: state.dir, ...(cache ? {} : { SKILLOPS_CACHE: 'off' }) };
      const io = captureIo({ cwd: repo.dir, env });
      const code = await runCli(args, io);
      return { code, out: io.stdout(), err: io.stderr() };
    };
    const planOf = (out: string) => (JSON.parse(out) as Plan).queues.map((q) => ({ skill: q.skillName, changes: q.changes }));
    const honest = await cli(['plan', '--format', 'json', ...NOW], false);
    assert.is(honest.code, 0, honest.err);
    // a warm cache, then every entry tampered
    assert.is((await cli(['validate'], true)).code, 0);
    const cacheFile = path.join(repo.dir, '.skillops-cache', CACHE_FILE);
    const text = await readFile(cacheFile, 'utf8');
    assert.is(text.trimEnd().split('\n').length, 11, 'one entry per queue file');
    await writeFile(cacheFile, tamper(text));

    const validated = await cli(['validate', '--format', 'json'], true);
    assert.is(validated.out, (await cli(['validate', '--format', 'json'], false)).out);
    await writeFile(cacheFile, tamper(text));
    const planned = await cli(['plan', '--format', 'json', ...NOW], true);
    assert.is(planned.code, 0, planned.err);
    assert.equal(planOf(planned.out), planOf(honest.out));

    await writeFile(cacheFile, tamper(text));
    const applied = await cli(['apply', '--auto-approve', ...NOW], true);
    assert.is(applied.code, 0, applied.err);
    // what was applied is what the files ask for: a plan without the cache has nothing left to do
    const after = JSON.parse((await cli(['plan', '--format', 'json', ...NOW], false)).out) as Plan;
    assert.equal(
      after.queues.filter((q) => q.changes.length > 0).map((q) => q.skillName),
      [],
    );
  } finally {
    await sim.close();
    await repo.cleanup();
    await state.cleanup();
  }
});

test.run();
