// Proficiency 12 is applied and verified without ever sending a value
// the skill-centric contract forbids (enum 1-5), and apply still sends the fewest requests.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runApply } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/program.js';
import type { Change, Plan } from '../../src/domain/plan.js';
import { seededRandom } from '../../src/sim/random.js';
import type { RunningSim } from '../../src/sim/server.js';
import { bulkEligible, minimumWrites, planBatches, SKILL_CENTRIC_MAX_PROFICIENCY } from '../../src/use-cases/apply/batches.js';
import { type RecordingProxy, startRecordingProxy } from '../contract/recording-proxy.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: proficiency above 5 and the minimum number of writes');
const EMAIL_CARE = 11012351;
const JANE = 4410001;
const INES = 4410035;

/**
 * The fewest requests, found by brute force (independent of planBatches): per action, the
 * smallest set of skills and agents such that every change has its skill or its agent in the
 * set, and a change above proficiency 5 has its agent in it. Batches are not cut here.
 */
function bruteForceMinimum(changes: Change[]): number {
  let total = 0;
  for (const action of ['add', 'update', 'remove'] as const) {
    const edges = changes.filter((c) => c.action === action);
    if (edges.length === 0) continue;
    const vertices = [...new Set(edges.flatMap((c) => [`s${c.skillId}`, `a${c.agentId}`]))];
    assert.ok(vertices.length <= 22, 'small enough to enumerate');
    let best = Infinity;
    for (let mask = 0; mask < 2 ** vertices.length; mask++) {
      const chosen = new Set(vertices.filter((_, i) => mask & (1 << i)));
      if (chosen.size >= best) continue;
      const ok = edges.every(
        (c) => chosen.has(`a${c.agentId}`) || (chosen.has(`s${c.skillId}`) && !(action !== 'remove' && c.after!.proficiency > SKILL_CENTRIC_MAX_PROFICIENCY)),
      );
      if (ok) best = chosen.size;
    }
    total += best;
  }
  return total;
}

let sim: RunningSim;
let proxy: RecordingProxy;
let repo: Awaited<ReturnType<typeof exampleRepo>>;

test.after.each(async () => {
  await proxy?.close();
  await sim?.close();
  await repo?.cleanup();
});

