import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { planOutputs, writeActionOutputs } from '../../src/github/action-output.js';
import { captureIo } from '../helpers/capture-io.js';
import { assertSchemaHeader } from '../helpers/schema-ref.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('cli: init');
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let cleanup: () => Promise<void>;
test.before.each(async () => {
  ({ dir, cleanup } = await tempDir());
});
test.after.each(async () => cleanup());

const cli = async (args: string[], env: Record<string, string> = {}) => {
  const io = captureIo({ cwd: dir, env });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const files = async (root: string): Promise<string[]> =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();

test('scaffolds a config repository in a new folder and prints the next steps in order', async () => {
  const r = await cli(['init', 'config', '--tenant-id', '11eb2f3c-5a1d-4a3b-9c2e-0242ac110002', '--branch', 'trunk', '--action', 'acme/skillops@v1.2.3']);
  assert.is(r.code, 0, r.err);
  const root = path.join(dir, 'config');
  assert.equal(await files(root), [
    '.github/CODEOWNERS',
    '.github/workflows/skillops-apply.yml',
    '.github/workflows/skillops-drift.yml',
    '.github/workflows/skillops-edit.yml',
    '.github/workflows/skillops-plan.yml',
    '.gitignore',
    'skillops.yaml',
    'skills/.gitkeep',
  ]);
  const settings = await readFile(path.join(root, 'skillops.yaml'), 'utf8');
  assert.match(settings, '\n  tenantId: 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002\n');
  assertSchemaHeader(settings, root, ROOT, 'settings');
  const apply = await readFile(path.join(root, '.github/workflows/skillops-apply.yml'), 'utf8');
  assert.match(apply, 'branches: [trunk]');
  assert.match(apply, 'uses: acme/skillops@v1.2.3');
  assert.not.match(apply, /__[A-Z_]+__/);
  // the order a team follows (the README's list): scaffold, remote, keys, import, first push,
  // secrets, environment, Actions pull requests, rulesets, a pull request
  const order = [
    ' 1. Scaffold',
    ' 2. Create the GitHub repository and add it as the remote',
    ' 3. Create the two CXone access keys',
    ' 4. Fill skills/',
    ' 5. Edit .github/CODEOWNERS',
    ' 6. Repository secrets',
    ' 7. The cxone-production environment, deploying from trunk only',
    ' 8. Allow GitHub Actions to create and approve pull requests',
    ' 9. Rulesets: trunk',
    '10. Open a pull request',
  ].map((s) => r.out.indexOf(s));
  assert.ok(
    order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
    r.out,
  );
  assert.match(r.out, 'mkdir config && cd config && git init -b trunk');
  // every skillops command pinned to the action's release, from its repository
  assert.match(r.out, 'npx --yes github:acme/skillops#v1.2.3 import && npx --yes github:acme/skillops#v1.2.3 validate');
  assert.not.match(r.out, /npx skillops\b/);
  // what init writes validates
  const validated = await cli(['--config', 'config/skillops.yaml', 'validate']);
  assert.is(validated.code, 0, validated.out + validated.err);
});

test('never overwrites without --force, and writes nothing when any file would be overwritten', async () => {
  await mkdir(path.join(dir, '.github'), { recursive: true });
  await writeFile(path.join(dir, '.github/CODEOWNERS'), '* @us\n');
  await writeFile(path.join(dir, 'skillops.yaml'), 'skillsDir: queues\n');
  const r = await cli(['init']);
  assert.is(r.code, 1);
  assert.match(r.err, 'not overwriting files that exist and differ: skillops.yaml, .github/CODEOWNERS. Nothing was written; run with --force');
  assert.equal(await files(dir), ['.github/CODEOWNERS', 'skillops.yaml']);
  assert.is(await readFile(path.join(dir, 'skillops.yaml'), 'utf8'), 'skillsDir: queues\n');

  const forced = await cli(['init', '--force']);
  assert.is(forced.code, 0, forced.err);
  assert.match(forced.out, 'overwrote   skillops.yaml');
  assert.match(forced.out, 'wrote       .github/workflows/skillops-plan.yml');
  assert.match(await readFile(path.join(dir, '.github/CODEOWNERS'), 'utf8'), '@your-org/platform-engineering');
  const again = await cli(['init']);
  assert.is(again.code, 0, 'same content: nothing to overwrite');
  assert.match(again.out, 'unchanged   .github/CODEOWNERS');
});

test('.gitignore is merged, never replaced', async () => {
  await writeFile(path.join(dir, '.gitignore'), 'secrets.txt\nplan.json');
  const r = await cli(['init']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, 'appended to .gitignore');
  assert.is(
    await readFile(path.join(dir, '.gitignore'), 'utf8'),
    'secrets.txt\nplan.json\n# added by skillops init\nskillops-output.txt\n.skillops-cache/\n.skillops/\nnode_modules/\n.env\n',
  );
  assert.not.match(await readFile(path.join(dir, '.gitignore'), 'utf8'), /^audit/m);
});

test('refuses links and hostile values; nothing reaches the terminal raw', async () => {
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
  await writeFile(path.join(dir, 'elsewhere.yml'), 'x');
  await symlink(path.join(dir, 'elsewhere.yml'), path.join(dir, '.github/workflows/skillops-plan.yml'));
  const linked = await cli(['init', '--force']);
  assert.is(linked.code, 1);
  assert.match(linked.err, 'is not a regular file');
  assert.is(readFileSync(path.join(dir, 'elsewhere.yml'), 'utf8'), 'x');

  for (const [flag, value] of [
    ['--action', 'acme/skillops@v1\n  evil: true'],
    ['--branch', 'main]\non: push'],
    ['--tenant-id', 'x\u001b[2J'],
    // not a UUID: CXone discovery would refuse it, so init does not write it
    ['--tenant-id', 'acme-prod'],
    ['--action', '::error::forged'],
  ] as const) {
    const r = await cli(['init', 'other', flag, value]);
    assert.is(r.code, 1, `${flag} ${JSON.stringify(value)}`);
    assert.not.match(r.err, /[\u0000-\u0009\u000b-\u001f]/);
    assert.not.match(r.err, /^::/m);
  }
  assert.equal(await readdir(dir).then((d) => d.includes('other')), false, 'nothing written for a rejected value');
});

test('init --import fills skills/ from the live tenant, headers resolving to the schema', async () => {
  const sim = await startSim();
  try {
    const r = await cli(['init', '--import'], { ...sim.env });
    assert.is(r.code, 0, r.err);
    assert.match(r.out, 'Imported 11 skills: 11 written');
    assert.match(r.out, ' 4. Check the import');
    const skills = (await readdir(path.join(dir, 'skills'))).sort();
    assert.is(skills.length, 11);
    assert.not.ok(skills.includes('.gitkeep'));
    assertSchemaHeader(await readFile(path.join(dir, 'skills', skills[0]!), 'utf8'), path.join(dir, 'skills'), ROOT, 'queue');
    const plan = await cli(['plan', '--detailed-exitcode'], { ...sim.env });
    assert.is(plan.code, 0, plan.out + plan.err);
  } finally {
    await sim.close();
  }
});

test('action outputs: written only when the action asks, one line each', async () => {
  const file = path.join(dir, 'out');
  await writeFile(file, '');
  writeActionOutputs({}, { 'exit-code': '0' });
  writeActionOutputs({ SKILLOPS_OUTPUT_FILE: file }, { 'exit-code': '2', summary: 'a\nb' });
  assert.is(await readFile(file, 'utf8'), 'exit-code=2\nsummary=a b\n');
  const plan = { summary: { add: 1, update: 0, remove: 2, queuesChanged: 1, pending: 0 } } as Parameters<typeof planOutputs>[0];
  assert.equal(planOutputs(plan), { summary: '1 to add, 0 to update, 2 to remove (1 queue)', changes: 'true' });
});

test.run();
