// Golden renderings of policy results: every rule, every verdict, and a closed change window, in
// the terminal text and the pull-request Markdown.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../../src/domain/errors.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { planText } from '../../src/render/plan-text.js';
import { readPlanFile } from '../../src/use-cases/planning/plan-file.js';
import { tempDir } from '../helpers/temp-dir.js';
import { agent, desired, entry, live, liveState, queue, skill } from '../helpers/world.js';

const test = suite('render: policy results (golden files)');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

const AGENTS = [
  agent(1, 'ann@x.com', { firstName: 'Ann', lastName: 'Lee', teamName: 'Tier 2' }),
  agent(2, 'bob@x.com', { firstName: 'Bob', lastName: 'Ray', teamName: 'Tier 2' }),
  agent(3, 'cy@x.com', { firstName: 'Cy', lastName: 'Ng', teamName: 'Tier 1' }),
  agent(4, 'dee@x.com', { firstName: 'Dee', lastName: 'Oz', teamName: 'Tier 1' }),
  agent(5, 'sup@x.com', { firstName: 'Sue', lastName: 'Pi', teamName: 'Leads' }),
];
const SKILLS = [skill(100, 'Billing'), skill(200, 'Escalations'), skill(300, 'Sales <b>EMEA</b>'), skill(400, 'Chat')];

export function policyPlan() {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    timeZone: 'Europe/London',
    safety: { maxRemovePercent: 30, maxChangePercent: 50, minExistingAssignments: 2, maxQueueChangePercent: 40 },
    agents: {
      maxActiveSkills: 3,
      protected: [
        { agent: 'sup@x.com', skills: ['Escalations'], note: 'escalation lead' },
        { agent: 'cy@x.com', skills: ['Chat'] },
      ],
    },
    changeWindows: {
      timeZone: 'Europe/London',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', until: '09:00' }],
      freezes: [{ from: '2026-11-27', until: '2026-11-30', reason: 'Black Friday **peak** <script>' }],
    },
  };
  const result = makePlan({
    now: new Date('2026-11-28T12:00:00Z'),
    settings,
    force: true,
    desired: desired(
      // Billing: bob demoted below the staffing rule (refused), team minimum kept (ok), own thresholds forced
      queue('Billing', [entry(1, 1), entry(2, 6), entry(3, 5), entry(4, 5)], {
        skillId: 100,
        minActiveAgents: 3,
        staffing: [{ minAgents: 2, maxProficiency: 3 }],
        teams: [{ team: 'Tier 2', minAgents: 2 }],
        safety: { maxChangePercent: 20 },
      }),
      // Escalations: the protected lead removed (refused); minActiveAgents already short (warning)
      queue('Escalations', [entry(4, 2)], { skillId: 200, minActiveAgents: 3 }),
      // Sales: ann gains a fourth skill (refused); dee, above the cap already, only changes level (warning)
      queue('Sales <b>EMEA</b>', [entry(1, 4), entry(4, 3)], { skillId: 300, teams: [{ team: 'Leads | <i>x</i>', minAgents: 1 }] }),
      // Chat: unchanged and short of its minimum (warning: reported though nothing changes)
      queue('Chat', [entry(1, 1), entry(4, 1)], { skillId: 400, minActiveAgents: 5 }),
    ),
    live: liveState(
      [
        live(100, 1, 1),
        live(100, 2, 2),
        live(100, 3, 5),
        live(100, 4, 5),
        live(200, 4, 2),
        live(200, 5, 1),
        live(300, 4, 2),
        live(400, 1, 1),
        live(400, 4, 1),
        live(500, 4, 1),
        live(600, 1, 1),
      ],
      AGENTS,
      SKILLS,
    ),
  });
  assert.ok(result.plan, JSON.stringify(result.problems));
  return result.plan!;
}

async function golden(name: string, actual: string) {
  const url = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(url, actual);
  }
  assert.fixture(actual, await readFile(url, 'utf8'));
}

test('every verdict kind is present', () => {
  const kinds = new Set(policyPlan().policy.verdicts.map((v) => `${v.rule}:${v.verdict}`));
  for (const k of [
    'minActiveAgents:ok',
    'minActiveAgents:warning',
    'staffing:refused',
    'team:ok',
    'team:warning',
    'maxChangePercent:forced',
    'maxQueueChangePercent:forced',
    'maxActiveSkills:refused',
    'maxActiveSkills:warning',
    'protectedSkill:refused',
    'protectedSkill:warning',
    'maxRemovePercent:ok',
  ]) {
    assert.ok(kinds.has(k), `${k} in ${[...kinds].join(' ')}`);
  }
});

test('text', async () => {
  await golden('policy.txt', planText(policyPlan(), new Chalk({ level: 0 })));
});

test('markdown', async () => {
  const md = planMarkdown(policyPlan());
  await golden('policy.md', md);
  // names from CXone, team names and the freeze reason cannot inject HTML or break the table
  for (const bad of ['<b>EMEA', '<i>', '<script', '**peak**', '| <i>']) assert.not.ok(md.includes(bad), bad);
});

test('a plan with thousands of verdicts keeps the comment short: the JSON plan holds them all', () => {
  const plan = policyPlan();
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...plan.policy.verdicts.find((v) => v.verdict === 'ok')!, queue: `Queue ${i}` }));
  const warnings = Array.from({ length: 500 }, (_, i) => ({ ...plan.policy.verdicts.find((v) => v.verdict === 'warning')!, queue: `Short ${i}` }));
  const big = { ...plan, policy: { ...plan.policy, verdicts: [...plan.policy.verdicts, ...many, ...warnings] } };
  const md = planMarkdown(big);
  assert.ok(md.length < 40_000, `${md.length} characters`);
  const ok = big.policy.verdicts.filter((v) => v.verdict === 'ok').length;
  // passed rules are counted, not listed: only verdicts that need attention get rows
  assert.match(md, `The other ${ok} rules passed.`);
  assert.not.match(md, '✅ ok |');
  assert.match(md, /… and \d+ more verdicts that need attention/);
  const text = planText(big, new Chalk({ level: 0 }));
  assert.match(text, /… and \d+ more rules ok/);
  // every warning is still listed in the terminal
  assert.is(text.split('\n').filter((l) => l.includes('Short ')).length, 500);
});

test('a saved plan without per-rule verdicts or an origin is refused when read back, not rendered from its violations', async () => {
  const plan = { ...policyPlan(), origin: { skillsDir: 'skills' } };
  const { verdicts: _dropped, ...withoutVerdicts } = plan.policy;
  const { origin: _o, ...withoutOrigin } = plan;
  const dir = await tempDir({
    'ok.json': JSON.stringify(plan),
    'no-verdicts.json': JSON.stringify({ ...plan, policy: withoutVerdicts }),
    'no-origin.json': JSON.stringify(withoutOrigin),
  });
  try {
    assert.is((await readPlanFile(path.join(dir.dir, 'ok.json'))).policy.verdicts.length, plan.policy.verdicts.length);
    for (const file of ['no-verdicts.json', 'no-origin.json']) {
      const error = await readPlanFile(path.join(dir.dir, file)).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.instance(error, UsageError, file);
      assert.match((error as Error).message, 'is a damaged plan file');
    }
  } finally {
    await dir.cleanup();
  }
});

test.run();
