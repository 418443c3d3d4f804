// The command line itself: settings discovery, --config, version, colours, completion, the
// confirmation prompt and what signals do.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { handleError } from '../../src/cli/handle-error.js';
import { runCli } from '../../src/cli/program.js';
import { CancelledError } from '../../src/domain/errors.js';
import { confirmOn, processIo } from '../../src/terminal/process-io.js';
import { SignalGate } from '../../src/terminal/signals.js';
import { captureIo } from '../helpers/capture-io.js';
import { lines, tempDir } from '../helpers/temp-dir.js';

const test = suite('cli: settings, version, colour, completion, prompt, signals');
const run = promisify(execFile);

const QUEUE = lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 3');

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const io = captureIo({ cwd, env });
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

test('a --config file that does not exist is an error naming it, not the defaults', async () => {
  const { dir, cleanup } = await tempDir({ 'skills/billing.yaml': QUEUE });
  try {
    const r = await cli(['--config', 'nope.yaml', 'validate'], dir);
    assert.is(r.code, 1);
    assert.match(r.err, 'nope.yaml does not exist');
    assert.not.match(r.out, 'Valid');
  } finally {
    await cleanup();
  }
});

test('from a sub-folder, skillops.yaml is found upward and its skillsDir is used', async () => {
  const { dir, cleanup } = await tempDir({
    'skillops.yaml': lines('skillsDir: queues'),
    'queues/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 99'),
    'docs/deep/readme.txt': 'x',
  });
  try {
    const r = await cli(['validate'], path.join(dir, 'docs/deep'));
    assert.is(r.code, 1, 'the file in queues/ was checked and its error found');
    assert.match(r.out, 'proficiency 99 is above the maximum 20');
    assert.match(r.err, /Using settings (\.\.\/)+skillops\.yaml/);
  } finally {
    await cleanup();
  }
});

test('the upward search stops at the repository root', async () => {
  const { dir, cleanup } = await tempDir({ 'skillops.yaml': lines('skillsDir: queues'), 'repo/.git/HEAD': 'ref: x', 'repo/skills/billing.yaml': QUEUE });
  try {
    const r = await cli(['validate'], path.join(dir, 'repo'));
    assert.is(r.code, 0, r.out + r.err);
    assert.match(r.out, 'Valid: 1 queue file checked');
    assert.not.match(r.err, 'Using settings');
  } finally {
    await cleanup();
  }
});

test('-v, --version and `version` print the version', async () => {
  for (const args of [['-v'], ['--version'], ['version']]) {
    const r = await cli(args, process.cwd());
    assert.is(r.code, 0, args.join(' '));
    assert.match(r.out, /^\d+\.\d+\.\d+\n$/, args.join(' '));
  }
});

test('--no-color turns colour off even when FORCE_COLOR asks for it', async () => {
  const { dir, cleanup } = await tempDir({ 'skills/billing.yaml': lines('skill: Billing', 'agents:', '  - agent: a@example.com', '    proficiency: 99') });
  try {
    const coloured = captureIo({ cwd: dir, env: { FORCE_COLOR: '1' } });
    coloured.color = (await import('../../src/terminal/process-io.js')).colorFor({ FORCE_COLOR: '1' }, false);
    await runCli(['validate'], coloured);
    assert.match(coloured.stdout(), '\u001B[', 'colour is on without the flag');
    const plain = captureIo({ cwd: dir, env: { FORCE_COLOR: '1' } });
    plain.color = coloured.color;
    await runCli(['--no-color', 'validate'], plain);
    assert.not.match(plain.stdout(), '\u001B[');
    assert.match(plain.stdout(), 'proficiency 99 is above the maximum 20');
  } finally {
    await cleanup();
  }
});

/** Every command and every long option of the real program, read back from commander. */
async function programShape(): Promise<{ commands: string[]; options: Map<string, string[]> }> {
  const io = captureIo();
  // the completion command builds its script from the program; rebuild that program here
  await runCli(['completion', 'bash'], io);
  const names = [...io.stdout().matchAll(/^ {4}([a-z-]+)\)$/gm)].map((m) => m[1]!);
  const help = captureIo();
  await runCli(['--help'], help);
  const commands = [
    ...help
      .stdout()
      .split('Commands:')[1]!
      .matchAll(/^ {2}([a-z-]+)\b/gm),
  ]
    .map((m) => m[1]!)
    .filter((c) => c !== 'help');
  const options = new Map<string, string[]>();
  for (const c of commands) {
    const h = captureIo();
    await runCli([c, '--help'], h);
    options.set(
      c,
      [...h.stdout().matchAll(/(--[a-z][a-z-]+)/g)].map((m) => m[1]!),
    );
  }
  assert.equal(names, commands, 'bash lists each command');
  return { commands, options };
}

