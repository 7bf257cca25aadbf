import type { TicketsError } from './errors.js';

/** When a failed request is sent again. */
export interface RetryPolicy {
  /** The maximum number of tries for a server error (5xx), the first one included. */
  tries: number;
  /** Milliseconds before the second try; each later wait doubles. */
  baseDelay: number;
  /** The longest `Retry-After` wait, in milliseconds, honored for a 429. */
  maxRetryAfter: number;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 3, baseDelay: 500, maxRetryAfter: 60_000 };

const SERVER_ERRORS = new Set([500, 502, 503, 504]);

/**
 * Returns how long to wait before trying again after `error` on try number
 * `attempt` (counting from 1), or `null` when the request is not retried.
 * A server error is retried with doubling waits up to `policy.tries` tries;
 * a 429 is retried once after its `Retry-After`, when that is not longer
 * than `policy.maxRetryAfter`. Other failures, 401 and 403 among them, are
 * final, so a signed-out user never starts a retry loop.
 */
export function retryDelay(error: TicketsError, attempt: number, policy: RetryPolicy): number | null {
  if (error.kind !== 'http' || error.status === null) return null;

  if (SERVER_ERRORS.has(error.status)) {
    return attempt < policy.tries ? policy.baseDelay * 2 ** (attempt - 1) : null;
  }
  if (error.status === 429 && attempt === 1) {
    const wait = error.retryAfter ?? policy.baseDelay;
    return wait <= policy.maxRetryAfter ? wait : null;
  }
  return null;
}

/**
 * Reads a `Retry-After` header, given in seconds or as an HTTP date, into
 * milliseconds from `now`; `null` when it is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Waits `ms` milliseconds; rejects with the signal's reason when it aborts first. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
