// A busy contact centre, through the generated workflows, the simulator and the fake GitHub:
// five pull requests on five queues opened from one main and reviewed; a supervisor changes two
// other queues by hand in CXone before they are merged; the last merge lands after midnight in
// the tenant's zone. Every merge applies its reviewed plan without a manual run, writes exactly
// that pull request's changes, and reports both hand changes as drift; the next daily run does
// too. A sixth pull request whose own queue gets a hand change after review is refused with
// the queue and agent named, writes nothing, and the pull request says why and what to do.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type PullRequest, raiseFirstAgent, show, startTeamWorld, stepOf, type TeamWorld } from '../helpers/team-world.js';

const test = suite('e2e: a busy day of merges through the generated workflows');
const APPLY_STEP = 'Apply the reviewed plan (read-write CXone key, environment secret)';
const SCHEDULED_STEP = 'Apply what dates made due (read-write CXone key, environment secret)';
// America/Chicago is UTC-6 in November: 23:00 on the 25th is 05:00Z on the 26th
const REVIEWED = '2026-11-26T05:00:00Z';
const BEFORE_MIDNIGHT = '2026-11-26T05:40:00Z';
const AFTER_MIDNIGHT = '2026-11-26T06:20:00Z';
const NEXT_MORNING = '2026-11-26T11:10:00Z';

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
const SIXTH = { file: 'retention.yaml', name: 'Retention', skillId: 11012353 };
const DATED = { file: 'legacy-ivr-callback.yaml', name: 'Legacy IVR Callback', skillId: 11012399 };

let world: TeamWorld;

test.before(async () => {
  world = await startTeamWorld({ timeZone: 'America/Chicago' });
  // a dated entry elsewhere comes due at the tenant's midnight: it changes the full plan after
  // it, never the pull requests' queues
  const file = path.join(world.repo, 'skills', DATED.file);
  await writeFile(file, `${await readFile(file, 'utf8')}  - agent: elena.popescu@acme-contact.example\n    proficiency: 5\n    from: 2026-11-26\n`);
  await world.git('commit', '-q', '-am', 'Elena covers the IVR callbacks from the 26th');
  const main = await world.git('rev-parse', 'HEAD');
  world.gh.state.commits.set(main, { tree: 'tree-dated', parents: [world.gh.state.refs.get('heads/main')!], message: 'dated entry' });
  world.gh.state.refs.set('heads/main', main);
});
test.after(async () => {
  await world?.close();
});

/** The reviewed changes of one queue, as (agent, proficiency) pairs. */
const reviewedChanges = (pr: PullRequest, skillId: number) =>
  (pr.plan?.queues.find((q) => q.skillId === skillId)?.changes ?? []).map((c) => `${c.agentId}:${c.after?.proficiency}`).sort();
const written = (skillId?: number) =>
  world.recorder.writes
    .filter((w) => skillId === undefined || w.skillId === skillId)
    .flatMap((w) => w.agents.map((a) => `${a.agentId}:${a.proficiency}`))
    .sort();
const firstAgent = async (file: string) => {
  const m = /^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/m.exec(await readFile(path.join(world.repo, 'skills', file), 'utf8'))!;
  return { agentId: world.agentId(m[1]!), userName: m[1]!, proficiency: Number(m[2]) };
};
const secondAgent = async (file: string) => {
  const all = [...(await readFile(path.join(world.repo, 'skills', file), 'utf8')).matchAll(/^ {2}- agent: (\S+).*\n {4}proficiency: (\d+)$/gm)];
  const m = all[1]!;
  return { agentId: world.agentId(m[1]!), userName: m[1]!, proficiency: Number(m[2]) };
};

