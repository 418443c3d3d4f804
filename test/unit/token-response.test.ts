// A token endpoint that answers 200 with something that is not a JSON token (a proxy's login
// page, a captive portal) is reported as such, not as CXone refusing the credentials.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createCxoneClient } from '../../src/cxone/create-client.js';
import { CxoneAuthError } from '../../src/domain/errors.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { rejects } from '../helpers/rejects.js';

const test = suite('cxone: a token response that is not JSON');

async function serving(contentType: string, body: string) {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const env = (url: string) => ({
  CXONE_CLIENT_ID: 'id',
  CXONE_CLIENT_SECRET: 'secret-value-1',
  CXONE_ACCESS_KEY_ID: 'key',
  CXONE_ACCESS_KEY_SECRET: 'secret-value-2',
  CXONE_API_BASE: url,
  CXONE_AUTH_URL: url,
});

test('HTML with 200: "not a JSON token response", naming the content type, never "refused the credentials"', async () => {
  const server = await serving('text/html; charset=utf-8', '<html><body>Please sign in to the proxy</body></html>');
  try {
    const error = await rejects(async () => {
      const client = await createCxoneClient(DEFAULT_SETTINGS, env(server.url));
      await client.listSkills();
    }, CxoneAuthError);
    assert.not.match(error.message, 'refused the credentials');
    assert.match(error.message, /token endpoint 127\.0\.0\.1:\d+\/auth\/token answered HTTP 200 with text\/html, not a JSON token response/);
    assert.not.match(error.message, 'secret-value');
  } finally {
    await server.close();
  }
});

test('JSON with 200 but no access_token: said so', async () => {
  const server = await serving('application/json', '{"hello":"world"}');
  try {
    const error = await rejects(async () => {
      const client = await createCxoneClient(DEFAULT_SETTINGS, env(server.url));
      await client.listSkills();
    }, CxoneAuthError);
    assert.match(error.message, 'answered HTTP 200 without an access_token');
  } finally {
    await server.close();
  }
});

test.run();
