import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { REFERENCE_ACTION, renderTemplates, WORKFLOWS } from '../../src/use-cases/init/templates.js';

const test = suite('github: workflow files, action.yml and the init templates');
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, '.github/workflows');
const run = promisify(execFile);
const validator = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
const runValidator = (file: string) =>
  run(process.execPath, [validator, file]).then(
    () => ({ code: 0, out: '' }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );

/**
 * action-validator 0.6.0 (the newest) embeds an action schema from before `runs.using: node24`
 * (GitHub's current runtime for JavaScript actions), so an action file is checked with node20 in
 * its place, everything else as written; the test below holds `using` to node24 itself.
 */
async function validate(file: string) {
  if (path.basename(file) !== 'action.yml') return runValidator(file);
  const text = await readFile(file, 'utf8');
  const copy = path.join(await mkdtemp(path.join(tmpdir(), 'skillops-action-')), 'action.yml');
  await writeFile(copy, text.replace(/^( {2}using: )node24$/m, '$1node20'));
  return runValidator(copy);
}

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = { if?: string; environment?: string; permissions?: Record<string, string>; needs?: string[]; steps: Step[] };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
};
const load = async (name: string) => parse(await readFile(path.join(DIR, name), 'utf8')) as Workflow;

/** What `skillops init` writes, in a fresh folder. */
async function generated(): Promise<{ dir: string; files: Map<string, string> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'skillops-init-'));
  const files = await renderTemplates({ action: 'acme/skillops@v9.8.7', branch: 'trunk', settingsSchema: 'https://example.invalid/settings.schema.json' });
  for (const [rel, text] of files) {
    if (!rel.endsWith('.yml')) continue;
    await writeFile(path.join(dir, path.basename(rel)), text);
  }
  return { dir, files };
}

test('every workflow, the generated ones and action.yml pass action-validator', async () => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.yml'));
  assert.equal(files.sort(), ['ci.yml', 'release.yml', 'skillops-apply.yml', 'skillops-drift.yml', 'skillops-edit.yml', 'skillops-plan.yml']);
  const { dir } = await generated();
  const all = [...files.map((f) => path.join(DIR, f)), ...WORKFLOWS.map((f) => path.join(dir, f)), path.join(ROOT, 'action.yml')];
  for (const file of all) {
    const result = await validate(file);
    assert.is(result.code, 0, `${file} is valid: ${result.out}`);
  }
});

test('the validator really rejects a broken workflow and a broken action', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'skillops-wf-'));
  await writeFile(path.join(dir, 'bad.yml'), 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n');
  assert.is.not((await validate(path.join(dir, 'bad.yml'))).code, 0);
  // a JavaScript action without its `main:` is not an action
  const action = (await readFile(path.join(ROOT, 'action.yml'), 'utf8')).replace('  main: bundle/action.js\n', '');
  await writeFile(path.join(dir, 'action.yml'), action);
  assert.is.not((await validate(path.join(dir, 'action.yml'))).code, 0);
});

test('action.yml is a JavaScript action on node24 whose main is the committed bundle', async () => {
  const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string; steps?: unknown } };
  assert.equal(action.runs, { using: 'node24', main: 'bundle/action.js' });
  await readFile(path.join(ROOT, action.runs.main));
});

test("this repository's skillops workflows are exactly what init --action ./ generates (the reference config)", async () => {
  const files = await renderTemplates({ action: REFERENCE_ACTION, branch: 'main', settingsSchema: 'unused' });
  for (const workflow of WORKFLOWS) {
    const rel = `.github/workflows/${workflow}`;
    assert.fixture(await readFile(path.join(ROOT, rel), 'utf8'), files.get(rel)!, `${rel} drifted from templates/: run npm run sync:workflows`);
  }
});

const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
const secretsOf = (wf: Workflow) =>
  new Set(
    steps(wf)
      .flatMap((s) => Object.values(s.env ?? {}))
      .flatMap((v) => [...String(v).matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!)),
  );

