// Adoption, end to end, as the README says it: its "Adopting skillops" steps run in order, each
// command as written, with skillops run from its GitHub repository at the release tag (served
// from a local git repository holding what a release commit holds: the committed bundle, no
// node_modules, nothing from npm), `gh` recorded by a stand-in (helpers/fake-gh.mjs) and
// `git push` going to a local bare repository. Then the generated workflows run as the runner
// runs them (helpers/workflow-runner.ts): skillops is a JavaScript action, started as
// `node <action>/bundle/action.js` from a copy of the action's files at that tag, with its inputs
// as INPUT_* variables, against the simulator and a loopback fake GitHub API, with the secrets
// the README's `gh secret set` steps stored. validate, plan, comment, apply with its audit commit,
// drift and cancellation must all work. Every test starts from the repository as pushed, a fresh
// simulator and a fresh fake GitHub, and makes what it needs.

import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import type { RunningSim } from '../../src/sim/server.js';
import { type FakeGitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { installedPackage, ROOT } from '../helpers/package.js';
import { readmeSteps } from '../helpers/readme-steps.js';
import { gitIn, TEAM } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../helpers/wait-for.js';
import { type JobResult, runWorkflow, type StepResult, type WorkflowContext } from '../helpers/workflow-runner.js';

const test = suite('e2e: adoption, the generated workflows (plan, apply, drift, cancellation)');
const exec = promisify(execFile);
const REPOSITORY = 'acme-contact/skills-config';
const TOKEN = 'ghs_fake_workflow_token_0123456789';
const BILLING = 11012345;

let sim: RunningSim;
let gh: FakeGitHubServer;
let tmp: { dir: string; cleanup: () => Promise<void> };
let repo: string;
let runnerTemp: string;
let actionRef: string;
/** The skillops action as the runner downloads it for `uses:`: its files at the tag, nothing else. */
let actionDir: string;
/** The commit of the config repository as the README's steps pushed it: every test starts here. */
let imported: string;
/** What `gh` recorded while the README's steps ran: secrets, environments, API calls. */
let recorded: { repos: string[]; secrets: Record<string, string>; environments: Record<string, Record<string, string>>; api: ApiCall[] };
let aisha: number;
let setupError: unknown;

interface ApiCall {
  method: string;
  path: string;
  fields: Record<string, unknown>;
  body?: Record<string, unknown>;
}

const git = (...args: string[]) => gitIn(repo, TEAM)(...args);
const SIM_TENANT = '5e1b0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c55';

/**
 * skillops' GitHub repository at its release tag, as `github:OWNER/skillops#vX.Y.Z` and
 * `uses: OWNER/skillops@…` get it: what `npm pack` takes from this checkout (the committed
 * bundle, schemas, templates) and action.yml, committed and tagged. No src/, no node_modules.
 */
async function releasedSource(tarball: string, version: string): Promise<string> {
  const source = path.join(tmp.dir, 'github-skillops');
  await mkdir(source);
  await exec('tar', ['xzf', tarball, '-C', source, '--strip-components=1']);
  await copyFile(path.join(ROOT, 'action.yml'), path.join(source, 'action.yml'));
  const g = gitIn(source, TEAM);
  await g('init', '-q', '-b', 'main');
  await g('add', '-A');
  await g('commit', '-q', '-m', `skillops ${version}`);
  await g('tag', `v${version}`);
  return source;
}

/** Runs the README's adoption steps 1 to 9 in order, each step's commands in one bash. */
async function followReadme(source: string, version: string) {
  const steps = await readmeSteps();
  const bin = path.join(tmp.dir, 'bin');
  await mkdir(bin);
  await writeFile(path.join(bin, 'gh'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'test/helpers/fake-gh.mjs')}" "$@"\n`, { mode: 0o755 });
  const ghState = path.join(tmp.dir, 'gh-state.json');
  const githubRoot = path.join(tmp.dir, 'github.com');
  const typed = {
    CXONE_CLIENT_ID: sim.env.CXONE_CLIENT_ID!,
    CXONE_CLIENT_SECRET: sim.env.CXONE_CLIENT_SECRET!,
    CXONE_READ_ACCESS_KEY_ID: sim.env.CXONE_ACCESS_KEY_ID!,
    CXONE_READ_ACCESS_KEY_SECRET: sim.env.CXONE_ACCESS_KEY_SECRET!,
    CXONE_WRITE_ACCESS_KEY_ID: sim.env.CXONE_ACCESS_KEY_ID!,
    CXONE_WRITE_ACCESS_KEY_SECRET: sim.env.CXONE_ACCESS_KEY_SECRET!,
  };
  const env: Record<string, string> = {
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    HOME: process.env.HOME!,
    NO_COLOR: '1',
    ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
    // where CXone is (in production: discovery from the tenant id)
    CXONE_AUTH_URL: sim.env.CXONE_AUTH_URL!,
    CXONE_API_BASE: sim.env.CXONE_API_BASE!,
    GIT_AUTHOR_NAME: TEAM.name,
    GIT_AUTHOR_EMAIL: TEAM.email,
    GIT_COMMITTER_NAME: TEAM.name,
    GIT_COMMITTER_EMAIL: TEAM.email,
    // https://github.com/OWNER/REPO.git is the bare repository `gh repo create` made
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `url.${githubRoot}/.insteadOf`,
    GIT_CONFIG_VALUE_0: 'https://github.com/',
    // npx: a cache of this test's own, and no registry at all (a closed loopback port)
    npm_config_cache: path.join(tmp.dir, 'npm-cache'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_update_notifier: 'false',
    npm_config_fetch_retries: '0',
    FAKE_GH_STATE: ghState,
    FAKE_GH_ROOT: githubRoot,
    FAKE_GH_VALUES: JSON.stringify(typed),
  };
  const sourceSpec = /npx --yes (github:[\w.-]+\/skillops#v\d+\.\d+\.\d+\S*)/.exec(steps[0]!.commands.join('\n'))?.[1];
  assert.ok(sourceSpec, `step 1 runs skillops from its GitHub repository: ${steps[0]!.commands.join('; ')}`);
  assert.is(sourceSpec!.split('#')[1], `v${version}`);
  const substitute = (command: string) =>
    command
      .replaceAll(sourceSpec!, `git+file://${source}#v${version}`)
      .replaceAll('OWNER/REPO', REPOSITORY)
      .replaceAll('TENANT_UUID', SIM_TENANT)
      .replace('CXONE_CLIENT_ID=...', `CXONE_CLIENT_ID=${typed.CXONE_CLIENT_ID}`)
      .replace('CXONE_CLIENT_SECRET=...', `CXONE_CLIENT_SECRET=${typed.CXONE_CLIENT_SECRET}`)
      .replace('CXONE_ACCESS_KEY_ID=...', `CXONE_ACCESS_KEY_ID=${typed.CXONE_READ_ACCESS_KEY_ID}`)
      .replace('CXONE_ACCESS_KEY_SECRET=...', `CXONE_ACCESS_KEY_SECRET=${typed.CXONE_READ_ACCESS_KEY_SECRET}`);
  // the last step (a pull request) is what the tests below do
  assert.match(steps.at(-1)!.title, 'Open a pull request');
  for (const [i, step] of steps.slice(0, -1).entries()) {
    if (step.commands.length === 0) continue; // done in CXone's web pages (step 3: the keys)
    const script = ['set -euo pipefail', ...step.commands.map(substitute)].join('\n');
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('bash', ['-c', script], { cwd: i === 0 ? tmp.dir : repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c));
      child.stderr.on('data', (c: Buffer) => (out += c));
      child.on('close', (code) => resolve({ code, out }));
    });
    if (result.code !== 0) throw new Error(`README step ${i + 1} (${step.title}) failed:\n${script}\n${result.out}`);
  }
  recorded = JSON.parse(await readFile(ghState, 'utf8')) as typeof recorded;
  return path.join(githubRoot, `${REPOSITORY}.git`);
}

test.before(async () => {
  // a failure here fails each test below with its cause, instead of ending the whole run
  try {
    const installed = await installedPackage();
    runnerTemp = installed.runnerTemp;
    tmp = await tempDir();
    repo = path.join(tmp.dir, 'skills-config');
    sim = await startSim();
    const source = await releasedSource(installed.tarball, installed.version);
    const remote = await followReadme(source, installed.version);
    // what was pushed: main as init and import left it, and the audit branch made from it
    imported = await gitIn(remote)('rev-parse', 'main');
    assert.is(await gitIn(remote)('rev-parse', 'skillops-audit'), imported);
    assert.is(await git('rev-parse', 'HEAD'), imported);
    actionRef = (
      parse(await readFile(path.join(repo, '.github/workflows/skillops-plan.yml'), 'utf8')) as { jobs: { plan: { steps: Array<{ uses?: string }> } } }
    ).jobs.plan.steps.find((s) => s.uses?.includes('skillops'))!.uses!;
    // the runner downloads the action's repository at the ref of `uses:`: a clone of the tag
    actionDir = path.join(tmp.dir, 'runner-actions', 'skillops');
    await exec('git', ['clone', '-q', '--depth', '1', '--branch', `v${installed.version}`, `file://${source}`, actionDir]);
    aisha = sim.tenant.toFixture().agents.find((a) => a.userName === 'aisha.khan@acme-contact.example')!.agentId;
    await sim.close();
  } catch (error) {
    setupError = error;
  }
});
test.before.each(async () => {
  if (setupError) throw setupError;
  // the repository as imported, on main, nothing else; CXone as it was imported from; a GitHub
  // that knows main and (README step 4) the audit branch created once from it
  await git('checkout', '-q', '-f', 'main');
  await git('reset', '-q', '--hard', imported);
  await git('clean', '-fdxq');
  for (const branch of (await git('branch', '--format=%(refname:short)')).split('\n')) if (branch && branch !== 'main') await git('branch', '-q', '-D', branch);
  sim = await startSim();
  gh = await startGitHubServer({ owner: 'acme-contact', repo: 'skills-config', token: TOKEN, headSha: imported });
  gh.state.refs.set('heads/skillops-audit', imported);
});
test.after.each(async () => {
  await sim?.close();
  await gh?.close();
});
test.after(async () => {
  await tmp?.cleanup();
});

// the secrets the README's `gh secret set` steps stored (the values a person typed)
const secrets = () => recorded.secrets;
const environments = () => recorded.environments;

function context(over: Partial<WorkflowContext> & Pick<WorkflowContext, 'eventName' | 'event' | 'ref' | 'sha'>): WorkflowContext {
  // the machine: PATH with Node, HOME for npm; where CXone is (in production: discovery from tenantId)
  const machine: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    NO_COLOR: '1',
    CXONE_AUTH_URL: sim.env.CXONE_AUTH_URL!,
    CXONE_API_BASE: sim.env.CXONE_API_BASE!,
    // the check cache's key stays in the test run's own folder
    ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
  };
  return {
    workspace: repo,
    repository: REPOSITORY,
    secrets: secrets(),
    environments: environments(),
    env: machine,
    runnerTemp,
    actions: { [actionRef]: actionDir },
    token: TOKEN,
    apiUrl: gh.url,
    ...over,
  };
}
const workflow = (name: string) => path.join(repo, '.github/workflows', name);
/** Each job starts from a fresh checkout: nothing left over from an earlier run (plan.json, logs, audit/). */
const freshCheckout = () => git('clean', '-fdxq');
const step = (job: JobResult, name: string): StepResult => {
  const found = job.steps.find((s) => s.name === name);
  assert.ok(found, `step "${name}" in ${job.steps.map((s) => s.name).join(', ')}`);
  return found!;
};
const show = (job: JobResult) => job.steps.map((s) => `${s.name}: ${s.conclusion}\n${s.output}`).join('\n');

