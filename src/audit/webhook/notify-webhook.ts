// The WFM webhook: a signed POST after apply. Bounded: each attempt has an overall deadline of
// 5 s (connect, send, answer and body: a receiver dripping bytes is cut), all attempts and their
// backoff fit in a total deadline, and an abort signal (apply shutting down) cuts it short. It
// reports its outcome and never throws, because a webhook never fails an apply.
import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import type { SkillopsAuditRecord } from '../../domain/audit.generated.js';
import { redact } from '../../text/redact.js';
import { isSecureOrLoopback } from '../../text/url.js';
import { standardWebhookHeaders } from './signing.js';

/** The outcome as the audit record stores it (schemas/audit.schema.json is the one definition). */
export type WebhookOutcome = SkillopsAuditRecord['webhook'];

interface WebhookOptions {
  url: string | undefined;
  secret: string | undefined;
  payload: object;
  http?: AxiosInstance;
  /** Overall deadline per attempt (default 5000 ms). */
  timeoutMs?: number;
  /** Overall deadline for all attempts and the waits between them (default 15000 ms). */
  totalMs?: number;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The apply run's id: sent as webhook-id (and X-Skillops-Delivery), the same on every retry. */
  runId?: string;
  /** Signing time (tests); default the clock. */
  now?: () => Date;
  /** Aborts a delivery in progress and skips the rest (apply shutting down). */
  signal?: AbortSignal;
}

/** An attempt with less time than this left is not started. */
const MIN_ATTEMPT_MS = 50;

/** Origin and path only: a query string may carry a token. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

export async function notifyWebhook(options: WebhookOptions): Promise<WebhookOutcome> {
  if (!options.url) return { delivered: false, skipped: 'no webhook.url configured' };
  const url = safeUrl(options.url);
  if (!isSecureOrLoopback(options.url)) return { delivered: false, url, skipped: 'webhook.url must be https (or loopback)' };
  if (!options.secret) return { delivered: false, url, skipped: 'SKILLOPS_WEBHOOK_SECRET is not set; unsigned notifications are not sent' };
  const http = options.http ?? axios.create({ proxy: false, maxRedirects: 0 });
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const body = JSON.stringify(options.payload);
  const id = options.runId ?? randomUUID();
  let signed: Record<string, string>;
  try {
    signed = standardWebhookHeaders(id, (options.now ?? (() => new Date()))(), body, options.secret);
  } catch (error) {
    return { delivered: false, url, skipped: (error as Error).message };
  }
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'skillops-webhook',
    'X-Skillops-Event': 'skill_sync_complete',
    'X-Skillops-Delivery': id,
    // Standard Webhooks headers
    ...signed,
  };
  const maxAttempts = options.attempts ?? 3;
  const perAttempt = options.timeoutMs ?? 5000;
  const deadline = performance.now() + (options.totalMs ?? 15000);
  let last: WebhookOutcome = { delivered: false, url };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const left = Math.min(perAttempt, deadline - performance.now());
    if (options.signal?.aborted) return { ...last, ...(last.attempts ? {} : { attempts: attempt - 1 }), error: 'cut short: apply is shutting down' };
    if (left < MIN_ATTEMPT_MS) return last.attempts ? last : { delivered: false, url, attempts: attempt - 1, error: 'no time left for an attempt' };
    const timeout = AbortSignal.timeout(Math.round(left));
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      // `signal` bounds the whole exchange, body included (axios' `timeout` is only an idle timeout)
      const response = await http.post(options.url, body, {
        headers,
        signal,
        maxContentLength: 65536,
        validateStatus: () => true,
        transformRequest: [(d: unknown) => d],
      });
      if (response.status >= 200 && response.status < 300) return { delivered: true, url, attempts: attempt, status: response.status };
      last = { delivered: false, url, attempts: attempt, status: response.status, error: `receiver answered ${response.status}` };
      if (response.status < 500 && response.status !== 429) return last; // the receiver refused it: retrying will not help
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'network error';
      const error_ = options.signal?.aborted ? 'cut short: apply is shutting down' : timeout.aborted ? `no answer within ${Math.round(left)} ms` : code;
      last = { delivered: false, url, attempts: attempt, error: redact(error_) };
      if (options.signal?.aborted) return last;
    }
    if (attempt < maxAttempts) {
      const wait = 500 * 2 ** (attempt - 1);
      if (performance.now() + wait + MIN_ATTEMPT_MS > deadline) return last;
      await sleep(wait);
    }
  }
  return last;
}
