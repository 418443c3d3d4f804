// NODE_DEBUG is refused exactly when Node itself would turn on a section that prints HTTP
// traffic: the oracle is a real Node process asked which sections its NODE_DEBUG enables.
import { execFileSync } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LEAKY_NODE_DEBUG_SECTIONS, leakyNodeDebug } from '../../src/text/redact.js';

const test = suite('NODE_DEBUG: refused by the matching Node uses');

/** The leaky sections a Node process started with this NODE_DEBUG has turned on. */
function enabledByNode(value: string): string[] {
  const script = `const u = require('node:util'); process.stdout.write(JSON.stringify(${JSON.stringify(LEAKY_NODE_DEBUG_SECTIONS)}.filter((s) => u.debuglog(s).enabled)))`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH ?? '', NODE_DEBUG: value },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out) as string[];
}

test('every wildcard, case and list form: refused exactly when Node enables a leaky section', () => {
  const values = [
    'http',
    '*',
    'h*',
    'ht*p',
    'n*',
    'ne*',
    'tl*',
    'f*',
    'u*',
    '*t*',
    'NET',
    'Tls',
    'worker,n*',
    'module,fetch',
    'http2',
    'undici',
    'htt*2',
    'worker',
    'module',
    'stream',
    'esm',
    'x*',
    'http ',
    ' net',
    'net,',
    'n.t',
    'h?tp',
  ];
  const refusedByUs: string[] = [];
  for (const value of values) {
    const node = enabledByNode(value);
    const ours = leakyNodeDebug({ NODE_DEBUG: value });
    assert.equal([...ours].sort(), [...node].sort(), `NODE_DEBUG=${JSON.stringify(value)}: Node enables ${node.join(', ') || 'none'}`);
    if (ours.length > 0) refusedByUs.push(value);
  }
  // the cases the sweep found let through are among the refused ones
  for (const value of ['n*', 'ne*', 'tl*', 'f*', 'u*']) assert.ok(refusedByUs.includes(value), value);
  assert.not.ok(refusedByUs.includes('worker'));
});

test('no NODE_DEBUG, or an empty one: nothing refused', () => {
  assert.equal(leakyNodeDebug({}), []);
  assert.equal(leakyNodeDebug({ NODE_DEBUG: '' }), []);
});

test.run();
