// Tenant folders: found by where their settings live, listed for a matrix (all, or those a change
// touches), each with its own comment marker, drift issue and audit folder.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { loadSettings } from '../../src/config/settings.js';
import { tenantOfSettings } from '../../src/config/tenant-folder.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { partOf, planCommentParts } from '../../src/render/plan-comment.js';
import { upsertPlanComment } from '../../src/use-cases/comment/upsert-comment.js';
import { reportDrift } from '../../src/use-cases/drift/drift-issue.js';
import { captureIo } from '../helpers/capture-io.js';
import { gitIn } from '../helpers/repo.js';
import { addAgent, tenantsRepo } from '../helpers/tenants-repo.js';
import { desired, entry, liveState, NOW, queue, settings } from '../helpers/world.js';

const test = suite('tenants: folders, the matrix list, markers per tenant');

test('a tenant is known by its settings file: tenants/<name>/skillops.yaml, with a safe name', () => {
  assert.equal(tenantOfSettings('/repo/tenants/uk/skillops.yaml'), { name: 'uk', dir: '/repo/tenants/uk', repoRoot: '/repo' });
  assert.is(tenantOfSettings('/repo/skillops.yaml'), undefined);
  assert.is(tenantOfSettings('/repo/tenants/uk/other.yaml'), undefined);
  assert.is(tenantOfSettings('/repo/tenants/UK/skillops.yaml'), undefined);
  assert.is(tenantOfSettings('/repo/tenants/a b/skillops.yaml'), undefined);
  assert.is(tenantOfSettings('/repo/x/uk/skillops.yaml'), undefined);
});

test("a tenant's audit records default to audit/<tenant>/ at the root; a directory it names itself is kept; a single tenant's is unchanged", async () => {
  const repo = await tenantsRepo(['uk'], { git: false });
  try {
    const uk = await loadSettings('tenants/uk/skillops.yaml', repo.dir);
    assert.is(uk.settings.audit.directory, '../../audit/uk');
    await writeFile(path.join(repo.tenant('uk'), 'skillops.yaml'), 'audit:\n  directory: records\n');
    assert.is((await loadSettings('tenants/uk/skillops.yaml', repo.dir)).settings.audit.directory, 'records');
    await writeFile(path.join(repo.dir, 'skillops.yaml'), 'timeZone: UTC\n');
    const single = await loadSettings('skillops.yaml', repo.dir);
    assert.is(single.settings.audit.directory, 'audit');
    assert.is(single.tenant, undefined);
  } finally {
    await repo.cleanup();
  }
});

test('skillops tenants lists every tenant folder, or with --changed-since those whose settings or queue files changed', async () => {
  const repo = await tenantsRepo(['north', 'south', 'west']);
  const g = gitIn(repo.dir);
  const cli = async (args: string[], cwd = repo.dir) => {
    const outputs = path.join(repo.dir, '.outputs');
    await writeFile(outputs, '');
    const io = captureIo({ cwd, env: { SKILLOPS_OUTPUT_FILE: outputs } });
    const code = await runCli(args, io);
    return { code, out: io.stdout(), err: io.stderr(), outputs: await readFile(outputs, 'utf8') };
  };
  try {
    const all = await cli(['tenants']);
    assert.is(all.code, 0, all.err);
    assert.is(all.out, '["north","south","west"]\n');
    assert.is(all.outputs, 'tenants=["north","south","west"]\ncount=3\n');
    // from inside a tenant folder too, as the settings file is found
    assert.is((await cli(['tenants'], path.join(repo.tenant('south'), 'skills'))).out, '["north","south","west"]\n');

    const none = await cli(['tenants', '--changed-since', 'HEAD']);
    assert.is(none.out, '[]\n');
    assert.is(none.outputs, 'tenants=[]\ncount=0\n');

    // a queue file edited (uncommitted), a settings file committed, a new file not yet added
    await addAgent(repo.dir, 'north', 'web-chat.yaml', 'jane.doe@acme-contact.example', 2);
    assert.is((await cli(['tenants', '--changed-since', 'HEAD'])).out, '["north"]\n');
    await g('checkout', '-q', '--', '.');
    await writeFile(path.join(repo.tenant('west'), 'skillops.yaml'), 'timeZone: UTC\n');
    await g('commit', '-q', '-am', 'west settings');
    assert.is((await cli(['tenants', '--changed-since', 'HEAD~1'])).out, '["west"]\n');
    await writeFile(path.join(repo.tenant('south'), 'skills', 'new-queue.yaml'), 'skill: New\nagents: []\n');
    assert.is((await cli(['tenants', '--changed-since', 'HEAD~1'])).out, '["south","west"]\n');
    await rm(path.join(repo.tenant('south'), 'skills', 'new-queue.yaml'));
    // a file beside the queue files that is neither settings nor a queue file does not count
    await writeFile(path.join(repo.tenant('north'), 'NOTES.md'), 'hello\n');
    assert.is((await cli(['tenants', '--changed-since', 'HEAD~1'])).out, '["west"]\n');
    await rm(path.join(repo.tenant('north'), 'NOTES.md'));
    // a queue file moved from one tenant to another touches both
    await rename(path.join(repo.tenant('north'), 'skills', 'retention.yaml'), path.join(repo.tenant('south'), 'skills', 'retention-2.yaml'));
    await g('add', '-A');
    await g('commit', '-q', '-m', 'move');
    assert.is((await cli(['tenants', '--changed-since', 'HEAD~1'])).out, '["north","south"]\n');

    const badRef = await cli(['tenants', '--changed-since', '--output=/tmp/x']);
    assert.is(badRef.code, 1);
    assert.match(badRef.err, '--changed-since needs a git commit or ref');
    const unknown = await cli(['tenants', '--changed-since', 'no-such-ref']);
    assert.is(unknown.code, 1);
    assert.match(unknown.err, 'git could not list the changes since no-such-ref');

    // a folder that is no tenant is refused, not silently left out of the matrix
    await mkdir(path.join(repo.dir, 'tenants', 'Bad Name'), { recursive: true });
    const refused = await cli(['tenants']);
    assert.is(refused.code, 1);
    assert.match(refused.err, 'tenants/Bad Name: a tenant folder');
    await rm(path.join(repo.dir, 'tenants', 'Bad Name'), { recursive: true });
    await mkdir(path.join(repo.dir, 'tenants', 'empty'));
    assert.match((await cli(['tenants'])).err, 'tenants/empty: it has no skillops.yaml');
  } finally {
    await repo.cleanup();
  }
});

