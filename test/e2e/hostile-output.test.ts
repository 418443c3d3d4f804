// A tenant whose every name is hostile, run through every command and
// renderer. No output line may start with `::` (or `##[`) because of untrusted text, no control
// character may reach the terminal, output stays bounded, and Markdown keeps its fences.

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { handleError } from '../../src/cli/handle-error.js';
import { runCli } from '../../src/cli/program.js';
import { CxoneApiError, PolicyError } from '../../src/domain/errors.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { loadFixture } from '../../src/sim/fixtures.js';
import type { RunningSim } from '../../src/sim/server.js';
import { captureIo } from '../helpers/capture-io.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: hostile names through every command');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/hostile-tenant.json');
const HOSTILE_FILE = '\u001b[31m::error file=x::y\u0007.yaml';
const COUNT = 12;

// Control characters a terminal acts on (C0 but newline, DEL, C1), separators and bidi controls
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Our own annotations: `::error|warning file=…,line=N,col=N,title=…::message`, properties escaped. */
const OWN_ANNOTATION = /^::(error|warning) file=[^:,\r\n]*,line=\d+,col=\d+,title=skillops [A-Za-z-]+::[^\r\n]*$/;

/** Every line of a stream a CI runner or terminal reads: no forged command, no control character. */
function assertSafeStream(name: string, text: string, options: { annotations?: boolean; crlf?: boolean; json?: boolean } = {}) {
  const lines = text.split(options.crlf ? '\r\n' : '\n');
  lines.forEach((line, i) => {
    const where = `${name} line ${i + 1}: ${JSON.stringify(line.slice(0, 120))}`;
    assert.not.ok(CONTROL.test(line), `control character in ${where}`);
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) assert.ok(options.annotations && OWN_ANNOTATION.test(line), `workflow command from untrusted text in ${where}`);
    assert.not.ok(trimmed.startsWith('##['), `legacy workflow command in ${where}`);
    // JSON keeps values whole (it is what apply reads); everything else is cut
    if (!options.json) assert.ok(line.length <= 20_000, `${where} is ${line.length} characters long`);
  });
}

/** Every fence that opens closes with a fence of the same length, and nothing inside closes it early. */
function assertFencesIntact(name: string, markdown: string) {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,})(.*)$/.exec(line);
    if (!open) {
      if (m) open = m[1];
    } else if (m && m[1]!.length >= open.length) {
      assert.is(m[1], open, `${name}: a line inside a fence closes it: ${line.slice(0, 80)}`);
      assert.is(m[2]!.trim(), '', `${name}: fence closed with trailing text`);
      open = undefined;
    }
  }
  assert.is(open, undefined, `${name}: a code fence is never closed`);
  // outside code blocks, no HTML, link or mention from a name
  const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
  assert.not.match(prose, /<img|@octocat|\]\(http|::add-mask/, `${name}: raw HTML, a link or a mention from a name`);
}

let sim: RunningSim;
let dir: string;
let cleanup: () => Promise<void>;
let github: FakeGitHub;

const settings = [
  'cxone: { tenantId: 00000000-0000-4000-8000-00000000bad0, apiVersion: v34.0 }',
  'skillsDir: skills',
  'timeZone: UTC',
  'proficiencyScale: { min: 1, max: 20 }',
  'apply: { batchSize: 50, concurrency: 2, requestsPerSecond: 1000 }',
  'safety: { maxRemovePercent: 100, maxChangePercent: 100, minExistingAssignments: 0 }',
  'audit: { directory: audit }',
  '',
].join('\n');

const queueFile = (i: number, extra = '') => `skill: Queue ${i}\nskillId: ${500 + i}\n${extra}agents:\n  - agent: ${1000 + i}\n    proficiency: 2\n`;

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ cwd: dir, env: { ...sim.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), ...env } });
  const code = await runCli(args, io, { github });
  return { code, out: io.stdout(), err: io.stderr() };
}

async function sweep(label: string, args: string[], env: Record<string, string> = {}) {
  const r = await cli(args, env);
  assertSafeStream(`${label} stdout`, r.out, { annotations: args.includes('validate'), crlf: args.includes('csv'), json: args.includes('json') });
  assertSafeStream(`${label} stderr`, r.err);
  return r;
}

test.before.each(async () => {
  sim = await startSim({ fixture: await loadFixture(FIXTURE) });
  github = new FakeGitHub();
  ({ dir, cleanup } = await tempDir({ 'skillops.yaml': settings }));
  await mkdir(path.join(dir, 'skills'));
  for (let i = 0; i < COUNT - 1; i++) await writeFile(path.join(dir, 'skills', `queue-${i}.yaml`), queueFile(i));
  // a hostile file name, reported in problems and annotations
  await writeFile(path.join(dir, 'skills', HOSTILE_FILE), queueFile(COUNT - 1));
});
test.after.each(async () => {
  await sim.close();
  await cleanup();
});

