import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exportRows, toCsv } from '../../src/config/export-rows.js';
import { agentRef } from '../../src/domain/desired-state.js';
import { queueFileNames } from '../../src/queue-file/write-queue-yaml.js';
import { generateTenant, loadFixture } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import type { Fixture } from '../../src/sim/tenant.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { exampleRepo } from '../helpers/repo.js';
import { assertSchemaHeader } from '../helpers/schema-ref.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const test = suite('e2e: import and export');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;

const cli = cliAt(() => ({ dir, env: sim.env }));
const snapshot = () => skillFiles(dir);

async function setup(fixture?: Fixture) {
  sim = await startSim(fixture ? { fixture } : {});
  ({ dir, cleanup } = await tempDir());
}
test.after.each(async () => {
  await sim.close();
  await cleanup();
});

test('demo tenant: import, then validate passes and plan shows no changes', async () => {
  await setup();
  const imported = await cli(['import']);
  assert.is(imported.code, 0, imported.err);
  assert.match(imported.out, 'Imported 11 skills: 11 written (66 assignments), 0 unchanged, 0 skipped.');
  assert.match(imported.out, 'wrote skillops.yaml');
  assert.is((await cli(['validate'])).code, 0);
  const plan = await cli(['plan', '--detailed-exitcode']);
  assert.is(plan.code, 0, plan.out + plan.err);
  assert.match(plan.out, 'No changes. Live CXone matches skills/.');
  const billing = (await snapshot())['billing-support.yaml']!;
  // the header resolves from this repository (not skillops' checkout): to the published package's schema
  assertSchemaHeader(billing, path.join(dir, 'skills'), ROOT, 'queue');
  assertSchemaHeader(await readFile(path.join(dir, 'skillops.yaml'), 'utf8'), dir, ROOT, 'settings');
  assert.match(billing, 'skillId: 11012345\nmode: authoritative\nagents:\n  - agent: aisha.khan@acme-contact.example # Aisha Khan\n    proficiency: 3\n');
});

test('generated tenant of 300 skills x 5,000 agents: round trip with no changes', async () => {
  const fixture = generateTenant({ skills: 300, agents: 5000, assignments: 30_000, seed: 9 });
  await setup(fixture);
  assert.is((await cli(['import'])).code, 0);
  // inactive skills are left out by default
  assert.is((await readdir(path.join(dir, 'skills'))).length, fixture.skills.filter((s) => s.isActive).length);
  const validated = await cli(['validate']);
  assert.is(validated.code, 0, validated.out.slice(0, 2000));
  const plan = await cli(['plan', '--detailed-exitcode']);
  assert.is(plan.code, 0, plan.err);
});

test('importing twice gives byte-identical files; --force is needed to overwrite; small live changes give a small diff', async () => {
  await setup();
  await cli(['import']);
  const first = await snapshot();
  const again = await cli(['import']);
  assert.match(again.out, '0 written (0 assignments), 11 unchanged, 0 skipped.');
  assert.equal(await snapshot(), first);

  sim.tenant.set(11012345, 4410001, 7, true);
  const refused = await cli(['import']);
  assert.match(
    refused.out,
    'skipped skills/billing-support.yaml: the file exists and differs (`skillops refresh` accepts the live changes in place; --force overwrites; --diff shows how)',
  );
  assert.equal(await snapshot(), first);

  // --diff shows exactly the changed line as a unified diff, writes nothing, and exits 2
  const shown = await cli(['import', '--diff']);
  assert.is(shown.code, 2, shown.err);
  const hunk = shown.out.slice(shown.out.indexOf('--- a/skills/billing-support.yaml'), shown.out.indexOf('1 file differs from the live tenant'));
  assert.match(hunk, '+++ b/skills/billing-support.yaml\n@@ ');
  assert.equal(
    hunk.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)),
    ['-    proficiency: 1', '+    proficiency: 7'],
  );
  assert.equal(await snapshot(), first);

  const forced = await cli(['import', '--force']);
  assert.match(forced.out, 'overwrote skills/billing-support.yaml (8 agents)');
  const after = await snapshot();
  const changedLines = after['billing-support.yaml']!.split('\n').filter((line, i) => line !== first['billing-support.yaml']!.split('\n')[i]);
  assert.equal(changedLines, ['    proficiency: 7']);
  assert.equal(
    Object.keys(after).filter((f) => after[f] !== first[f]),
    ['billing-support.yaml'],
  );
});

