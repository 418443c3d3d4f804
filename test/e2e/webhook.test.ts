import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { notifyWebhook, safeUrl } from '../../src/audit/webhook/notify-webhook.js';
import { runApply } from '../../src/cli/commands/apply.js';
import { auditRecords } from '../helpers/audit.js';
import { captureIo } from '../helpers/capture-io.js';
import { exampleRepo } from '../helpers/repo.js';
import { startSim } from '../helpers/sim.js';
import { waitFor } from '../helpers/wait-for.js';

const test = suite('webhook: signed WFM notification');
const SECRET = 'whsec-test-4f9a2c';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver answering each request with the next status (or hanging on 'hang'). */
async function receiver(statuses: Array<number | 'hang'>) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      if (status !== 'hang') res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/skills?token=abc123`;
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

/** The Standard Webhooks check, written out: HMAC-SHA256 of "<id>.<timestamp>.<body>" (a secret without whsec_ is its UTF-8 bytes). */
const verify = (r: Received) => {
  const signed = `${String(r.headers['webhook-id'])}.${String(r.headers['webhook-timestamp'])}.${r.body}`;
  const expected = `v1,${createHmac('sha256', SECRET).update(signed).digest('base64')}`;
  const got = String(r.headers['webhook-signature']);
  return got.length === expected.length && timingSafeEqual(Buffer.from(got), Buffer.from(expected));
};
const noSleep = async () => undefined;

test('delivered with an HMAC-SHA256 signature the receiver can verify', async () => {
  const hook = await receiver([204]);
  const outcome = await notifyWebhook({ url: hook.url, secret: SECRET, payload: { event: 'skill_sync_complete', n: 1 } });
  await hook.close();
  assert.equal(outcome, { delivered: true, url: hook.url.replace(/\?.*/, ''), attempts: 1, status: 204 });
  assert.ok(verify(hook.received[0]!));
  assert.is(hook.received[0]!.headers['x-skillops-event'], 'skill_sync_complete');
  assert.equal(JSON.parse(hook.received[0]!.body), { event: 'skill_sync_complete', n: 1 });
  const tampered = { ...hook.received[0]!, body: hook.received[0]!.body.replace('1', '2') };
  assert.not.ok(verify(tampered), 'a changed body fails verification');
});

test('5xx is retried with backoff, then delivered', async () => {
  const hook = await receiver([503, 502, 200]);
  const waits: number[] = [];
  const outcome = await notifyWebhook({
    url: hook.url,
    secret: SECRET,
    payload: {},
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  await hook.close();
  assert.is(outcome.delivered, true);
  assert.is(outcome.attempts, 3);
  assert.equal(waits, [500, 1000]);
});

test('a receiver that never answers times out; attempts are bounded and the failure is reported', async () => {
  const hook = await receiver(['hang']);
  const outcome = await notifyWebhook({ url: hook.url, secret: SECRET, payload: {}, timeoutMs: 100, attempts: 2, sleep: noSleep });
  await hook.close();
  assert.equal(outcome, { delivered: false, url: safeUrl(hook.url), attempts: 2, error: 'no answer within 100 ms' });
  assert.is(hook.received.length, 2);
});

test('a 4xx is not retried; no secret means nothing is sent; http to a non-loopback host is refused', async () => {
  const hook = await receiver([401]);
  const refused = await notifyWebhook({ url: hook.url, secret: SECRET, payload: {}, sleep: noSleep });
  const unsigned = await notifyWebhook({ url: hook.url, secret: undefined, payload: {} });
  await hook.close();
  assert.equal({ attempts: refused.attempts, status: refused.status, delivered: refused.delivered }, { attempts: 1, status: 401, delivered: false });
  assert.match(String(unsigned.skipped), 'SKILLOPS_WEBHOOK_SECRET is not set');
  assert.is(hook.received.length, 1);
  const insecure = await notifyWebhook({ url: 'http://wfm.example.com/hook', secret: SECRET, payload: {} });
  assert.match(String(insecure.skipped), 'must be https');
});

/** A receiver that answers 200 at once, then drips its body one byte every `everyMs`. */
async function dripReceiver(bytes: number, everyMs: number) {
  const cut: boolean[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(bytes) });
      let sent = 0;
      const drip = setInterval(() => {
        if (res.destroyed) return;
        res.write('.');
        if (++sent === bytes) {
          clearInterval(drip);
          res.end();
        }
      }, everyMs);
      res.on('close', () => {
        clearInterval(drip);
        cut.push(sent < bytes);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    cut,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

test('a receiver dripping its answer is cut at the per-attempt deadline (an overall deadline, not an idle timeout)', async () => {
  // 20 bytes, one every 150 ms: 3 s in all, and never idle for the 600 ms deadline
  const hook = await dripReceiver(20, 150);
  const started = performance.now();
  const outcome = await notifyWebhook({ url: hook.url, secret: SECRET, payload: {}, timeoutMs: 600, attempts: 1 });
  const ms = performance.now() - started;
  await waitFor('the receiver to see its connection end', () => hook.cut.length > 0);
  await hook.close();
  assert.equal(outcome, { delivered: false, url: hook.url, attempts: 1, error: 'no answer within 600 ms' }, `took ${Math.round(ms)} ms`);
  assert.equal(hook.cut, [true], 'the connection was closed before the receiver finished');
});

test('retries stop at the total deadline: a hanging receiver gets fewer attempts than allowed', async () => {
  const hook = await receiver(['hang']);
  const outcome = await notifyWebhook({ url: hook.url, secret: SECRET, payload: {}, timeoutMs: 300, totalMs: 1100, attempts: 5, sleep: noSleep });
  await hook.close();
  assert.is(outcome.delivered, false);
  assert.is(outcome.attempts, 2, 'after two attempts the next backoff would pass the 1100 ms total');
  assert.is(hook.received.length, 2);
});

test('an abort signal (apply shutting down) cuts a delivery in progress', async () => {
  const hook = await receiver(['hang']);
  const controller = new AbortController();
  // shutting down while the receiver holds the delivery
  const abort = () => controller.abort();
  void waitFor('the delivery to reach the receiver', () => hook.received.length > 0, { limitMs: 4000 }).then(abort, abort);
  const outcome = await notifyWebhook({ url: hook.url, secret: SECRET, payload: {}, timeoutMs: 5000, attempts: 3, sleep: noSleep, signal: controller.signal });
  await hook.close();
  assert.equal(
    { delivered: outcome.delivered, attempts: outcome.attempts, error: outcome.error },
    { delivered: false, attempts: 1, error: 'cut short: apply is shutting down' },
  );
});

test('after apply: the event carries summary and changes; a failing webhook does not fail the apply, is audited, and the secret never appears', async () => {
  const sim = await startSim();
  const repo = await exampleRepo({ apply: { requestsPerSecond: 1000 } });
  const good = await receiver([200]);
  const bad = await receiver([500]);
  try {
    const io = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_WEBHOOK_URL: good.url, SKILLOPS_WEBHOOK_SECRET: SECRET } });
    const r = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io);
    assert.is(r.exitCode, 0);
    const event = JSON.parse(good.received[0]!.body) as { event: string; summary: { add: number; applied: number; verified: boolean }; changes: unknown[] };
    assert.is(event.event, 'skill_sync_complete');
    assert.equal([event.summary.add, event.summary.applied, event.summary.verified, event.changes.length], [6, 12, true, 12]);
    assert.ok(verify(good.received[0]!));

    sim.tenant.set(11012345, 4410001, 9, true); // something to apply again
    const io2 = captureIo({ cwd: repo.dir, env: { ...sim.env, SKILLOPS_WEBHOOK_URL: bad.url, SKILLOPS_WEBHOOK_SECRET: SECRET } });
    const r2 = await runApply({ config: 'skillops.yaml', autoApprove: true, now: '2026-11-25', auditDir: repo.auditDir }, io2);
    assert.is(r2.exitCode, 0, 'a failed webhook never fails the apply');
    assert.match(io2.stdout(), 'Webhook: FAILED (receiver answered 500); recorded in the audit record');
    const records = await auditRecords(repo.auditDir);
    assert.equal(
      records.map((x) => x.webhook.delivered),
      [true, false],
    );
    assert.is(records[1]!.webhook.error, 'receiver answered 500');
    assert.is(records[1]!.webhook.url, safeUrl(bad.url), 'query strings (tokens) are not recorded');
    const everything = io.stdout() + io.stderr() + io2.stdout() + io2.stderr() + JSON.stringify(records);
    assert.not.ok(everything.includes(SECRET));
    assert.not.ok(everything.includes('abc123'));
  } finally {
    await Promise.all([good.close(), bad.close(), sim.close()]);
    await repo.cleanup();
  }
});

test.run();
