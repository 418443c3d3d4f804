import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { captureIo } from '../helpers/capture-io.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('cli: validate');

const bad = {
  'skills/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 1', '  - agent: a@example.com', '    proficiency: 2'),
  'skills/sales.yaml': lines('skill: Sales', 'agents:', '  - agent: "b@x.com,line=9::oops"', '    proficiency: 30'),
};

test('the shipped skills/ are valid: exit 0', async () => {
  const io = captureIo();
  const code = await runCli(['validate'], io);
  assert.is(code, 0, io.stdout() + io.stderr());
  assert.match(io.stdout(), /Valid: 10 queue files checked, 0 warnings\./);
});

test('problems: exit 1, every problem with file:line:col, no colour when not a TTY', async () => {
  const { dir, cleanup } = await tempDir(bad);
  const io = captureIo({ cwd: dir });
  const code = await runCli(['validate'], io);
  await cleanup();
  assert.is(code, 1);
  const out = io.stdout();
  assert.match(out, 'skills/billing.yaml:5:12 error agent a@example.com is listed twice');
  assert.match(out, 'skills/sales.yaml:4:18 error proficiency 30 is above the maximum 20');
  assert.match(out, 'Invalid: 2 errors and 0 warnings in 2 queue files.');
  assert.not.match(out, '\u001b[');
});

test('GITHUB_ACTIONS=true adds escaped workflow annotations', async () => {
  const { dir, cleanup } = await tempDir({
    ...bad,
    'skills/x.yaml': lines(
      'skill: "X"',
      'agents:',
      '  - agent: "a%b\\n::warning::pwned"',
      '    proficiency: 1',
      '  - agent: "a%b\\n::warning::pwned"',
      '    proficiency: 1',
    ),
  });
  const io = captureIo({ cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
  const code = await runCli(['validate', 'skills'], io);
  await cleanup();
  assert.is(code, 1);
  const annotations = io
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('::'));
  assert.equal(annotations, [
    '::error file=skills/billing.yaml,line=5,col=12,title=skillops duplicate-agent::agent a@example.com is listed twice in this file (first at line 3)',
    '::error file=skills/sales.yaml,line=4,col=18,title=skillops schema-maximum::proficiency 30 is above the maximum 20',
    '::error file=skills/x.yaml,line=5,col=12,title=skillops duplicate-agent::agent a%25b\\n::warning::pwned is listed twice in this file (first at line 3)',
  ]);
});

test('--format json is a stable document', async () => {
  const { dir, cleanup } = await tempDir(bad);
  const io = captureIo({ cwd: dir });
  const code = await runCli(['validate', '--format', 'json'], io);
  await cleanup();
  assert.is(code, 1);
  const doc = JSON.parse(io.stdout());
  assert.is(doc.format, 'skillops-validate/1');
  assert.is(doc.valid, false);
  assert.is(doc.errors, 2);
  assert.equal(doc.problems[0], {
    file: 'skills/billing.yaml',
    line: 5,
    col: 12,
    severity: 'error',
    code: 'duplicate-agent',
    message: 'agent a@example.com is listed twice in this file (first at line 3)',
  });
});

test('FORCE_COLOR gives coloured output; --help shows an example; unknown options exit 1', async () => {
  const { dir, cleanup } = await tempDir(bad);
  const coloured = captureIo({ cwd: dir, env: { FORCE_COLOR: '1' } });
  await runCli(['validate'], coloured);
  await cleanup();
  assert.match(coloured.stdout(), '\u001b[');
  const help = captureIo();
  assert.is(await runCli(['validate', '--help'], help), 0);
  assert.match(help.stdout(), '$ skillops validate');
  const wrong = captureIo();
  assert.is(await runCli(['validate', '--frobnicate'], wrong), 1);
  assert.match(wrong.stderr(), "unknown option '--frobnicate'");
});

test.run();