test('import --diff on hand-written files: one live change is a minimal diff, exit 2; in sync exits 0', async () => {
  sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  ({ dir, cleanup } = repo);
  sim.tenant.skills.get(11012399)!.isActive = false; // the one skill with no file: left out
  // bring CXone in line with the hand-written files first
  assert.is((await cli(['apply', '--auto-approve', '--audit-dir', path.join(dir, '.audit'), '--now', '2026-11-25'])).code, 0);
  const before = await snapshot();
  const inSync = await cli(['import', '--diff']);
  assert.is(inSync.code, 0, inSync.out + inSync.err);
  assert.match(inSync.out, '0 files differ from the live tenant, 10 unchanged');

  sim.tenant.set(11012345, 4410002, 9, true); // Sam 2 -> 9 on Billing Support, by hand
  const shown = await cli(['import', '--diff']);
  assert.is(shown.code, 2, shown.out + shown.err);
  assert.equal(
    shown.out.split('\n').filter((l) => /^[-+]/.test(l)),
    ['--- a/skills/billing-support.yaml', '+++ b/skills/billing-support.yaml', '-    proficiency: 2', '+    proficiency: 9'],
  );
  assert.match(shown.out, '1 file differs from the live tenant, 9 unchanged');
  assert.equal(await snapshot(), before, '--diff writes nothing');
});

test("import --diff judges dated entries on the tenant's day, as plan does (UTC+14 zone)", async () => {
  sim = await startSim();
  // Kiritimati is UTC+14: noon UTC on 30 November is already 1 December there
  const repo = await exampleRepo({ timeZone: 'Pacific/Kiritimati', apply: { requestsPerSecond: 1000 } });
  ({ dir, cleanup } = repo);
  sim.tenant.skills.get(11012399)!.isActive = false;
  assert.is((await cli(['apply', '--auto-approve', '--audit-dir', path.join(dir, '.audit'), '--now', '2026-11-25'])).code, 0);
  const on = (day: string) => cliAt(() => ({ dir, env: { ...sim.env, SKILLOPS_NOW: day } }));
  // 30 November: Kenji's `from: 2026-12-01` entry in Billing Support is pending, for plan and import alike
  assert.is((await on('2026-11-30')(['plan', '--detailed-exitcode'])).code, 0);
  const pending = await on('2026-11-30')(['import', '--diff']);
  assert.is(pending.code, 0, pending.out + pending.err);
  assert.not.match(pending.out, 'left as written');
  assert.match(pending.out, '0 files differ from the live tenant, 10 unchanged');
  // 1 December: due; plan adds Kenji and import says why his entry stays as written
  assert.is((await on('2026-12-01')(['plan', '--detailed-exitcode'])).code, 2);
  const due = await on('2026-12-01')(['import', '--diff']);
  assert.match(due.out, "left as written: skills/billing-support.yaml: kenji.tanaka@acme-contact.example's entry is dated (from 2026-12-01)");
});

test('--skill imports only the named skills and suggests on a typo', async () => {
  await setup();
  const one = await cli(['import', '--skill', 'web chat']);
  assert.equal(Object.keys(await snapshot()), ['web-chat.yaml']);
  assert.match(one.out, 'Imported 1 skill:');
  const typo = await cli(['import', '--skill', 'Web Chta']);
  assert.is(typo.code, 1);
  assert.match(typo.err, 'no CXone skill is named "Web Chta" (did you mean "Web Chat"?)');
});

test('two live skills whose names differ only in case: import refuses, writing nothing validate would reject', async () => {
  const demo = await loadFixture('demo');
  const billing = demo.skills.find((s) => s.skillName === 'Billing Support')!;
  await setup({ ...demo, skills: [...demo.skills, { ...billing, skillId: 11019999, skillName: 'BILLING support' }] });
  const imported = await cli(['import']);
  assert.is(imported.code, 1, imported.out);
  assert.match(imported.err, '"Billing Support" (skill 11012345) and "BILLING support" (skill 11019999)');
  assert.not.ok(existsSync(path.join(dir, 'skills')), 'no queue file written');
  // leaving one out imports the other
  assert.match(imported.err, '--exclude-queue 11019999');
  const one = await cli(['import', '--exclude-queue', '11019999']);
  assert.is(one.code, 0, one.err);
  assert.is((await cli(['validate'])).code, 0);
});

