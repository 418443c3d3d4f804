// The busy day through a merge queue: the same five pull requests on five queues, opened from one
// main and reviewed, merged by the queue in two groups of two and one single, the last after the
// tenant's midnight, while a supervisor changes two other queues by hand. The plan workflow's
// required check runs on each group's commit (merge_group) and passes because the group's head
// re-plans to exactly the reviewed changes; each push the queue makes applies the union of its
// pull requests' reviewed plans, writing exactly those changes and nothing in the hand-changed
// queues, which are reported as drift.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type PullRequest, raiseFirstAgent, show, startTeamWorld, stepOf, type TeamWorld } from '../helpers/team-world.js';

const test = suite('e2e: the busy day through a merge queue (merge_group checks, group pushes)');
const APPLY_STEP = 'Apply the reviewed plan (read-write CXone key, environment secret)';
const CHECK_STEP = 'Check the merge group against its reviewed plans (read-only CXone key)';
// America/Chicago is UTC-6 in November
const REVIEWED = '2026-11-26T05:00:00Z';
const BEFORE_MIDNIGHT = '2026-11-26T05:40:00Z';
const AFTER_MIDNIGHT = '2026-11-26T06:20:00Z';

const QUEUES = [
  { file: 'billing-support.yaml', name: 'Billing Support', skillId: 11012345 },
  { file: 'sales-english.yaml', name: 'Sales - English', skillId: 11012346 },
  { file: 'sales-spanish.yaml', name: 'Sales - Spanish', skillId: 11012347 },
  { file: 'tech-support-tier-1.yaml', name: 'Tech Support Tier 1', skillId: 11012348 },
  { file: 'tech-support-tier-2.yaml', name: 'Tech Support Tier 2', skillId: 11012349 },
];
const HAND_CHANGED = [
  { file: 'email-care.yaml', name: 'Email Care', skillId: 11012351 },
  { file: 'escalations.yaml', name: 'Escalations', skillId: 11012352 },
];

let world: TeamWorld;

test.before(async () => {
  world = await startTeamWorld({ timeZone: 'America/Chicago' });
});
test.after(async () => {
  await world?.close();
});

const reviewedChanges = (prs: PullRequest[]) =>
  prs.flatMap((pr) => (pr.plan?.queues ?? []).flatMap((q) => q.changes.map((c) => `${q.skillId}/${c.agentId}:${c.after?.proficiency}`))).sort();
const written = () => world.recorder.writes.flatMap((w) => w.agents.map((a) => `${w.skillId}/${a.agentId}:${a.proficiency}`)).sort();
const firstAgent = async (file: string) => {
  const m = /^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/m.exec(await readFile(path.join(world.repo, 'skills', file), 'utf8'))!;
  return { agentId: world.agentId(m[1]!), userName: m[1]!, proficiency: Number(m[2]) };
};

test('two groups of two and one single: every group check passes, every push applies the union of its reviewed plans', async () => {
  const { gh, sim, recorder } = world;
  const counts: string[] = [];
  const prs: PullRequest[] = [];
  for (const [i, q] of QUEUES.entries())
    prs.push(await world.openPullRequest(21 + i, `change-${i + 1}`, (repo) => raiseFirstAgent(repo, q.file).then(() => {})));
  for (const pr of prs) {
    const job = await world.planPullRequest(pr, REVIEWED);
    assert.is(job.conclusion, 'success', show(job));
  }
  const hand = await Promise.all(HAND_CHANGED.map(async (q) => ({ ...q, ...(await firstAgent(q.file)) })));
  for (const h of hand) sim.tenant.set(h.skillId, h.agentId, h.proficiency === 9 ? 8 : 9, true);

  const groups = [prs.slice(0, 2), prs.slice(2, 4), prs.slice(4)];
  for (const [g, members] of groups.entries()) {
    const now = g === groups.length - 1 ? AFTER_MIDNIGHT : BEFORE_MIDNIGHT;
    const group = await world.queueGroup(members);
    // the required check on the group's commit
    recorder.reset();
    const check = await world.checkGroup(group, now);
    assert.is(check.conclusion, 'success', show(check));
    const judged = stepOf(check, CHECK_STEP);
    assert.is(judged.kind, 'action');
    const numbers = members.map((p) => `#${p.number}`).join(', ');
    assert.match(
      judged.output,
      `The reviewed plans of ${numbers} hold on this commit: ${members.length} changes in ${members.length} queues, exactly as reviewed.`,
    );
    for (const h of hand) assert.match(check.summary, `**${h.name}**`);
    assert.is(stepOf(check, 'What changed').kind, 'skipped');
    assert.is(recorder.counts.writes, 0, 'a check writes nothing');
    counts.push(`check group ${g + 1} (${numbers}): ${recorder.counts.requests} CXone requests`);

    // the queue merges the group: one push, the union applied
    const push = await world.mergeGroup(group, now);
    recorder.reset();
    const job = await world.applyPush(push, now);
    assert.is(job.conclusion, 'success', show(job));
    assert.is(stepOf(job, 'Find the reviewed plan').outputs.pr, members.map((p) => p.number).join(','));
    assert.is(stepOf(job, APPLY_STEP).outputs['exit-code'], '0');
    assert.equal(recorder.unknownWrites, []);
    assert.equal(written(), reviewedChanges(members), `group ${g + 1} writes exactly its reviewed changes`);
    for (const h of hand)
      assert.not.ok(
        recorder.writes.some((w) => w.skillId === h.skillId),
        `nothing written to ${h.name}`,
      );
    for (const h of hand) assert.match(job.summary, `**${h.name}**`);
    counts.push(`apply group ${g + 1}: ${recorder.counts.requests} CXone requests, ${recorder.counts.writes} writes`);
  }
  for (const [i, q] of QUEUES.entries()) {
    const change = prs[i]!.plan!.queues.find((x) => x.skillId === q.skillId)!.changes[0]!;
    assert.is(sim.tenant.get(q.skillId, change.agentId)?.proficiency, change.after?.proficiency, `${q.name} as reviewed`);
  }
  for (const h of hand) assert.is(sim.tenant.get(h.skillId, h.agentId)?.proficiency, h.proficiency === 9 ? 8 : 9, `${h.name} keeps the hand change`);
  // 5 pull-request plan runs, 3 merge-group checks, 3 applies
  assert.equal(world.runsOf, {
    'skillops-plan.yml pull_request': 5,
    'skillops-plan.yml merge_group': 3,
    'skillops-apply.yml push': 3,
  });
  assert.equal(
    gh.state.comments.filter((c) => c.body.startsWith('<!-- skillops-apply-refused -->')),
    [],
  );
  assert.equal(gh.unexpected, []);
  if (process.env.SKILLOPS_TIMINGS) console.log(counts.join('\n'));
});

