import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/domain/plan.js';
import { generateTenant } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { cliAt, skillFiles } from '../helpers/cli-in-process.js';
import { planLines } from '../helpers/plan-changes.js';
import { startSim } from '../helpers/sim.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: assign, unassign and move on a generated 200-queue repository');
let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;
const cli = cliAt(() => ({ dir, env: { ...sim.env, SKILLOPS_NOW: '2026-11-25' } }));
const changedLines = (diff: string) => diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) [ab]\//.test(l));
const queueName = (i: number) => `Queue ${String(i).padStart(5, '0')}`;
const fileOf = (i: number) => `queue-${String(i).padStart(5, '0')}.yaml`;

test.before(async () => {
  sim = await startSim({ fixture: generateTenant({ skills: 200, agents: 2000, assignments: 8000, seed: 17 }) });
  ({ dir, cleanup } = await tempDir({ 'skillops.yaml': lines('skillsDir: skills', 'apply: { requestsPerSecond: 1000 }') }));
  assert.is((await cli(['import'])).code, 0);
});
test.after(async () => {
  await sim.close();
  await cleanup();
});

test('each command touches only its entries among 200 files; plan shows exactly those changes', async () => {
  const clean = await cli(['plan', '--format', 'json', '--force']);
  assert.equal(planLines(JSON.parse(clean.out) as Plan), []);
  const before = await skillFiles(dir);
  const rows = sim.tenant.all();
  const login = (agentId: number) => sim.tenant.agents.get(agentId)!.userName;
  const activeSkill = (skillId: number) => sim.tenant.skills.get(skillId)?.isActive;
  const pick = rows.filter((r) => activeSkill(r.skillId) && sim.tenant.agents.get(r.agentId)!.isActive);
  const [a, b, c] = [pick[10]!, pick[3000]!, pick[6000]!];
  const idx = (skillId: number) => skillId - 20_000_000;
  // a: proficiency changes in place; b: removed; c: moves to a queue it is not in
  const newProf = a.proficiency === 20 ? 19 : a.proficiency + 1;
  const target = pick.find((r) => r.skillId !== c.skillId && !rows.some((x) => x.skillId === r.skillId && x.agentId === c.agentId))!.skillId;
  const r1 = await cli(['assign', queueName(idx(a.skillId)), login(a.agentId), '--proficiency', String(newProf)]);
  assert.is(r1.code, 0, r1.err);
  assert.equal(changedLines(r1.out), [`-    proficiency: ${a.proficiency}`, `+    proficiency: ${newProf}`]);
  const r2 = await cli(['unassign', fileOf(idx(b.skillId)), String(b.agentId)]);
  assert.is(r2.code, 0, r2.err);
  assert.ok(changedLines(r2.out)[0]!.startsWith(`-  - agent: ${login(b.agentId)} # `), r2.out);
  const r3 = await cli(['move', login(c.agentId), '--from', String(c.skillId), '--to', queueName(idx(target)), '--on', '2026-12-07']);
  assert.is(r3.code, 0, r3.err);
  assert.equal(changedLines(r3.out).slice(0, 1), ['+    until: 2026-12-06']);
  const after = await skillFiles(dir);
  const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
  assert.equal(changed.sort(), [...new Set([fileOf(idx(a.skillId)), fileOf(idx(b.skillId)), fileOf(idx(c.skillId)), fileOf(idx(target))])].sort());
  const planned = await cli(['plan', '--format', 'json', '--force']);
  const state = (p: number, active: boolean) => `${p}${active ? '' : ' inactive'}`;
  assert.equal(
    planLines(JSON.parse(planned.out) as Plan),
    [
      `~ ${queueName(idx(a.skillId))} ${login(a.agentId)} ${state(a.proficiency, a.isActive)} -> ${state(newProf, a.isActive)}`,
      `- ${queueName(idx(b.skillId))} ${login(b.agentId)} ${state(b.proficiency, b.isActive)}`,
      `pending ${queueName(idx(target))} ${login(c.agentId)} ${c.proficiency} from 2026-12-07`,
    ].sort(),
  );
});

test("agent: one agent's entries across the 200 files, beside what CXone has", async () => {
  const rows = sim.tenant.all();
  const someone = rows.find((r) => sim.tenant.agents.get(r.agentId)!.isActive)!.agentId;
  const login = sim.tenant.agents.get(someone)!.userName;
  const held = rows.filter((r) => r.agentId === someone && sim.tenant.skills.get(r.skillId)?.isActive);
  const r = await cli(['agent', login, '--live']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, `${login} (Agent ${someone - 30_000_000}, ${someone}): `);
  const lines = r.out.split('\n').filter((l) => l.startsWith('Queue '));
  // every live assignment on an active skill is a file entry (import wrote them), each with what CXone has
  assert.ok(held.length > 0);
  for (const h of held) {
    const name = `Queue ${String(h.skillId - 20_000_000).padStart(5, '0')}`;
    const line = lines.find((l) => l.startsWith(`${name} `));
    assert.ok(line, `${name} in\n${r.out}`);
    const state = `${h.proficiency}${h.isActive ? '' : ' (inactive)'}`;
    assert.ok(line!.endsWith(`  ${state}`), `${line} ends with CXone's ${state}`);
  }
});

test.run();
