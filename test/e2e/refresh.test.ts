import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateTenant } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import type { Fixture } from '../../src/sim/tenant.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { startSim } from '../helpers/sim.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: refresh accepts live changes into hand-written files');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;
const NOW = ['--now', '2026-11-25'];

const cli = cliAt(() => ({ dir, env: sim.env }));
const snapshot = () => skillFiles(dir);
/** The changed lines of a unified diff, headers left out. */
const changedLines = (diff: string) => diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) [ab]\//.test(l));

const SETTINGS = lines('skillsDir: skills', 'timeZone: America/New_York', 'apply: { requestsPerSecond: 1000 }');

// Every feature of the format, and matching the demo tenant exactly before the test changes it
const BILLING = lines(
  '# yaml-language-server: $schema=../schemas/queue.schema.json',
  '# Billing queue: owned by the Billing team (#billing on chat).',
  'skill: "Billing Support"      # the CXone name',
  'skillId: 11012345',
  'mode: authoritative',
  'description: >-',
  '  Inbound billing questions: invoices,',
  '  payment plans and refunds.',
  'constraints: { proficiency: { min: 1, max: 9 }, minActiveAgents: 2 }',
  'agents:',
  '  # Leads',
  '  - agent: jane.doe@acme-contact.example   # Jane, team lead',
  '    proficiency: 1',
  "    note: 'Lead: keeps 1'",
  "  - { agent: 'sam.lee@acme-contact.example', proficiency: 2 }  # flow style",
  '',
  '  # Seniors',
  '  - proficiency: 3',
  '    agent: 4410004          # Marco, by id',
  '  - agent: AISHA.KHAN@acme-contact.example',
  '    proficiency: 3',
  '  # Priya trains new starters',
  '  - agent: priya.shah@acme-contact.example',
  '    proficiency: 4',
  '    note: >',
  '      Moved down after training.',
  '  - agent: tom.brown@acme-contact.example',
  '    proficiency: 4',
  '    active: false',
  '  - agent: lucia.garcia@acme-contact.example',
  '    proficiency: 5',
  '  - agent: olga.petrova@acme-contact.example',
  '    proficiency: 5',
  '    until: 2027-03-31',
  '  - agent: kenji.tanaka@acme-contact.example   # joins from Sales',
  '    proficiency: 2',
  '    from: 2026-12-01',
  '    note: "pending: not in CXone yet"',
  '  # end of list: add new agents above',
);

const WEB_CHAT = lines(
  'skill: Web Chat',
  'description: "Chat on the website and app."',
  'agents: [',
  '  { agent: elena.popescu@acme-contact.example, proficiency: 1 },',
  '  { agent: felix.wagner@acme-contact.example, proficiency: 2 },',
  '  { agent: gabriela.mendes@acme-contact.example, proficiency: 2 },',
  '  { agent: hugo.laurent@acme-contact.example, proficiency: 3 },',
  '  { agent: ines.ferreira@acme-contact.example, proficiency: 4 },',
  '  { agent: jonas.schmidt@acme-contact.example, proficiency: 5 },',
  '  { agent: kira.sato@acme-contact.example, proficiency: 6 },',
  '  { agent: leo.moreau@acme-contact.example, proficiency: 7 }',
  ']',
);

const ESCALATIONS = lines(
  'skill: Escalations',
  'mode: authoritative',
  'agents:',
  '- agent: 4410041',
  '  proficiency: 1',
  '- agent: 4410042',
  '  proficiency: 1',
  '- agent: diego.lopez@acme-contact.example',
  '  proficiency: 2',
  '- agent: hannah.becker@acme-contact.example',
  '  proficiency: 2',
  '- agent: jane.doe@acme-contact.example',
  '  proficiency: 2',
);

async function setup(files: Record<string, string>, fixture?: Fixture) {
  sim = await startSim(fixture ? { fixture } : {});
  // the demo tenant has other skills: only these three are managed here
  ({ dir, cleanup } = await tempDir({ 'skillops.yaml': SETTINGS, ...Object.fromEntries(Object.entries(files).map(([n, t]) => [`skills/${n}`, t])) }));
}
test.after.each(async () => {
  await sim.close();
  await cleanup();
});

test('hand-written files in sync with live: refresh --diff exits 0 and refresh changes no byte', async () => {
  await setup({ 'billing-support.yaml': BILLING, 'web-chat.yaml': WEB_CHAT, 'escalations.yaml': ESCALATIONS });
  const plan = await cli(['plan', '--detailed-exitcode', ...NOW]);
  assert.is(plan.code, 0, plan.out + plan.err);
  const before = await snapshot();
  const diff = await cli(['refresh', '--diff', ...NOW]);
  assert.is(diff.code, 0, diff.out + diff.err);
  assert.match(diff.out, 'No changes. The queue files already describe live CXone.');
  const run = await cli(['refresh', ...NOW]);
  assert.is(run.code, 0, run.err);
  assert.equal(await snapshot(), before);
});