test('the fixture really is hostile: live names hold every attack', async () => {
  const names = [...sim.tenant.skills.values()].map((s) => s.skillName);
  assert.ok(names.some((n) => n.startsWith('::add-mask::')));
  assert.ok(names.some((n) => n.includes('\u202e')));
  assert.ok(names.some((n) => n.includes('\u0000')));
  assert.ok(names.some((n) => n.length > 100_000));
});

test('validate (text and annotations) with a hostile file name', async () => {
  const r = await sweep('validate', ['validate']);
  assert.is(r.code, 0, r.err);
  // the file-name warning is there, its name escaped in the annotation properties
  assert.match(r.out, /^::warning file=skills\/\\x1b\[31m%3A%3Aerror file=x%3A%3Ay\\x07\.yaml,line=1,col=8,title=skillops file-name::/m);
  await sweep('validate json', ['validate', '--format', 'json']);
});

test('plan text / markdown / json, show, drift with the issue; no line forged, fences intact', async () => {
  const text = await sweep('plan', ['plan', '--now', '2026-11-25']);
  assert.is(text.code, 0, text.err);
  assert.match(text.out, `Plan: 0 to add, ${COUNT} to change, ${COUNT} to remove across ${COUNT} queues.`);
  // every change line is there, names escaped (never dropped)
  assert.is(text.out.split('\n').filter((l) => /^\s+~ /.test(l)).length, COUNT);
  assert.match(text.out, '\\x3a:add-mask::x');
  assert.match(text.out, '\\u202egnp.exe');

  const md = await sweep('plan markdown', ['plan', '--format', 'markdown', '--now', '2026-11-25']);
  assertFencesIntact('plan markdown', md.out);
  const json = await sweep('plan json', ['plan', '--format', 'json', '--out', path.join(dir, 'plan.json'), '--now', '2026-11-25']);
  assert.is((JSON.parse(json.out) as { summary: { update: number } }).summary.update, COUNT);
  // names survive JSON exactly (escaped only as JSON escapes)
  const saved = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')) as { queues: Array<{ skillName: string }> };
  assert.ok(saved.queues.some((q) => q.skillName === '\u202egnp.exe'));

  for (const format of ['text', 'markdown', 'json']) await sweep(`show ${format}`, ['show', path.join(dir, 'plan.json'), '--format', format]);

  const drift = await sweep('drift', ['drift', '--issue', '--now', '2026-11-25'], { GITHUB_REPOSITORY: 'acme/skills' });
  assert.is(drift.code, 2, drift.err);
  const issue = github.issues[0]!;
  assert.ok(issue.body.length < 65_536, `issue body is ${issue.body.length} characters`);
  assertFencesIntact('drift issue', issue.body);
  const summary = await readFile(path.join(dir, 'summary.md'), 'utf8');
  assertFencesIntact('job summary', summary);
});

test('comment posts fenced, escaped Markdown to the fake GitHub and the job summary', async () => {
  await cli(['plan', '--format', 'json', '--out', path.join(dir, 'plan.json'), '--now', '2026-11-25']);
  await rm(path.join(dir, 'summary.md'), { force: true });
  const r = await sweep('comment', ['comment', '--plan', path.join(dir, 'plan.json'), '--repo', 'acme/skills', '--pr', '7']);
  assert.is(r.code, 0, r.err);
  const bodies = [...github.comments.values()].flat().map((c) => c.body);
  assert.ok(bodies.length >= 1);
  for (const body of bodies) {
    assert.ok(body.length < 65_536);
    assertFencesIntact('comment', body);
  }
  // every change is visible in some part
  const all = bodies.join('\n');
  for (let i = 0; i < COUNT; i++) assert.match(all, `(skill ${500 + i},`);
  assertFencesIntact('summary', await readFile(path.join(dir, 'summary.md'), 'utf8'));
});

test('apply, import and export print nothing forged', async () => {
  const apply = await sweep('apply', ['apply', '--auto-approve', '--now', '2026-11-25']);
  assert.is(apply.code, 0, apply.err + apply.out);
  await sweep('export csv', ['export', '--format', 'csv']);
  await sweep('export json', ['export', '--format', 'json']);
  const imported = await sweep('import', ['import', '--out', path.join(dir, 'imported'), '--force']);
  assert.is(imported.code, 0, imported.err);
  // import writes only files that validate accepts
  await writeFile(path.join(dir, 'imported.yaml'), settings.replace('skillsDir: skills', 'skillsDir: imported'));
  const check = await sweep('validate imported', ['--config', 'imported.yaml', 'validate']);
  assert.is(check.code, 0, check.out + check.err);
  assert.is((await readdir(path.join(dir, 'imported'))).length, COUNT);
});

test('export --format csv on stdout: names that start a workflow command, or hold a line break before one, start no line', async () => {
  const hostile = ['::error title=x::forged', '##[group]forged', '::add-mask::abc', '  ::warning::indented', 'two\n::error::lines', 'three\n##[error]x'];
  await rm(path.join(dir, 'skills'), { recursive: true });
  await mkdir(path.join(dir, 'skills'));
  for (const [i, name] of hostile.entries())
    await writeFile(
      path.join(dir, 'skills', `h-${i}.yaml`),
      `skill: ${JSON.stringify(name)}\nagents:\n  - agent: ${JSON.stringify(name.replace('\n', ' '))}\n    proficiency: 2\n`,
    );
  const r = await cli(['export', '--format', 'csv', '--offline'], { GITHUB_ACTIONS: 'true' });
  assert.is(r.code, 0, r.err);
  // the runner reads stdout line by line, whatever CSV quoting says
  for (const [i, line] of r.out.split(/\r?\n|\r/).entries()) {
    const trimmed = line.trimStart();
    assert.not.ok(trimmed.startsWith('::') || trimmed.startsWith('##['), `stdout line ${i + 1}: ${JSON.stringify(line)}`);
  }
  assert.is(r.out.split('\r\n').length, hostile.length + 2, 'a header, one row per assignment, the final line break');
  // a file keeps the names exactly (RFC 4180)
  assert.is((await cli(['export', '--format', 'csv', '--offline', '--out', 'rows.csv'])).code, 0);
  const file = await readFile(path.join(dir, 'rows.csv'), 'utf8');
  assert.match(file, '"two\n::error::lines"');
});

test('comment --failure --stage: the stage reaches the comment escaped', async () => {
  await writeFile(path.join(dir, 'out.txt'), 'skills/x.yaml:1:1 error something\n');
  const stage = '@octocat <img src=x onerror=alert(1)> [link](http://example.com) ::add-mask::x';
  const r = await sweep('comment --stage', ['comment', '--failure', path.join(dir, 'out.txt'), '--stage', stage, '--repo', 'acme/skills', '--pr', '7']);
  assert.is(r.code, 0, r.err);
  const bodies = [...github.comments.values()].flat().map((c) => c.body);
  assert.is(bodies.length, 1);
  assertFencesIntact('failure comment', bodies[0]!);
  assert.match(bodies[0]!, /## skillops .*octocat.* failed/);
});

test('refresh, fmt and revert print nothing forged; refreshed files still validate', async () => {
  const diff = await sweep('refresh --diff', ['refresh', '--diff', '--now', '2026-11-25']);
  assert.is(diff.code, 2, diff.err);
  const refreshed = await sweep('refresh', ['refresh', '--create-missing', '--now', '2026-11-25']);
  assert.is(refreshed.code, 0, refreshed.err);
  const check = await sweep('validate refreshed', ['validate']);
  assert.is(check.code, 0, check.out + check.err);
  await sweep('fmt --check', ['fmt', '--check']);
  // a run to revert: apply, then revert its record without writing
  await writeFile(path.join(dir, 'skills', 'queue-0.yaml'), queueFile(0));
  assert.is((await cli(['apply', '--auto-approve', '--now', '2026-11-25'])).code, 0);
  const records = (await readdir(path.join(dir, 'audit'), { recursive: true })).filter((f) => String(f).endsWith('.json'));
  assert.ok(records.length > 0);
  await sweep('revert --dry-run', ['revert', path.join(dir, 'audit', String(records[0])), '--dry-run']);
});

test('policy refusals, unknown-agent suggestions and CXone errors never forge a command', async () => {
  await writeFile(path.join(dir, 'skills', 'queue-0.yaml'), queueFile(0, 'constraints: { minActiveAgents: 5 }\n'));
  const refused = await sweep('plan refused', ['plan', '--now', '2026-11-25']);
  assert.is(refused.code, 1);
  assert.match(refused.err, 'plan refused by policy');

  await writeFile(path.join(dir, 'skills', 'queue-0.yaml'), 'skill: Queue 0\nskillId: 500\nagents:\n  - agent: "::add-mask::y"\n    proficiency: 2\n');
  const unknown = await sweep('plan unknown agent', ['plan', '--now', '2026-11-25']);
  assert.is(unknown.code, 1);
  assert.match(unknown.out + unknown.err, 'did you mean');

  // Errors built from CXone bodies and names, through the one error boundary
  const io = captureIo();
  handleError(
    new CxoneApiError('CXone answered 400: ::error file=a::forged\n::add-mask::x\u001b[2J\u0007', { method: 'GET', path: '/skills', attempts: 1 }),
    io,
  );
  handleError(new PolicyError(['routing constraint: ::set-output name=a::b would have 0 active agents', '\n::error::x']), io);
  handleError(new Error('::error::internal\u001b[31m'), io);
  assertSafeStream('error boundary', io.stderr());
  assert.match(io.stderr(), 'plan refused by policy');
});

test.run();
