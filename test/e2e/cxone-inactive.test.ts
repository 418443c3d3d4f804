// A tenant with inactive agents, inactive assignments and inactive
// skills. CXone's GET /agents/skills hides all of them unless asked (isActive and isAgentActive
// default true, isSkillActive default true); skillops must still see every assignment.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { readLiveState, rereadSkills } from '../../src/cxone/read-live-state.js';
import type { LiveAssignment } from '../../src/domain/live-state.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { cliAt } from '../helpers/cli-in-process.js';
import { clientFor, startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: inactive agents, assignments and skills');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;

const cli = cliAt(() => ({ dir, env: sim.env }));
const order = (rows: LiveAssignment[]) =>
  rows
    .map(({ skillId, agentId, proficiency, isActive }) => ({ skillId, agentId, proficiency, isActive }))
    .sort((a, b) => a.skillId - b.skillId || a.agentId - b.agentId);

const TOM = 4410006; // tom.brown: his Billing Support assignment is inactive
const BILLING = 11012345;
const FAX = 11012398; // an inactive skill; victor.alvarez (an inactive agent) holds an inactive assignment there

test.after.each(async () => {
  await sim.close();
  await cleanup();
});

for (const listsInactive of [false, true]) {
  const knob = `GET /skills/{id}/agents ${listsInactive ? 'lists' : 'hides'} inactive assignments`;

  test(`import then plan --detailed-exitcode exits 0, inactive skills included (${knob})`, async () => {
    sim = await startSim({ faults: { skillAgentsListInactive: listsInactive } });
    ({ dir, cleanup } = await tempDir());
    // the fixture really has all three kinds
    assert.ok(!sim.tenant.agents.get(4410047)!.isActive && !sim.tenant.skills.get(FAX)!.isActive && !sim.tenant.get(BILLING, TOM)!.isActive);
    const imported = await cli(['import', '--include-inactive']);
    assert.is(imported.code, 0, imported.err);
    const fax = await readFile(path.join(dir, 'skills', 'fax-requests-retired.yaml'), 'utf8');
    assert.match(fax, 'victor.alvarez@acme-contact.example');
    const plan = await cli(['plan', '--detailed-exitcode']);
    assert.is(plan.code, 0, plan.out + plan.err);
    assert.match(plan.out, 'No changes.');
  });

  test(`an assignment that exists inactive is updated, never added, and verification agrees (${knob})`, async () => {
    sim = await startSim({ faults: { skillAgentsListInactive: listsInactive } });
    ({ dir, cleanup } = await tempDir());
    assert.is((await cli(['import'])).code, 0);
    // tom.brown: wanted active now
    const file = path.join(dir, 'skills', 'billing-support.yaml');
    const yaml = await readFile(file, 'utf8');
    const edited = yaml.replace(/(- agent: tom\.brown@acme-contact\.example[^\n]*\n {4}proficiency: \d+\n) {4}active: false\n/, '$1');
    assert.is.not(edited, yaml, 'the imported file marks the assignment inactive');
    await writeFile(file, edited);
    const planned = JSON.parse((await cli(['plan', '--format', 'json'])).out) as Plan;
    const changes = planned.queues.flatMap((q) => q.changes);
    assert.equal(
      changes.map((c) => [c.action, c.skillId, c.agentId, c.before?.isActive, c.after?.isActive]),
      [['update', BILLING, TOM, false, true]],
    );
    const io = captureIo({ cwd: dir, env: { ...sim.env } });
    const applied = await runApply({ config: 'skillops.yaml', autoApprove: true, auditDir: path.join(dir, 'audit') }, io);
    assert.is(applied.exitCode, 0, io.stderr());
    assert.is(sim.tenant.get(BILLING, TOM)?.isActive, true);
    const [record] = await auditRecords(path.join(dir, 'audit'));
    assert.ok(record!.verification.ok, JSON.stringify(record!.verification));
    assert.is((await cli(['plan', '--detailed-exitcode'])).code, 0);
  });

  test(`re-reading touched skills per skill or tenant-wide gives every assignment, inactive ones included (${knob})`, async () => {
    sim = await startSim({ faults: { skillAgentsListInactive: listsInactive } });
    ({ dir, cleanup } = await tempDir());
    // pages of 10: the per-skill way is cheaper for one small skill, the tenant-wide way for many
    const client = await clientFor(sim, { pageSize: 10 });
    const live = await readLiveState(client);
    assert.equal(order(live.assignments), order(sim.tenant.all()));
    sim.tenant.set(BILLING, TOM, 4, false); // unchanged flags, new time stamp: still the same
    sim.tenant.set(FAX, 4410010, 9, true);
    for (const touched of [[BILLING], [BILLING, FAX, 11012346, 11012347, 11012348, 11012349, 11012350, 11012351]]) {
      sim.resetStats();
      const fresh = await rereadSkills(client, live, touched, 4);
      const isTouched = (a: LiveAssignment) => touched.includes(a.skillId);
      assert.equal(order(fresh.assignments.filter(isTouched)), order(sim.tenant.all().filter(isTouched)), `touched ${touched.length}`);
      assert.equal(order(fresh.assignments.filter((a) => !isTouched(a))), order(live.assignments.filter((a) => !isTouched(a))));
      const perSkill = sim.stats.byRoute['GET /skills/{id}/agents'] ?? 0;
      assert.is(perSkill > 0, touched.length === 1, `per-skill reads for ${touched.length} touched skills: ${perSkill}`);
    }
  });
}

test('without the activity filters CXone would hide them: the simulator applies the documented defaults', async () => {
  sim = await startSim();
  ({ dir, cleanup } = await tempDir());
  const client = await clientFor(sim);
  const defaults = await client.listAllAssignments({ isActive: true, isAgentActive: true, isSkillActive: true });
  const hidden = sim.tenant.all().filter((a) => !defaults.some((d) => d.skillId === a.skillId && d.agentId === a.agentId));
  assert.equal(hidden.map((a) => `${a.skillId}:${a.agentId}`).sort(), ['11012345:4410006', '11012398:4410010', '11012398:4410011', '11012398:4410047']);
  // every combination the tenant needs: 2 x 2 x 2 (it has an inactive agent and an inactive skill)
  sim.resetStats();
  await readLiveState(client);
  assert.is(sim.stats.byRoute['GET /agents/skills'], 8);
});

test.run();
