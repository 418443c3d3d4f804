// Tenants apply side by side: each has its own lock, so an apply to one tenant never waits for,
// or is refused because of, another tenant's; two applies to ONE tenant still never overlap.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { LOCK_FILE } from '../../src/use-cases/apply/lock/file-lock.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { startSim, writeRequests } from '../helpers/sim.js';
import { addAgent, tenantsRepo } from '../helpers/tenants-repo.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('e2e: concurrent applies across tenants (separate locks) and within one tenant (one refused)');
const NOW = '2026-11-25';
const JANE = 'jane.doe@acme-contact.example';

const writes = (sim: RunningSim) => writeRequests(sim);
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function world(names: string[]) {
  const sims: Record<string, RunningSim> = {};
  for (const name of names) sims[name] = await startSim();
  const repo = await tenantsRepo(names, { git: false });
  // bring each simulator in line with the files, then give each tenant one change to apply
  for (const name of names) {
    const io = captureIo({ cwd: repo.dir, env: sims[name]!.env });
    assert.is(
      await runCli(['-C', `tenants/${name}`, 'apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', NOW], io),
      0,
      io.stderr(),
    );
    await addAgent(repo.dir, name, 'web-chat.yaml', JANE, 2);
    sims[name]!.resetStats();
  }
  const apply = (name: string, env: Record<string, string> = {}, github?: FakeGitHub) => {
    const io = captureIo({ cwd: repo.dir, env: { ...sims[name]!.env, ...env } });
    return runCli(['-C', `tenants/${name}`, 'apply', '--auto-approve', '--now', NOW], io, github ? { github } : {}).then((code) => ({
      code,
      out: io.stdout(),
      err: io.stderr(),
    }));
  };
  const close = async () => {
    for (const sim of Object.values(sims)) await sim.close();
    await repo.cleanup();
  };
  return { sims, repo, apply, close };
}

test('file locks: while one tenant is mid-apply, another tenant applies to the end; a second apply to the busy tenant is refused', async () => {
  const { sims, repo, apply, close } = await world(['east', 'west']);
  try {
    // east's writes are held in flight, so its apply is running, holding its lock, until released
    sims.east!.setFaults({ holdWrites: true });
    const eastRunning = apply('east');
    await waitFor('east to take its lock', () => exists(path.join(repo.tenant('east'), LOCK_FILE)));
    await waitFor('east to be writing', () => writes(sims.east!) > 0);

    const west = await apply('west');
    assert.is(west.code, 0, west.out + west.err);
    assert.is(sims.west!.tenant.get(11012350, 4410001)?.proficiency, 2, 'west applied while east was still running');
    assert.ok(await exists(path.join(repo.tenant('east'), LOCK_FILE)), 'east still holds its own lock');
    assert.not.ok(await exists(path.join(repo.tenant('west'), LOCK_FILE)), "west's lock released");

    const second = await apply('east');
    assert.is(second.code, 1);
    assert.match(second.err, 'apply is locked by');
    assert.match(second.err, 'Nothing was changed.');

    sims.east!.setFaults({ holdWrites: false });
    const east = await eastRunning;
    assert.is(east.code, 0, east.out + east.err);
    assert.is(sims.east!.tenant.get(11012350, 4410001)?.proficiency, 2);
    for (const name of ['east', 'west']) assert.is((await auditRecords(path.join(repo.dir, 'audit', name))).length, 1, `one record in audit/${name}/`);
  } finally {
    await close();
  }
});

test('GitHub locks (as in Actions): two tenants hold their lock branches at the same time; a second run for one tenant is refused', async () => {
  const { sims, apply, close } = await world(['east', 'west']);
  const gh = new FakeGitHub();
  const run = (id: string) => ({
    GITHUB_REPOSITORY: 'acme/skills',
    GITHUB_ACTOR: 'github-actions[bot]',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: id,
  });
  try {
    sims.east!.setFaults({ holdWrites: true });
    sims.west!.setFaults({ holdWrites: true });
    const east = apply('east', run('101'), gh);
    const west = apply('west', run('102'), gh);
    await waitFor('both tenants to be writing', () => writes(sims.east!) > 0 && writes(sims.west!) > 0);
    assert.equal([...gh.lockRefs.keys()].sort(), ['skillops-lock/apply-east', 'skillops-lock/apply-west'], 'both locks held at once');

    const second = await apply('west', run('103'), gh);
    assert.is(second.code, 1);
    assert.match(second.err, 'skillops-lock/apply-west');

    sims.east!.setFaults({ holdWrites: false });
    sims.west!.setFaults({ holdWrites: false });
    const [e, w] = await Promise.all([east, west]);
    assert.is(e.code, 0, e.out + e.err);
    assert.is(w.code, 0, w.out + w.err);
    assert.is(gh.lockRefs.size, 0);
  } finally {
    await close();
  }
});

test.run();