for (const bulkPairs of [0, 1000])
  test(`proficiency 12 (an add and an update) is applied agent-centric and verified; no skill-centric or bulk body carries more than 5; the write count is the minimum (bulkPairs ${bulkPairs})`, async () => {
    sim = await startSim(); // default knobs: skill-centric 1-5 enforced, agent-centric 1-20
    proxy = await startRecordingProxy(sim.url);
    repo = await exampleRepo({ apply: { batchSize: 50, concurrency: 4, requestsPerSecond: 1000, bulkPairs } });
    const file = path.join(repo.dir, 'skills', 'email-care.yaml');
    const yaml = await readFile(file, 'utf8');
    const edited = yaml.replace(
      '  - agent: ines.ferreira@acme-contact.example\n    proficiency: 1\n',
      '  - agent: ines.ferreira@acme-contact.example\n    proficiency: 12\n  - agent: jane.doe@acme-contact.example\n    proficiency: 12\n',
    );
    assert.is.not(edited, yaml);
    await writeFile(file, edited);
    const env = { ...sim.env, CXONE_API_BASE: proxy.url, CXONE_AUTH_URL: proxy.url };
    const planIo = captureIo({ cwd: repo.dir, env });
    assert.is(await runCli(['plan', '--format', 'json', '--now', '2026-11-25'], planIo), 0, planIo.stderr());
    const plan = JSON.parse(planIo.stdout()) as Plan;
    const changes = plan.queues.flatMap((q) => q.changes);
    assert.ok(changes.some((c) => c.agentId === JANE && c.action === 'add' && c.after?.proficiency === 12));
    assert.ok(changes.some((c) => c.agentId === INES && c.action === 'update' && c.after?.proficiency === 12));

    proxy.exchanges.length = 0;
    const io = captureIo({ cwd: repo.dir, env });
    const r = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io);
    assert.is(r.exitCode, 0, io.stderr());
    assert.is(sim.tenant.get(EMAIL_CARE, JANE)?.proficiency, 12);
    assert.is(sim.tenant.get(EMAIL_CARE, INES)?.proficiency, 12);
    const [record] = await auditRecords(repo.auditDir);
    assert.ok(record!.verification.ok, JSON.stringify(record!.verification));
    assert.is(record!.outcome, 'applied');

    const writes = proxy.exchanges.filter((e) => e.method !== 'GET' && e.path.startsWith('/inContactAPI/'));
    // nothing the skill-centric contract forbids was sent; nothing was refused
    for (const w of writes.filter((e) => /\/skills\/\d+\/agents$/.test(e.path))) {
      const { agents } = JSON.parse(w.requestBody) as { agents: Array<{ proficiency?: number }> };
      assert.ok(
        agents.every((a) => a.proficiency === undefined || (a.proficiency >= 1 && a.proficiency <= 5)),
        w.requestBody,
      );
    }
    const bulk = writes.filter((e) => /\/agents\/skills$/.test(e.path));
    for (const w of bulk) {
      const { agentAndSkillDetails } = JSON.parse(w.requestBody) as { agentAndSkillDetails: Array<{ skills: Array<{ proficiency?: number }> }> };
      assert.ok(
        agentAndSkillDetails.every((d) => d.skills.every((s) => s.proficiency !== undefined && s.proficiency >= 1 && s.proficiency <= 5)),
        w.requestBody,
      );
    }
    assert.ok(writes.every((w) => w.status === 200));
    assert.ok(writes.some((w) => /\/agents\/4410001\/skills$/.test(w.path) && w.requestBody.includes('"proficiency":12')));
    if (bulkPairs === 0) {
      // the minimum: 14 for this plan (5 agent-centric adds above 5, 2 other adds, 4 updates of which
      // one agent-centric, 3 removes; no two of them can share a request)
      assert.is(bulk.length, 0);
      assert.is(writes.length, bruteForceMinimum(changes));
    } else {
      // every add and update within 1-5 in one bulk request; the rest as without it
      assert.is(bulk.length, 1);
      assert.is(writes.length, 1 + bruteForceMinimum(changes.filter((c) => !bulkEligible(c))));
    }
    assert.is(writes.length, minimumWrites(plan, 50, bulkPairs));
    assert.is(record!.requests.writes, writes.length);
    assert.is(await runCli(['plan', '--detailed-exitcode', '--now', '2026-11-25'], captureIo({ cwd: repo.dir, env })), 0);
  });

test('planBatches equals the brute-force minimum on random plans, and never sends above 5 skill-centric', () => {
  const random = seededRandom(12);
  for (let round = 0; round < 300; round++) {
    const changes: Change[] = [];
    const seen = new Set<string>();
    const n = 1 + Math.floor(random() * 12);
    for (let i = 0; i < n; i++) {
      const skillId = 1 + Math.floor(random() * 5);
      const agentId = 100 + Math.floor(random() * 6);
      if (seen.has(`${skillId}:${agentId}`)) continue;
      seen.add(`${skillId}:${agentId}`);
      const action = (['add', 'update', 'remove'] as const)[Math.floor(random() * 3)]!;
      const proficiency = 1 + Math.floor(random() * 20);
      changes.push({ action, skillId, agentId, userName: `u${agentId}`, name: '', ...(action === 'remove' ? {} : { after: { proficiency, isActive: true } }) });
    }
    const plan = {
      queues: [1, 2, 3, 4, 5].map((skillId) => ({ skillId, skillName: `S${skillId}`, changes: changes.filter((c) => c.skillId === skillId) })),
    } as unknown as Plan;
    const batches = planBatches(plan, 1000);
    assert.is(new Set(batches.map((b) => b.request)).size, bruteForceMinimum(changes), `round ${round}`);
    for (const b of batches) {
      if (b.via === 'skill') assert.ok(b.changes.every((c) => c.action === 'remove' || c.after!.proficiency <= 5));
      if (b.via === 'agent') assert.is(new Set(b.changes.map((c) => c.agentId)).size, 1);
    }
    // every change exactly once
    assert.is(batches.flatMap((b) => b.changes).length, changes.length);
    // with batches of 2, each request holds at most 2 changes
    const small = planBatches(plan, 2);
    const perRequest = new Map<string, number>();
    for (const b of small) perRequest.set(b.request, (perRequest.get(b.request) ?? 0) + b.changes.length);
    assert.ok([...perRequest.values()].every((k) => k <= 2));
  }
});

test.run();