test('skillops tenants in a single-tenant repository says so', async () => {
  const repo = await tenantsRepo([], { git: false });
  try {
    await rm(path.join(repo.dir, 'tenants'), { recursive: true, force: true });
    await mkdir(path.join(repo.dir, '.git'));
    const io = captureIo({ cwd: repo.dir, env: {} });
    assert.is(await runCli(['tenants'], io), 1);
    assert.match(io.stderr(), 'this is a single-tenant repository');
  } finally {
    await repo.cleanup();
  }
});

test('-C DIR works in that folder: its settings and queue files, no search above it; a missing folder is refused', async () => {
  const repo = await tenantsRepo(['uk'], { git: false });
  try {
    await writeFile(path.join(repo.dir, 'skillops.yaml'), 'skillsDir: nowhere\n');
    const io = captureIo({ cwd: repo.dir, env: {} });
    assert.is(await runCli(['-C', 'tenants/uk', 'validate'], io), 0, io.stderr());
    assert.match(io.stdout(), 'Valid: 10 queue files checked');
    const missing = captureIo({ cwd: repo.dir, env: {} });
    assert.is(await runCli(['-C', 'tenants/nope', 'validate'], missing), 1);
    assert.match(missing.stderr(), '--tenant-dir tenants/nope is not a folder');
  } finally {
    await repo.cleanup();
  }
});

test("each tenant's plan comment has its own marker: parallel jobs update only their own, never the single-tenant one", async () => {
  assert.is(partOf('<!-- skillops-plan tenant=uk part=1/1 -->\n'), undefined, 'a tenant comment is not the single-tenant one');
  assert.is(partOf('<!-- skillops-plan part=1/1 -->\n', 'uk'), undefined);
  assert.is(partOf('<!-- skillops-plan tenant=uk part=2/3 -->\n', 'uk'), 2);
  assert.is(partOf('<!-- skillops-plan tenant=uk part=1/1 -->\n', 'uk-uat'), undefined);

  const gh = new FakeGitHub();
  const body = (tenant: string, n: number) => [`<!-- skillops-plan tenant=${tenant} part=1/1 -->\n\nplan ${n}\n`];
  await Promise.all([upsertPlanComment(gh, 7, body('uk', 1), () => true, 'uk'), upsertPlanComment(gh, 7, body('de', 1), () => true, 'de')]);
  await upsertPlanComment(gh, 7, body('uk', 2), () => true, 'uk');
  const comments = await gh.listComments(7);
  assert.equal(comments.map((c) => c.body.split('\n')[2]).sort(), ['plan 1', 'plan 2']);
  assert.match(comments.find((c) => c.body.includes('tenant=de'))!.body, 'plan 1');

  const plan = makePlan({ now: NOW, settings: settings(), desired: desired(queue('Billing', [entry(1, 2)])), live: liveState([]) }).plan!;
  const parts = planCommentParts(plan, { tenant: 'uk' });
  assert.ok(parts[0]!.startsWith('<!-- skillops-plan tenant=uk part=1/1 -->\n\n## skillops plan for tenant `uk`'));
});

test('each tenant keeps its own drift issue', async () => {
  const gh = new FakeGitHub();
  const uk = await reportDrift(gh, true, 'uk drift', undefined, 'uk');
  const de = await reportDrift(gh, true, 'de drift', undefined, 'de');
  const single = await reportDrift(gh, true, 'drift', undefined);
  assert.equal([uk.action, de.action, single.action], ['opened', 'opened', 'opened']);
  assert.is(new Set([uk.number, de.number, single.number]).size, 3);
  assert.is((await reportDrift(gh, false, '', undefined, 'uk')).action, 'closed');
  assert.is((await reportDrift(gh, true, 'de drift 2', undefined, 'de')).number, de.number);
  assert.match(gh.issues.find((i) => i.number === de.number)!.title, 'tenants/de/skills/');
});

test.run();
