import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { renderTemplates } from '../../src/use-cases/init/templates.js';

const test = suite('workflows: the edit workflow init writes is least-privilege and pinned');
const ROOT = path.resolve(import.meta.dirname, '../..');

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; environment?: string; steps: Step[] }>;
};

const sources = async () => {
  const files = await renderTemplates({ action: 'acme/skillops@v9.8.7', branch: 'trunk', settingsSchema: 'unused' });
  return {
    init: files.get('.github/workflows/skillops-edit.yml')!,
    'this repository': await readFile(path.join(ROOT, '.github/workflows/skillops-edit.yml'), 'utf8'),
  };
};

test('only workflow_dispatch; no permissions by default, the job gets contents and pull-requests write; no environment', async () => {
  for (const [source, text] of Object.entries(await sources())) {
    const wf = parse(text) as Workflow;
    assert.equal(Object.keys(wf.on), ['workflow_dispatch'], source);
    assert.equal(wf.permissions, {}, source);
    assert.equal(Object.keys(wf.jobs), ['edit']);
    assert.equal(wf.jobs.edit!.permissions, { contents: 'write', 'pull-requests': 'write' }, source);
    assert.is(wf.jobs.edit!.environment, undefined, 'the write key is never in reach');
    const secrets = new Set(
      wf.jobs.edit!.steps.flatMap((s) => Object.values(s.env ?? {})).flatMap((v) => [...v.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!)),
    );
    assert.equal([...secrets].sort(), ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET', 'CXONE_READ_ACCESS_KEY_ID', 'CXONE_READ_ACCESS_KEY_SECRET']);
  }
});

test('third-party actions are pinned by a 40-character commit SHA with the version beside it; skillops is the released action', async () => {
  for (const [source, text] of Object.entries(await sources())) {
    const uses = [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)];
    assert.ok(uses.length >= 2, source);
    for (const [, ref, rest] of uses) {
      if (ref!.includes('/skillops@')) {
        if (source === 'init') assert.is(ref, 'acme/skillops@v9.8.7');
        continue;
      }
      // this repository's own copy runs the action of its own commit
      if (ref === './' && source !== 'init') continue;
      assert.match(ref!, /^[\w-]+\/[\w-]+@[0-9a-f]{40}$/, `${source}: ${ref} is pinned by commit`);
      assert.match(rest!, /^ # v\d+\.\d+\.\d+$/, `${source}: ${ref} names its version`);
    }
    const wf = parse(text) as Workflow;
    const checkout = wf.jobs.edit!.steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
    assert.is(checkout.with?.['persist-credentials'], false);
  }
});

test('inputs reach the script only through env (never an expression inside run), and skillops gets them only as checked arguments', async () => {
  const wf = parse((await sources()).init) as Workflow;
  for (const step of wf.jobs.edit!.steps) {
    if (step.run) assert.not.match(step.run, /\$\{\{/, 'no expression is pasted into a script');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions
    if (step.uses?.includes('skillops')) assert.equal(step.with, { command: '${{ steps.args.outputs.command }}', args: '${{ steps.args.outputs.args }}' });
  }
  const inputs = Object.keys((wf.on.workflow_dispatch as { inputs: Record<string, unknown> }).inputs).sort();
  assert.equal(inputs, ['agents', 'command', 'csv', 'date', 'mode', 'proficiency', 'queue', 'to']);
});

test.run();