test('five merges apply their reviewed plans, hand changes elsewhere are drift; a sixth whose queue changed by hand is refused', async () => {
  const { gh, sim, recorder } = world;
  const counts: string[] = [];
  // CXone is in line with main (the import made it so), with the dated entry still pending
  // five pull requests and a sixth, all opened from the same main, each changing one queue
  const prs: PullRequest[] = [];
  for (const [i, q] of QUEUES.entries())
    prs.push(await world.openPullRequest(21 + i, `change-${i + 1}`, (repo) => raiseFirstAgent(repo, q.file).then(() => {})));
  const sixth = await world.openPullRequest(26, 'change-retention', (repo) => raiseFirstAgent(repo, SIXTH.file).then(() => {}));
  // and one still open at the end, on the queue whose dated entry comes due overnight
  const waiting = await world.openPullRequest(27, 'change-ivr', (repo) => raiseFirstAgent(repo, DATED.file).then(() => {}));
  assert.is(new Set([...prs, sixth, waiting].map((p) => p.base)).size, 1, 'one main for all');

  // each is planned and reviewed (plan workflow, read-only key, the plan comment)
  for (const pr of [...prs, sixth, waiting]) {
    recorder.reset();
    const job = await world.planPullRequest(pr, REVIEWED);
    assert.is(job.conclusion, 'success', show(job));
    assert.is(recorder.counts.writes, 0, 'a plan writes nothing');
    counts.push(`plan #${pr.number}: ${recorder.counts.requests} CXone requests`);
    const comments = gh.state.comments.filter((c) => c.issue === pr.number);
    assert.is(comments.length, 1);
    // the comment says how old it is: the main commit it was planned against, when CXone was read
    assert.match(comments[0]!.body, `against \`main\` at ${pr.base.slice(0, 7)}, live CXone read 2026-11-26 05:00 UTC, for 2026-11-25 (America/Chicago)`);
    assert.match(comments[0]!.body, '0 to add, 1 to change, 0 to remove across 1 queue', comments[0]!.body.slice(0, 400));
  }

  // between review and merge, a supervisor changes two other queues by hand in CXone
  const hand = await Promise.all(HAND_CHANGED.map(async (q) => ({ ...q, ...(await firstAgent(q.file)) })));
  for (const h of hand) sim.tenant.set(h.skillId, h.agentId, h.proficiency === 9 ? 8 : 9, true);
  // and one in the sixth pull request's own queue, on an agent that pull request does not touch
  const retentionHand = await secondAgent(SIXTH.file);
  sim.tenant.set(SIXTH.skillId, retentionHand.agentId, retentionHand.proficiency === 9 ? 8 : 9, true);

  // the five merges, the last after midnight in the tenant's zone: each push applies by itself
  for (const [i, pr] of prs.entries()) {
    const now = i === prs.length - 1 ? AFTER_MIDNIGHT : BEFORE_MIDNIGHT;
    const push = await world.mergePullRequest(pr, now);
    recorder.reset();
    const ghBefore = gh.requests.length;
    const job = await world.applyPush(push, now);
    assert.is(job.conclusion, 'success', `merge of #${pr.number}\n${show(job)}`);
    assert.equal(stepOf(job, 'Find the reviewed plan').outputs.pr, String(pr.number));
    assert.is(stepOf(job, APPLY_STEP).outputs['exit-code'], '0', show(job));
    // exactly the reviewed change set of this pull request's queue, nothing anywhere else
    assert.equal(recorder.unknownWrites, []);
    assert.equal(
      recorder.writes.map((w) => w.skillId),
      [QUEUES[i]!.skillId],
      `#${pr.number} writes its own queue only`,
    );
    assert.equal(written(QUEUES[i]!.skillId), reviewedChanges(pr, QUEUES[i]!.skillId));
    assert.is(written().length, 1);
    for (const h of hand) assert.equal(written(h.skillId), [], `nothing written to ${h.name}`);
    assert.equal(written(DATED.skillId), [], 'the dated entry is the daily run’s');
    // both hand changes are reported in the summary as drift, left in place
    for (const h of hand) assert.match(job.summary, `**${h.name}**`);
    assert.match(job.summary, 'drift');
    for (const q of QUEUES) assert.not.match(job.summary, `**${q.name}**`, 'the queues of pull requests are not drift');
    counts.push(
      `apply #${pr.number}: ${recorder.counts.requests} CXone requests, ${recorder.counts.writes} writes, ${gh.requests.length - ghBefore} GitHub requests`,
    );
  }
  for (const h of hand) assert.is(sim.tenant.get(h.skillId, h.agentId)?.proficiency, h.proficiency === 9 ? 8 : 9, `${h.name} keeps the hand change`);
  assert.equal(
    gh.state.comments.filter((c) => c.body.startsWith('<!-- skillops-apply-refused -->')),
    [],
    'no merge of the five was refused',
  );
  // the five changed no queue another open pull request's plan covers: no plan marked outdated
  assert.equal(
    gh.state.comments.filter((c) => c.body.includes('**Outdated:**')),
    [],
  );

  // the next daily run: the dated entry came due and is applied; both hand changes are drift
  recorder.reset();
  const daily = await world.applyScheduled(NEXT_MORNING);
  assert.is(daily.conclusion, 'success', show(daily));
  const scheduled = stepOf(daily, SCHEDULED_STEP);
  // three hand changes by now: the two elsewhere and the one in the sixth pull request's queue
  assert.match(scheduled.output, 'Scheduled run: 1 change made due by from/until dates; 3 other differences (drift).', scheduled.output);
  const issue = gh.state.issues.find((i) => i.state === 'open');
  for (const h of hand) {
    assert.match(scheduled.output, `update ${h.name} / ${h.userName} (${h.agentId})`);
    assert.match(daily.summary, h.name);
    assert.match(issue!.body, h.userName);
  }
  assert.equal(
    recorder.writes.map((w) => w.skillId),
    [DATED.skillId],
  );
  counts.push(`scheduled: ${recorder.counts.requests} CXone requests, ${recorder.counts.writes} writes`);
  // that apply changed the queue #27's plan covers: its comment now says the plan is older
  const ivr = gh.state.comments.filter((c) => c.issue === waiting.number);
  assert.is(ivr.length, 1);
  const main = await world.git('rev-parse', 'main');
  assert.match(
    ivr[0]!.body,
    `## skillops plan\n\n> **Outdated:** an apply on \`main\` at ${main.slice(0, 7)} changed ${DATED.name} after this plan was made; push to this pull request to plan it again.\n\n**Plan: 0 to add, 1 to change`,
  );
  assert.match(scheduled.output, `Marked the plan on #${waiting.number} outdated: this apply changed ${DATED.name}.`);
  assert.equal(
    gh.state.comments.filter((c) => c.body.includes('**Outdated:**')).map((c) => c.issue),
    [waiting.number],
    'only the plan whose queue changed',
  );

  // the sixth: its own queue changed by hand after review
  const push = await world.mergePullRequest(sixth, AFTER_MIDNIGHT);
  recorder.reset();
  const refused = await world.applyPush(push, AFTER_MIDNIGHT);
  assert.is(refused.conclusion, 'failure');
  const apply = stepOf(refused, APPLY_STEP);
  assert.is(apply.outputs['exit-code'], '1', show(refused));
  assert.is(recorder.counts.writes, 0, 'nothing written');
  const where = `queue ${SIXTH.name}, agent ${retentionHand.userName} (${retentionHand.agentId}): live CXone changed for that assignment since the plan was made`;
  assert.match(apply.output, where);
  const explanation = gh.state.comments.filter((c) => c.issue === sixth.number && c.body.startsWith('<!-- skillops-apply-refused -->'));
  assert.is(explanation.length, 1, 'the pull request got one explanation');
  assert.match(explanation[0]!.body, 'nothing was applied');
  assert.match(explanation[0]!.body, where);
  assert.match(
    explanation[0]!.body,
    `[Actions → skillops apply → Run workflow](https://github.com/acme-contact/skills-config/actions/workflows/skillops-apply.yml)`,
  );
  assert.match(refused.summary, 'nothing was applied');
  assert.is(gh.state.refs.has('heads/skillops-lock/apply'), false, 'lock released');
  counts.push(`refused #${sixth.number}: ${recorder.counts.requests} CXone requests, ${recorder.counts.writes} writes`);
  assert.equal(gh.unexpected, []);
  if (process.env.SKILLOPS_TIMINGS) console.log(counts.join('\n'));
});

test.run();
