// Warnings grouped by cause: a line per kind with counts, the single ones only for the queues the
// plan changes, all of them with --verbose; kinds settings expect are a count only.
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/plan/make-plan.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { planText } from '../../src/render/plan-text.js';
import { agent, desired, entry, live, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('render: plan warnings grouped by cause');
const plain = new Chalk({ level: 0 });

// 20 queues of 10 agents; agents 1-4 left the company (inactive) and hold a skill in every queue
const agents = Array.from({ length: 10 }, (_, i) => agent(i + 1, `a${i + 1}@x.com`, { isActive: i >= 4 }));
const skills = Array.from({ length: 20 }, (_, s) => skill(1000 + s, `Queue ${s}`));
const rows = skills.flatMap((sk) => agents.map((a) => live(sk.skillId, a.agentId, 2)));

function residuePlan(expectedWarnings: string[] = []) {
  const queues = skills.map((sk, s) =>
    queue(
      sk.skillName,
      agents.map((a) => entry(a.agentId, s === 3 && a.agentId === 10 ? 5 : 2, { at: { file: `skills/queue-${s}.yaml`, line: 5 + 2 * a.agentId, col: 12 } })),
      { skillId: sk.skillId, file: `skills/queue-${s}.yaml` },
    ),
  );
  return makePlan({
    now: NOW,
    settings: settings({ expectedWarnings, safety: { maxRemovePercent: 100, maxChangePercent: 100, minExistingAssignments: 0 } }),
    desired: desired(...queues),
    live: liveState(rows, agents, skills),
  }).plan!;
}

test('one line per kind with counts; single warnings only for the queue that changes', () => {
  const text = planText(residuePlan(), plain);
  assert.match(text, '! 80 assignments of 4 inactive agents are kept; they take no contacts (skillops plan --verbose lists them)');
  const single = text.split('\n').filter((l) => /skills\/queue-\d+\.yaml:\d+:\d+/.test(l));
  assert.is(single.length, 4, text);
  assert.ok(
    single.every((l) => l.includes('skills/queue-3.yaml')),
    single.join('\n'),
  );
});

test('--verbose: every warning on its own line', () => {
  const plan = residuePlan();
  const text = planText(plan, plain, { verbose: true });
  assert.is(text.split('\n').filter((l) => l.startsWith('  ! ') && l.includes('is inactive in CXone')).length, 80);
  assert.is(plan.warnings.length, 80);
  assert.ok(plan.warnings.every((w) => w.code === 'inactive-agent' && w.agentId !== undefined && w.file !== undefined));
});

test('expectedWarnings: the kind is a count only, even for the queue that changes', () => {
  const text = planText(residuePlan(['inactive-agent']), plain);
  assert.match(text, '80 assignments of 4 inactive agents are kept; they take no contacts (expected: settings.expectedWarnings)');
  assert.not.match(text, 'skills/queue-3.yaml:');
  assert.match(planMarkdown(residuePlan(['inactive-agent'])), '(expected)');
});

test.run();
