// The edit workflow `skillops init` writes, run the way the runner runs it (its exact `run:`
// scripts and those of action.yml, in bash, with the installed package) against the simulator
// and a loopback fake GitHub: a CSV committed to a branch, or the inputs of assign and move,
// becomes a pull request with the change and its plan.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RunningSim } from '../../src/sim/server.js';
import { type FakeGitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { installedPackage, ROOT } from '../helpers/package.js';
import { gitIn, TEAM } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type JobResult, runWorkflow, type WorkflowContext } from '../helpers/workflow-runner.js';

const test = suite('e2e: the edit workflow opens a pull request from the browser (CSV on a branch, assign, move)');
const exec = promisify(execFile);
const REPOSITORY = 'acme-contact/skills-config';
const TOKEN = 'ghs_fake_workflow_token_0123456789';

let sim: RunningSim;
let gh: FakeGitHubServer;
let tmp: { dir: string; cleanup: () => Promise<void> };
let repo: string;
let runnerTemp: string;
let bin: string;
let actionRef: string;
let imported: string;
let setupError: unknown;
const git = (...args: string[]) => gitIn(repo, TEAM)(...args);
const skillops = (args: string[]) => exec(process.execPath, [bin, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...sim.env } });

test.before(async () => {
  try {
    const installed = await installedPackage();
    bin = installed.bin;
    runnerTemp = installed.runnerTemp;
    tmp = await tempDir();
    repo = path.join(tmp.dir, 'skills-config');
    await mkdir(repo);
    sim = await startSim();
    await git('init', '-q', '-b', 'main');
    await skillops(['init']);
    await skillops(['import']);
    await git('add', '-A');
    await git('commit', '-q', '-m', 'skillops: config repository');
    imported = await git('rev-parse', 'HEAD');
    const text = await readFile(path.join(repo, '.github/workflows/skillops-edit.yml'), 'utf8');
    actionRef = /uses: (\S+\/skillops@\S+)/.exec(text)![1]!;
    await sim.close();
  } catch (error) {
    setupError = error;
  }
});
test.before.each(async () => {
  if (setupError) throw setupError;
  await git('checkout', '-q', '-f', 'main');
  await git('reset', '-q', '--hard', imported);
  await git('clean', '-fdxq');
  sim = await startSim();
  gh = await startGitHubServer({ owner: 'acme-contact', repo: 'skills-config', token: TOKEN, headSha: imported });
});
test.after.each(async () => {
  await sim?.close();
  await gh?.close();
});
test.after(async () => {
  await tmp?.cleanup();
});

function context(over: Pick<WorkflowContext, 'event' | 'ref' | 'sha'>): WorkflowContext {
  return {
    workspace: repo,
    repository: REPOSITORY,
    eventName: 'workflow_dispatch',
    secrets: {
      CXONE_CLIENT_ID: sim.env.CXONE_CLIENT_ID!,
      CXONE_CLIENT_SECRET: sim.env.CXONE_CLIENT_SECRET!,
      CXONE_READ_ACCESS_KEY_ID: sim.env.CXONE_ACCESS_KEY_ID!,
      CXONE_READ_ACCESS_KEY_SECRET: sim.env.CXONE_ACCESS_KEY_SECRET!,
    },
    environments: {},
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      NO_COLOR: '1',
      CXONE_AUTH_URL: sim.env.CXONE_AUTH_URL!,
      CXONE_API_BASE: sim.env.CXONE_API_BASE!,
      SKILLOPS_NOW: '2026-11-25',
      ...(process.env.XDG_STATE_HOME ? { XDG_STATE_HOME: process.env.XDG_STATE_HOME } : {}),
    },
    runnerTemp,
    actions: { [actionRef]: ROOT },
    token: TOKEN,
    apiUrl: gh.url,
    ...over,
  };
}
const run = async (over: Pick<WorkflowContext, 'event' | 'ref' | 'sha'>) =>
  (await runWorkflow(path.join(repo, '.github/workflows/skillops-edit.yml'), context(over)))[0]!;
