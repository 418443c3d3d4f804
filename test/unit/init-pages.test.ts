// `skillops init --pages`: the apply workflow also publishes the report to GitHub Pages, with
// exactly the permissions that needs on the one job that deploys, every action pinned by commit;
// without --pages nothing of it is written.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { readActionInputs } from '../../src/cli/action-inputs.js';
import { runCli } from '../../src/cli/program.js';
import { renderTemplates } from '../../src/use-cases/init/templates.js';
import { captureIo } from '../helpers/capture-io.js';

const test = suite('init --pages: the report on GitHub Pages after each apply');
const ROOT = path.resolve(import.meta.dirname, '../..');
const APPLY = '.github/workflows/skillops-apply.yml';
const values = { action: 'acme/skillops@v9.8.7', branch: 'trunk', settingsSchema: 'https://example.invalid/settings.schema.json' };

type Step = { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; 'continue-on-error'?: boolean };
type Job = { if?: string; needs?: string[]; permissions?: Record<string, string>; environment?: unknown; steps: Step[] };

test('without --pages the generated files are exactly as before; with it only the apply workflow gains two jobs', async () => {
  const plain = await renderTemplates(values);
  const pages = await renderTemplates({ ...values, pages: true });
  assert.not.match(plain.get(APPLY)!, /pages|command: report/);
  for (const [file, text] of plain) if (file !== APPLY) assert.is(pages.get(file), text, `${file} is unchanged`);
  assert.ok(pages.get(APPLY)!.startsWith(plain.get(APPLY)!), 'the jobs are appended; nothing before them changes');
  const before = parse(plain.get(APPLY)!) as { jobs: Record<string, Job>; permissions: unknown };
  const after = parse(pages.get(APPLY)!) as { jobs: Record<string, Job>; permissions: unknown };
  assert.equal(Object.keys(after.jobs), [...Object.keys(before.jobs), 'report', 'pages']);
  assert.equal(after.permissions, { contents: 'read' });
});

test('least privilege: the job that runs skillops reads only; the deploying job alone holds pages and id-token, and runs no code of ours', async () => {
  const wf = parse((await renderTemplates({ ...values, pages: true })).get(APPLY)!) as { jobs: Record<string, Job> };
  const report = wf.jobs.report!;
  const pages = wf.jobs.pages!;
  assert.equal(report.permissions, { contents: 'read' });
  assert.equal(pages.permissions, { pages: 'write', 'id-token': 'write' });
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (name !== 'pages')
      assert.not.ok(job.permissions && ('pages' in job.permissions || 'id-token' in job.permissions), `${name} has no pages or id-token grant`);
  }
  assert.equal(report.needs, ['apply']);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
  assert.is(report.if, "${{ !cancelled() && github.ref == 'refs/heads/trunk' && needs.apply.result != 'skipped' }}");
  assert.equal(pages.needs, ['report']);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
  assert.equal(pages.environment, { name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
  assert.equal(
    pages.steps.map((s) => s.uses?.split('@')[0]),
    ['actions/deploy-pages'],
  );
  // no CXone key, no GitHub token and no script in either job
  for (const job of [report, pages]) {
    for (const step of job.steps) {
      assert.is(step.env, undefined);
      assert.is(step.run, undefined);
    }
  }
  const make = report.steps.find((s) => s.uses === 'acme/skillops@v9.8.7')!;
  assert.equal(make.with, { command: 'report', args: '--out site --audit-dir audit-branch/audit' });
  for (const step of report.steps.filter((s) => s.uses?.startsWith('actions/checkout'))) assert.is(step.with?.['persist-credentials'], false);
});

test('every action but skillops is pinned by a 40-character commit with its version in a comment', async () => {
  const text = (await renderTemplates({ ...values, pages: true })).get(APPLY)!;
  const added = text.slice((await renderTemplates(values)).get(APPLY)!.length);
  const uses = [...added.matchAll(/uses: (\S+)(.*)$/gm)].map((m) => ({ ref: m[1]!, comment: m[2]!.trim() }));
  assert.ok(uses.length >= 4);
  for (const u of uses) {
    if (u.ref === 'acme/skillops@v9.8.7') continue;
    assert.match(u.ref, /^actions\/[\w-]+@[0-9a-f]{40}$/, `${u.ref} is pinned by commit`);
    assert.match(u.comment, /^# v\d+\.\d+\.\d+$/, `${u.ref} says its version`);
  }
});

test('the generated workflow with --pages passes action-validator, and `skillops init --pages` writes it', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'skillops-pages-'));
  const file = path.join(dir, 'skillops-apply.yml');
  await writeFile(file, (await renderTemplates({ ...values, pages: true })).get(APPLY)!);
  const validator = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
  const result = await promisify(execFile)(process.execPath, [validator, file]).then(
    () => ({ code: 0, out: '' }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
  assert.is(result.code, 0, result.out);
  const io = captureIo({ cwd: dir });
  assert.is(await runCli(['init', 'repo', '--pages'], io), 0, io.stderr());
  assert.match(await readFile(path.join(dir, 'repo', APPLY), 'utf8'), 'actions/deploy-pages@');
  const plain = captureIo({ cwd: dir });
  assert.is(await runCli(['init', 'plain'], plain), 0, plain.stderr());
  assert.not.match(await readFile(path.join(dir, 'plain', APPLY), 'utf8'), 'deploy-pages');
});

test('the action runs the report command the pages job uses', async () => {
  const inputs = readActionInputs({ INPUT_COMMAND: 'report', INPUT_ARGS: '--out site --audit-dir audit-branch/audit' });
  assert.is(inputs.command, 'report');
  assert.equal(inputs.args, ['--out', 'site', '--audit-dir', 'audit-branch/audit']);
  assert.match(await readFile(path.join(ROOT, 'action.yml'), 'utf8'), /move or report\./);
});

test.run();
