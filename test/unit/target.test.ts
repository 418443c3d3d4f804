import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../../src/domain/errors.js';
import { type QueueNames, selectTargeted } from '../../src/plan/target.js';

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

test.run();
