// Many tenants from one repository, as the workflows of `init --tenants` run them: the matrix
// from `skillops tenants --changed-since`, one plan, comment and apply per tenant (each with its
// own simulator, as each job gets its own environment's credentials), separate locks and audit
// folders, and no request at all to a tenant the change does not touch.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { gitIn } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { addAgent, tenantsRepo } from '../helpers/tenants-repo.js';

const test = suite('e2e: three tenants in one repository (three simulators, fake GitHub, temporary git repo)');
const NOW = '2026-11-25';
const JANE = 'jane.doe@acme-contact.example';

test('a pull request touching two of three tenants: two plan jobs, two comments, two applies with their own locks and audit folders; the third sees 0 requests', async () => {
  const names = ['north', 'south', 'west'];
  const sims: Record<string, RunningSim> = {};
  for (const name of names) sims[name] = await startSim();
  const repo = await tenantsRepo(names);
  const gh = new FakeGitHub();
  const g = gitIn(repo.dir);
  const cli = async (args: string[], env: Record<string, string>, withGitHub = false) => {
    const io = captureIo({ cwd: repo.dir, env: { GITHUB_REPOSITORY: 'acme/skills', ...env } });
    const code = await runCli(args, io, withGitHub ? { github: gh } : {});
    return { code, out: io.stdout(), err: io.stderr() };
  };
  try {
    // every tenant's CXone in line with main first, as earlier applies would have left it
    for (const name of names) {
      const base = await cli(
        ['-C', `tenants/${name}`, 'apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', NOW],
        sims[name]!.env,
      );
      assert.is(base.code, 0, base.out + base.err);
      sims[name]!.resetStats();
    }

    // the analyst's pull request: Jane joins Web Chat in north and in south
    await g('checkout', '-q', '-b', 'jane-north-south');
    await addAgent(repo.dir, 'north', 'web-chat.yaml', JANE, 2);
    await addAgent(repo.dir, 'south', 'web-chat.yaml', JANE, 3);
    await g('commit', '-q', '-am', 'Jane joins Web Chat in north and south');
    const head = await g('rev-parse', 'HEAD');

    // the plan workflow's first job: the matrix
    const listed = await cli(['tenants', '--changed-since', 'main'], {});
    assert.is(listed.code, 0, listed.err);
    const matrix = JSON.parse(listed.out) as string[];
    assert.equal(matrix, ['north', 'south']);
    assert.equal(JSON.parse((await cli(['tenants'], {})).out), names);

    // one plan job per tenant, side by side, each with its tenant's credentials only
    const eventPath = path.join(repo.dir, '.event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 12, head: { sha: head } } }));
    const prEnv = (name: string) => ({
      ...sims[name]!.env,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: head,
      GITHUB_STEP_SUMMARY: path.join(repo.dir, `.summary-${name}.md`),
    });
    const planJob = async (name: string) => {
      const dir = ['-C', `tenants/${name}`];
      const validated = await cli([...dir, 'validate'], prEnv(name));
      const planned = await cli([...dir, 'plan', '--out', 'plan.json', '--now', NOW], prEnv(name));
      const commented = await cli([...dir, 'comment', '--plan', 'plan.json'], prEnv(name), true);
      return { validated, planned, commented };
    };
    const jobs = await Promise.all(matrix.map(planJob));
    for (const job of jobs) {
      assert.is(job.validated.code, 0, job.validated.out);
      assert.is(job.planned.code, 0, job.planned.out + job.planned.err);
      assert.is(job.commented.code, 0, job.commented.err);
    }
    const comments = await gh.listComments(12);
    assert.is(comments.length, 2, 'one comment per tenant');
    const commentOf = (name: string) => comments.find((c) => c.body.startsWith(`<!-- skillops-plan tenant=${name} part=1/1 -->`));
    for (const [name, proficiency] of [
      ['north', 2],
      ['south', 3],
    ] as const) {
      const body = commentOf(name)?.body ?? '';
      assert.match(body, `## skillops plan for tenant \`${name}\``);
      assert.match(body, '**Plan: 1 to add, 0 to change, 0 to remove across 1 queue.**');
      assert.match(body, `+ ${JANE} (Jane Doe, 4410001)  proficiency ${proficiency}`);
      assert.match(await readFile(path.join(repo.dir, `.summary-${name}.md`), 'utf8'), `## skillops plan for tenant \`${name}\``);
    }
    // a new push re-runs north's job: its comment is updated in place, south's is left alone
    const southBefore = commentOf('south')!.body;
    assert.is((await cli(['-C', 'tenants/north', 'comment', '--plan', 'plan.json'], prEnv('north'), true)).code, 0);
    const after = await gh.listComments(12);
    assert.is(after.length, 2);
    assert.is(after.find((c) => c.id === commentOf('south')!.id)?.body, southBefore);

    // merge, then the apply workflow: the matrix from what the push changed, one apply per tenant
    const before = await g('rev-parse', 'main');
    await g('checkout', '-q', 'main');
    await g('merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from acme/jane-north-south', 'jane-north-south');
    const merge = await g('rev-parse', 'HEAD');
    gh.pulls.set(merge, { number: 12, title: 'Jane joins Web Chat in north and south', author: 'analyst' });
    const pushed = JSON.parse((await cli(['tenants', '--changed-since', before], {})).out) as string[];
    assert.equal(pushed, ['north', 'south']);
    const taken = new Set<string>();
    const createLockRef = gh.createLockRef.bind(gh);
    gh.createLockRef = async (branch, message) => {
      const created = await createLockRef(branch, message);
      if (created.created) taken.add(branch);
      return created;
    };
    const applyJob = (name: string) =>
      cli(
        ['-C', `tenants/${name}`, 'apply', 'plan.json', '--auto-approve', '--commit-audit', '--pr', '12', '--now', NOW],
        { ...sims[name]!.env, GITHUB_SHA: merge, GITHUB_ACTOR: 'github-actions[bot]', GITHUB_RUN_ID: '4242' },
        true,
      );
    const applied = await Promise.all(pushed.map(applyJob));
    for (const result of applied) assert.is(result.code, 0, result.out + result.err);

    // CXone of north and south changed; west was never asked anything
    assert.is(sims.north!.tenant.get(11012350, 4410001)?.proficiency, 2);
    assert.is(sims.south!.tenant.get(11012350, 4410001)?.proficiency, 3);
    assert.is(sims.west!.stats.requests, 0, 'the tenant the change does not touch sees no request');
    assert.is(sims.west!.tenant.get(11012350, 4410001), undefined);

    // separate locks (both taken, each released), separate audit folders, locally and in the repository
    assert.equal([...taken].sort(), ['skillops-lock/apply-north', 'skillops-lock/apply-south']);
    assert.is(gh.lockRefs.size, 0, 'both locks released');
    for (const name of ['north', 'south']) {
      const records = await auditRecords(path.join(repo.dir, 'audit', name));
      assert.is(records.length, 1, `one record in audit/${name}/`);
      assert.is(records[0]!.lock?.where, `GitHub branch skillops-lock/apply-${name}`);
      assert.equal(
        records[0]!.changes.map((c) => `${c.action} ${c.userName} ${c.status}`),
        [`add ${JANE} applied`],
      );
      const committed = gh.commits.filter((c) => c.path.startsWith(`audit/${name}/`) && c.path.endsWith('.json') && !c.path.endsWith('.journal.jsonl'));
      assert.is(committed.length, 1, `the record committed under audit/${name}/`);
      assert.match(committed[0]!.path, new RegExp(`^audit/${name}/2\\d{3}/\\d{2}/\\d{8}T\\d{9}Z-${merge.slice(0, 7)}\\.json$`));
    }
    assert.ok(
      gh.commits.every((c) => /^audit\/(north|south)\//.test(c.path)),
      gh.commits.map((c) => c.path).join(', '),
    );
  } finally {
    for (const sim of Object.values(sims)) await sim.close();
    await repo.cleanup();
  }
});

test('drift in one tenant: its own issue and its own pull request on skillops/drift-<tenant>, with the files named from the repository root', async () => {
  const sims: Record<string, RunningSim> = { north: await startSim(), south: await startSim() };
  const repo = await tenantsRepo(['north', 'south']);
  const gh = new FakeGitHub();
  const g = gitIn(repo.dir);
  try {
    const run = async (name: string, args: string[]) => {
      const env = {
        ...sims[name]!.env,
        GITHUB_REPOSITORY: 'acme/skills',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '77',
        GITHUB_SHA: await g('rev-parse', 'HEAD'),
      };
      const io = captureIo({ cwd: repo.dir, env });
      return { code: await runCli(['-C', `tenants/${name}`, ...args], io, { github: gh }), out: io.stdout(), err: io.stderr() };
    };
    for (const name of ['north', 'south']) {
      sims[name]!.tenant.skills.get(11012399)!.isActive = false;
      assert.is((await run(name, ['apply', '--auto-approve', '--audit-dir', path.join(repo.dir, '.audit-base'), '--now', NOW])).code, 0);
    }
    // a supervisor changes Sam on Billing Support by hand, in south only
    sims.south!.tenant.set(11012345, 4410002, 4, true);
    const north = await run('north', ['drift', '--issue', '--pull-request', '--now', NOW]);
    assert.is(north.code, 0, north.out + north.err);
    const south = await run('south', ['drift', '--issue', '--pull-request', '--now', NOW]);
    assert.is(south.code, 2, south.out + south.err);
    assert.equal([...gh.branches.keys()], ['skillops/drift-south']);
    assert.equal(
      gh.branches.get('skillops/drift-south')!.files.map((f) => f.path),
      ['tenants/south/skills/billing-support.yaml'],
    );
    assert.is(gh.pullRequests.length, 1);
    assert.match(gh.pullRequests[0]!.title, '(tenant south)');
    assert.is(gh.issues.length, 1);
    assert.match(gh.issues[0]!.body, '<!-- skillops-drift tenant=south -->');
  } finally {
    for (const sim of Object.values(sims)) await sim.close();
    await repo.cleanup();
  }
});

test('diff-tenants: how two tenants differ, by skill name and agent (offline)', async () => {
  const repo = await tenantsRepo(['uat', 'prod'], { git: false });
  try {
    const cli = async (args: string[]) => {
      const io = captureIo({ cwd: repo.dir, env: {} });
      return { code: await runCli(args, io), out: io.stdout(), err: io.stderr() };
    };
    const same = await cli(['diff-tenants', 'uat', 'prod']);
    assert.is(same.code, 0, same.err);
    assert.is(same.out, 'Tenants uat and prod have the same queue files (10 skills).\n');
    await addAgent(repo.dir, 'uat', 'web-chat.yaml', JANE, 2);
    const webChat = path.join(repo.tenant('prod'), 'skills', 'web-chat.yaml');
    await writeFile(
      webChat,
      (await readFile(webChat, 'utf8')).replace(
        'elena.popescu@acme-contact.example\n    proficiency: 1',
        'elena.popescu@acme-contact.example\n    proficiency: 3',
      ),
    );
    await writeFile(path.join(repo.tenant('uat'), 'skills', 'pilot.yaml'), 'skill: Pilot\nagents:\n  - agent: 4410001\n    proficiency: 1\n');
    const differ = await cli(['diff-tenants', 'uat', 'prod']);
    assert.is(differ.code, 2, differ.err);
    assert.is(
      differ.out,
      [
        'Tenants uat and prod: 2 skills differ, 9 the same.',
        '',
        '< Pilot: only in uat (skills/pilot.yaml, 1 agent)',
        '~ Web Chat',
        '  ~ elena.popescu@acme-contact.example: uat proficiency 1; prod proficiency 3',
        `  < ${JANE}: uat proficiency 2; prod not assigned`,
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['diff-tenants', 'uat', 'prod', '--format', 'json'])).out) as { format: string; skills: { skill: string }[] };
    assert.is(json.format, 'skillops-tenants-diff/1');
    assert.equal(
      json.skills.map((s) => s.skill),
      ['Pilot', 'Web Chat'],
    );
    const unknown = await cli(['diff-tenants', 'uat', 'nope']);
    assert.is(unknown.code, 1);
    assert.match(unknown.err, 'no tenant "nope"; the tenants are: prod, uat');
  } finally {
    await repo.cleanup();
  }
});

test.run();
