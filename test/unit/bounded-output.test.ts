// Job summaries under GitHub's 1 MiB, drift issue bodies under 65,536 characters, cut
// at a line with every fence and <details> closed and a pointer to the full plan.

import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { writeStepSummary } from '../../src/github/step-summary.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { reportDrift } from '../../src/use-cases/drift/drift-issue.js';
import { captureIo } from '../helpers/capture-io.js';
import { tempDir } from '../helpers/temp-dir.js';
import { agent, desired, entry, liveState, NOW, queue, settings, skill } from '../helpers/world.js';

const test = suite('bounded job summary and drift issue');

/** A plan whose Markdown is about 2.3 MB: 20 queues of 1,000 added agents with long names. */
function hugeMarkdown(): string {
  const agents = Array.from({ length: 1_000 }, (_, i) => agent(i + 1, `agent.${i}.${'n'.repeat(60)}@contact-centre.example`));
  const skills = Array.from({ length: 20 }, (_, i) => skill(1000 + i, `Queue ${i}`));
  const plan = makePlan({
    now: NOW,
    settings: settings(),
    desired: desired(
      ...skills.map((s) =>
        queue(
          s.skillName,
          agents.map((a) => entry(a.agentId, 3)),
          { skillId: s.skillId },
        ),
      ),
    ),
    live: liveState([], agents, skills),
  }).plan!;
  return planMarkdown(plan);
}

function assertWellFormed(markdown: string) {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (!m) continue;
    if (!open) open = m[1];
    else if (line.trim() === open) open = undefined;
  }
  assert.is(open, undefined, 'a code fence is left open');
  const opened = (markdown.match(/^<details>/gm) ?? []).length;
  assert.is((markdown.match(/^<\/details>/gm) ?? []).length, opened, '<details> left open');
}

const md = hugeMarkdown();

test('the job summary stays under 1 MiB, well-formed, pointing at the full plan', async () => {
  assert.ok(Buffer.byteLength(md) > 2_000_000, `${md.length}`);
  const { dir, cleanup } = await tempDir();
  try {
    const file = path.join(dir, 'summary.md');
    await writeFile(file, '## earlier step\n\nsome text\n');
    const io = captureIo({ env: { GITHUB_STEP_SUMMARY: file } });
    assert.ok(await writeStepSummary(io, md));
    const written = await readFile(file, 'utf8');
    assert.ok((await stat(file)).size <= 1024 * 1024, `${(await stat(file)).size} bytes`);
    assert.ok(written.startsWith('## earlier step'));
    assert.match(written, 'more lines are not shown here');
    assert.match(written, 'plan artifact');
    assertWellFormed(written);
    // a later append in the same step still keeps the file under the limit
    await writeStepSummary(io, md);
    assert.ok((await stat(file)).size <= 1024 * 1024);
  } finally {
    await cleanup();
  }
});

test('the drift issue body stays under 65,536 characters and well-formed', async () => {
  const gh = new FakeGitHub();
  await reportDrift(gh, true, md);
  const body = gh.issues[0]!.body;
  assert.ok(body.length < 65_536, `${body.length} characters`);
  assert.match(body, 'more lines are not shown here');
  assertWellFormed(body);
});

test('small Markdown is written untouched', async () => {
  const gh = new FakeGitHub();
  await reportDrift(gh, true, '**Plan: 1 to add**\n');
  assert.ok(gh.issues[0]!.body.endsWith('**Plan: 1 to add**\n'));
});

test.run();
