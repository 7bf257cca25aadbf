/**
 * msw request handlers for the tickets endpoint, shared by the demo, the
 * tests and Storybook.
 *
 * The `scenario` query parameter selects a response state, such as
 * `?scenario=error`, so a page or a test can show each state without
 * changing handlers.
 */
import { delay, http, HttpResponse } from 'msw';
import { createTicketRecords } from './ticket-records.js';

export const TICKETS_PATH = '/api/tickets';

export const DEFAULT_PAGE_SIZE = 25;

/** The delay of the `slow` scenario before each page, in milliseconds. */
export const SLOW_RESPONSE_DELAY_MS = 3000;

/** Values of the `scenario` query parameter. A request without it gets `normal`. */
export const SCENARIOS = [
  'normal',
  'empty',
  'slow',
  'error',
  'unauthorized',
  'not-found',
  'html',
  'malformed',
  'wrong-shape',
  'array',
] as const;

export type Scenario = (typeof SCENARIOS)[number];

/** Options of {@link createHandlers}. */
export interface HandlerOptions {
  /** The records to serve, sent as they are. Defaults to `createTicketRecords()`. */
  records?: unknown[];
  /** Records per page, a positive integer. Defaults to {@link DEFAULT_PAGE_SIZE}. */
  pageSize?: number;
}

/** The JSON body of a page of records. */
export interface TicketsPage {
  data: unknown[];
  links: { next: string | null };
}

const LOGIN_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Sign in</title></head>
  <body>
    <form method="post" action="/login">
      <label>Email <input name="email" type="email"></label>
      <label>Password <input name="password" type="password"></label>
      <button type="submit">Sign in</button>
    </form>
  </body>
</html>
`;

/** Cut off mid-record, as when a connection drops during the response. */
const TRUNCATED_JSON = '{"data":[{"id":1,';

function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value);
}

/**
 * Logs and returns a 400 response, which only a wrong query from a test,
 * story or demo page causes.
 */
function badRequest(message: string): Response {
  console.warn(`Mock GET ${TICKETS_PATH} rejected the request: ${message}`);
  return HttpResponse.json({ error: 'Bad Request', message }, { status: 400 });
}

/**
 * Returns the link to `page`, keeping the request's other query parameters
 * (such as `scenario`) so that every page shows the same state.
 */
function pageLink(url: URL, page: number): string {
  const query = new URLSearchParams({ page: String(page) });
  for (const [name, value] of url.searchParams) {
    if (name !== 'page') query.append(name, value);
  }
  return `${url.pathname}?${query}`;
}

/** Parses the 1-based `page` parameter, or returns `null` when it is not a positive integer. */
function parsePage(url: URL): number | null {
  const raw = url.searchParams.get('page');
  if (raw === null) return 1;
  if (!/^[1-9]\d*$/.test(raw)) return null;
  return Number(raw);
}

function respondWithPage(url: URL, records: unknown[], pageSize: number): Response {
  const page = parsePage(url);
  if (page === null) {
    const raw = url.searchParams.get('page');
    return badRequest(`Invalid page "${raw}": expected a positive integer.`);
  }
  const start = (page - 1) * pageSize;
  const body: TicketsPage = {
    data: records.slice(start, start + pageSize),
    links: { next: start + pageSize < records.length ? pageLink(url, page + 1) : null },
  };
  return HttpResponse.json(body);
}

/**
 * Creates the handlers of `GET /api/tickets`. The endpoint returns every
 * record, including closed tickets, plain notes and other users' tickets,
 * because the elements filter them.
 *
 * @throws RangeError when `pageSize` is not a positive integer.
 */
export function createHandlers(options: HandlerOptions = {}) {
  const records = options.records ?? createTicketRecords();
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`Invalid pageSize ${pageSize}: expected a positive integer.`);
  }

  return [
    http.get(TICKETS_PATH, async ({ request }) => {
      const url = new URL(request.url);
      const scenario = url.searchParams.get('scenario') ?? 'normal';
      if (!isScenario(scenario)) {
        // A typo would otherwise fall back to normal data and hide the mistake.
        return badRequest(
          `Unknown scenario "${scenario}": expected one of ${SCENARIOS.join(', ')}.`,
        );
      }

      switch (scenario) {
        case 'normal':
          return respondWithPage(url, records, pageSize);
        case 'empty':
          return respondWithPage(url, [], pageSize);
        case 'slow':
          await delay(SLOW_RESPONSE_DELAY_MS);
          return respondWithPage(url, records, pageSize);
        case 'error':
          return HttpResponse.json({ error: 'Internal Server Error' }, { status: 500 });
        case 'unauthorized':
          return HttpResponse.json({ error: 'Unauthorized' }, { status: 401 });
        case 'not-found':
          return HttpResponse.json({ error: 'Not Found' }, { status: 404 });
        case 'html':
          // An expired session can be redirected to the login page, which arrives with status 200.
          return HttpResponse.html(LOGIN_PAGE);
        case 'malformed':
          return new HttpResponse(TRUNCATED_JSON, {
            headers: { 'Content-Type': 'application/json' },
          });
        case 'wrong-shape':
          return HttpResponse.json({ tickets: 3 });
        case 'array':
          return HttpResponse.json(records);
      }
    }),
  ];
}