test('live changes: refresh changes exactly the differing lines, twice gives the same bytes, then plan is clean', async () => {
  await setup({ 'billing-support.yaml': BILLING, 'web-chat.yaml': WEB_CHAT, 'escalations.yaml': ESCALATIONS });
  const before = await snapshot();
  // supervisors at work in the CXone admin UI
  sim.tenant.set(11012345, 4410001, 2, true); // Jane 1 -> 2 (block entry with a note)
  sim.tenant.set(11012345, 4410002, 2, false); // Sam disabled (flow entry)
  sim.tenant.set(11012345, 4410004, 7, true); // Marco (by id, keys in unusual order) 3 -> 7
  sim.tenant.set(11012345, 4410006, 4, true); // Tom enabled
  sim.tenant.remove(11012345, 4410003); // Priya removed (comment and folded note go too)
  sim.tenant.set(11012345, 4410010, 6, true); // Diego added (file has no order: at the end)
  sim.tenant.set(11012350, 4410037, 1, true); // Kira 6 -> 1 (flow sequence)
  sim.tenant.remove(11012350, 4410038); // Leo removed (last of a flow sequence)
  sim.tenant.set(11012350, 4410001, 3, true); // Jane joins Web Chat (sorted by agent: between Ines and Jonas)
  sim.tenant.set(11012352, 4410047, 2, true); // an inactive agent joins Escalations (ids first: file order is not import's)

  const shown = await cli(['refresh', '--diff', ...NOW]);
  assert.is(shown.code, 2, shown.out + shown.err);
  assert.equal(await snapshot(), before, '--diff writes nothing');
  const billingDiff = shown.out.slice(shown.out.indexOf('--- a/skills/billing-support.yaml'), shown.out.indexOf('--- a/skills/escalations.yaml'));
  assert.equal(changedLines(billingDiff), [
    '-    proficiency: 1',
    '+    proficiency: 2',
    "-  - { agent: 'sam.lee@acme-contact.example', proficiency: 2 }  # flow style",
    "+  - { agent: 'sam.lee@acme-contact.example', proficiency: 2, active: false }  # flow style",
    '-  - proficiency: 3',
    '+  - proficiency: 7',
    '-  # Priya trains new starters',
    '-  - agent: priya.shah@acme-contact.example',
    '-    proficiency: 4',
    '-    note: >',
    '-      Moved down after training.',
    '-    active: false',
    '+    active: true',
    '+  - agent: diego.lopez@acme-contact.example # Diego Lopez',
    '+    proficiency: 6',
  ]);
  const escalationsDiff = shown.out.slice(shown.out.indexOf('--- a/skills/escalations.yaml'), shown.out.indexOf('--- a/skills/web-chat.yaml'));
  const inactiveAgent = sim.tenant.agents.get(4410047)!;
  assert.equal(changedLines(escalationsDiff), [
    `+- agent: ${inactiveAgent.userName} # ${inactiveAgent.firstName} ${inactiveAgent.lastName}, inactive in CXone`,
    '+  proficiency: 2',
  ]);
  const webDiff = shown.out.slice(shown.out.indexOf('--- a/skills/web-chat.yaml'));
  assert.equal(changedLines(webDiff.slice(0, webDiff.indexOf('\nwould update'))), [
    '+  { agent: jane.doe@acme-contact.example, proficiency: 3 },',
    '-  { agent: kira.sato@acme-contact.example, proficiency: 6 },',
    '-  { agent: leo.moreau@acme-contact.example, proficiency: 7 }',
    '+  { agent: kira.sato@acme-contact.example, proficiency: 1 }',
  ]);
  assert.match(shown.out, 'would update skills/billing-support.yaml (Billing Support): +1 ~4 -1');
  assert.match(shown.out, '  ~ jane.doe@acme-contact.example (Jane Doe, 4410001)  proficiency 1 → 2');

  const run = await cli(['refresh', ...NOW]);
  assert.is(run.code, 0, run.err);
  assert.match(run.out, 'Refreshed 3 files (10 changes accepted from CXone)');
  const after = await snapshot();
  // everything outside the changed entries is byte for byte the same
  assert.ok(after['billing-support.yaml']!.startsWith(BILLING.slice(0, BILLING.indexOf('  - agent: jane.doe'))));
  assert.ok(
    after['billing-support.yaml']!.endsWith(
      '    note: "pending: not in CXone yet"\n  - agent: diego.lopez@acme-contact.example # Diego Lopez\n    proficiency: 6\n  # end of list: add new agents above\n',
    ),
  );

  const plan = await cli(['plan', '--detailed-exitcode', ...NOW]);
  assert.is(plan.code, 0, plan.out + plan.err);
  assert.match(plan.out, 'No changes. Live CXone matches skills/.');

  const again = await cli(['refresh', ...NOW]);
  assert.is(again.code, 0);
  assert.match(again.out, 'No changes.');
  assert.equal(await snapshot(), after, 'refreshing twice gives byte-identical files');
  assert.is((await cli(['refresh', '--diff', ...NOW])).code, 0);
});