test('completion for bash, zsh and fish lists every command and every option of it', async () => {
  const { commands, options } = await programShape();
  assert.ok(commands.length >= 10, commands.join(' '));
  for (const shell of ['bash', 'zsh', 'fish']) {
    const io = captureIo();
    assert.is(await runCli(['completion', shell], io), 0, shell);
    const script = io.stdout();
    for (const c of commands) {
      assert.match(script, new RegExp(shell === 'fish' ? `-a ${c} ` : shell === 'zsh' ? `'${c}:` : ` ${c}\\)`), `${shell}: command ${c}`);
      for (const o of options.get(c)!) {
        assert.ok(script.includes(shell === 'fish' ? `-l ${o.slice(2)} ` : o), `${shell}: ${c} ${o}`);
      }
    }
  }
  const bad = captureIo();
  assert.is(await runCli(['completion', 'powershell'], bad), 1);
  assert.match(bad.stderr(), 'bash, zsh and fish');
});

test('bash completion works in bash: commands, then the options and choices of one', async () => {
  const io = captureIo();
  await runCli(['completion', 'bash'], io);
  const complete = async (words: string[]) => {
    const script = `${io.stdout()}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _skillops_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return (await run('bash', ['-c', script])).stdout.split('\n').filter(Boolean);
  };
  assert.equal(await complete(['skillops', 'pl']), ['plan']);
  assert.ok((await complete(['skillops', '-c', 'x.yaml', 'plan', '--'])).includes('--detailed-exitcode'));
  assert.equal(await complete(['skillops', 'plan', '--format', '']), ['text', 'markdown', 'json']);
});

test('confirmation: only "yes" confirms; Ctrl-C cancels with 130, end of input with 1', async () => {
  const ask = (input: string | null) => {
    const stdin = new PassThrough();
    const out = new PassThrough();
    const answer = confirmOn(stdin, out, { terminal: true })('Apply? ');
    if (input === null) stdin.end();
    else stdin.write(input);
    return answer;
  };
  assert.is(await ask('yes\r'), true);
  assert.is(await ask('y\r'), false);
  for (const [input, code] of [
    ['\u0003', 130],
    [null, 1],
    ['\u0004', 1],
  ] as const) {
    const error = await ask(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(error, CancelledError, JSON.stringify(input));
    assert.is((error as CancelledError).exitCode, code);
    const io = captureIo();
    assert.is(handleError(error, io), code);
    assert.is(io.stderr(), 'Apply cancelled. Nothing was changed.\n');
  }
});

test('confirmation: a signal while the question waits cancels it (line mode, e.g. stdout piped)', async () => {
  const gate = new SignalGate(
    () => assert.unreachable('must not exit'),
    () => undefined,
  );
  const stdin = new PassThrough();
  const answer = confirmOn(stdin, new PassThrough(), { signals: gate })('Apply? ');
  gate.handle('SIGINT');
  const error = await answer.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, CancelledError);
  assert.is((error as CancelledError).exitCode, 130);
});

test('confirmation is offered when stdin is a terminal, whatever stdout is (`apply | tee log`)', () => {
  const saved = { in: process.stdin.isTTY, out: process.stdout.isTTY };
  try {
    process.stdin.isTTY = true;
    process.stdout.isTTY = false;
    assert.type(processIo().confirm, 'function');
    process.stdin.isTTY = false;
    process.stdout.isTTY = true;
    assert.is(processIo().confirm, undefined, 'no one can answer without a terminal on stdin');
  } finally {
    process.stdin.isTTY = saved.in;
    process.stdout.isTTY = saved.out;
  }
});

test('signals: plain commands end at once; graceful ones get one stop; apply gets stop, then stop-now with a bounded exit', async () => {
  const exits: number[] = [];
  const notices: string[] = [];
  const plain = new SignalGate(
    (c) => exits.push(c),
    (t) => notices.push(t),
  );
  plain.handle('SIGINT');
  assert.equal(exits, [130]);

  const sim = new SignalGate(
    (c) => exits.push(c),
    (t) => notices.push(t),
  );
  sim.graceful();
  sim.handle('SIGTERM');
  assert.is(sim.received, 'SIGTERM');
  sim.handle('SIGINT');
  assert.equal(exits, [130, 130], 'the second signal ends a graceful command');

  const apply = new SignalGate(
    (c) => exits.push(c),
    (t) => notices.push(t),
    { stopNowMs: 20 },
  );
  apply.graceful({ hold: true });
  let stoppedNow: string | undefined;
  void apply.stopNow.then((s) => {
    stoppedNow = s;
  });
  apply.handle('SIGTERM');
  assert.is(await apply.stop, 'SIGTERM');
  apply.handle('SIGINT');
  apply.handle('SIGINT');
  await Promise.resolve();
  assert.is(stoppedNow, 'SIGINT', 'the second signal asks apply to stop now');
  assert.equal(exits, [130, 130], 'not cut at once: apply gets time to write its audit record');
  assert.is(notices.length, 1, 'the third signal changes nothing');
  assert.match(notices[0]!, 'audit record is still written');
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(exits, [130, 130, 130], 'bounded: ended after stopNowMs if apply has not');
});

test.run();
