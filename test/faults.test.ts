import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import '../src/index.js';
import type { MyOpenTickets, TicketsError } from '../src/index.js';
import { isShown, nextEvent, part, settle, textOf, watchConsole } from './support/dom.js';
import { recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';

const SRC = '/api/tickets';
const ABSOLUTE_SRC = new URL(SRC, location.href).href;
const GOOD = [record({ id: 1 }), record({ id: 2 })];

const cards = (el: MyOpenTickets) => el.shadowRoot!.querySelectorAll('ticket-card');
const settled = (el: MyOpenTickets) => part(el, 'count') !== null || part(el, 'error') !== null;

interface Fault {
  name: string;
  respond: HttpResponseResolver;
  kind: TicketsError['kind'];
  status?: number;
  message: string;
  requests: number;
}

const json = (body: string, contentType = 'application/json') => new HttpResponse(body, { headers: { 'Content-Type': contentType } });

const FAULTS: Fault[] = [
  { name: 'network failure', respond: () => HttpResponse.error(), kind: 'network', message: 'could not be reached', requests: 1 },
  { name: '401', respond: () => new HttpResponse(null, { status: 401 }), kind: 'http', status: 401, message: 'You are signed out', requests: 1 },
  { name: '403', respond: () => new HttpResponse(null, { status: 403 }), kind: 'http', status: 403, message: 'You are not allowed to see these tickets', requests: 1 },
  { name: '404', respond: () => new HttpResponse(null, { status: 404 }), kind: 'http', status: 404, message: '404 Not Found', requests: 1 },
  { name: '500', respond: () => new HttpResponse(null, { status: 500 }), kind: 'http', status: 500, message: '500 Internal Server Error', requests: 3 },
  { name: '502', respond: () => new HttpResponse(null, { status: 502 }), kind: 'http', status: 502, message: '502 Bad Gateway', requests: 3 },
  { name: '503', respond: () => new HttpResponse(null, { status: 503 }), kind: 'http', status: 503, message: '503 Service Unavailable', requests: 3 },
  {
    name: 'HTML login page',
    respond: () => HttpResponse.html('<!doctype html><form action="/login"><input name="password"></form>'),
    kind: 'not-json',
    message: 'session may have expired',
    requests: 1,
  },
  { name: 'truncated JSON', respond: () => json('{"data":[{"id":1,'), kind: 'not-json', message: 'not valid JSON', requests: 1 },
  { name: 'empty body', respond: () => json(''), kind: 'invalid-response', message: 'empty response', requests: 1 },
  { name: 'JSON null', respond: () => json('null'), kind: 'invalid-response', message: 'returned null;', requests: 1 },
  { name: 'a number', respond: () => json('42'), kind: 'invalid-response', message: 'returned number;', requests: 1 },
  { name: 'an object without data', respond: () => json('{"tickets":[]}'), kind: 'invalid-response', message: 'an object without a "data" array', requests: 1 },
];

async function inbox(): Promise<MyOpenTickets> {
  const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
  await settle(el, () => settled(el), 'element did not settle');
  return el;
}

describe('faults from the endpoint', () => {
  for (const fault of FAULTS) {
    describe(fault.name, () => {
      it('shows the message and sends tickets-error', async () => {
        const log = recordRequests();
        use(http.get(SRC, fault.respond));
        const el = document.createElement('my-open-tickets');
        el.src = SRC;
        const failed = nextEvent<CustomEvent>(el, 'tickets-error');
        document.body.append(el);
        try {
          const { detail } = await failed;
          await el.updateComplete;

          expect(textOf(part(el, 'error'))).to.contain(fault.message);
          expect(isShown(part(el, 'retry'))).to.equal(true);
          expect(detail.error.kind).to.equal(fault.kind);
          expect(detail.error.status).to.equal(fault.status ?? null);
          expect(detail.url).to.equal(ABSOLUTE_SRC);
          expect(log.urls).to.have.length(fault.requests);
          expect(isShown(part(el, 'empty'))).to.equal(false);
        } finally {
          el.remove();
        }
      });

      it('keeps the tickets on screen after a failed refresh', async () => {
        let failing = false;
        use(http.get(SRC, (info) => (failing ? fault.respond(info) : HttpResponse.json(GOOD))));
        const el = await inbox();

        failing = true;
        await el.refresh();
        await el.updateComplete;

        expect(cards(el)).to.have.length(2);
        expect(textOf(part(el, 'count'))).to.equal('(2)');
        expect(textOf(part(el, 'error'))).to.contain('could not be refreshed');
        expect(textOf(part(el, 'error'))).to.contain(fault.message);
      });
    });
  }

  describe('auth', () => {
    for (const status of [401, 403] as const) {
      it(`sends tickets-auth-required for ${status} and does not retry`, async () => {
        const log = recordRequests();
        use(http.get(SRC, () => new HttpResponse(null, { status })));
        const el = document.createElement('my-open-tickets');
        el.src = SRC;
        const required = nextEvent<CustomEvent>(el, 'tickets-auth-required');
        document.body.append(el);
        try {
          const { detail } = await required;
          await delay(700);

          expect(detail.status).to.equal(status);
          expect(detail.url).to.equal(ABSOLUTE_SRC);
          expect(log.urls).to.have.length(1);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('429 Too Many Requests', () => {
    it('waits Retry-After, then retries once', async () => {
      const log = recordRequests();
      const times: number[] = [];
      use(http.get(SRC, () => {
        times.push(performance.now());
        return times.length === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }) : HttpResponse.json(GOOD);
      }));

      const el = await inbox();

      expect(log.urls).to.have.length(2);
      expect(times[1] - times[0]).to.be.at.least(950);
      expect(cards(el)).to.have.length(2);
    });

    it('shows the error when the retry is limited too', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } })));

      const el = await inbox();

      expect(log.urls).to.have.length(2);
      expect(textOf(part(el, 'error'))).to.contain('429 Too Many Requests');
    });
  });

  describe('offline', () => {
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
    });

    it('says the browser is offline and loads when it is back', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      use(http.get(SRC, () => (navigator.onLine ? HttpResponse.json(GOOD) : HttpResponse.error())));

      const el = await inbox();
      const offlineText = textOf(part(el, 'error'));
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
      await settle(el, () => cards(el).length === 2);

      expect(offlineText).to.contain('You are offline');
      expect(part(el, 'error')).to.equal(null);
    });
  });

  it('times out a response that never finishes', async () => {
    const log = recordRequests();
    use(http.get(SRC, async () => {
      await delay(5000);
      return HttpResponse.json(GOOD);
    }));

    const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} timeout="200"></my-open-tickets>`);
    await settle(el, () => settled(el));

    expect(textOf(part(el, 'error'))).to.contain('did not respond within 0.2 seconds');
    expect(log.urls).to.have.length(1);
  });

  it('retries from the Retry button after the tries run out', async () => {
    const log = recordRequests();
    let failing = true;
    use(http.get(SRC, () => (failing ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(GOOD))));
    const el = await inbox();

    failing = false;
    part(el, 'retry')!.click();
    await settle(el, () => cards(el).length === 2);

    expect(log.urls).to.have.length(4);
  });
});

describe('pagination faults', () => {
  const pageUrl = (page: number) => `${SRC}?page=${page}`;
  const pageOf = (request: Request) => Number(new URL(request.url).searchParams.get('page') ?? 1);

  it('stops at a next link that points back', async () => {
    const log = recordRequests();
    use(http.get(SRC, ({ request }) => {
      const page = pageOf(request);
      return HttpResponse.json({ data: [record({ id: page })], links: { next: pageUrl(page === 3 ? 2 : page + 1) } });
    }));

    const el = await inbox();

    expect(log.urls).to.have.length(3);
    expect(cards(el)).to.have.length(3);
    expect(textOf(part(el, 'error'))).to.contain('Only part of the tickets could be loaded');
    expect(textOf(part(el, 'error'))).to.contain('points back to a page already loaded');
  });

  it('shows the pages before a failure on page 3 of 5', async () => {
    const log = recordRequests();
    use(http.get(SRC, ({ request }) => {
      const page = pageOf(request);
      if (page === 3) return new HttpResponse(null, { status: 500 });
      return HttpResponse.json({ data: [record({ id: page * 10 }), record({ id: page * 10 + 1 })], links: { next: page < 5 ? pageUrl(page + 1) : null } });
    }));

    const el = await inbox();

    expect(cards(el)).to.have.length(4);
    expect(textOf(part(el, 'count'))).to.equal('(4)');
    expect(textOf(part(el, 'error'))).to.contain('the list below is incomplete');
    expect(textOf(part(el, 'error'))).to.contain('500 Internal Server Error');
    expect(log.urls).to.have.length(5);
  });

  it('stops after 100 pages and says so', async () => {
    const log = recordRequests();
    use(http.get(SRC, ({ request }) => {
      const page = pageOf(request);
      return HttpResponse.json({ data: [record({ id: page })], links: { next: pageUrl(page + 1) } });
    }));

    const el = await inbox();

    expect(log.urls).to.have.length(100);
    expect(cards(el)).to.have.length(100);
    expect(textOf(part(el, 'error'))).to.contain('more than 100 pages; loading stopped at that limit');
  });
});

describe('record faults', () => {
  it('shows valid records and reports every invalid one with id and reason', async () => {
    use(http.get(SRC, () => HttpResponse.json([
      record({ id: 1 }),
      record({ id: 1, subject: 'Duplicate' }),
      record({ id: 2, subject: 42 }),
      record({ id: 3, priority: 'urgent' }),
      record({ id: 4, createdAt: '2026-13-45T00:00:00Z' }),
      record({ id: 5, dueDate: '2026-02-30' }),
      record({ id: 6, customer: ['Doe'] }),
      record({ id: 7, assignedTo: 9 }),
      record({ id: 8, isTicket: 'true' }),
      record({ id: 'x9', subject: 'Bad id' }),
      record({ id: 10, body: { html: '<b>' } }),
    ])));
    const log = watchConsole();
    try {
      const el = await inbox();
      const notice = textOf(part(el, 'notice'));
      const shown = [...cards(el)].map((card) => (card.ticket as { id: number }).id);

      expect(shown).to.deep.equal([10, 7, 6, 4, 3, 2, 1]);
      expect(notice).to.contain('4 tickets could not be shown');
      expect(notice).to.contain('5 tickets have fields that could not be read');
      expect(notice).to.contain('id 1: duplicate id 1; the first record with it is shown');
      expect(notice).to.contain('id 3: unknown priority "urgent"');
      expect(notice).to.contain('id 4: createdAt "2026-13-45T00:00:00Z" is not a date-time with an offset');
      expect(notice).to.contain('id 5: dueDate "2026-02-30" is not a date');
      expect(notice).to.contain('id 6: customer is an array, not an object');
      expect(notice).to.contain('id 7: assignedTo is 9, not a user with a name');
      expect(notice).to.contain('id 8: isTicket is "true", not true or false');
      expect(notice).to.contain('id x9: invalid id "x9"');
      expect(notice).to.contain('id 10: body is an object, not text');
      expect(log.warnings).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('renders a body of 1 MB', async () => {
    const body = 'Long note. '.repeat(100_000);
    use(http.get(SRC, () => HttpResponse.json([record({ body })])));

    const el = await inbox();
    const card = cards(el)[0];
    await card.updateComplete;

    expect(part(card, 'body')!.textContent!.length).to.equal(body.length);
  });

  it('renders 5,000 records', async () => {
    const records = Array.from({ length: 5000 }, (_, index) => record({ id: index + 1 }));
    use(http.get(SRC, () => HttpResponse.json(records)));

    const el = await inbox();
    const count = textOf(part(el, 'count'));
    await settle(el, () => cards(el).length === 5000, 'the list did not render every card', 15000);

    expect(count).to.equal('(5000)');
    expect(cards(el)).to.have.length(5000);
  });
});
