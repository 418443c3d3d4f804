// `skillops init --tenants`: the tenant folders and the workflows that fan out one job per
// tenant, read as GitHub would. And `init` without --tenants writes exactly what it wrote before.
import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { loadSettings } from '../../src/config/settings.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('init --tenants: tenant folders, matrix workflows, secrets per environment');
const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden/init-single-tenant.txt');
const run = promisify(execFile);
const validator = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
const WORKFLOWS = ['skillops-plan.yml', 'skillops-apply.yml', 'skillops-drift.yml'];
const TENANTS = ['uk', 'de', 'uk-uat'];
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, as the workflows hold it
const T = '${{ matrix.tenant }}';

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = {
  if?: string;
  environment?: string;
  needs?: string[];
  env?: Record<string, string>;
  secrets?: unknown;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  outputs?: Record<string, string>;
  steps: Step[];
};
type Workflow = { on: Record<string, unknown>; env?: unknown; concurrency?: unknown; jobs: Record<string, Job> };

/** Every file `init` wrote under `dir`, as one text: `==> path <==` then the content. */
async function written(dir: string): Promise<string> {
  let text = '';
  for (const f of (await readdir(dir, { recursive: true })).sort()) {
    if ((await stat(path.join(dir, f))).isFile()) text += `==> ${f} <==\n${await readFile(path.join(dir, f), 'utf8')}`;
  }
  return text;
}

async function init(args: string[]) {
  const { dir, cleanup } = await tempDir();
  const io = captureIo({ cwd: dir, env: {} });
  const code = await runCli(['init', '--action', 'acme/skillops@v9.8.7', '--branch', 'trunk', ...args], io);
  return { dir, cleanup, code, out: io.stdout(), err: io.stderr() };
}

test('init without --tenants writes exactly what it wrote before many tenants existed (golden, made with the code before)', async () => {
  const made = await init([]);
  try {
    const actual = `exit ${made.code}\n${await written(made.dir)}`;
    if (process.env.UPDATE_GOLDEN) await writeFile(GOLDEN, actual);
    assert.fixture(actual, await readFile(GOLDEN, 'utf8'));
    assert.not.match(actual, 'tenants/');
    // no job fans out (the word itself appears: the edit workflow takes a skill matrix CSV)
    assert.not.match(actual, /^\s+(strategy|matrix):/m);
  } finally {
    await made.cleanup();
  }
});

