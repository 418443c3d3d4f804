// Secrets through side doors. Encodings of secrets
// are redacted, NODE_DEBUG=http cannot print credentials, `comment --failure` posts no secret.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../src/cli/program.js';
import { FakeGitHub } from '../../src/github/fake-github.js';
import { redact } from '../../src/text/redact.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { tempDir } from '../helpers/temp-dir.js';

const test = suite('e2e: redaction through side doors');
const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const ENV = {
  CXONE_CLIENT_ID: 'client-id-7f3a',
  CXONE_CLIENT_SECRET: 'client-secret/with+special=chars',
  CXONE_ACCESS_KEY_ID: 'access-key-id-99',
  CXONE_ACCESS_KEY_SECRET: 'access key secret & more',
};
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Every way the secrets above could be written in a log. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(ENV)) {
    for (const [how, encoded] of [
      ['raw', value],
      ['url', encodeURIComponent(value)],
      ['form', new URLSearchParams({ v: value }).toString().slice(2)],
      ['base64', b64(value)],
    ] as const) {
      if (text.includes(encoded)) found.push(`${name} (${how})`);
    }
  }
  for (const pair of [`${ENV.CXONE_CLIENT_ID}:${ENV.CXONE_CLIENT_SECRET}`, `${ENV.CXONE_ACCESS_KEY_ID}:${ENV.CXONE_ACCESS_KEY_SECRET}`]) {
    if (text.includes(b64(pair)) || text.includes(b64(pair).replace(/=+$/, ''))) found.push(`base64 of ${pair.split(':')[0]}:secret`);
  }
  return found;
}

test('redact removes base64(id:secret), URL- and form-encoded secrets, not just the raw values', () => {
  const text = [
    `echo: ${b64(`${ENV.CXONE_CLIENT_ID}:${ENV.CXONE_CLIENT_SECRET}`)}`,
    `form: username=${ENV.CXONE_ACCESS_KEY_ID}&password=${new URLSearchParams({ p: ENV.CXONE_ACCESS_KEY_SECRET }).toString().slice(2)}`,
    `url: ${encodeURIComponent(ENV.CXONE_CLIENT_SECRET)}`,
    `b64url: ${Buffer.from(ENV.CXONE_ACCESS_KEY_SECRET).toString('base64url')}`,
  ].join('\n');
  assert.ok(leaks(text).length >= 4);
  const shown = redact(text, ENV);
  assert.equal(leaks(shown), [], shown);
  assert.not.match(shown, Buffer.from(ENV.CXONE_ACCESS_KEY_SECRET).toString('base64url'));
});

test('a token endpoint echoing base64(id:secret) in its error gets past nothing', async () => {
  const echo = b64(`${ENV.CXONE_CLIENT_ID}:${ENV.CXONE_CLIENT_SECRET}`);
  const server = createServer((req, res) => {
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'invalid_client', error_description: `client ${echo} is not allowed; got ${req.headers.authorization?.slice(6)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const repo = await exampleRepo();
  try {
    const io = captureIo({ cwd: repo.dir, env: { ...ENV, CXONE_AUTH_URL: `${url}/auth/token`, CXONE_API_BASE: `${url}/api` } });
    const code = await runCli(['plan', '--now', '2026-11-25'], io);
    assert.is(code, 1);
    assert.match(io.stderr(), 'invalid_client');
    assert.equal(leaks(io.stdout() + io.stderr()), [], io.stderr());
  } finally {
    server.close();
    await repo.cleanup();
  }
});

test('NODE_DEBUG=http on the real CLI process: refused, and no credential reaches any output', async () => {
  const sim = await startSim();
  const repo = await exampleRepo();
  try {
    const env = { PATH: process.env.PATH ?? '', ...sim.env, NODE_DEBUG: 'http,net', NO_COLOR: '1' };
    const result = await run(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/main.ts'), 'plan', '--now', '2026-11-25'], {
      cwd: repo.dir,
      env,
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    const all = `${result.stdout}${result.stderr}`;
    for (const value of Object.values(sim.env).filter((v) => !v.startsWith('http'))) assert.not.ok(all.includes(value), `${value} leaked`);
    assert.not.match(all, /Basic [A-Za-z0-9+/=]{8,}|Bearer [A-Za-z0-9._~+/=-]{8,}/);
    assert.not.match(all, b64(`${sim.env.CXONE_CLIENT_ID}:${sim.env.CXONE_CLIENT_SECRET}`));
    assert.is(result.code, 1);
    assert.match(result.stderr, 'NODE_DEBUG');
    // nothing was asked of CXone
    assert.is(sim.stats.requests, 0);
  } finally {
    await sim.close();
    await repo.cleanup();
  }
});

test('comment --failure redacts the whole log before the comment and the job summary', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const log = path.join(dir, 'out.txt');
    const summary = path.join(dir, 'summary.md');
    await writeFile(
      log,
      [
        'plan failed',
        `Authorization: Basic ${b64(`${ENV.CXONE_CLIENT_ID}:${ENV.CXONE_CLIENT_SECRET}`)}`,
        `token endpoint said: ${b64(`${ENV.CXONE_ACCESS_KEY_ID}:${ENV.CXONE_ACCESS_KEY_SECRET}`)}`,
        `body: grant_type=password&username=${ENV.CXONE_ACCESS_KEY_ID}&password=${encodeURIComponent(ENV.CXONE_ACCESS_KEY_SECRET)}`,
        `secret ${ENV.CXONE_CLIENT_SECRET} in the clear`,
      ].join('\n'),
    );
    const gh = new FakeGitHub();
    const io = captureIo({ cwd: dir, env: { ...ENV, GITHUB_STEP_SUMMARY: summary } });
    assert.is(await runCli(['comment', '--failure', log, '--repo', 'acme/skills', '--pr', '3'], io, { github: gh }), 0, io.stderr());
    const posted = [...gh.comments.values()]
      .flat()
      .map((c) => c.body)
      .join('\n');
    assert.match(posted, 'plan failed');
    assert.equal(leaks(posted), [], posted);
    assert.equal(leaks(await readFile(summary, 'utf8')), []);
  } finally {
    await cleanup();
  }
});

test.run();
