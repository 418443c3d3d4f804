import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/plan/make-plan.js';
import { planJson, planMarkdown } from '../../src/render/plan-markdown.js';
import { planText } from '../../src/render/plan-text.js';
import { forMarkdown as escapeMarkdown, fenceFor } from '../../src/text/untrusted.js';
import { agent, desired, entry, live, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('render: plan (golden files)');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

// Hostile CXone names: Markdown, HTML, backtick fences, mentions, newlines, ANSI escapes
const agents = [
  agent(1, 'ann@x.com', { firstName: 'Ann', lastName: 'Lee' }),
  agent(2, 'bob@x.com', { firstName: '<img src=x onerror=alert(1)>', lastName: '**Bold** [link](http://evil.example)' }),
  agent(3, 'cy@x.com', { firstName: '```', lastName: 'fence\n+ fake added line' }),
  agent(4, 'dee@x.com', { firstName: '@octocat', lastName: '| pipe | \u001b[31mred' }),
];
const skills = [skill(100, 'Billing <script>alert(1)</script>'), skill(200, 'Sales `code` _em_ </details>'), skill(300, 'Unmanaged')];

const at = (line: number) => ({ at: { file: 'skills/q.yaml', line, col: 12 } });

function goldenPlan() {
  const result = makePlan({
    now: NOW,
    settings: settings({ timeZone: 'Europe/London' }),
    desired: desired(
      queue('Billing <script>alert(1)</script>', [entry(1, 1, at(5)), entry(2, 2, at(7)), entry(3, 4, { from: '2026-12-01', ...at(9) })], {
        skillId: 100,
        minActiveAgents: 2,
      }),
      queue('Sales `code` _em_ </details>', [entry(4, 3, { active: false, ...at(5) })], { skillId: 200, minActiveAgents: 1 }),
    ),
    live: liveState([live(100, 1, 1), live(100, 2, 5), live(100, 4, 2), live(200, 4, 3), live(200, 1, 9)], agents, skills),
  });
  return result.plan!;
}

async function golden(name: string, actual: string) {
  const url = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(url, actual);
  }
  const expected = await readFile(url, 'utf8');
  assert.fixture(actual, expected);
}

test('text', async () => {
  await golden('plan.txt', planText(goldenPlan(), new Chalk({ level: 0 })));
});

test('markdown', async () => {
  await golden('plan.md', planMarkdown(goldenPlan()));
});

test('json', async () => {
  await golden('plan.json', planJson(goldenPlan()));
});

test('text never carries raw control characters from CXone names', () => {
  const text = planText(goldenPlan(), new Chalk({ level: 0 }));
  assert.not.match(text, '\u001b');
  assert.not.match(text, /\n\s*\+ fake added line/);
});

test('markdown: hostile names cannot inject HTML, mentions, links or close the fence', () => {
  const md = planMarkdown(goldenPlan());
  // Outside code blocks nothing from CXone may be live Markdown or HTML
  const fences = [...md.matchAll(/^(`{3,})diff\n([\s\S]*?)\n\1$/gm)];
  assert.is(fences.length, 2);
  let prose = md;
  for (const f of fences) prose = prose.replace(f[0], '');
  for (const bad of ['<script', '<img', '@octocat', '[link](', '**Bold**', '`code`', '_em_', '\u001b']) {
    assert.not.ok(prose.includes(bad), `prose contains ${JSON.stringify(bad)}`);
  }
  // two queues and the collapsed list of passed policy rules
  assert.is(prose.match(/<details>/g)?.length, 3, 'only our own <details> tags');
  assert.is(prose.match(/<\/details>/g)?.length, 3);
  // Inside a block: the fence is longer than any backtick run, and a newline in a name
  // cannot start a fake "+" line
  for (const [, fence, body] of fences) {
    assert.not.ok(body!.includes(fence!), 'body cannot close its fence');
    assert.ok(
      body!.split('\n').every((line) => /^[+~-] |^ {2}/.test(line)),
      'every line is one of ours',
    );
  }
  assert.match(md, '````diff');
  assert.is(fenceFor('a ````` b'), '``````');
  assert.is(escapeMarkdown('a|b\nc'), 'a&#124;b&#92;nc');
});

test('the summary line matches Terraform wording', () => {
  const text = planText(goldenPlan(), new Chalk({ level: 0 }));
  assert.match(text, 'Plan: 0 to add, 2 to change, 2 to remove across 2 queues.');
  assert.match(planMarkdown(goldenPlan()), '**Plan: 0 to add, 2 to change, 2 to remove across 2 queues.**');
  const none = makePlan({ now: NOW, settings: settings(), desired: desired(queue('Sales', [])), live: liveState([], agents, [skill(200, 'Sales')]) }).plan!;
  assert.match(planText(none, new Chalk({ level: 0 })), 'No changes. Live CXone matches skills/.');
});

test.run();