test('dated entries that are pending or expired, and additive files, are left as written and reported', async () => {
  const holiday = lines(
    'skill: Holiday Overflow',
    'agents:',
    '  - agent: felix.wagner@acme-contact.example',
    '    proficiency: 8',
    '    until: 2026-11-15 # Black Friday pilot, ended',
    '  - agent: sam.lee@acme-contact.example',
    '    proficiency: 5',
    '    from: 2026-12-01',
    '  - agent: diego.lopez@acme-contact.example # due since 20 November, not applied yet',
    '    proficiency: 6',
    '    from: 2026-11-20',
    '    until: 2027-01-05',
  );
  const retention = lines(
    'skill: Retention',
    'mode: additive',
    'constraints: { proficiency: { max: 5 } }',
    'agents:',
    '  - agent: 4410043',
    '    proficiency: 1',
    '  - agent: 4410044',
    '    proficiency: 2',
    '  - agent: 4410046',
    '    proficiency: 3',
  );
  await setup({ 'holiday-overflow.yaml': holiday, 'retention.yaml': retention });
  sim.tenant.set(11012354, 4410002, 9, true); // Sam on the skill early, by hand
  sim.tenant.remove(11012353, 4410044); // removed from an additive queue
  sim.tenant.set(11012353, 4410043, 4, true); // and a listed agent changed there
  sim.tenant.set(11012353, 4410046, 9, true); // beyond the queue's constraints: not accepted
  const run = await cli(['refresh', ...NOW]);
  assert.is(run.code, 0, run.err);
  const after = await snapshot();
  assert.is(after['holiday-overflow.yaml'], holiday);
  assert.is(after['retention.yaml'], retention.replace('    proficiency: 1', '    proficiency: 4'));
  assert.match(
    run.out,
    "skills/holiday-overflow.yaml: felix.wagner@acme-contact.example's entry ended (until has passed) but CXone still has proficiency 8; left as written, apply removes it",
  );
  assert.match(
    run.out,
    "skills/holiday-overflow.yaml: sam.lee@acme-contact.example's entry takes effect on 2026-12-01; CXone has proficiency 9 until then; left as written",
  );
  assert.match(
    run.out,
    "skills/holiday-overflow.yaml: diego.lopez@acme-contact.example's entry is dated (from 2026-11-20) and CXone has no assignment; left as written, apply makes CXone match",
  );
  assert.match(
    run.out,
    `skills/retention.yaml: ${sim.tenant.agents.get(4410046)!.userName} has proficiency 9 in CXone, outside this queue's allowed 1–5; left as written (apply reverts it, or widen constraints.proficiency first)`,
  );
  assert.match(
    run.out,
    'skills/retention.yaml: marco.rossi@acme-contact.example is listed in an additive file but not assigned in CXone; additive files never lose agents'.replace(
      'marco.rossi',
      sim.tenant.agents.get(4410044)!.userName.split('@')[0]!,
    ),
  );
});

test('--queue refreshes only the named queues, and lists no skills as missing a file', async () => {
  await setup({ 'billing-support.yaml': BILLING, 'web-chat.yaml': WEB_CHAT });
  sim.tenant.set(11012345, 4410001, 2, true);
  sim.tenant.set(11012350, 4410037, 1, true);
  const run = await cli(['refresh', '--queue', 'Web Chat', ...NOW]);
  assert.is(run.code, 0, run.err);
  const after = await snapshot();
  assert.is(after['billing-support.yaml'], BILLING);
  assert.is(after['web-chat.yaml'], WEB_CHAT.replace('kira.sato@acme-contact.example, proficiency: 6', 'kira.sato@acme-contact.example, proficiency: 1'));
  assert.not.match(run.out, 'no queue file');
});

