// A JSON file the user names, read as untrusted: one reader refuses what cannot be read, what is
// too large and what is not JSON, then hands the data to the kind's own shape check. Saved plans
// and audit records both go through it and keep their own messages.
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readJsonFile } from '../../src/config/read-json-file.js';
import { UsageError } from '../../src/domain/errors.js';
import { readPlanFile } from '../../src/use-cases/planning/plan-file.js';
import { readAuditRecord } from '../../src/use-cases/revert/read-audit-record.js';
import { rejects } from '../helpers/rejects.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('read a JSON file the user names');

const message = async (promise: Promise<unknown>) => (await rejects(promise, UsageError)).message;

const KIND = {
  cannotRead: 'cannot read thing',
  expected: 'a thing written by `skillops things`',
  check: (data: unknown, shown: string) => {
    if (typeof data !== 'object' || data === null || (data as { thing?: unknown }).thing !== true) throw new UsageError(`${shown} is not a thing`);
    return data as { thing: true };
  },
};

test('the data the check returns; the check sees the parsed JSON and the name shown', async () => {
  const dir = await tempDir({ 'ok.json': '{"thing": true, "n": 1}', 'bad.json': '{"thing": false}' });
  try {
    assert.equal(await readJsonFile(path.join(dir.dir, 'ok.json'), 'ok.json', KIND), { thing: true, n: 1 });
    assert.is(await message(readJsonFile(path.join(dir.dir, 'bad.json'), 'shown/bad.json', KIND)), 'shown/bad.json is not a thing');
  } finally {
    await dir.cleanup();
  }
});

test('unreadable, not JSON and too large are refused naming the file as shown, before the check runs', async () => {
  const dir = await tempDir({ 'broken.json': '{"thing": tru', 'big.json': `{"thing": true, "pad": "${'x'.repeat(100)}"}` });
  let checked = 0;
  const kind = {
    ...KIND,
    check: (data: unknown, shown: string) => {
      checked++;
      return KIND.check(data, shown);
    },
  };
  try {
    assert.is(await message(readJsonFile(path.join(dir.dir, 'missing.json'), 'missing.json', kind)), 'cannot read thing missing.json: ENOENT');
    assert.is(await message(readJsonFile(dir.dir, 'a-folder', kind)), 'cannot read thing a-folder: EISDIR');
    assert.is(
      await message(readJsonFile(path.join(dir.dir, 'broken.json'), 'broken.json', kind)),
      'broken.json is not JSON; expected a thing written by `skillops things`',
    );
    const limited = { ...kind, maxBytes: { limit: 100, not: 'not a thing' } };
    assert.is(await message(readJsonFile(path.join(dir.dir, 'big.json'), 'big.json', limited)), 'big.json is larger than 100 bytes; not a thing');
    assert.is(checked, 0);
    // without a limit the same file is read
    assert.equal((await readJsonFile(path.join(dir.dir, 'big.json'), 'big.json', kind)).thing, true);
  } finally {
    await dir.cleanup();
  }
});

test('saved plans keep their messages', async () => {
  const dir = await tempDir({
    'broken.json': 'plan?',
    'old.json': '{"format": "skillops-plan/0"}',
    'list.json': '[]',
    'damaged.json': '{"format": "skillops-plan/1"}',
  });
  const at = (name: string) => path.join(dir.dir, name);
  try {
    assert.is(await message(readPlanFile(at('missing.json'))), `cannot read plan file ${at('missing.json')}: ENOENT`);
    assert.is(await message(readPlanFile(at('broken.json'))), `${at('broken.json')} is not JSON; expected a plan written by \`skillops plan --out\``);
    assert.is(await message(readPlanFile(at('old.json'))), `${at('old.json')} is not a skillops-plan/1 plan (format: "skillops-plan/0")`);
    assert.is(await message(readPlanFile(at('list.json'))), `${at('list.json')} is not a skillops-plan/1 plan (format: null)`);
    assert.is(await message(readPlanFile(at('damaged.json'))), `${at('damaged.json')} is a damaged plan file; run \`skillops plan --out\` again`);
  } finally {
    await dir.cleanup();
  }
});

test('audit records keep their messages, and name the file as the user gave it', async () => {
  const dir = await tempDir({
    'broken.json': '{',
    'stopped.json': JSON.stringify({ format: 'skillops-audit-stopped/1', phase: 'confirm', signal: 'SIGTERM' }),
    'other.json': '{"format": "skillops-audit/1"}',
    'huge.json': '',
  });
  const at = (name: string) => path.join(dir.dir, name);
  try {
    assert.is(await message(readAuditRecord(at('missing.json'), 'audit/missing.json')), 'cannot read audit record audit/missing.json: ENOENT');
    assert.is(
      await message(readAuditRecord(at('broken.json'), 'audit/broken.json')),
      'audit/broken.json is not JSON; expected an audit record written by `skillops apply`',
    );
    assert.is(
      await message(readAuditRecord(at('stopped.json'), 'audit/stopped.json')),
      'audit/stopped.json records an apply stopped by SIGTERM at the confirmation prompt, before any write: nothing to revert',
    );
    assert.match(
      await message(readAuditRecord(at('other.json'), 'audit/other.json')),
      /^audit\/other\.json is not a skillops-audit\/1 record \(\/ must have required property '\w+'\)$/,
    );
    // one byte over the limit (a sparse file: nothing is written to disk)
    await truncate(at('huge.json'), 64 * 1024 * 1024 + 1);
    assert.is(await message(readAuditRecord(at('huge.json'), 'audit/huge.json')), 'audit/huge.json is larger than 67108864 bytes; not an audit record');
    // without a name shown, the path is the name
    assert.is(await message(readAuditRecord(at('missing.json'))), `cannot read audit record ${at('missing.json')}: ENOENT`);
  } finally {
    await dir.cleanup();
  }
});

test.run();
