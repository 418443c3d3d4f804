// NODE_DEBUG=http (net, tls, fetch…) makes Node print HTTP traffic to stderr: Basic credentials,
// bearer tokens. Node reads the variable once at start-up, so it cannot be switched off from
// inside: skillops refuses to run instead, before any request is made.
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { leakyNodeDebug } from '../text/redact.js';
import { forTerminal } from '../text/untrusted.js';

export function refuseLeakyDebug(io: Io): void {
  const leaky = leakyNodeDebug(io.env);
  if (leaky.length > 0) {
    throw new UsageError(
      `NODE_DEBUG=${forTerminal(io.env.NODE_DEBUG ?? '', 200)} turns on Node's ${leaky.join(', ')} debug output, which prints HTTP traffic, credentials included; unset NODE_DEBUG (or name only sections that match none of ${leaky.join(', ')}) and run again`,
    );
  }
}
