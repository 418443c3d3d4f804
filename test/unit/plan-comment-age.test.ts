// Plan comments that say their age: the covered queues in a hidden line, and the outdated note an
// apply on main adds to the open pull requests whose plan covers a queue it changed.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { ownCommentFilter } from '../../src/github/own-comment.js';
import { coveredSkillsOf } from '../../src/render/plan-comment-age.js';
import { markOutdatedPlans } from '../../src/use-cases/comment/mark-outdated-plans.js';

const test = suite('plan comments: covered queues and the outdated note');
const body = (covers: string) =>
  `<!-- skillops-plan part=1/1 -->\n\n## skillops plan\n\n**Plan: 0 to add, 1 to change.**\n\n---\n<sub>footer</sub>\n\n<!-- skillops-covers ${covers} -->\n`;

test('the covered queues are read from the hidden line; a comment without one covers nothing', () => {
  assert.equal(coveredSkillsOf(body('11012345 11012399')), [11012345, 11012399]);
  assert.equal(coveredSkillsOf('<!-- skillops-plan part=1/1 -->\n\n## skillops plan\n'), []);
});

test('only own plan comments that cover a changed queue are marked, once, with the queue name escaped', async () => {
  const gh = new FakeGitHub();
  gh.openPulls.set(30, 'main');
  gh.openPulls.set(31, 'main');
  gh.openPulls.set(32, 'main');
  gh.openPulls.set(33, 'release');
  const mine = (await gh.createComment(30, body('7'))).id;
  await gh.createComment(31, body('8'));
  // a copied marker in a human's comment is never edited
  const forged = gh.addComment(32, body('7'), { login: 'mallory', type: 'User' });
  await gh.createComment(33, body('7'));
  const applied = { branch: 'main', commit: 'abcdef1234567', changed: new Map([[7, 'Billing <b>*Support*</b>']]), pullRequests: [29] };
  const first = await markOutdatedPlans(gh, applied, ownCommentFilter());
  assert.equal(first.marked, [{ pullRequest: 30, queues: ['Billing <b>*Support*</b>'] }]);
  const marked = (await gh.listComments(30)).find((c) => c.id === mine)!.body;
  assert.match(marked, '## skillops plan\n\n> **Outdated:** an apply on `main` at abcdef1 (merge of #29) changed ');
  assert.not.match(marked, '<b>');
  assert.match(marked, '**Plan: 0 to add, 1 to change.**');
  // a second apply replaces the note instead of stacking another
  await markOutdatedPlans(gh, { ...applied, commit: '9876543210abc' }, ownCommentFilter());
  const again = (await gh.listComments(30)).find((c) => c.id === mine)!.body;
  assert.is(again.split('**Outdated:**').length, 2);
  assert.match(again, 'at 9876543');
  assert.is((await gh.listComments(32)).find((c) => c.id === forged)!.body, body('7'));
  assert.not.match((await gh.listComments(31))[0]!.body, 'Outdated');
  assert.not.match((await gh.listComments(33))[0]!.body, 'Outdated', 'a pull request into another branch');
});

test.run();