for (const source of ['this repository', 'init'] as const) {
  test(`least privilege (${source}): read-only key for plan and drift, write key only in the default-branch environment`, async () => {
    const wf = async (name: string) => {
      if (source === 'this repository') return load(name);
      const { files } = await generated();
      return parse(files.get(`.github/workflows/${name}`)!) as Workflow;
    };
    const branch = source === 'init' ? 'trunk' : 'main';
    const plan = await wf('skillops-plan.yml');
    const apply = await wf('skillops-apply.yml');
    const drift = await wf('skillops-drift.yml');
    // read-only at workflow level; each job gets what it needs, as the README lists (actions: read
    // for a merge group's check, which reads its pull requests' plan runs and artifacts)
    assert.equal(plan.permissions, { contents: 'read' });
    assert.equal(plan.jobs.plan!.permissions, { contents: 'read', 'pull-requests': 'write', actions: 'read' });
    // apply: read-only by default; the apply job gets what the lock, the audit branch, the refusal
    // comment, the reviewed plan's run and artifact, and the drift issue need
    assert.equal(apply.permissions, { contents: 'read' });
    assert.equal(apply.jobs.apply!.permissions, { contents: 'write', 'pull-requests': 'write', actions: 'read', issues: 'write' });
    assert.equal(apply.jobs.plan!.permissions, { contents: 'read' });
    assert.equal(drift.permissions, { contents: 'read' });
    assert.equal(drift.jobs.drift!.permissions, { contents: 'write', 'pull-requests': 'write', issues: 'write' });
    assert.match(JSON.stringify(drift.jobs.drift!.steps), '--issue --pull-request');
    assert.is(apply.concurrency?.['cancel-in-progress'], false);

    // plan runs on EVERY pull request (a required check always reports), never from pull_request_target
    // and on a merge queue's groups, so the required check reports on the group's commit too
    assert.equal(Object.keys(plan.on), ['pull_request', 'merge_group']);
    assert.is(plan.on.pull_request, null, 'no paths or branches filter on pull_request');
    assert.equal(plan.on.merge_group, { types: ['checks_requested'] }, 'no paths or branches filter on merge_group');
    // apply: pushes to the default branch, the schedule, and a manual run (force + reason) that
    // still needs the default branch and the environment's reviewers; never another branch
    assert.equal(Object.keys(apply.on).sort(), ['push', 'schedule', 'workflow_dispatch']);
    assert.equal(Object.keys((apply.on.workflow_dispatch as { inputs: Record<string, unknown> }).inputs).sort(), ['force', 'reason']);
    assert.equal((apply.on.push as { branches: string[] }).branches, [branch]);
    assert.is(apply.jobs.apply!.environment, 'cxone-production');
    assert.is(apply.jobs.apply!.if, `\${{ !cancelled() && github.ref == 'refs/heads/${branch}' && needs.plan.result != 'failure' }}`);
    assert.is(apply.jobs.plan!.if, `github.event_name == 'workflow_dispatch' && github.ref == 'refs/heads/${branch}'`);
    assert.is(apply.jobs.plan!.environment, undefined);
    // the free-text reason reaches skillops through env only, never through args or a script
    for (const st of steps(apply)) assert.not.match(JSON.stringify({ args: st.with?.args, run: st.run }), 'inputs.reason');
    assert.is(drift.jobs.drift!.if, `github.ref == 'refs/heads/${branch}'`);

    const read = ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET', 'CXONE_READ_ACCESS_KEY_ID', 'CXONE_READ_ACCESS_KEY_SECRET'];
    assert.equal([...secretsOf(plan)].sort(), read.sort());
    assert.equal([...secretsOf(drift)].sort(), read.sort());
    const jobSecrets = (job: Job) =>
      new Set(job.steps.flatMap((st) => Object.values(st.env ?? {})).flatMap((v) => [...String(v).matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!)));
    assert.equal(
      [...jobSecrets(apply.jobs.apply!)].sort(),
      ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET', 'CXONE_WRITE_ACCESS_KEY_ID', 'CXONE_WRITE_ACCESS_KEY_SECRET', 'SKILLOPS_WEBHOOK_SECRET'].sort(),
    );
    assert.equal([...jobSecrets(apply.jobs.plan!)].sort(), read.sort(), 'the manual run plans with the read-only key, outside the environment');
    for (const wf of [plan, drift]) for (const job of Object.values(wf.jobs)) assert.is(job.environment, undefined);

    const action = source === 'init' ? 'acme/skillops@v9.8.7' : REFERENCE_ACTION;
    for (const wf of [plan, apply, drift]) {
      for (const step of steps(wf)) {
        // skillops runs only as the released action at an exact version, never the branch's code
        if (step.run) assert.not.match(step.run, /npm (ci|install|run)|node |npx|dist\//, `run: steps do not build or run code: ${step.run}`);
        if (step.uses?.includes('skillops') || step.uses === './') assert.is(step.uses, action);
        else if (step.uses) assert.match(step.uses, /^actions\/[\w-]+@[0-9a-f]{40}$/, `${step.uses} is pinned to a commit`);
        if (step.uses?.startsWith('actions/checkout')) assert.is(step.with?.['persist-credentials'], false);
        for (const [key, value] of Object.entries(step.env ?? {})) {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
          if (key === 'GITHUB_TOKEN') assert.is(value, '${{ github.token }}');
        }
      }
    }
  });
}

test("skillops' own CI: read-only, on Node 20, 22 and 24; the release publishes only its tag's version", async () => {
  const ci = await load('ci.yml');
  assert.equal(ci.permissions, { contents: 'read' });
  const matrix = (ci.jobs.ci as unknown as { strategy: { matrix: { node: number[] } } }).strategy.matrix.node;
  assert.equal(matrix, [20, 22, 24]);
  const release = await load('release.yml');
  assert.equal(release.permissions, { contents: 'read' });
  assert.equal(release.jobs.publish!.permissions, { contents: 'write', 'id-token': 'write' });
  assert.equal(Object.keys(release.on), ['push']);
  assert.ok(steps(release).some((s) => s.run?.includes('require("./package.json").version') && s.run.includes('$TAG')));
  // the setting init writes into workflows names the repository that releases
  assert.ok(steps(release).some((s) => s.run?.includes('config.actionRepository') && s.run.includes('$REPOSITORY')));
  // npm with provenance only when the environment holds a token; the tarball on the GitHub release always
  const publish = steps(release).find((s) => s.run?.includes('npm publish'))!;
  assert.match(publish.run!, '--provenance');
  assert.is(publish.if, "env.HAS_NPM_TOKEN == 'true'");
  assert.ok(steps(release).some((s) => /gh release create "\$TAG" \.\/skillops-\*\.tgz/.test(s.run ?? '')));
  assert.ok(
    steps(release).some((s) => s.run === 'bash .ci/run'),
    'CI, with the bundle check, before anything is published',
  );
});

/** The owners of `file` under GitHub's rules: the last matching pattern wins. */
function ownersOf(codeowners: string, file: string): string[] {
  let owners: string[] = [];
  for (const line of codeowners.split('\n')) {
    const [pattern, ...who] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!pattern) continue;
    const anchored = pattern.startsWith('/');
    const body = pattern.replace(/^\//, '');
    const source = body
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*');
    const re = new RegExp(`${anchored ? '^' : '(^|/)'}${source}${body.endsWith('/') ? '' : '(/|$)'}`);
    if (pattern === '*' || re.test(file)) owners = who;
  }
  return owners;
}

test('CODEOWNERS: platform engineering owns everything that executes, here and in the template', async () => {
  const own = await readFile(path.join(ROOT, '.github/CODEOWNERS'), 'utf8');
  for (const file of [
    'src/cli/main.ts',
    'package.json',
    'package-lock.json',
    'schemas/queue.schema.json',
    'scripts/run-tests.mjs',
    '.github/workflows/skillops-apply.yml',
    '.github/CODEOWNERS',
    'action.yml',
    'templates/workflows/skillops-plan.yml',
    '.ci/run',
    'tsconfig.json',
    'skillops.yaml',
    'some-new-file.ts',
  ]) {
    assert.equal(ownersOf(own, file), ['@acme-contact/platform-engineering'], file);
  }
  assert.equal(ownersOf(own, 'skills/billing-support.yaml'), ['@acme-contact/billing-leads']);
  assert.equal(ownersOf(own, 'skills/technical-support.yaml'), ['@acme-contact/wfm-analysts']);

  const { files } = await generated();
  const template = files.get('.github/CODEOWNERS')!;
  for (const file of [
    '.github/workflows/skillops-plan.yml',
    '.github/CODEOWNERS',
    'skillops.yaml',
    'package.json',
    'package-lock.json',
    'scripts/x.sh',
    'anything-new',
  ]) {
    assert.equal(ownersOf(template, file), ['@your-org/platform-engineering'], file);
  }
  assert.equal(ownersOf(template, 'skills/billing-support.yaml'), ['@your-org/wfm-analysts']);
});

test.run();