test('init --tenants writes a folder per tenant, the matrix workflows and CODEOWNERS; every workflow passes the validator', async () => {
  const made = await init(['--tenants', TENANTS.join(',')]);
  try {
    assert.is(made.code, 0, made.err);
    const files = (await readdir(made.dir, { recursive: true }))
      .filter((f) => !f.startsWith('.github/') || f.endsWith('.yml') || f.endsWith('CODEOWNERS'))
      .sort();
    for (const t of TENANTS) {
      assert.ok(files.includes(`tenants/${t}/skillops.yaml`), `tenants/${t}/skillops.yaml`);
      assert.ok(files.includes(`tenants/${t}/skills/.gitkeep`), `tenants/${t}/skills/`);
      // a tenant folder's audit records go to audit/<tenant>/ at the root, beside the others
      const loaded = await loadSettings(`tenants/${t}/skillops.yaml`, made.dir);
      assert.equal(loaded.problems, []);
      assert.is(path.resolve(loaded.root, loaded.settings.audit.directory), path.join(made.dir, 'audit', t));
      assert.is(loaded.tenant?.name, t);
    }
    assert.not.ok(files.includes('skillops.yaml'), 'no settings at the root: every command works on one tenant folder');
    for (const wf of WORKFLOWS) {
      const file = path.join(made.dir, '.github/workflows', wf);
      const result = await run(process.execPath, [validator, file]).then(
        () => ({ code: 0, out: '' }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
      );
      assert.is(result.code, 0, `${wf} is valid: ${result.out}`);
    }
    const owners = await readFile(path.join(made.dir, '.github/CODEOWNERS'), 'utf8');
    for (const t of TENANTS) assert.match(owners, new RegExp(`^/tenants/${t}/skills/ +@your-org/${t}-wfm-analysts$`, 'm'));
    assert.match(owners, /^\/tenants\/\*\/skillops\.yaml +@your-org\/platform-engineering$/m);
    assert.match(made.out, 'cxone-uk-plan   and   cxone-uk');
    assert.match(made.out, 'skillops -C tenants/uk import');
  } finally {
    await made.cleanup();
  }
});

test('init --tenants refuses names that cannot be folders, branches and environments, and one-tenant options', async () => {
  for (const [args, message] of [
    [['--tenants', 'uk,UK'], '"UK" is not a tenant folder name'],
    [['--tenants', 'uk,../x'], 'is not a tenant folder name'],
    [['--tenants', 'uk,uk'], 'names uk twice'],
    [['--tenants', ','], 'at least one tenant'],
    [['--tenants', 'uk', '--tenant-id', '5e1b0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c55'], '--tenant-id sets one tenant'],
    [['--tenants', 'uk', '--import'], '--import reads one tenant'],
  ] as const) {
    const made = await init([...args]);
    try {
      assert.is(made.code, 1, args.join(' '));
      assert.match(made.err, message);
      assert.equal(await readdir(made.dir), [], 'nothing written');
    } finally {
      await made.cleanup();
    }
  }
});

async function workflows(): Promise<Record<string, { text: string; wf: Workflow }>> {
  const made = await init(['--tenants', TENANTS.join(',')]);
  try {
    const out: Record<string, { text: string; wf: Workflow }> = {};
    for (const name of WORKFLOWS) {
      const text = await readFile(path.join(made.dir, '.github/workflows', name), 'utf8');
      out[name] = { text, wf: parse(text) as Workflow };
    }
    return out;
  } finally {
    await made.cleanup();
  }
}

const secretsIn = (value: unknown): string[] => [...JSON.stringify(value ?? null).matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!);

test("a tenant's job cannot read another tenant's secrets: each job that uses secrets names its tenant's environment, and nothing else uses any", async () => {
  const all = await workflows();
  for (const [name, { text, wf }] of Object.entries(all)) {
    // no secret outside a job's steps: not in the workflow's env, not in a job's env, no inherit
    assert.equal(secretsIn(wf.env), [], `${name}: workflow env`);
    let inSteps = 0;
    for (const [id, job] of Object.entries(wf.jobs)) {
      assert.equal(secretsIn(job.env), [], `${name} ${id}: job env`);
      assert.is(job.secrets, undefined, `${name} ${id}: no secrets: inherit`);
      assert.equal(secretsIn(job.outputs), [], `${name} ${id}: outputs`);
      const used = secretsIn(job.steps);
      inSteps += used.length;
      if (used.length === 0) continue;
      // the job runs once per tenant, the tenant coming only from the first job's list...
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      assert.equal(job.strategy?.matrix, { tenant: '${{ fromJSON(needs.tenants.outputs.tenants) }}' }, `${name} ${id}: a matrix of tenants and nothing else`);
      assert.ok(job.needs?.includes('tenants'), `${name} ${id} needs the tenants job`);
      // ...and names that tenant's environment, so GitHub hands it that environment's secrets only
      assert.match(job.environment ?? '', /^cxone-\$\{\{ matrix\.tenant \}\}(-plan)?$/, `${name} ${id}: environment per tenant`);
      // the same names in every environment, none that could only be a repository-wide secret
      for (const secret of used)
        assert.ok(/^(CXONE_(CLIENT_ID|CLIENT_SECRET|ACCESS_KEY_ID|ACCESS_KEY_SECRET)|SKILLOPS_WEBHOOK_SECRET)$/.test(secret), `${name} ${id}: ${secret}`);
      for (const tenant of TENANTS) {
        const env = job.environment!.replace(T, tenant);
        for (const other of TENANTS.filter((t) => t !== tenant)) {
          assert.not.ok(env === `cxone-${other}` || env === `cxone-${other}-plan`, `${tenant}'s ${id} job in ${name} gets ${other}'s environment`);
        }
      }
    }
    // every `secrets.` in the file was one of those counted above
    assert.is([...text.matchAll(/secrets\.\w+/g)].length, inSteps, `${name}: no secret referenced anywhere else`);
    // the jobs that list tenants or report the result get no environment and no secret
    assert.is(wf.jobs.tenants?.environment, undefined);
    assert.equal(secretsIn(wf.jobs.tenants?.steps), []);
  }
  // the read-write key (environment cxone-<tenant>) only in apply, only from the default branch
  const environments = Object.entries(all).flatMap(([name, { wf }]) => Object.entries(wf.jobs).map(([id, job]) => [`${name} ${id}`, job.environment] as const));
  assert.equal(
    environments.filter(([, env]) => env === `cxone-${T}`).map(([where]) => where),
    ['skillops-apply.yml apply'],
  );
  assert.match(all['skillops-apply.yml']!.wf.jobs.apply!.if!, "github.ref == 'refs/heads/trunk'");
});

test('one job per tenant, side by side: fail-fast off, a concurrency group per tenant, applies never cancelled', async () => {
  const all = await workflows();
  const plan = all['skillops-plan.yml']!.wf;
  const apply = all['skillops-apply.yml']!.wf;
  const drift = all['skillops-drift.yml']!.wf;
  for (const job of [plan.jobs.plan!, plan.jobs.validate!, apply.jobs.plan!, apply.jobs.apply!, drift.jobs.drift!]) {
    assert.is(job.strategy?.['fail-fast'], false);
  }
  assert.equal(apply.jobs.apply!.concurrency, { group: `skillops-apply-${T}`, 'cancel-in-progress': false });
  assert.is(apply.concurrency, undefined, 'no workflow-wide group: tenants do not queue behind each other');
  assert.match(plan.jobs.plan!.concurrency!.group, T);
  assert.match(drift.jobs.drift!.concurrency!.group, T);
  // the matrix comes from skillops tenants, as the action's step outputs
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
  assert.is(plan.jobs.tenants!.outputs!.tenants, '${{ steps.tenants.outputs.tenants }}');
  assert.ok(plan.jobs.tenants!.steps.some((s) => s.with?.command === 'tenants' && s.uses === 'acme/skillops@v9.8.7'));
  assert.match(JSON.stringify(plan.jobs.tenants!.steps), '--changed-since HEAD^1');
  assert.match(JSON.stringify(apply.jobs.tenants!.steps), '--changed-since $BEFORE');
  // each tenant's plan artifact, fetched by that tenant's apply job; each tenant's audit folder uploaded
  assert.match(JSON.stringify(plan.jobs.plan!.steps), `skillops-plan-${T}`);
  assert.match(JSON.stringify(apply.jobs.apply!.steps), `--artifact skillops-plan-${T}`);
  assert.match(JSON.stringify(apply.jobs.apply!.steps), `"path":"audit/${T}/"`);
  // every skillops step works in the tenant's folder
  for (const job of [plan.jobs.plan!, apply.jobs.apply!, drift.jobs.drift!]) {
    for (const step of job.steps.filter((s) => s.uses === 'acme/skillops@v9.8.7')) assert.is(step.with?.['working-directory'], `tenants/${T}`);
  }
  // one check to require, whatever the matrix: it fails when any tenant's job did not succeed
  assert.is(plan.jobs.result!.if, 'always()');
  assert.equal(plan.jobs.result!.needs, ['tenants', 'plan', 'validate']);
});

test('every third-party action is pinned by a full commit SHA with its version beside it', async () => {
  const all = await workflows();
  for (const [name, { text }] of Object.entries(all)) {
    const uses = [...text.matchAll(/uses: (\S+)(.*)$/gm)];
    assert.ok(uses.length > 0);
    for (const [, ref, rest] of uses) {
      if (ref === 'acme/skillops@v9.8.7') continue;
      assert.match(ref!, /^actions\/[\w-]+@[0-9a-f]{40}$/, `${name}: ${ref}`);
      assert.match(rest!, /^ # v\d+\.\d+\.\d+$/, `${name}: ${ref} names its version`);
    }
  }
});

test.run();
