import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { TicketsError } from '../../src/data/errors.js';
import { fetchTicketRecords, MAX_PAGES } from '../../src/data/fetch-tickets.js';
import { Deferred, recordRequests, use } from '../support/mock-server.js';
import { record } from '../support/records.js';

async function failure(promise: Promise<unknown>): Promise<TicketsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TicketsError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

const signal = () => new AbortController().signal;

// Server errors are retried; short waits keep these tests quick.
const FAST_RETRY = { tries: 3, baseDelay: 5, maxRetryAfter: 1000 };
const absolute = (path: string) => new URL(path, location.href).href;

describe('fetchTicketRecords', () => {
  it('sends GET with Accept JSON and same-origin credentials', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets', () => HttpResponse.json({ data: [record()], links: { next: null } })));

    const { records } = await fetchTicketRecords('/api/tickets', signal());

    expect(records).to.have.length(1);
    expect(log.requests).to.have.length(1);
    expect(log.requests[0].method).to.equal('GET');
    expect(log.requests[0].headers.get('Accept')).to.equal('application/json');
    expect(log.requests[0].credentials).to.equal('same-origin');
  });

  it('accepts a bare array', async () => {
    use(http.get('/api/tickets', () => HttpResponse.json([record({ id: 1 }), record({ id: 2 })])));

    expect((await fetchTicketRecords('/api/tickets', signal())).records).to.have.length(2);
  });

  it('follows next links to the last page', async () => {
    const log = recordRequests();
    use(
      http.get('/api/tickets', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
        const next = page < 3 ? `/api/tickets?page=${page + 1}` : null;
        return HttpResponse.json({ data: [record({ id: page })], links: { next } });
      }),
    );

    const { records } = await fetchTicketRecords('/api/tickets', signal());

    expect(records.map((item) => (item as { id: number }).id)).to.deep.equal([1, 2, 3]);
    expect(log.urls).to.deep.equal([absolute('/api/tickets'), absolute('/api/tickets?page=2'), absolute('/api/tickets?page=3')]);
  });

  it('sends the transport headers and credentials', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets', () => HttpResponse.json([])));

    await fetchTicketRecords('/api/tickets', signal(), {
      headers: { Authorization: 'Bearer token-1', 'X-SecurityTrax-IntegratorKey': 'key-2' },
      credentials: 'omit',
    });

    expect(log.requests[0].headers.get('Authorization')).to.equal('Bearer token-1');
    expect(log.requests[0].headers.get('X-SecurityTrax-IntegratorKey')).to.equal('key-2');
    expect(log.requests[0].credentials).to.equal('omit');
  });

  it('uses a fetcher when one is given', async () => {
    const calls: string[] = [];
    const fetcher: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify([record()]), { headers: { 'Content-Type': 'application/json' } });
    };

    const { records } = await fetchTicketRecords('/elsewhere/tickets', signal(), { fetcher });

    expect(records).to.have.length(1);
    expect(calls).to.deep.equal([absolute('/elsewhere/tickets')]);
  });

  describe('failures', () => {
    for (const status of [401, 403, 404, 500, 502, 503]) {
      it(`reports HTTP ${status} with the URL`, async () => {
        use(http.get('/api/tickets', () => new HttpResponse(null, { status })));

        const error = await failure(fetchTicketRecords('/api/tickets', signal(), { retry: FAST_RETRY }));

        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect(error.url).to.equal(absolute('/api/tickets'));
        expect(error.message).to.contain(String(status));
      });
    }

    it('reports a network failure', async () => {
      use(http.get('/api/tickets', () => HttpResponse.error()));

      const error = await failure(fetchTicketRecords('/api/tickets', signal()));

      expect(error.kind).to.equal('network');
      expect(error.message).to.contain('could not be reached');
    });

    it('reports an HTML page as a likely expired session', async () => {
      use(http.get('/api/tickets', () => HttpResponse.html('<!doctype html><title>Sign in</title>')));

      const error = await failure(fetchTicketRecords('/api/tickets', signal()));

      expect(error.kind).to.equal('not-json');
      expect(error.message).to.contain('HTML page instead of JSON');
      expect(error.message).to.contain('session may have expired');
    });

    it('reports truncated JSON', async () => {
      use(http.get('/api/tickets', () => new HttpResponse('{"data":[{"id":1,', { headers: { 'Content-Type': 'application/json' } })));

      const error = await failure(fetchTicketRecords('/api/tickets', signal()));

      expect(error.kind).to.equal('not-json');
      expect(error.message).to.equal('The tickets endpoint returned a response that is not valid JSON.');
    });

    it('reports an empty body', async () => {
      use(http.get('/api/tickets', () => new HttpResponse('', { status: 200 })));

      const error = await failure(fetchTicketRecords('/api/tickets', signal()));

      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('empty response');
    });

    for (const [label, body, found] of [
      ['null', null, 'null'],
      ['a number', 3, 'number'],
      ['an object without data', { tickets: [] }, 'an object without a "data" array'],
    ] as const) {
      it(`reports ${label} as the wrong shape`, async () => {
        use(http.get('/api/tickets', () => HttpResponse.json(body)));

        const error = await failure(fetchTicketRecords('/api/tickets', signal()));

        expect(error.kind).to.equal('invalid-response');
        expect(error.message).to.contain(`returned ${found};`);
      });
    }

    it('stops at a next link that loops', async () => {
      const log = recordRequests();
      use(
        http.get('/api/tickets', ({ request }) => {
          const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
          return HttpResponse.json({ data: [record({ id: page })], links: { next: page === 2 ? '/api/tickets?page=1' : '/api/tickets?page=2' } });
        }),
      );

      const error = await failure(fetchTicketRecords('/api/tickets?page=1', signal()));

      expect(error.kind).to.equal('pagination');
      expect(error.message).to.contain('points back to a page already loaded');
      expect(log.urls).to.have.length(2);
    });

    it(`stops after ${MAX_PAGES} pages`, async () => {
      const log = recordRequests();
      use(
        http.get('/api/tickets', ({ request }) => {
          const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
          return HttpResponse.json({ data: [], links: { next: `/api/tickets?page=${page + 1}` } });
        }),
      );

      const error = await failure(fetchTicketRecords('/api/tickets', signal()));

      expect(error.kind).to.equal('pagination');
      expect(error.message).to.contain(`more than ${MAX_PAGES} pages`);
      expect(log.urls).to.have.length(MAX_PAGES);
    });

    it('times out a response that never finishes', async () => {
      use(http.get('/api/tickets', async () => {
        await delay(5000);
        return HttpResponse.json([]);
      }));

      const error = await failure(fetchTicketRecords('/api/tickets', signal(), { timeout: 200 }));

      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal('The tickets endpoint did not respond within 0.2 seconds.');
    });

    it('rethrows an abort as it is', async () => {
      const arrived = new Deferred();
      use(http.get('/api/tickets', async () => {
        arrived.resolve();
        await delay(500);
        return HttpResponse.json([]);
      }));
      const controller = new AbortController();

      const pending = fetchTicketRecords('/api/tickets', controller.signal);
      await arrived.promise;
      controller.abort();

      let thrown: unknown;
      try {
        await pending;
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DOMException);
      expect((thrown as DOMException).name).to.equal('AbortError');
    });
  });
});
