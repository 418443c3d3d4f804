// The examples on docs/policy.md are real: the settings and the queue file validate, and a plan
// with them judges every rule. (test/unit/docs.test.ts checks every page's YAML too; this goes
// further for this page: every rule is used, and a plan gives a verdict for each.)

import { readFile } from 'node:fs/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { loadDesiredState } from '../../src/config/load-desired-state.js';
import { loadSettings } from '../../src/config/settings.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';
import { agent, live, liveState, skill } from '../helpers/world.js';

const test = suite('docs/policy.md: examples');

async function policyExamples() {
  const page = await readFile(new URL('../../docs/policy.md', import.meta.url), 'utf8');
  const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  assert.is(blocks.length, 2, 'a skillops.yaml and a queue file');
  return { settings: blocks[0]!, queue: blocks[1]! };
}

test('the example skillops.yaml and queue file validate', async () => {
  const ex = await policyExamples();
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': ex.settings, 'skills/billing-support.yaml': ex.queue });
  try {
    const io = captureIo({ cwd: dir, env: {} });
    const code = await runCli(['validate'], io);
    assert.is(code, 0, io.stdout() + io.stderr());
    const loaded = await loadSettings('skillops.yaml', dir);
    assert.equal(loaded.problems, []);
    const s = loaded.settings;
    // every rule is used
    assert.ok(
      s.safety.maxQueueChangePercent !== undefined &&
        s.queueDefaults.staffing.length > 0 &&
        s.queueDefaults.teams.length > 0 &&
        (s.queueDefaults.minActiveAgents ?? 0) > 0,
    );
    assert.ok(s.agents.maxActiveSkills !== undefined && s.agents.protected.length > 0);
    assert.ok(s.changeWindows && s.changeWindows.weekly.length > 0 && s.changeWindows.freezes.length > 0);
    const { desired, problems } = await loadDesiredState('skills', s, dir);
    assert.equal(problems, []);
    const q = desired.queues[0]!;
    assert.ok(q.staffing!.length > 0 && q.teams!.length > 0 && q.minActiveAgents > 0 && q.safety?.maxQueueChangePercent !== undefined);
    // the queue's liveImpact goes over queueDefaults.liveImpact key by key
    assert.equal(q.liveImpact, { minLoggedInWhenWaiting: 2, maxLoggedInRemoved: 1 });
  } finally {
    await cleanup();
  }
});

test('a plan with the examples gives a verdict for every rule and the change window', async () => {
  const ex = await policyExamples();
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': ex.settings, 'skills/billing-support.yaml': ex.queue });
  try {
    const { settings } = await loadSettings('skillops.yaml', dir);
    const { desired } = await loadDesiredState('skills', settings, dir);
    const agents = [
      agent(1, 'jane.doe@acme-contact.example', { teamName: 'Billing Experts' }),
      agent(2, 'paula.costa@acme-contact.example', { teamName: 'Leads' }),
    ];
    const skills = [skill(10, 'Billing Support'), skill(20, 'Escalations')];
    const now = new Date('2026-11-28T12:00:00Z');
    const realTime = {
      available: true as const,
      readAt: now.toISOString(),
      skills: [{ skillId: 10, agentsLoggedIn: 1, agentsAvailable: 1, agentsWorking: 0, queueCount: 2 }],
      agents: [{ agentId: 2, state: 'Available', kind: 'available' as const }],
    };
    const plan = makePlan({ now, settings, desired, live: liveState([live(10, 2, 1), live(20, 2, 1)], agents, skills), realTime }).plan!;
    const rules = new Set(plan.policy.verdicts.map((v) => v.rule));
    assert.equal([...rules].sort(), [
      'liveMaxLoggedInRemoved',
      'liveMinLoggedIn',
      'maxActiveSkills',
      'maxChangePercent',
      'maxQueueChangePercent',
      'maxRemovePercent',
      'minActiveAgents',
      'protectedSkill',
      'staffing',
      'team',
    ]);
    assert.equal(
      { open: plan.policy.window!.open, reason: plan.policy.window!.reason },
      { open: false, reason: 'change freeze 2026-11-27 to 2026-11-30: Black Friday peak' },
    );
  } finally {
    await cleanup();
  }
});

test.run();