const show = (job: JobResult) => job.steps.map((s) => `${s.name}: ${s.conclusion}\n${s.output}`).join('\n');
test('a CSV committed to a branch: import --csv on that branch, one pull request into main with the change and its plan', async () => {
  await git('checkout', '-q', '-b', 'december');
  await mkdir(path.join(repo, 'matrices'));
  await skillops(['export', '--out', 'matrices/december.csv']);
  const csv = await readFile(path.join(repo, 'matrices/december.csv'), 'utf8');
  const aisha = csv.split('\r\n').find((l) => l.startsWith('Billing Support,') && l.includes(',aisha.khan@'))!;
  assert.ok(aisha, csv);
  const cells = aisha.split(',');
  const was = cells[4];
  cells[4] = '4';
  await writeFile(path.join(repo, 'matrices/december.csv'), csv.replace(aisha, cells.join(',')));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'December skill matrix');
  const head = await git('rev-parse', 'HEAD');
  // what GitHub knows after the analyst pushed the branch
  gh.state.refs.set('heads/december', head);
  gh.state.commits.set(head, { tree: 'tree-december', parents: [imported], message: 'December skill matrix' });
  const before = await readFile(path.join(repo, 'skills/billing-support.yaml'), 'utf8');

  const job = await run({ event: { inputs: { command: 'import-csv', csv: 'matrices/december.csv', mode: 'merge' } }, ref: 'refs/heads/december', sha: head });
  assert.is(job.conclusion, 'success', show(job));
  assert.is(gh.state.pulls.length, 1, show(job));
  const pr = gh.state.pulls[0]!;
  assert.is(pr.head, 'skillops/edit-4242');
  assert.is(pr.base, 'main');
  assert.match(pr.title, 'skillops import --csv (merge): 1 queue file');
  assert.match(pr.body, `aisha.khan@acme-contact.example  proficiency ${was} → 4`);
  assert.match(pr.body, '### Plan');
  assert.match(pr.body, '0 to add, 1 to change, 0 to remove');
  const files = gh.committedFiles('skillops/edit-4242');
  assert.equal(
    files.map((f) => f.path),
    ['skills/billing-support.yaml'],
  );
  const entry = `  - agent: aisha.khan@acme-contact.example # Aisha Khan\n    proficiency: ${was}\n`;
  assert.ok(before.includes(entry), before);
  assert.is(files[0]!.content, before.replace(entry, '  - agent: aisha.khan@acme-contact.example # Aisha Khan\n    proficiency: 4\n'));
  assert.equal(gh.unexpected, []);
});

test('assign and move from the inputs: the queue named as people name it, a pull request each', async () => {
  const assign = await run({
    event: {
      inputs: {
        command: 'assign',
        queue: 'Billing Support',
        agents: 'diego.lopez@acme-contact.example  emma.wilson@acme-contact.example',
        proficiency: '3',
        date: '2026-12-07',
      },
    },
    ref: 'refs/heads/main',
    sha: imported,
  });
  assert.is(assign.conclusion, 'success', show(assign));
  assert.match(
    show(assign),
    'skillops assign billing-support diego.lopez@acme-contact.example emma.wilson@acme-contact.example --proficiency 3 --from 2026-12-07 --pull-request',
  );
  assert.is(gh.state.pulls.length, 1, show(assign));
  assert.match(gh.state.pulls[0]!.body, '+ diego.lopez@acme-contact.example  proficiency 3, from 2026-12-07');
  assert.match(gh.state.pulls[0]!.body, '2 pending');

  await git('checkout', '-q', '-f', 'main');
  await git('clean', '-fdxq');
  const move = await run({
    event: { inputs: { command: 'move', queue: 'Sales - Spanish', to: 'Web Chat', agents: 'ravi.iyer@acme-contact.example', date: '2026-12-07' } },
    ref: 'refs/heads/main',
    sha: imported,
  });
  assert.is(move.conclusion, 'success', show(move));
  const files = gh.committedFiles(gh.state.pulls[1]!.head).map((f) => f.path);
  assert.equal(files.sort(), ['skills/sales-spanish.yaml', 'skills/web-chat.yaml']);
});

test('inputs that could pass as options or paths outside the repository are refused before skillops runs', async () => {
  for (const inputs of [
    { command: 'assign', queue: 'Billing Support', agents: '--force', proficiency: '3' },
    { command: 'import-csv', csv: '../../etc/passwd.csv', mode: 'merge' },
    { command: 'assign', queue: 'Billing Support', agents: 'a@b.c', proficiency: '3; rm -rf /' },
  ]) {
    const job = await run({ event: { inputs }, ref: 'refs/heads/main', sha: imported });
    assert.is(job.conclusion, 'failure', show(job));
    assert.is(job.steps.find((s) => s.name === 'Arguments')!.conclusion, 'failure', show(job));
  }
  assert.is(gh.state.pulls.length, 0);
});

test.run();