/** A pull request's merge commit (refs/pull/N/merge): the base merged with the branch. */
async function pullRequestMerge(branch: string, change: () => Promise<void>): Promise<{ head: string; merge: string }> {
  await git('checkout', '-q', '-b', branch, 'main');
  await change();
  await git('add', '-A');
  await git('commit', '-q', '-m', `change on ${branch}`);
  const head = await git('rev-parse', 'HEAD');
  await git('checkout', '-q', '--detach', 'main');
  await git('merge', '-q', '--no-ff', '-m', `Merge ${head} into main`, branch);
  return { head, merge: await git('rev-parse', 'HEAD') };
}
const prEvent = (number: number, head: string, headRepo = REPOSITORY) => ({
  number,
  pull_request: { number, head: { sha: head, repo: { full_name: headRepo } }, base: { ref: 'main', repo: { full_name: REPOSITORY } } },
});

/** Pull request #7 raises Aisha on billing from 3 to 5; the plan workflow runs on its merge commit. */
async function planAishaPullRequest(): Promise<{ pr: { head: string; merge: string }; job: JobResult }> {
  const pr = await pullRequestMerge('raise-aisha', async () => {
    const file = path.join(repo, 'skills/billing-support.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(
        '  - agent: aisha.khan@acme-contact.example # Aisha Khan\n    proficiency: 3\n',
        '  - agent: aisha.khan@acme-contact.example # Aisha Khan\n    proficiency: 5\n',
      ),
    );
  });
  await freshCheckout();
  const [job] = await runWorkflow(
    workflow('skillops-plan.yml'),
    context({ eventName: 'pull_request', event: prEvent(7, pr.head), ref: 'refs/pull/7/merge', sha: pr.merge }),
  );
  return { pr, job: job! };
}

