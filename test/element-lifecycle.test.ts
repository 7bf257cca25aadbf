import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../src/index.js';
import { MyOpenTickets } from '../src/index.js';
import { part, settle, textOf } from './support/dom.js';
import { Deferred, recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';

const SRC = '/api/tickets';
const loaded = (el: MyOpenTickets) => part(el, 'count') !== null;

describe('element lifecycle and transport', () => {
  it('aborts a request when removed mid-load, with no unhandled rejection', async () => {
    const arrived = new Deferred();
    use(http.get(SRC, async () => {
      arrived.resolve();
      await delay(200);
      return HttpResponse.json([record()]);
    }));
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    const signals: AbortSignal[] = [];
    const fetcher: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    try {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} .fetcher=${fetcher}></my-open-tickets>`);
      await arrived.promise;

      el.remove();
      await delay(300);

      expect(signals[0].aborted).to.equal(true);
      expect(rejections).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('loads again when put back', async () => {
    const log = recordRequests();
    use(http.get(SRC, () => HttpResponse.json([record()])));
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
    await settle(el, () => loaded(el));
    const parent = el.parentElement!;

    el.remove();
    parent.append(el);
    await settle(el, () => log.urls.length === 2 && part(el, 'refresh')?.textContent?.trim() === 'Refresh');

    expect(log.urls).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('ticket-card')).to.have.length(1);
  });

  it('keeps its cards while removed and put back', async () => {
    use(http.get(SRC, () => HttpResponse.json([record({ id: 1 }), record({ id: 2 })])));
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
    await settle(el, () => loaded(el));
    const parent = el.parentElement!;
    const before = [...el.shadowRoot!.querySelectorAll('ticket-card')];

    el.remove();
    await el.updateComplete;
    const whileRemoved = el.shadowRoot!.querySelectorAll('ticket-card').length;
    parent.append(el);
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('ticket-card')];

    expect(whileRemoved).to.equal(2);
    expect(after).to.have.length(2);
    expect(after[0]).to.equal(before[0]);
    expect(after[1]).to.equal(before[1]);
  });

  it('shows the new source after src changes while removed', async () => {
    use(
      http.get(SRC, () => HttpResponse.json([record({ id: 1 })])),
      http.get('/api/other', () => HttpResponse.json([record({ id: 5 }), record({ id: 6 })])),
    );
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
    await settle(el, () => loaded(el));
    const parent = el.parentElement!;

    el.remove();
    el.src = '/api/other';
    await el.updateComplete;
    parent.append(el);
    await settle(el, () => textOf(part(el, 'count')) === '(2)');

    expect(el.shadowRoot!.querySelectorAll('ticket-card')).to.have.length(2);
  });

  it('returns to the no-endpoint state when src is removed', async () => {
    const log = recordRequests();
    use(http.get(SRC, () => HttpResponse.json([record()])));
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
    await settle(el, () => loaded(el));

    el.removeAttribute('src');
    await el.updateComplete;

    expect(textOf(part(el, 'notice'))).to.contain('No tickets endpoint is configured');
    expect(el.shadowRoot!.querySelectorAll('ticket-card')).to.have.length(0);
    expect(log.urls.every((url) => !/\/(null|undefined)$/.test(url))).to.equal(true);
    expect(log.urls).to.have.length(1);
  });

  it('honors a property set before the element was defined', async () => {
    const tag = 'pre-upgrade-open-tickets';
    const el = document.createElement(tag) as MyOpenTickets;
    el.tickets = [record({ id: 3 }), record({ id: 4 })];
    document.body.append(el);
    try {
      customElements.define(tag, class extends MyOpenTickets {});
      await el.updateComplete;

      expect(textOf(part(el, 'count'))).to.equal('(2)');
    } finally {
      el.remove();
    }
  });

  it('sends one request for the last of 20 src values set in one task', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets/:n', ({ params }) => HttpResponse.json([record({ id: Number(params.n) })])));
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets></my-open-tickets>`);

    for (let n = 1; n <= 20; n += 1) el.src = `/api/tickets/${n}`;
    await settle(el, () => loaded(el));

    expect(log.urls.map((url) => new URL(url).pathname)).to.deep.equal(['/api/tickets/20']);
    expect((el.shadowRoot!.querySelector('ticket-card')!.ticket as { id: number }).id).to.equal(20);
  });

  describe('transport', () => {
    it('sends headers and credentials set on the element', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([])));

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets
        src=${SRC}
        credentials="include"
        .headers=${{ Authorization: 'Bearer token-1', 'X-SecurityTrax-IntegratorKey': 'key-2' }}
      ></my-open-tickets>`);
      await settle(el, () => loaded(el));

      expect(log.requests[0].headers.get('Authorization')).to.equal('Bearer token-1');
      expect(log.requests[0].headers.get('X-SecurityTrax-IntegratorKey')).to.equal('key-2');
      expect(log.requests[0].credentials).to.equal('include');
    });

    it('shows a timed-out error after the timeout', async () => {
      use(http.get(SRC, async () => {
        await delay(3000);
        return HttpResponse.json([]);
      }));

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} timeout="150"></my-open-tickets>`);
      await settle(el, () => part(el, 'error') !== null);

      expect(textOf(part(el, 'error'))).to.contain('did not respond within 0.15 seconds');
    });

    it('uses a fetcher from the host', async () => {
      const fetcher: typeof fetch = async () => Response.json([record({ id: 77 })]);

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src="/anywhere" .fetcher=${fetcher}></my-open-tickets>`);
      await settle(el, () => loaded(el));

      expect(textOf(part(el, 'count'))).to.equal('(1)');
    });

    it('reads JSON:API when format is jsonapi', async () => {
      use(http.get(SRC, () => HttpResponse.json({ data: [{ type: 'notes', id: '12', attributes: { subject: 'From the API', is_ticket: true, status: 'open' } }] })));

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} format="jsonapi"></my-open-tickets>`);
      await settle(el, () => loaded(el));

      expect(textOf(part(el, 'count'))).to.equal('(1)');
    });
  });
});
