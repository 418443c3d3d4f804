// Standard Webhooks signatures (https://www.standardwebhooks.com): receivers verify them with
// the published libraries. Signed content is "<webhook-id>.<webhook-timestamp>.<body>", HMAC-SHA256,
// base64, sent as "v1,<signature>".
//
// SKILLOPS_WEBHOOK_SECRET: a "whsec_<base64>" secret (the spec's format, as the libraries
// generate them) is decoded to its key bytes; any other value is used as its UTF-8 bytes
// (receivers pass it in the libraries' raw format).
import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

function webhookKey(secret: string): Buffer {
  if (secret.startsWith(PREFIX)) {
    const encoded = secret.slice(PREFIX.length);
    const key = Buffer.from(encoded, 'base64');
    // Buffer.from ignores what is not base64: refuse rather than sign with a different key
    if (key.length === 0 || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
      throw new Error('SKILLOPS_WEBHOOK_SECRET starts with whsec_ but the rest is not base64');
    }
    return key;
  }
  return Buffer.from(secret, 'utf8');
}

function standardWebhookSignature(id: string, timestampSeconds: number, body: string, secret: string): string {
  return `v1,${createHmac('sha256', webhookKey(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

export function standardWebhookHeaders(id: string, at: Date, body: string, secret: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardWebhookSignature(id, timestamp, body, secret),
  };
}
