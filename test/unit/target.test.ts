import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { DesiredQueue } from '../../src/domain/desired-state.js';
import { UsageError } from '../../src/domain/errors.js';
import { type QueueNames, queueNamed, selectTargeted } from '../../src/plan/target.js';

const test = suite('targeting: --queue and --exclude-queue');

const QUEUES: QueueNames[] = [
  { skill: 'Billing Support', skillId: 11012345, file: 'skills/billing-support.yaml' },
  { skill: 'Sales - English', skillId: 11012346, file: 'skills/sales-english.yaml' },
  { skill: 'Sales - Spanish', skillId: 11012347, file: 'skills/sales-spanish.yaml' },
  { skill: 'Web Chat', skillId: 11012350, file: 'skills/emea/web-chat.yml' },
];
const pick = (queues: string[], excludeQueues: string[] = []) => selectTargeted(QUEUES, (q) => q, { queues, excludeQueues }).map((q) => q.skill);

const cases: [string, string[], string[], string[]][] = [
  ['no flags: every queue', [], [], ['Billing Support', 'Sales - English', 'Sales - Spanish', 'Web Chat']],
  ['skill name, any case', ['billing support'], [], ['Billing Support']],
  ['skillId', ['11012347'], [], ['Sales - Spanish']],
  ['file path', ['skills/sales-english.yaml'], [], ['Sales - English']],
  ['file path with ./', ['./skills/emea/web-chat.yml'], [], ['Web Chat']],
  ['file name', ['web-chat.yml'], [], ['Web Chat']],
  ['file name without extension', ['billing-support'], [], ['Billing Support']],
  ['glob over file names', ['sales-*'], [], ['Sales - English', 'Sales - Spanish']],
  ['glob over skill names', ['Sales - *'], [], ['Sales - English', 'Sales - Spanish']],
  ['glob over paths', ['skills/emea/*'], [], ['Web Chat']],
  ['repeated --queue adds up', ['Billing Support', 'Web Chat'], [], ['Billing Support', 'Web Chat']],
  ['exclude alone', [], ['sales-*'], ['Billing Support', 'Web Chat']],
  ['include then exclude', ['sales-*'], ['Sales - Spanish'], ['Sales - English']],
];
for (const [name, queues, exclude, expected] of cases) {
  test(name, () => assert.equal(pick(queues, exclude), expected));
}

test('a --queue or --exclude-queue that matches nothing is an error naming the flag and value', () => {
  for (const [queues, exclude, flag] of [
    [['Biling'], [], '--queue "Biling"'],
    [[], ['nope-*'], '--exclude-queue "nope-*"'],
  ] as const) {
    try {
      pick([...queues], [...exclude]);
      assert.unreachable('should refuse');
    } catch (error) {
      assert.instance(error, UsageError);
      assert.match((error as Error).message, `${flag} matches no queue`);
    }
  }
});

test("a path is also read from the folder the command runs in; the skill name's slug names a queue", () => {
  const inSkills = (queues: string[]) => selectTargeted(QUEUES, (q) => q, { queues, excludeQueues: [] }, 'queue', '/repo').map((q) => q.skill);
  assert.equal(inSkills(['../repo/skills/billing-support.yaml']), ['Billing Support']);
  assert.equal(inSkills(['/repo/skills/emea/web-chat.yml']), ['Web Chat']);
  const slugged: QueueNames[] = [{ skill: 'Web Chat', skillId: 1, file: 'skills/emea/chat.yaml' }];
  assert.equal(
    selectTargeted(slugged, (q) => q, { queues: ['web-chat'], excludeQueues: [] }).map((q) => q.skill),
    ['Web Chat'],
  );
});

test('the edit commands take the closest fit, and refuse a name that fits several equally', () => {
  const q = (skill: string, file: string, skillId?: number) => ({ skill, file, ...(skillId ? { skillId } : {}) }) as unknown as DesiredQueue;
  const queues = [
    q('billing', 'skills/other.yaml'),
    q('Billing Two', 'skills/billing.yaml', 7),
    q('Sales A', 'skills/sales-a.yaml'),
    q('Sales B', 'skills/sales-b.yaml'),
  ];
  assert.is((queueNamed(queues, 'BILLING') as DesiredQueue).skill, 'billing');
  assert.is((queueNamed(queues, 'skills/billing.yaml') as DesiredQueue).skill, 'Billing Two');
  assert.is((queueNamed(queues, '7') as DesiredQueue).skill, 'Billing Two');
  assert.is((queueNamed(queues, 'sales-a') as DesiredQueue).skill, 'Sales A');
  assert.equal(
    (queueNamed(queues, 'sales-*') as { ambiguous: DesiredQueue[] }).ambiguous.map((x) => x.skill),
    ['Sales A', 'Sales B'],
  );
  assert.is(queueNamed(queues, 'nope'), undefined);
});

test.run();