test('a group whose queue changed by hand after review, and one of two pull requests on one queue: the check fails and names why', async () => {
  const { sim, recorder } = world;
  const RETENTION = { file: 'retention.yaml', name: 'Retention', skillId: 11012353 };
  const pr = await world.openPullRequest(28, 'change-retention', (repo) => raiseFirstAgent(repo, RETENTION.file).then(() => {}));
  assert.is((await world.planPullRequest(pr, REVIEWED)).conclusion, 'success');
  // a supervisor changes another Retention agent by hand after the review
  const all = [...(await readFile(path.join(world.repo, 'skills', RETENTION.file), 'utf8')).matchAll(/^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/gm)];
  const other = { userName: all[1]![1]!, agentId: world.agentId(all[1]![1]!), proficiency: Number(all[1]![2]) };
  sim.tenant.set(RETENTION.skillId, other.agentId, other.proficiency === 9 ? 8 : 9, true);
  const group = await world.queueGroup([pr]);
  recorder.reset();
  const check = await world.checkGroup(group, AFTER_MIDNIGHT);
  assert.is(check.conclusion, 'failure');
  const judged = stepOf(check, CHECK_STEP);
  assert.match(judged.output, `queue Retention, agent ${other.userName} (${other.agentId}): live CXone changed for that assignment since the plan was made`);
  assert.is(recorder.counts.writes, 0);

  // two pull requests, each reviewed without the other, on the same queue (Web Chat)
  const WEB_CHAT = 'web-chat.yaml';
  const lastAgent = async (repo: string) => {
    const file = path.join(repo, 'skills', WEB_CHAT);
    const text = await readFile(file, 'utf8');
    const entries = [...text.matchAll(/^ {2}- agent: \S+.*\n {4}proficiency: (\d+)$/gm)];
    const last = entries.at(-1)!;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, text.replace(last[0], last[0].replace(/proficiency: \d+$/, `proficiency: ${last[1] === '3' ? 4 : 3}`)));
  };
  // (with CXone back in line with main first: a plan covers every queue it would change, so
  // drift left in CXone would be in both plans)
  for (const file of ['email-care.yaml', 'escalations.yaml', RETENTION.file]) {
    const text = await readFile(path.join(world.repo, 'skills', file), 'utf8');
    const skillId = Number(/^skillId: (\d+)$/m.exec(text)![1]);
    for (const m of text.matchAll(/^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/gm)) sim.tenant.set(skillId, world.agentId(m[1]!), Number(m[2]), true);
  }
  const a = await world.openPullRequest(29, 'chat-first', (repo) => raiseFirstAgent(repo, WEB_CHAT).then(() => {}));
  const b = await world.openPullRequest(30, 'chat-last', lastAgent);
  for (const p of [a, b]) assert.is((await world.planPullRequest(p, REVIEWED)).conclusion, 'success');
  const pair = await world.queueGroup([a, b]);
  const both = await world.checkGroup(pair, AFTER_MIDNIGHT);
  assert.is(both.conclusion, 'failure');
  assert.match(stepOf(both, CHECK_STEP).output, 'pull requests #29 and #30 both change queue Web Chat, each reviewed without the other', show(both));
  assert.not.ok(existsSync(path.join(world.repo, 'plan.json')), 'a refused union leaves no plan file behind');
  assert.is(recorder.counts.writes, 0);
});

test.run();
