// When and how long to wait before trying a CXone request again.

export interface RetryPolicy {
  /** Retries after 5xx, timeouts and connection errors. */
  maxRetries: number;
  /** Retries after 429 (rate limited); separate so a throttled run is not cut short. */
  maxRateLimitRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Every CXone request, token requests included, gives up after this long. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, maxRateLimitRetries: 12, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Exponential backoff with jitter: half the step fixed, half random, so retries spread out. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Retry-After as delta-seconds or an HTTP date, in ms from now; undefined when absent or invalid. */
export function retryAfterMs(header: unknown, now: number): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export const isRetryableStatus = (status: number): boolean => status >= 500 && status !== 501;

/** Network failures worth another try (timeouts, resets, refused while a server restarts). */
export const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'ENETUNREACH',
]);
