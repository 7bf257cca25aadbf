import { httpError, TicketsError } from './errors.js';
import { decodePage, type DecodeOptions, type RecordWarning } from './parse-response.js';
import { DEFAULT_RETRY, parseRetryAfter, retryDelay, wait, type RetryPolicy } from './retry.js';

/** The maximum number of pages one load follows before it stops and reports the list as incomplete. */
export const MAX_PAGES = 100;

/** The default time a single page request may take, in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;

/** Options for the requests to the tickets endpoint. */
export interface TransportOptions {
  /** Extra request headers, such as an `Authorization` bearer token. */
  headers?: HeadersInit;
  /** Whether cookies go with the request; `same-origin` by default. */
  credentials?: RequestCredentials;
  /** Milliseconds one page request may take before it fails as timed out. */
  timeout?: number;
  /** A function with `fetch`'s signature, for hosts with their own HTTP client. */
  fetcher?: typeof fetch;
}

/** Options for the requests and for reading the responses. */
export interface FetchOptions extends TransportOptions, Omit<DecodeOptions, 'contentType'> {
  /** When failed requests are sent again; {@link DEFAULT_RETRY} by default. */
  retry?: RetryPolicy;
}

/** The records of every page loaded, in order, with warnings by position. */
export interface FetchedRecords {
  records: unknown[];
  warnings: RecordWarning[];
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function describeCause(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** Returns the URL that relative endpoint addresses resolve against, when there is one. */
export function baseUrl(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}

function resolveUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    throw new TicketsError('invalid-response', `The tickets endpoint address "${url}" is not a valid URL.`, url);
  }
}

async function requestPage(
  url: string,
  signal: AbortSignal,
  transport: TransportOptions,
): Promise<{ body: unknown; contentType: string }> {
  const timeout = transport.timeout ?? DEFAULT_TIMEOUT;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const headers = new Headers(transport.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');

  let response: Response;
  let text: string;
  try {
    response = await (transport.fetcher ?? fetch)(url, {
      method: 'GET',
      headers,
      credentials: transport.credentials ?? 'same-origin',
      signal: AbortSignal.any([signal, timeoutSignal]),
    });
    if (!response.ok) throw httpError(url, response.status, parseRetryAfter(response.headers.get('Retry-After')));
    text = await response.text();
  } catch (error) {
    if (error instanceof TicketsError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timeoutSignal.aborted) {
      throw new TicketsError('timeout', `The tickets endpoint did not respond within ${timeout / 1000} seconds.`, url, null, { cause: error });
    }
    if (isAbort(error)) throw error;
    if (globalThis.navigator?.onLine === false) {
      throw new TicketsError('offline', 'You are offline. The tickets load again when the connection is back.', url, null, { cause: error });
    }
    throw new TicketsError('network', `The tickets endpoint could not be reached (${describeCause(error)}). Check the connection and retry.`, url, null, { cause: error });
  }

  const contentType = response.headers.get('Content-Type') ?? '';
  return { body: parseJson(text, url, contentType), contentType };
}

/** Sends one page request, and sends it again as {@link retryDelay} allows. */
async function requestWithRetry(
  url: string,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<{ body: unknown; contentType: string }> {
  const policy = options.retry ?? DEFAULT_RETRY;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await requestPage(url, signal, options);
    } catch (error) {
      if (!(error instanceof TicketsError)) throw error;
      error.attempts = attempt;
      const delay = retryDelay(error, attempt, policy);
      if (delay === null) throw error;
      await wait(delay, signal);
    }
  }
}

function parseJson(text: string, url: string, contentType: string): unknown {
  if (text.trim() === '') {
    throw new TicketsError('invalid-response', 'The tickets endpoint returned an empty response; expected JSON.', url);
  }

  try {
    return JSON.parse(text);
  } catch (error) {
    const looksLikeHtml = /html/i.test(contentType) || /^\s*</.test(text);
    const message = looksLikeHtml
      ? 'The tickets endpoint returned an HTML page instead of JSON. Your session may have expired; sign in again and retry.'
      : 'The tickets endpoint returned a response that is not valid JSON.';
    throw new TicketsError('not-json', message, url, null, { cause: error });
  }
}

/**
 * Fetches every page of the tickets endpoint, following `links.next` until
 * the last page, and returns the records of all pages in order.
 *
 * @throws {TicketsError} for a failed request, a response that is not JSON
 *   or has the wrong shape, a `next` link that loops, or more than
 *   {@link MAX_PAGES} pages. When pages before the failing one loaded, the
 *   error's `partial` contains their records. An abort rethrows the signal's
 *   reason.
 */
export async function fetchTicketRecords(
  src: string,
  signal: AbortSignal,
  options: FetchOptions = {},
): Promise<FetchedRecords> {
  const base = baseUrl();
  const loaded: FetchedRecords = { records: [], warnings: [] };
  const visited = new Set<string>();
  let url: string | null = resolveUrl(src, base);

  try {
    while (url) {
      if (visited.has(url)) {
        throw new TicketsError('pagination', `The tickets endpoint's next link points back to a page already loaded (${url}).`, url);
      }
      if (visited.size === MAX_PAGES) {
        throw new TicketsError('pagination', `The tickets endpoint has more than ${MAX_PAGES} pages; loading stopped at that limit.`, url);
      }
      visited.add(url);

      const { body, contentType } = await requestWithRetry(url, signal, options);
      const page = decodePage(body, url, { format: options.format, transform: options.transform, contentType });
      const offset = loaded.records.length;
      // A loop, not push(...spread), because a spread of a very large page
      // overflows the call stack.
      for (const record of page.records) loaded.records.push(record);
      for (const warning of page.warnings) loaded.warnings.push({ index: offset + warning.index, reason: warning.reason });
      url = page.next ? resolveUrl(page.next, url) : null;
    }
  } catch (error) {
    if (error instanceof TicketsError && visited.size > 1) error.partial = loaded;
    throw error;
  }

  return loaded;
}