test('skills with no file are listed, and written only with --create-missing', async () => {
  await setup({ 'web-chat.yaml': WEB_CHAT });
  const listed = await cli(['refresh', ...NOW]);
  assert.match(listed.out, '10 active CXone skills have no queue file: "Billing Support" (11012345)');
  assert.equal(Object.keys(await snapshot()), ['web-chat.yaml']);
  const created = await cli(['refresh', '--create-missing', ...NOW]);
  assert.is(created.code, 0, created.err);
  assert.match(created.out, 'wrote skills/billing-support.yaml (8 agents)');
  assert.is(Object.keys(await snapshot()).length, 11);
  const plan = await cli(['plan', '--detailed-exitcode', ...NOW]);
  assert.is(plan.code, 0, plan.out + plan.err);
});

test('--create-missing writes 10 queues of 20,000 agents (200,000 assignments) as fast as import writes them', async () => {
  const fixture = generateTenant({ skills: 10, agents: 20_000, assignments: 200_000, seed: 5 });
  await setup({ '.gitkeep': '' }, fixture);
  const timed = async (args: string[]) => {
    const started = performance.now();
    const result = await cli(args);
    return { ...result, seconds: (performance.now() - started) / 1000 };
  };
  // the yardstick on this machine: import reads the same tenant and writes the same ten files
  const imported = await timed(['import', '--out', 'imported']);
  assert.is(imported.code, 0, imported.err);
  const created = await timed(['refresh', '--create-missing', ...NOW]);
  assert.is(created.code, 0, created.err);
  const files = Object.fromEntries(Object.entries(await snapshot()).filter(([name]) => name.endsWith('.yaml')));
  assert.is(Object.keys(files).length, 10);
  for (const [name, text] of Object.entries(files)) assert.is(text.split('\n').filter((l) => l.startsWith('  - agent: ')).length, 20_000, name);
  // grouping the assignments by skill is linear: copying each skill's list on every push made
  // this several times slower than import (22 s against 5 s on an idle 2-core machine)
  const bound = 3 * imported.seconds + 2;
  assert.ok(created.seconds < bound, `refresh --create-missing took ${created.seconds.toFixed(1)} s, import ${imported.seconds.toFixed(1)} s`);
});

test('200-queue tenant, 3 assignments changed live: the diff touches only those 3 entries', async () => {
  const fixture = generateTenant({ skills: 200, agents: 2000, assignments: 8000, seed: 17 });
  await setup({}, fixture);
  assert.is((await cli(['import'])).code, 0);
  const before = await snapshot();
  // the generator has inactive skills, which import leaves out
  assert.is(Object.keys(before).length, fixture.skills.filter((s) => s.isActive).length);
  const rows = sim.tenant.all();
  const [a, b, c] = [rows[5]!, rows[4000]!, rows[7990]!];
  sim.tenant.set(a.skillId, a.agentId, a.proficiency === 20 ? 19 : a.proficiency + 1, a.isActive);
  sim.tenant.set(b.skillId, b.agentId, b.proficiency, !b.isActive);
  sim.tenant.remove(c.skillId, c.agentId);

  const shown = await cli(['refresh', '--diff', ...NOW]);
  assert.is(shown.code, 2, shown.err);
  const name = (skillId: number) => `skills/queue-${String(skillId - 20_000_000).padStart(5, '0')}.yaml`;
  const files = shown.out
    .split('\n')
    .filter((l) => l.startsWith('--- a/'))
    .map((l) => l.slice(6));
  assert.equal(files, [name(a.skillId), name(b.skillId), name(c.skillId)]);
  const login = (agentId: number) => sim.tenant.agents.get(agentId)!.userName;
  const fullName = (agentId: number) => `${sim.tenant.agents.get(agentId)!.firstName} ${sim.tenant.agents.get(agentId)!.lastName}`;
  assert.equal(changedLines(shown.out.slice(0, shown.out.indexOf('would update'))), [
    `-    proficiency: ${a.proficiency}`,
    `+    proficiency: ${a.proficiency === 20 ? 19 : a.proficiency + 1}`,
    ...(b.isActive ? [`+    active: false`] : [`-    active: false`, `+    active: true`]),
    `-  - agent: ${login(c.agentId)} # ${fullName(c.agentId)}`,
    `-    proficiency: ${c.proficiency}`,
    ...(c.isActive ? [] : ['-    active: false']),
  ]);
  assert.is((await cli(['refresh', ...NOW])).code, 0);
  const after = await snapshot();
  assert.equal(
    Object.keys(after)
      .filter((f) => after[f] !== before[f])
      .map((f) => `skills/${f}`),
    files,
  );
  assert.is((await cli(['plan', '--detailed-exitcode', ...NOW])).code, 0);
});

test.run();
