// The workflows `skillops init --tenants` writes, run as the runner runs them (their exact `run:`
// scripts and action.yml's, the matrix expanded from the first job's output, each run of a matrix
// job given the secrets of the environment it names) in a config repository of three tenants,
// each with its own simulator and its own credentials, against a loopback fake GitHub API.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, stringify } from 'yaml';
import type { RunningSim } from '../../src/sim/server.js';
import { type FakeGitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { installedPackage, ROOT } from '../helpers/package.js';
import { gitIn, TEAM } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type JobResult, runWorkflow, type WorkflowContext } from '../helpers/workflow-runner.js';

const test = suite('e2e: the matrix workflows of init --tenants (three tenants, three simulators, fake GitHub)');
const exec = promisify(execFile);
const REPOSITORY = 'acme-contact/skills-config';
const TOKEN = 'ghs_fake_workflow_token_0123456789';
const TENANTS = ['north', 'south', 'west'];
const BILLING = 11012345;

test('a pull request touching two of three tenants: two plan jobs and two comments; on merge two applies with their own locks and audit folders; the third tenant sees 0 requests', async () => {
  const installed = await installedPackage();
  const tmp = await tempDir();
  const repo = path.join(tmp.dir, 'skills-config');
  await mkdir(repo);
  const git = (...args: string[]) => gitIn(repo, TEAM)(...args);
  // each tenant's CXone, with credentials of its own: a job given another tenant's would fail
  const sims: Record<string, RunningSim> = {};
  for (const t of TENANTS) {
    sims[t] = await startSim({
      credentials: {
        CXONE_CLIENT_ID: `${t}-client`,
        CXONE_CLIENT_SECRET: `${t}-client-secret`,
        CXONE_ACCESS_KEY_ID: `${t}-key`,
        CXONE_ACCESS_KEY_SECRET: `${t}-key-secret`,
      },
    });
  }
  let gh: FakeGitHubServer | undefined;
  try {
    const skillops = (args: string[], t: string) =>
      exec(process.execPath, [installed.bin, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...sims[t]!.env } });
    await git('init', '-q', '-b', 'main');
    await exec(process.execPath, [installed.bin, 'init', '--tenants', TENANTS.join(',')], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    for (const t of TENANTS) {
      // where this tenant's CXone is (in production: discovery from its cxone.tenantId)
      const file = path.join(repo, 'tenants', t, 'skillops.yaml');
      const settings = parse(await readFile(file, 'utf8')) as { cxone: Record<string, string> };
      settings.cxone = { ...settings.cxone, apiBase: sims[t]!.env.CXONE_API_BASE!, authUrl: sims[t]!.env.CXONE_AUTH_URL! };
      await writeFile(file, stringify(settings));
      await skillops(['-C', `tenants/${t}`, 'import'], t);
    }
    await git('add', '-A');
    await git('commit', '-q', '-m', 'skillops: config repository of three tenants');
    const base = await git('rev-parse', 'HEAD');
    const aisha = sims.north!.tenant.toFixture().agents.find((a) => a.userName === 'aisha.khan@acme-contact.example')!.agentId;
    for (const t of TENANTS) sims[t]!.resetStats();
    gh = await startGitHubServer({ owner: 'acme-contact', repo: 'skills-config', token: TOKEN, headSha: base });
    gh.state.refs.set('heads/skillops-audit', base);

    const actionRef = (
      parse(await readFile(path.join(repo, '.github/workflows/skillops-plan.yml'), 'utf8')) as { jobs: { plan: { steps: Array<{ uses?: string }> } } }
    ).jobs.plan.steps.find((s) => s.uses?.includes('skillops'))!.uses!;
    const environments: Record<string, Record<string, string>> = {};
    for (const t of TENANTS) {
      const key = {
        CXONE_CLIENT_ID: `${t}-client`,
        CXONE_CLIENT_SECRET: `${t}-client-secret`,
        CXONE_ACCESS_KEY_ID: `${t}-key`,
        CXONE_ACCESS_KEY_SECRET: `${t}-key-secret`,
      };
      environments[`cxone-${t}-plan`] = key;
      environments[`cxone-${t}`] = { ...key, SKILLOPS_WEBHOOK_SECRET: 'whsec' };
    }
    const context = (over: Pick<WorkflowContext, 'eventName' | 'event' | 'ref' | 'sha'>): WorkflowContext => ({
      workspace: repo,
      repository: REPOSITORY,
      secrets: {}, // no CXone key is a repository secret
      environments,
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        NO_COLOR: '1',
        ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
      },
      runnerTemp: installed.runnerTemp,
      actions: { [actionRef]: ROOT },
      token: TOKEN,
      apiUrl: gh!.url,
      ...over,
    });
    const show = (jobs: JobResult[]) =>
      jobs
        .map(
          (j) =>
            `${j.job}${j.matrix ? ` ${j.matrix.tenant}` : ''}: ${j.conclusion}\n${j.steps.map((s) => `  ${s.name}: ${s.conclusion}\n${s.output}`).join('')}`,
        )
        .join('\n');

    // pull request #7: Aisha from 3 to 5 on Billing Support, in north and in south
    await git('checkout', '-q', '-b', 'raise-aisha');
    for (const t of ['north', 'south']) {
      const file = path.join(repo, 'tenants', t, 'skills', 'billing-support.yaml');
      const text = await readFile(file, 'utf8');
      const raised = text.replace(/(- agent: aisha\.khan@acme-contact\.example[^\n]*\n\s+proficiency: )3/, '$15');
      assert.is.not(raised, text);
      await writeFile(file, raised);
    }
    await git('commit', '-q', '-am', 'Raise Aisha on billing in north and south');
    const head = await git('rev-parse', 'HEAD');
    await git('checkout', '-q', '--detach', 'main');
    await git('merge', '-q', '--no-ff', '-m', `Merge ${head} into main`, 'raise-aisha');
    const prMerge = await git('rev-parse', 'HEAD');
    // from a fork: the touched tenants are validated, in jobs that name no environment; no plan, no comment
    const forkEvent = {
      number: 7,
      pull_request: { number: 7, head: { sha: head, repo: { full_name: 'mallory/skills-config' } }, base: { ref: 'main', repo: { full_name: REPOSITORY } } },
    };
    const fromFork = await runWorkflow(
      path.join(repo, '.github/workflows/skillops-plan.yml'),
      context({ eventName: 'pull_request', event: forkEvent, ref: 'refs/pull/7/merge', sha: prMerge }),
    );
    assert.equal(
      fromFork.map((j) => `${j.job}${j.matrix ? ` ${j.matrix.tenant} in ${j.environment ?? 'no environment'}` : ''} ${j.conclusion}`),
      ['tenants success', 'plan skipped', 'validate north in no environment success', 'validate south in no environment success', 'result success'],
      show(fromFork),
    );
    assert.is(gh.state.comments.length, 0);
    for (const t of TENANTS) assert.is(sims[t]!.stats.requests, 0, `${t}: a fork's pull request reaches no CXone`);
    await git('clean', '-fdxq');

    const event = {
      number: 7,
      pull_request: { number: 7, head: { sha: head, repo: { full_name: REPOSITORY } }, base: { ref: 'main', repo: { full_name: REPOSITORY } } },
    };
    const planned = await runWorkflow(
      path.join(repo, '.github/workflows/skillops-plan.yml'),
      context({ eventName: 'pull_request', event, ref: 'refs/pull/7/merge', sha: prMerge }),
    );
    assert.equal(
      planned.map((j) => `${j.job}${j.matrix ? ` ${j.matrix.tenant} in ${j.environment}` : ''} ${j.conclusion}`),
      ['tenants success', 'plan north in cxone-north-plan success', 'plan south in cxone-south-plan success', 'validate skipped', 'result success'],
      show(planned),
    );
    assert.equal(planned[0]!.outputs, { tenants: '["north","south"]', count: '2', fork: 'false' });
    const comments = gh.state.comments.filter((c) => c.issue === 7);
    assert.equal(comments.map((c) => c.body.split('\n')[0]).sort(), [
      '<!-- skillops-plan tenant=north part=1/1 -->',
      '<!-- skillops-plan tenant=south part=1/1 -->',
    ]);
    for (const c of comments) assert.match(c.body, 'aisha.khan@acme-contact.example (Aisha Khan');
    for (const t of ['north', 'south']) assert.match(planned.find((j) => j.matrix?.tenant === t)!.summary, `## skillops plan for tenant \`${t}\``);
    assert.is(sims.west!.stats.requests, 0, 'west was not planned');

    // each plan job's artifact, as actions/upload-artifact stores it for the run
    gh.state.runs.push({
      id: 700,
      path: '.github/workflows/skillops-plan.yml',
      event: 'pull_request',
      head_sha: head,
      head_repo: REPOSITORY,
      status: 'completed',
      conclusion: 'success',
      created_at: '2026-11-25T08:50:00Z',
    });
    const artifacts = [];
    for (const [i, t] of ['north', 'south'].entries()) {
      const zip = zipSync({ 'plan.json': new Uint8Array(await readFile(path.join(repo, 'tenants', t, 'plan.json'))) });
      artifacts.push({ id: 7001 + i, name: `skillops-plan-${t}`, digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`, zip });
    }
    gh.state.artifacts.set(700, artifacts);

    // the merge, then the apply workflow on the push
    await git('clean', '-fdxq');
    await git('checkout', '-q', 'main');
    await git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme-contact/raise-aisha', 'raise-aisha');
    const sha = await git('rev-parse', 'HEAD');
    gh.state.commits.set(sha, { tree: 'tree-merge', parents: [base], message: 'merge #7' });
    gh.state.refs.set('heads/main', sha);
    gh.state.pullsByCommit.set(sha, {
      number: 7,
      title: 'Raise Aisha',
      user: 'wfm-analyst',
      merged_at: '2026-11-25T09:00:00Z',
      merge_commit_sha: sha,
      base: 'main',
      head_sha: head,
      head_repo: REPOSITORY,
    });
    gh.state.reviews.set(7, [{ user: 'billing-lead', state: 'APPROVED', submitted_at: '2026-11-25T08:55:00Z' }]);
    const applied = await runWorkflow(
      path.join(repo, '.github/workflows/skillops-apply.yml'),
      context({ eventName: 'push', event: { ref: 'refs/heads/main', before: base, after: sha }, ref: 'refs/heads/main', sha }),
    );
    assert.equal(
      applied.map((j) => `${j.job}${j.matrix ? ` ${j.matrix.tenant} in ${j.environment}` : ''} ${j.conclusion}`),
      ['tenants success', 'plan skipped', 'apply north in cxone-north success', 'apply south in cxone-south success'],
      show(applied),
    );
    assert.equal(applied[0]!.outputs, { tenants: '["north","south"]', count: '2' });
    for (const t of ['north', 'south']) assert.is(sims[t]!.tenant.get(BILLING, aisha)?.proficiency, 5, `${t} applied`);
    assert.is(sims.west!.stats.requests, 0, 'the tenant the change does not touch sees no request');
    assert.is(sims.west!.tenant.get(BILLING, aisha)?.proficiency, 3);

    // each tenant's audit record in its own folder, each taken under its own lock
    const records = gh.committedFiles('skillops-audit').filter((f) => f.path.endsWith('.json'));
    assert.equal(records.map((f) => f.path.split('/').slice(0, 2).join('/')).sort(), ['audit/north', 'audit/south']);
    for (const f of records) {
      const t = f.path.split('/')[1]!;
      assert.is((JSON.parse(f.content) as { lock?: { where: string } }).lock?.where, `GitHub branch skillops-lock/apply-${t}`);
    }
    assert.not.ok(
      [...gh.state.refs.keys()].some((r) => r.startsWith('heads/skillops-lock/')),
      'both locks released',
    );
    assert.equal(gh.unexpected, []);
  } finally {
    for (const sim of Object.values(sims)) await sim.close();
    await gh?.close();
    await tmp.cleanup();
  }
});

test.run();
