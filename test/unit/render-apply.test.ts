import { Chalk } from 'chalk';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildAuditRecord } from '../../src/audit/audit-record.js';
import type { ChangeResult } from '../../src/domain/change-result.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { applyText, unfinishedRunsText } from '../../src/render/apply-text.js';
import type { FinishedApply } from '../../src/use-cases/apply/apply-types.js';
import { agent, desired, entry, live, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('render: apply outcome');
const color = new Chalk({ level: 0 });

function finished(statuses: ChangeResult['status'][], checkedSkills: number): FinishedApply {
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(queue('Billing', [entry(1, 1), entry(2, 2)], { skillId: 100 })),
    live: liveState([live(100, 3, 1)], [agent(1, 'ann@x.com'), agent(2, 'bob@x.com'), agent(3, 'cy@x.com')], [skill(100, 'Billing')]),
  }).plan!;
  const changes = plan.queues.flatMap((q) => q.changes);
  const results: ChangeResult[] = changes.map((change, i) => ({
    change,
    status: statuses[i] ?? 'applied',
    ...(statuses[i] === 'failed' ? { error: 'Simulated failure' } : {}),
  }));
  const counts = { applied: 0, failed: 0, notAttempted: 0, unknown: 0 };
  for (const r of results) counts[r.status === 'applied' ? 'applied' : r.status === 'failed' ? 'failed' : 'notAttempted']++;
  const verification = { ok: true, checkedSkills, unexpected: [] };
  const webhook = { delivered: false, skipped: 'no webhook.url configured' };
  const record = buildAuditRecord({
    startedAt: new Date(NOW),
    finishedAt: new Date(NOW),
    who: { actor: 'me' },
    plan,
    source: 'fresh',
    results,
    interrupted: false,
    stats: { requests: 0, retries: 0, byRoute: {}, byStatus: {} } as never,
    durationsMs: { total: 0, read: 0, plan: 0, apply: 0, verify: 0 },
    verification,
    webhook,
  });
  return {
    status: 'finished',
    plan,
    source: 'fresh',
    unfinishedRuns: [],
    results,
    counts,
    verification,
    webhook,
    record,
    journal: 'x.journal.jsonl',
    audit: { written: true, path: '/tmp/a.json' },
  };
}

test('"Verified: live CXone now matches skills/" only when nothing failed; counts pluralised', () => {
  const ok = applyText(finished(['applied', 'applied', 'applied'], 1), { color, cwd: '/' });
  assert.match(ok, 'Verified: live CXone now matches skills/ (1 skill re-read).');
  const oneFailed = applyText(finished(['applied', 'failed', 'applied'], 3), { color, cwd: '/' });
  assert.not.match(oneFailed, 'now matches');
  assert.match(oneFailed, 'Verified: live CXone differs from skills/ only by the 1 failure above (3 skills re-read).');
});

test('unfinished runs: each names its journal, what was applied, what is unknown and what was never sent', () => {
  const text = unfinishedRunsText(
    [
      {
        journal: '2026/11/x.journal.jsonl',
        startedAt: '2026-11-25T10:00:00.000Z',
        actor: '::error::forged',
        liveFingerprint: 'f',
        intended: 12,
        applied: 3,
        failed: 1,
        unknown: 2,
        notSent: 6,
        stopping: 'SIGINT',
      },
    ],
    '/repo/audit',
    '/repo',
  );
  assert.match(text, 'audit/2026/11/x.journal.jsonl: started 2026-11-25T10:00:00.000Z');
  assert.match(text, '12 intended: 3 applied, 1 failed, 2 UNKNOWN (outcome not recorded), 6 not sent');
  assert.ok(
    text.split('\n').every((line) => !line.startsWith('::')),
    'no line starts with a workflow command',
  );
});

test('an interrupted apply counts changes never sent per queue instead of listing thousands of lines; failures are listed up to a screenful', () => {
  const base = finished(['applied', 'applied', 'applied'], 0);
  const template = base.results[0]!.change;
  const results: ChangeResult[] = [];
  for (let q = 0; q < 30; q++)
    for (let i = 0; i < 100; i++)
      results.push({ change: { ...template, skillId: 1000 + q, agentId: i }, status: 'not-attempted', error: 'interrupted before this batch was sent' });
  for (let i = 0; i < 60; i++) results.push({ change: { ...template, agentId: 5000 + i }, status: 'failed', error: 'Simulated failure' });
  const plan = {
    ...base.plan,
    queues: [...base.plan.queues, ...Array.from({ length: 30 }, (_, q) => ({ ...base.plan.queues[0]!, skillId: 1000 + q, skillName: `Queue ${q}` }))],
  };
  const text = applyText(
    { ...base, plan, results, interrupted: 'SIGINT', counts: { applied: 0, failed: 60, notAttempted: 3000, unknown: 0 } },
    { color, cwd: '/' },
  );
  const lines = text.split('\n');
  assert.ok(lines.length < 100, `${lines.length} lines`);
  assert.match(text, 'Not attempted (never sent; the next apply plans them again): 3000 changes in 30 queues');
  assert.match(text, '  Queue 0: 100');
  assert.match(text, '… and 10 more queues');
  assert.match(text, '… and 10 more; every one is in the audit record');
  assert.is(lines.filter((l) => l.includes('Simulated failure')).length, 50);
});

test.run();