test('skill names with slashes, accents and emoji give safe, distinct file names', () => {
  const skills = [
    { skillId: 1, skillName: 'Billing / Refunds', isActive: true },
    { skillId: 2, skillName: 'Billing - Refunds', isActive: true },
    { skillId: 3, skillName: 'Café Crème', isActive: true },
    { skillId: 4, skillName: '🎧🎧', isActive: true },
    { skillId: 5, skillName: '../../etc/passwd', isActive: true },
    { skillId: 6, skillName: '..', isActive: true },
  ];
  const names = queueFileNames(skills);
  assert.equal([...names.values()], ['billing-refunds-1.yaml', 'billing-refunds-2.yaml', 'cafe-creme.yaml', 'skill-4.yaml', 'etc-passwd.yaml', 'skill-6.yaml']);
  assert.ok([...names.values()].every((n) => /^[a-z0-9-]+\.yaml$/.test(n)));
});

test('inactive skills are left out unless asked for, and the output says so', async () => {
  await setup();
  sim.tenant.skills.get(11012399)!.isActive = false;
  // with the demo's own inactive skill (Fax Requests (retired)): two
  const r = await cli(['import']);
  assert.match(r.out, 'Left out 2 inactive skills (use --include-inactive to import them).');
  assert.not.ok('legacy-ivr-callback.yaml' in (await snapshot()));
  const all = await cli(['import', '--include-inactive']);
  assert.match(all.out, 'Included 2 inactive skills.');
  assert.ok('legacy-ivr-callback.yaml' in (await snapshot()));
});

test('export CSV: commas, quotes and newlines quoted; formulas neutralised', () => {
  const rows = exportRows({
    queues: [
      {
        file: 'skills/a.yaml',
        skill: 'Sales, "EMEA"\nWest',
        skillId: 7,
        mode: 'authoritative',
        proficiency: { min: 1, max: 20 },
        minActiveAgents: 0,
        at: { file: 'skills/a.yaml', line: 1, col: 1 },
        agents: [
          {
            agent: agentRef('=HYPERLINK("http://evil")'),
            written: '=HYPERLINK("http://evil")',
            proficiency: 2,
            active: true,
            at: { file: 'skills/a.yaml', line: 3, col: 12 },
          },
          { agent: agentRef(42), written: '42', proficiency: 1, active: false, from: '2026-12-01', at: { file: 'skills/a.yaml', line: 5, col: 12 } },
        ],
      },
    ],
  });
  assert.is(
    toCsv(rows),
    [
      'queue,skillId,agent,agentId,proficiency,active,from,until,file',
      '"Sales, ""EMEA""\nWest",7,"\'=HYPERLINK(""http://evil"")",,2,true,,,skills/a.yaml',
      '"Sales, ""EMEA""\nWest",7,42,42,1,false,2026-12-01,,skills/a.yaml',
      '',
    ].join('\r\n'),
  );
});

test('export JSON matches the documented shape, with ids filled from CXone', async () => {
  await setup();
  const { cp } = await import('node:fs/promises');
  const root = path.resolve(import.meta.dirname, '../..');
  await cp(path.join(root, 'skills'), path.join(dir, 'skills'), { recursive: true });
  await cp(path.join(root, 'skillops.yaml'), path.join(dir, 'skillops.yaml'));
  const r = await cli(['export', '--format', 'json']);
  assert.is(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as { format: string; columns: string[]; rows: Array<Record<string, unknown>> };
  assert.is(doc.format, 'skillops-export/1');
  assert.equal(doc.columns, ['queue', 'skillId', 'agent', 'agentId', 'proficiency', 'active', 'from', 'until', 'file']);
  assert.is(doc.rows.length, 67);
  assert.equal(
    doc.rows.find((x) => x.agent === 'kenji.tanaka@acme-contact.example' && x.queue === 'Billing Support'),
    {
      queue: 'Billing Support',
      skillId: 11012345,
      agent: 'kenji.tanaka@acme-contact.example',
      agentId: 4410008,
      proficiency: 2,
      active: true,
      from: '2026-12-01',
      until: null,
      file: 'skills/billing-support.yaml',
    },
  );
  const offline = JSON.parse((await cli(['export', '--format', 'json', '--offline'])).out) as typeof doc;
  assert.is(offline.rows.find((x) => x.agent === 'kenji.tanaka@acme-contact.example')!.agentId, null);
});

test.run();
