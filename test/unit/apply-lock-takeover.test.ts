// Taking over a lock whose holder is gone is a compare-and-swap: of two runs that find the same
// dead holder at once, exactly one gets the lock (in-tree fake GitHub, no network).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LockedError } from '../../src/domain/errors.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { acquireLock, lockText, newHolder } from '../../src/use-cases/apply/lock/apply-lock.js';
import { GitHubLockStore, LOCK_BRANCH } from '../../src/use-cases/apply/lock/github-lock.js';

const test = suite('apply lock: taking over a gone holder');

function deadLock() {
  const gh = new FakeGitHub();
  const dead = { id: 'dead0077', actor: 'carol', runId: 77, startedAt: '2026-11-24T05:10:00.000Z', host: 'runner-9', pid: 4242 };
  gh.lockRefs.set(LOCK_BRANCH, { sha: 'lock1', message: lockText(dead) });
  gh.runs.push({
    id: 77,
    path: '.github/workflows/skillops-apply.yml',
    event: 'push',
    headSha: 'abc',
    status: 'completed',
    conclusion: 'failure',
    createdAt: '2026-11-24T05:09:00Z',
    url: 'u',
  });
  return gh;
}

test('two runs finding the same completed holder at once: exactly one takes the lock, the other is refused', async () => {
  const gh = deadLock();
  const a = newHolder({ GITHUB_RUN_ID: '301' }, 'alice');
  const b = newHolder({ GITHUB_RUN_ID: '302' }, 'bob');
  const results = await Promise.allSettled([acquireLock(new GitHubLockStore(gh), a), acquireLock(new GitHubLockStore(gh), b)]);
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  assert.is(won.length, 1, 'one run holds the lock');
  assert.is(lost.length, 1);
  assert.instance(lost[0]!.reason, LockedError);
  const holderNow = gh.lockRefs.get(LOCK_BRANCH)!.message;
  const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.trail;
  assert.match(holderNow, `skillops apply lock ${winner.id}`);
  assert.is(winner.takenOver?.id, 'dead0077');
  assert.is(winner.takenOver?.why, 'workflow run 77 is completed (failure)');
});

test('a run that saw the dead holder before another run took the lock over does not take it from that run', async () => {
  const gh = deadLock();
  const dead = gh.lockRefs.get(LOCK_BRANCH)!;
  // bob's reads of the lock branch answer what it was before alice took it over (he read first)
  const bobsView = Object.assign(Object.create(gh) as FakeGitHub, { readLockRef: async () => dead });
  const alice = await acquireLock(new GitHubLockStore(gh), newHolder({ GITHUB_RUN_ID: '301' }, 'alice'));
  assert.is(alice.trail.takenOver?.id, 'dead0077');
  const bob = acquireLock(new GitHubLockStore(bobsView), newHolder({ GITHUB_RUN_ID: '302' }, 'bob'));
  await bob.then(
    () => assert.unreachable('bob must not get the lock alice holds'),
    (error) => assert.instance(error, LockedError),
  );
  assert.match(gh.lockRefs.get(LOCK_BRANCH)!.message, `skillops apply lock ${alice.trail.id}`, 'alice still holds it');
});

test('a re-run of the holding run takes over the lock of its earlier attempt without asking GitHub', async () => {
  const gh = new FakeGitHub();
  const earlier = newHolder(
    { GITHUB_RUN_ID: '500', GITHUB_RUN_ATTEMPT: '1', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/skills' },
    'carol',
  );
  gh.lockRefs.set(LOCK_BRANCH, { sha: 'lock1', message: lockText(earlier) });
  const env = { GITHUB_RUN_ID: '500', GITHUB_RUN_ATTEMPT: '2' };
  const held = await acquireLock(new GitHubLockStore(gh), newHolder(env, 'carol'), undefined, env);
  assert.is(held.trail.takenOver?.why, 'attempt 1 of workflow run 500 ended (this is attempt 2)');
  assert.not.ok(gh.calls.includes('workflowRun'));
});

test.run();