/** What actions/upload-artifact stores for the plan run of a pull request's head: the plan reviewers saw. */
async function uploadPlanArtifact(head: string) {
  const zip = zipSync({ 'plan.json': new Uint8Array(await readFile(path.join(repo, 'plan.json'))) });
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
  gh.state.artifacts.set(700, [{ id: 7001, name: 'skillops-plan', digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`, zip }]);
}

test('plan workflow on a pull request that changes a queue: validate, plan with the read-only key, comment', async () => {
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 3);
  const { job } = await planAishaPullRequest();
  assert.is(job!.conclusion, 'success', show(job!));
  assert.equal(step(job!, 'What changed').outputs, { changed: 'true', plan: 'true' });
  assert.is(step(job!, 'Validate').kind, 'action');
  const plan = step(job!, 'Plan (read-only CXone key)');
  assert.equal(plan.outputs, { 'exit-code': '0', summary: '0 to add, 1 to update, 0 to remove (1 queue)', changes: 'true' });
  // the JavaScript action ran the bundle it ships, on Node, with nothing installed
  assert.match(plan.output, /^skillops \d+\.\d+\.\d+, Node\.js v\d+/);
  assert.not.ok(existsSync(path.join(actionDir, 'node_modules')), 'the action has no node_modules');
  assert.ok(existsSync(path.join(repo, 'plan.json')), 'the plan the artifact step uploads');
  assert.match(await readFile(path.join(repo, 'skillops-output.txt'), 'utf8'), /aisha\.khan/);
  assert.is(step(job!, 'Comment the plan').conclusion, 'success');
  assert.is(step(job!, 'Comment the failure').kind, 'skipped');
  const checkout = job!.steps.find((st) => st.name.startsWith('actions/checkout@'));
  assert.is(checkout?.kind, 'external');

  const comments = gh.state.comments.filter((c) => c.issue === 7);
  assert.is(comments.length, 1);
  assert.match(comments[0]!.body, /aisha\.khan@acme-contact\.example/);
  assert.match(job!.summary, /aisha\.khan/);
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 3, 'a plan changes nothing');
  assert.equal(gh.unexpected, []);
});

test('plan workflow on a pull request that changes no skills: the check reports success in one step', async () => {
  const pr = await pullRequestMerge('docs', async () => writeFile(path.join(repo, 'README.md'), '# Our skills\n'));
  const before = gh.requests.length;
  await freshCheckout();
  const [job] = await runWorkflow(
    workflow('skillops-plan.yml'),
    context({ eventName: 'pull_request', event: prEvent(8, pr.head), ref: 'refs/pull/8/merge', sha: pr.merge }),
  );
  assert.is(job!.conclusion, 'success', show(job!));
  assert.equal(step(job!, 'What changed').outputs, { changed: 'false', plan: 'false' });
  assert.equal(
    job!.steps.filter((s) => s.kind === 'run' || s.kind === 'action').map((s) => s.name),
    ['What changed'],
  );
  assert.match(job!.summary, 'no skills changes');
  assert.is(gh.requests.length, before, 'no GitHub call');
});

test('plan workflow on a pull request that only commits a check cache: a change, validated and planned', async () => {
  const pr = await pullRequestMerge('commit-cache', async () => {
    await mkdir(path.join(repo, '.skillops-cache'), { recursive: true });
    await writeFile(path.join(repo, '.skillops-cache', 'queue-files.jsonl'), '{"format":"skillops-check-cache/3","code":"x"}\n');
    await git('add', '-f', '.skillops-cache/queue-files.jsonl');
  });
  await freshCheckout();
  const [job] = await runWorkflow(
    workflow('skillops-plan.yml'),
    context({ eventName: 'pull_request', event: prEvent(11, pr.head), ref: 'refs/pull/11/merge', sha: pr.merge }),
  );
  assert.equal(step(job!, 'What changed').outputs, { changed: 'true', plan: 'true' }, show(job!));
  assert.not.match(job!.summary, 'no skills changes');
  assert.is(step(job!, 'Validate').kind, 'action');
  // and the apply workflow runs on a merge that touches it
  const apply = parse(await readFile(workflow('skillops-apply.yml'), 'utf8')) as { on: { push: { paths: string[] } } };
  assert.ok(apply.on.push.paths.includes('.skillops-cache/**'), apply.on.push.paths.join(', '));
});

test('plan workflow on a fork pull request (no secrets): validated only, no plan, no comment', async () => {
  const pr = await pullRequestMerge('fork-change', async () => {
    const file = path.join(repo, 'skills/billing-support.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('proficiency: 3', 'proficiency: 2'));
  });
  await freshCheckout();
  const [job] = await runWorkflow(
    workflow('skillops-plan.yml'),
    context({ eventName: 'pull_request', event: prEvent(9, pr.head, 'someone/skills-config'), ref: 'refs/pull/9/merge', sha: pr.merge, secrets: {} }),
  );
  assert.is(job!.conclusion, 'success', show(job!));
  assert.is(step(job!, 'Validate').conclusion, 'success');
  assert.is(step(job!, 'Plan (read-only CXone key)').kind, 'skipped');
  assert.is(step(job!, 'Comment the plan').kind, 'skipped');
  assert.match(job!.summary, 'validated only');
  assert.is(gh.state.comments.filter((c) => c.issue === 9).length, 0);
});

test('plan workflow when validation fails: the job fails and the comment shows what failed', async () => {
  const pr = await pullRequestMerge('typo', async () => {
    const file = path.join(repo, 'skills/billing-support.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('mode: authoritative', 'mode: authoritativ'));
  });
  await freshCheckout();
  const [job] = await runWorkflow(
    workflow('skillops-plan.yml'),
    context({ eventName: 'pull_request', event: prEvent(10, pr.head), ref: 'refs/pull/10/merge', sha: pr.merge }),
  );
  assert.is(job!.conclusion, 'failure');
  assert.is(step(job!, 'Validate').outputs['exit-code'], '1');
  assert.is(step(job!, 'Plan (read-only CXone key)').kind, 'skipped');
  assert.equal(step(job!, 'What failed').outputs, { args: '--failure skillops-output.txt --stage validate/plan' });
  assert.is(step(job!, 'Comment the failure').conclusion, 'success', show(job!));
  const comments = gh.state.comments.filter((c) => c.issue === 10);
  assert.is(comments.length, 1);
  assert.match(comments[0]!.body, /billing-support\.yaml/);
  assert.match(comments[0]!.body, /authoritativ/);
});

test('apply workflow on the merge to main: applies with the environment key, verifies, commits the audit record', async () => {
  // #7 was planned, reviewed and approved; its plan run left the plan as an artifact
  const { pr, job: planned } = await planAishaPullRequest();
  assert.is(planned.conclusion, 'success', show(planned));
  await uploadPlanArtifact(pr.head);
  const reviewedHead = pr.head;
  await freshCheckout();
  await git('checkout', '-q', 'main');
  await git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme-contact/raise-aisha', 'raise-aisha');
  const sha = await git('rev-parse', 'HEAD');
  gh.state.commits.set(sha, { tree: 'tree-merge', parents: [gh.state.refs.get('heads/main')!], message: 'merge #7' });
  gh.state.refs.set('heads/main', sha);
  gh.state.pullsByCommit.set(sha, {
    number: 7,
    title: 'Raise Aisha on billing',
    user: 'wfm-analyst',
    merged_at: '2026-11-25T09:00:00Z',
    merge_commit_sha: sha,
    base: 'main',
    head_sha: reviewedHead,
    head_repo: REPOSITORY,
  });
  gh.state.reviews.set(7, [{ user: 'billing-lead', state: 'APPROVED', submitted_at: '2026-11-25T08:55:00Z' }]);

  // from any other branch the job does not even start (and the environment would refuse it)
  const elsewhere = (
    await runWorkflow(workflow('skillops-apply.yml'), context({ eventName: 'push', event: { ref: 'refs/heads/feature' }, ref: 'refs/heads/feature', sha }))
  ).find((j) => j.job === 'apply');
  assert.is(elsewhere!.conclusion, 'skipped');
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 3);

  await freshCheckout();
  const jobs = await runWorkflow(
    workflow('skillops-apply.yml'),
    context({ eventName: 'push', event: { ref: 'refs/heads/main', after: sha }, ref: 'refs/heads/main', sha }),
  );
  assert.equal(
    jobs.map((j) => `${j.job} ${j.conclusion}`),
    ['plan skipped', 'apply success'],
    'the manual-run plan job does not run on push',
  );
  const job = jobs.find((j) => j.job === 'apply');
  assert.is(job!.conclusion, 'success', show(job!));
  // the plan reviewed on #7 was fetched from its plan run, and applied because a fresh plan equals it
  assert.equal(step(job!, 'Find the reviewed plan').outputs, { 'exit-code': '0', pr: '7', 'run-id': '700' });
  const apply = step(job!, 'Apply the reviewed plan (read-write CXone key, environment secret)');
  assert.is(apply.outputs['exit-code'], '0');
  assert.is(step(job!, 'Apply what dates made due (read-write CXone key, environment secret)').kind, 'skipped');
  assert.equal(
    job!.steps.filter((st) => st.kind === 'action').map((st) => st.name),
    ['Validate', 'Find the reviewed plan', 'Apply the reviewed plan (read-write CXone key, environment secret)'],
  );
  assert.match(apply.output, 'Verified: live CXone now matches skills/');
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 5, 'applied to CXone');

  assert.is(gh.committedFiles('main').length, 0, 'nothing pushed to the protected default branch');
  // the journal's started line before the first CXone write, then the record beside it
  const [journal, ...committed] = gh.committedFiles('skillops-audit');
  assert.match(journal!.path, /^audit\/\d{4}\/\d{2}\/.+\.journal\.jsonl$/);
  assert.is(committed.length, 1, JSON.stringify(committed.map((c) => c.path)));
  assert.match(committed[0]!.path, /^audit\/\d{4}\/\d{2}\/.+\.json$/);
  assert.match(committed[0]!.message, /\[skip ci\]/);
  assert.match(journal!.message, /\[skip ci\]/);
  const record = JSON.parse(committed[0]!.content) as { outcome: string; who: { pullRequest?: { number: number }; commit?: string } };
  assert.is(record.who.pullRequest?.number, 7);
  assert.is(record.who.commit, sha);
  const local = await readdir(path.join(repo, 'audit'), { recursive: true });
  assert.ok(
    local.some((f) => String(f).endsWith('.json')),
    'the record is also on disk for the artifact',
  );
  assert.equal(gh.unexpected, []);
});

test('drift workflow: nothing to report, then a change made by hand in CXone opens one issue and one pull request', async () => {
  const sha = await git('rev-parse', 'HEAD');
  const ctx = context({ eventName: 'schedule', event: { schedule: '40 6 * * *' }, ref: 'refs/heads/main', sha });
  await freshCheckout();
  const [clean] = await runWorkflow(workflow('skillops-drift.yml'), ctx);
  assert.is(clean!.conclusion, 'success', show(clean!));
  assert.equal(step(clean!, 'Drift check (read-only CXone key)').outputs, { 'exit-code': '0', summary: 'no changes', changes: 'false' });
  assert.is(gh.state.issues.length, 0);

  sim.tenant.set(BILLING, aisha, 9, true);
  const [drifted] = await runWorkflow(workflow('skillops-drift.yml'), ctx);
  assert.is(drifted!.conclusion, 'success', `exit 2 (drift reported) is not a failed job\n${show(drifted!)}`);
  assert.is(step(drifted!, 'Drift check (read-only CXone key)').outputs['exit-code'], '2');
  assert.is(gh.state.issues.length, 1);
  assert.is(gh.state.issues[0]!.state, 'open');
  assert.match(gh.state.issues[0]!.body, /aisha\.khan/);
  // and one pull request that accepts the hand change, on its own branch, linked from the issue
  assert.is(gh.state.pulls.length, 1);
  assert.is(gh.state.pulls[0]!.head, 'skillops/drift');
  assert.ok(gh.state.refs.has('heads/skillops/drift'));
  assert.match(gh.state.issues[0]!.body, `merge #${gh.state.pulls[0]!.number}`);
  assert.equal(gh.unexpected, []);
});

test('apply workflow, daily: the hand change is drift, reported and left in place; nothing due is applied', async () => {
  // someone set aisha to 9 by hand (skills/ says 3), and the drift check already opened its issue
  sim.tenant.set(BILLING, aisha, 9, true);
  gh.state.issues.push({
    number: 100,
    title: 'skillops: live CXone drifted from skills/',
    body: '<!-- skillops-drift -->\nan earlier drift report',
    labels: ['skillops-drift'],
    state: 'open',
  });
  const sha = await git('rev-parse', 'HEAD');
  await freshCheckout();
  const jobs = await runWorkflow(
    workflow('skillops-apply.yml'),
    context({ eventName: 'schedule', event: { schedule: '10 5 * * *' }, ref: 'refs/heads/main', sha }),
  );
  const job = jobs.find((j) => j.job === 'apply')!;
  assert.is(job.conclusion, 'success', show(job));
  const run = step(job, 'Apply what dates made due (read-write CXone key, environment secret)');
  assert.is(run.outputs['exit-code'], '0');
  assert.match(run.output, 'Scheduled run: 0 changes made due by from/until dates; 1 other difference (drift).');
  assert.match(job.summary, 'left in place');
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 9, 'the hand change stays for a human to review');
  assert.equal(
    gh.state.issues.filter((i) => i.state === 'open').map((i) => i.number),
    [100],
    'the one drift issue, updated',
  );
  assert.match(gh.state.issues[0]!.body, /aisha\.khan/);
  assert.is(gh.state.refs.has('heads/skillops-lock/apply'), false, 'lock released');
  assert.equal(gh.unexpected, []);
});

test('apply workflow, run by hand with force and a reason: the plan job shows the plan, the apply job applies it and records who and why', async () => {
  // someone set aisha to 9 by hand; skills/ says 3
  sim.tenant.set(BILLING, aisha, 9, true);
  const sha = await git('rev-parse', 'HEAD');
  const before = gh.committedFiles('skillops-audit').length;
  await freshCheckout();
  const reason = 'INC-4211: restore "billing" after the storm; $(not run)';
  const jobs = await runWorkflow(
    workflow('skillops-apply.yml'),
    context({ eventName: 'workflow_dispatch', event: { ref: 'refs/heads/main', inputs: { force: true, reason } }, ref: 'refs/heads/main', sha }),
  );
  assert.equal(
    jobs.map((j) => `${j.job} ${j.conclusion}`),
    ['plan success', 'apply success'],
    jobs.map(show).join('\n'),
  );
  const [plan, apply] = jobs as [JobResult, JobResult];
  assert.is(step(plan, 'Plan (read-only CXone key)').kind, 'skipped');
  assert.is(step(plan, 'Plan past safety thresholds (read-only CXone key)').outputs['exit-code'], '0');
  assert.match(plan.summary, /aisha\.khan/);
  assert.is(step(apply, 'Forced apply of the plan shown in the plan job (read-write CXone key, environment secret)').outputs['exit-code'], '0');
  assert.is(step(apply, 'Apply the plan shown in the plan job (read-write CXone key, environment secret)').kind, 'skipped');
  assert.is(sim.tenant.get(BILLING, aisha)?.proficiency, 3, 'skills/ applied again');
  // the journal's started line before the first write, then the record
  const committed = gh.committedFiles('skillops-audit');
  assert.is(committed.length, before + 2);
  assert.match(committed.at(-2)!.path, /\.journal\.jsonl$/);
  const record = JSON.parse(committed.at(-1)!.content) as { forced?: { by: string; reason: string }; plan: { source: string } };
  assert.equal(record.forced, { by: 'octo-merger', reason });
  assert.is(record.plan.source, 'saved');
  assert.equal(gh.unexpected, []);
});

test("cancellation: the runner signals the action's own process, which is skillops, and it ends with 130", async () => {
  const output = path.join(runnerTemp, 'cancel-output');
  await writeFile(output, '');
  sim.setFaults({ latencyMs: 3000 });
  try {
    // the runner starts `node <action>/<runs.main>` with the inputs and signals that process
    const action = parse(await readFile(path.join(actionDir, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    assert.is(action.runs.using, 'node24');
    const child = spawn(process.execPath, [path.join(actionDir, action.runs.main)], {
      cwd: repo,
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
        ...sim.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: output,
        INPUT_COMMAND: 'plan',
        INPUT_ARGS: '',
        'INPUT_OK-EXIT-CODES': '0',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // once skillops is reading CXone (every answer takes 3 s), the runner sends SIGINT: a plan
    // has nothing to wind down, so that one signal ends it with 130
    await waitFor('skillops to ask CXone', () => sim.stats.requests > 0, { unless: exited });
    child.kill('SIGINT');
    assert.is(await exited, 130);
    assert.is(await readFile(output, 'utf8'), 'exit-code=130\n', 'the step output says how it ended');
  } finally {
    sim.setFaults({ latencyMs: 0 });
  }
});

test("the README's GitHub steps: the repository, its secrets, the environment, Actions pull requests, rulesets", () => {
  assert.equal(recorded.repos, [REPOSITORY]);
  assert.equal(Object.keys(recorded.secrets).sort(), ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET', 'CXONE_READ_ACCESS_KEY_ID', 'CXONE_READ_ACCESS_KEY_SECRET']);
  assert.equal(Object.keys(recorded.environments), ['cxone-production']);
  assert.equal(Object.keys(recorded.environments['cxone-production']!).sort(), ['CXONE_WRITE_ACCESS_KEY_ID', 'CXONE_WRITE_ACCESS_KEY_SECRET']);
  const call = (method: string, suffix: string) => recorded.api.find((c) => c.method === method && c.path === `repos/${REPOSITORY}/${suffix}`);
  assert.equal(call('PUT', 'environments/cxone-production')?.fields, {
    'deployment_branch_policy[protected_branches]': false,
    'deployment_branch_policy[custom_branch_policies]': true,
  });
  assert.equal(call('POST', 'environments/cxone-production/deployment-branch-policies')?.fields, { name: 'main', type: 'branch' });
  assert.equal(call('PUT', 'actions/permissions/workflow')?.fields, { default_workflow_permissions: 'read', can_approve_pull_request_reviews: true });
  const rulesets = recorded.api.filter((c) => c.method === 'POST' && c.path === `repos/${REPOSITORY}/rulesets`).map((c) => c.body!);
  assert.equal(
    rulesets.map((r) => (r.conditions as { ref_name: { include: string[] } }).ref_name.include),
    [['refs/heads/main'], ['refs/heads/skillops-audit']],
  );
  assert.match(JSON.stringify(rulesets[0]), '"required_status_checks":[{"context":"skillops plan"}]');
  assert.match(JSON.stringify(rulesets[0]), '"require_code_owner_review":true');
  assert.equal(
    (rulesets[1]!.rules as Array<{ type: string }>).map((r) => r.type),
    ['deletion', 'non_fast_forward'],
  );
});

test.run();
