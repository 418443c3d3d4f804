// The link to the workflow run a command runs in: one function builds it for the audit record's
// `who`, the apply lock's holder and the GitHub context, so the three cannot drift apart.
import { tmpdir } from 'node:os';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { whoFromEnvironment } from '../../src/audit/who.js';
import { githubContext } from '../../src/github/actions-context.js';
import { workflowRunUrl } from '../../src/text/url.js';
import { newHolder } from '../../src/use-cases/apply/lock/apply-lock.js';

const test = suite('workflow run url');

const ACTIONS = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/skills', GITHUB_RUN_ID: '99' };

test('server, repository and run id make the run link', () => {
  assert.is(workflowRunUrl(ACTIONS), 'https://github.com/acme/skills/actions/runs/99');
  assert.is(
    workflowRunUrl({ ...ACTIONS, GITHUB_SERVER_URL: 'https://ghe.example.com' }),
    'https://ghe.example.com/acme/skills/actions/runs/99',
    'GitHub Enterprise Server keeps its own host',
  );
});

test('no link unless all three are set and not empty', () => {
  for (const key of Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>) {
    const { [key]: _, ...rest } = ACTIONS;
    assert.is(workflowRunUrl(rest), undefined, `${key} unset`);
    assert.is(workflowRunUrl({ ...ACTIONS, [key]: '' }), undefined, `${key} empty`);
  }
  assert.is(workflowRunUrl({}), undefined);
});

test('the audit record, the lock holder and the GitHub context name the same run', async () => {
  const env = { ...ACTIONS, GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'abc123' };
  const expected = 'https://github.com/acme/skills/actions/runs/99';
  assert.is((await whoFromEnvironment(env, tmpdir())).runUrl, expected);
  assert.is(newHolder(env, 'octocat').runUrl, expected);
  assert.is(githubContext(env).runUrl, expected);
  // --repo names the repository the context (and so its run link) is for
  assert.is(githubContext(env, { repo: 'acme/other' }).runUrl, 'https://github.com/acme/other/actions/runs/99');
});

test('outside Actions none of them has a run link', async () => {
  const env = { GITHUB_REPOSITORY: 'acme/skills', GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'abc123' };
  assert.not.ok('runUrl' in (await whoFromEnvironment(env, tmpdir())));
  assert.not.ok('runUrl' in newHolder(env, 'octocat'));
  assert.not.ok('runUrl' in githubContext(env));
});

test.run();
