import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { captureIo } from '../helpers/capture-io.js';
import { converge } from '../helpers/plan-changes.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: --pull-request puts an analyst edit on a branch and opens a pull request with its plan');
const SHA = 'a'.repeat(40);

test('assign --pull-request: one commit on skillops/edit-<run> from GITHUB_SHA, a pull request into main with the change and the plan', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const gh = new FakeGitHub();
  const env = {
    ...sim.env,
    GITHUB_REPOSITORY: 'acme/skills',
    GITHUB_TOKEN: 'x',
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    SKILLOPS_NOW: '2026-11-25',
  };
  const run = async (args: string[]) => {
    const io = captureIo({ cwd: repo.dir, env });
    const code = await runCli(args, io, { github: gh });
    return { code, out: io.stdout(), err: io.stderr() };
  };
  try {
    converge(JSON.parse((await run(['plan', '--format', 'json', '--force'])).out) as Plan, sim.tenant);
    const r = await run([
      'assign',
      'Billing Support',
      'diego.lopez@acme-contact.example',
      '--proficiency',
      '3',
      '--note',
      'covers <b>Sam</b>',
      '--pull-request',
    ]);
    assert.is(r.code, 0, r.err);
    assert.match(r.out, 'Opened pull request #1 (skillops/edit-4242 into main): https://github.com/acme/skills/pull/1');
    const branch = gh.branches.get('skillops/edit-4242')!;
    assert.is(branch.parent, SHA);
    assert.equal(
      branch.files.map((f) => f.path),
      ['skills/billing-support.yaml'],
    );
    assert.match(branch.files[0]!.content, '  - agent: diego.lopez@acme-contact.example # Diego Lopez\n    proficiency: 3\n    note: covers <b>Sam</b>\n');
    const pr = gh.pullRequests[0]!;
    assert.is(pr.base, 'main');
    assert.is(pr.title, 'skillops assign: 1 queue file');
    assert.match(pr.body, '+ diego.lopez@acme-contact.example  proficiency 3, with a note');
    assert.match(pr.body, '### Plan');
    assert.match(pr.body, '1 to add, 0 to change, 0 to remove');
    assert.match(pr.body, 'https://github.com/acme/skills/actions/runs/4242');
    // nothing to change: no branch, no pull request
    const again = await run(['assign', 'Billing Support', 'diego.lopez@acme-contact.example', '--proficiency', '3', '--pull-request']);
    assert.is(again.code, 0, again.err);
    assert.is(gh.pullRequests.length, 1);
    const dry = await run(['assign', 'Billing Support', 'sam.lee@acme-contact.example', '--proficiency', '3', '--pull-request', '--dry-run']);
    assert.is(dry.code, 1);
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test.run();
