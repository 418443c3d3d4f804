// Queue files in sub-folders of skills/ (skills/emea/, skills/us/) are queue files like any
// other: validated, planned, and named by --queue globs over their paths.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import type { Plan } from '../../src/domain/plan.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('e2e: queue files in sub-folders');
const NOW = ['--now', '2026-11-25'];

test('skills/emea/ and skills/us/: validated, planned, targeted by --queue "skills/emea/*"', async () => {
  const sim: RunningSim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  try {
    const cli = async (args: string[]) => {
      const io = captureIo({ cwd: repo.dir, env: { ...sim.env, NO_COLOR: '1', SKILLOPS_CACHE: 'off' } });
      const code = await runCli(args, io);
      return { code, out: io.stdout(), err: io.stderr() };
    };
    const skills = path.join(repo.dir, 'skills');
    await mkdir(path.join(skills, 'emea'));
    await mkdir(path.join(skills, 'us'));
    const webChat = (await readFile(path.join(skills, 'web-chat.yaml'), 'utf8')).replace('$schema=../schemas', '$schema=../../schemas');
    await rename(path.join(skills, 'web-chat.yaml'), path.join(skills, 'emea', 'web-chat.yaml'));
    await rename(path.join(skills, 'retention.yaml'), path.join(skills, 'us', 'retention.yaml'));
    // a change only the sub-folder file asks for
    await writeFile(
      path.join(skills, 'emea', 'web-chat.yaml'),
      webChat.replace(
        '  - agent: felix.wagner@acme-contact.example\n    proficiency: 2\n',
        '  - agent: felix.wagner@acme-contact.example\n    proficiency: 4\n',
      ),
    );

    const valid = await cli(['validate']);
    assert.is(valid.code, 0, valid.out + valid.err);
    assert.match(valid.out, '10 queue files checked');

    const plan = JSON.parse((await cli(['plan', '--format', 'json', ...NOW])).out) as Plan;
    const web = plan.queues.find((q) => q.skillName === 'Web Chat');
    assert.ok(web, 'the emea file is planned');
    assert.ok(
      web!.changes.some((c) => c.action === 'update' && c.after?.proficiency === 4),
      JSON.stringify(web!.changes),
    );
    assert.ok(
      plan.queues.some((q) => q.skillName === 'Retention'),
      'the us file is planned',
    );

    const targeted = await cli(['plan', '--format', 'json', '--queue', 'skills/emea/*', ...NOW]);
    assert.is(targeted.code, 0, targeted.err);
    const only = JSON.parse(targeted.out) as Plan;
    assert.equal(
      only.queues.filter((q) => q.changes.length > 0).map((q) => q.skillName),
      ['Web Chat'],
    );

    // a problem in a sub-folder file is reported with its path
    await writeFile(path.join(skills, 'us', 'retention.yaml'), 'skill: Retention\nagents:\n  - agent: x@example.com\n    proficiency: 99\n');
    const invalid = await cli(['validate']);
    assert.is(invalid.code, 1);
    assert.match(invalid.out, /skills\/us\/retention\.yaml:4:18 error/);
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test.run();
