// validate shows every problem in one run: schema errors do not hide rule errors or cross-file
// clashes, one file can be checked alone, and settings problems are counted as such.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { captureIo } from '../helpers/capture-io.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('validate: everything at once');

const BROKEN = lines(
  'skill: Billing',
  'constraints:',
  '  minActiveAgents: lots',
  'agents:',
  '  - agent: a@example.com',
  '    proficiency: 3',
  '  - agent: a@example.com',
  '    proficiency: 4',
);
const CLASH = lines('skill: billing', 'agents:', '  - agent: b@example.com', '    proficiency: 3');

async function validate(files: Record<string, string>, args: string[] = []) {
  const { dir, cleanup } = await tempDir(files);
  try {
    const io = captureIo({ cwd: dir });
    const code = await runCli(['validate', ...args], io);
    return { code, out: io.stdout(), err: io.stderr() };
  } finally {
    await cleanup();
  }
}

test('a schema error does not hide the duplicate agent nor the clash with another file', async () => {
  const r = await validate({ 'skills/billing.yaml': BROKEN, 'skills/billing-two.yaml': CLASH });
  assert.is(r.code, 1);
  assert.match(r.out, 'skills/billing.yaml:3:20 error minActiveAgents must be a whole number');
  assert.match(r.out, 'skills/billing.yaml:7:12 error agent a@example.com is listed twice');
  assert.match(r.out, /skills\/billing(-two)?\.yaml:1:8 error skill "[Bb]illing" is also claimed by skills\/billing(-two)?\.yaml/);
});

test('the same problems with worker threads as on one thread', async () => {
  const { dir, cleanup } = await tempDir({ 'skills/billing.yaml': BROKEN, 'skills/billing-two.yaml': CLASH });
  try {
    const one = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { threads: 1 });
    const two = await loadDesiredState('skills', DEFAULT_SETTINGS, dir, { threads: 2 });
    assert.equal(two.problems, one.problems);
    assert.ok(one.problems.some((p) => p.code === 'duplicate-skill'));
  } finally {
    await cleanup();
  }
});

test('`validate skills/x.yaml` checks that one file', async () => {
  const r = await validate({ 'skills/billing.yaml': BROKEN, 'skills/other.yaml': CLASH }, ['skills/billing.yaml']);
  assert.is(r.code, 1);
  assert.not.match(r.out, 'ENOTDIR');
  assert.match(r.out, 'listed twice');
  assert.not.match(r.out, 'other.yaml', 'only the named file');
  assert.match(r.out, '1 queue file');
});

test('a broken skillops.yaml is counted on its own, not as an error in the queue files', async () => {
  const r = await validate({ 'skillops.yaml': lines('timeZone: Mars/Olympus'), 'skills/billing.yaml': lines('skill: Billing', 'agents: []') });
  assert.is(r.code, 1);
  assert.match(r.out, 'Invalid: 1 error and 0 warnings in skillops.yaml; 0 errors and 0 warnings in 1 queue file.');
});

test('settings are checked as hard as plan checks them, schema errors and rule errors in one run', async () => {
  const settings = lines('cxone:', '  tenantId: acme-prod', '  apiBase: not a url', 'timeZone: Mars/Olympus', 'apply:', '  batchSize: many');
  const r = await validate({ 'skillops.yaml': settings, 'skills/billing.yaml': CLASH });
  assert.is(r.code, 1);
  assert.match(r.out, "skillops.yaml:2:13 error cxone.tenantId must be the tenant's UUID");
  assert.match(r.out, 'skillops.yaml:3:12 error apiBase "not a url" is not a valid uri');
  assert.match(r.out, 'skillops.yaml:4:11 error timeZone "Mars/Olympus" is not an IANA time zone');
  assert.match(r.out, 'skillops.yaml:6:14 error batchSize must be a whole number');
  assert.match(r.out, 'Invalid: 4 errors and 0 warnings in skillops.yaml');
});

test('tenantId acme-prod and a bad timeZone, schema otherwise valid: both reported, exit 1', async () => {
  const r = await validate({ 'skillops.yaml': lines('cxone:', '  tenantId: acme-prod', 'timeZone: Europe/Londn'), 'skills/billing.yaml': CLASH });
  assert.is(r.code, 1);
  assert.match(r.out, "skillops.yaml:2:13 error cxone.tenantId must be the tenant's UUID");
  assert.match(r.out, 'skillops.yaml:3:11 error timeZone "Europe/Londn" is not an IANA time zone');
});

test.run();
