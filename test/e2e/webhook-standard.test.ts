// Standard Webhooks signatures, checked by the reference library receivers use (the
// `standardwebhooks` package from npm), not by skillops' own code.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { notifyWebhook } from '../../src/audit/webhook/notify-webhook.js';
import { runApply } from '../../src/cli/commands/apply.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';

const test = suite('webhook: Standard Webhooks signatures');
// A secret in the spec's format: whsec_ + base64 of random bytes (as the libraries generate)
const WHSEC = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const RAW = 'a-plain-secret-set-before-standard-webhooks';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)]!).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** What a receiver does: hand the raw body and the headers to the library. */
const headersOf = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

test('a whsec_ secret: the library verifies the delivery and rejects a changed body or id', async () => {
  const hook = await receiver([204]);
  const outcome = await notifyWebhook({ url: hook.url, secret: WHSEC, payload: { event: 'skill_sync_complete', n: 1 }, runId: 'run-1' });
  await hook.close();
  assert.is(outcome.delivered, true);
  const r = hook.received[0]!;
  const wh = new Webhook(WHSEC);
  assert.equal(wh.verify(r.body, headersOf(r)), { event: 'skill_sync_complete', n: 1 });
  assert.is(r.headers['webhook-id'], 'run-1');
  assert.match(String(r.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*$/);
  assert.throws(
    () => wh.verify(r.body.replace('1', '2'), headersOf(r)),
    (e: unknown) => e instanceof WebhookVerificationError,
  );
  assert.throws(
    () => wh.verify(r.body, { ...headersOf(r), 'webhook-id': 'run-2' }),
    (e: unknown) => e instanceof WebhookVerificationError,
  );
  assert.throws(
    () => new Webhook(`whsec_${Buffer.from('another key of 32 bytes.........').toString('base64')}`).verify(r.body, headersOf(r)),
    (e: unknown) => e instanceof WebhookVerificationError,
  );
});

test('a raw secret (not whsec_) is its UTF-8 bytes: the library verifies it in its raw format', async () => {
  const hook = await receiver([200]);
  await notifyWebhook({ url: hook.url, secret: RAW, payload: { ok: true } });
  await hook.close();
  const r = hook.received[0]!;
  assert.equal(new Webhook(RAW, { format: 'raw' }).verify(r.body, headersOf(r)), { ok: true });
  // the Standard Webhooks signature is the only one: the pre-release X-Skillops-Signature is gone
  assert.is(r.headers['x-skillops-signature'], undefined);
  assert.is(r.headers['x-skillops-delivery'], r.headers['webhook-id']);
});

test('retries carry the same webhook-id, so a receiver can drop duplicates', async () => {
  const hook = await receiver([503, 200]);
  const outcome = await notifyWebhook({ url: hook.url, secret: WHSEC, payload: {}, runId: 'run-7', sleep: async () => undefined });
  await hook.close();
  assert.is(outcome.attempts, 2);
  assert.equal(
    hook.received.map((r) => r.headers['webhook-id']),
    ['run-7', 'run-7'],
  );
  for (const r of hook.received) new Webhook(WHSEC).verify(r.body, headersOf(r));
});

test('a whsec_ secret that is not base64 is refused instead of signing with another key', async () => {
  const hook = await receiver([200]);
  const outcome = await notifyWebhook({ url: hook.url, secret: 'whsec_not base64!', payload: {} });
  await hook.close();
  assert.is(hook.received.length, 0);
  assert.match(String(outcome.skipped), 'not base64');
  assert.not.ok(JSON.stringify(outcome).includes('not base64!'), 'the secret is not echoed');
});

test('after apply: webhook-id is the run id kept in the audit record', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const hook = await receiver([200]);
  try {
    const io = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_WEBHOOK_URL: hook.url, SKILLOPS_WEBHOOK_SECRET: WHSEC } });
    const r = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io);
    assert.is(r.exitCode, 0, io.stderr());
    const [record] = await auditRecords(repo.auditDir);
    const delivery = hook.received[0]!;
    assert.ok(record!.runId);
    assert.is(delivery.headers['webhook-id'], record!.runId);
    const event = new Webhook(WHSEC).verify(delivery.body, headersOf(delivery)) as { event: string };
    assert.is(event.event, 'skill_sync_complete');
    assert.not.ok((io.stdout() + io.stderr() + JSON.stringify(record)).includes(WHSEC));
  } finally {
    await Promise.all([hook.close(), sim.close()]);
    await repo.cleanup();
  }
});

test.run();
