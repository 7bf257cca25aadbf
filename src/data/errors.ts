/** What kind of failure stopped a load; hosts can branch on it. */
export type TicketsErrorKind =
  | 'network'
  | 'offline'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'invalid-response'
  | 'pagination';

/**
 * A failed load of the tickets endpoint. Carries the URL that failed and,
 * for HTTP errors, the status, so the element can say what went wrong where.
 */
export class TicketsError extends Error {
  override readonly name = 'TicketsError';

  /**
   * The records of the pages that loaded before a later page failed, so the
   * element can show them with a notice that the list is incomplete.
   */
  partial: { records: unknown[]; warnings: { index: number; reason: string }[] } | null = null;

  /** How many times the failing request was sent. */
  attempts = 1;

  /** For a 429 response, the wait its `Retry-After` header asked for, in milliseconds. */
  retryAfter: number | null = null;

  /** Whether the user must sign in again or lacks permission: a 401 or 403 response. */
  get authRequired(): boolean {
    return this.kind === 'http' && (this.status === 401 || this.status === 403);
  }

  constructor(
    readonly kind: TicketsErrorKind,
    message: string,
    readonly url: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The reason phrases people know for common HTTP statuses. */
const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Advice to the user for the statuses that have some. */
const STATUS_HINTS: Record<number, string> = {
  401: ' You are signed out; sign in again and retry.',
  403: ' You are not allowed to see these tickets.',
  404: ' Check the tickets endpoint address.',
};

/** Builds the error for a response with a status outside 200–299. */
export function httpError(url: string, status: number, retryAfter: number | null = null): TicketsError {
  const phrase = STATUS_TEXTS[status];
  const label = phrase ? `${status} ${phrase}` : `status ${status}`;
  let hint = STATUS_HINTS[status] ?? '';
  if (status === 429) {
    hint = retryAfter === null ? ' Try again in a moment.' : ` Try again in ${Math.ceil(retryAfter / 1000)} seconds.`;
  }
  if (status >= 500) hint = ' The server failed; try again in a moment.';

  const error = new TicketsError('http', `The tickets endpoint responded with ${label}.${hint}`, url, status);
  error.retryAfter = retryAfter;
  return error;
}
