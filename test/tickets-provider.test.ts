import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../src/index.js';
import { DueTicketsSummary, MyOpenTickets, TicketsProvider } from '../src/index.js';
import { part, settle, textOf } from './support/dom.js';
import { Deferred, recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';

const SRC = '/api/tickets';

function serve(records: unknown[]): void {
  use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));
}

const loaded = (el: MyOpenTickets | DueTicketsSummary) => part(el, 'count') !== null;

let tagCounter = 0;
/** Returns a tag name not defined yet, so a test can choose when it is defined. */
function freshTag(base: string): string {
  tagCounter += 1;
  return `test${tagCounter}-${base}`;
}

describe('<tickets-provider>', () => {
  it('sends one request for a list and a summary', async () => {
    const log = recordRequests();
    serve([record({ id: 1, dueDate: '2026-12-01' }), record({ id: 2, dueDate: '2026-12-10' })]);

    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC} user-id="9" date="2026-12-04" time-zone="UTC">
      <due-tickets-summary></due-tickets-summary>
      <my-open-tickets></my-open-tickets>
    </tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;
    const summary = provider.querySelector('due-tickets-summary')!;
    await settle(list, () => loaded(list));
    await settle(summary, () => loaded(summary));

    expect(log.urls).to.have.length(1);
    expect(textOf(part(list, 'count'))).to.equal('(2)');
    expect(textOf(part(summary, 'count'))).to.equal('(1)');
  });

  it('gives every consumer the same snapshot', async () => {
    serve([record({ id: 1 })]);

    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC}>
      <my-open-tickets></my-open-tickets><due-tickets-summary></due-tickets-summary>
    </tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;
    const summary = provider.querySelector('due-tickets-summary')!;
    await settle(list, () => loaded(list));

    const listStore = (list as unknown as { data: { store: unknown } }).data.store;
    const summaryStore = (summary as unknown as { data: { store: unknown } }).data.store;

    expect(listStore).to.equal(provider.store);
    expect(summaryStore).to.equal(provider.store);
  });

  it('passes its settings, and an element setting wins', async () => {
    serve([record({ id: 1 }), record({ id: 2, assignedTo: { id: 12, name: 'Kim Park' } })]);

    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC} user-id="9">
      <my-open-tickets id="mine"></my-open-tickets>
      <my-open-tickets id="kims" user-id="12"></my-open-tickets>
    </tickets-provider>`);
    const mine = provider.querySelector<MyOpenTickets>('#mine')!;
    const kims = provider.querySelector<MyOpenTickets>('#kims')!;
    await settle(mine, () => loaded(mine));
    await settle(kims, () => loaded(kims));

    expect(textOf(part(mine, 'count'))).to.equal('(1)');
    expect(textOf(part(kims, 'count'))).to.equal('(1)');
    expect((kims.shadowRoot!.querySelector('ticket-card')!.ticket as { assignedTo: { id: number } }).assignedTo.id).to.equal(12);
  });

  it('lets an element with its own src load that instead', async () => {
    const log = recordRequests();
    serve([record({ id: 1 })]);
    use(http.get('/api/other', () => HttpResponse.json([record({ id: 7 }), record({ id: 8 })])));

    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC}>
      <my-open-tickets src="/api/other"></my-open-tickets>
    </tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;
    await settle(list, () => loaded(list));

    expect(textOf(part(list, 'count'))).to.equal('(2)');
    expect(log.urls.map((url) => new URL(url).pathname).sort()).to.deep.equal(['/api/other', '/api/tickets']);
  });

  it('shows data at once to an element added after the load', async () => {
    const log = recordRequests();
    serve([record({ id: 1, dueDate: '2026-12-01' })]);
    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC} date="2026-12-04"><my-open-tickets></my-open-tickets></tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;
    await settle(list, () => loaded(list));

    const summary = document.createElement('due-tickets-summary');
    provider.append(summary);
    await summary.updateComplete;

    expect(textOf(part(summary, 'count'))).to.equal('(1)');
    expect(log.urls).to.have.length(1);
  });

  it('uses the nearest of nested providers', async () => {
    serve([record({ id: 1 })]);
    use(http.get('/api/inner', () => HttpResponse.json([record({ id: 5 }), record({ id: 6 }), record({ id: 7 })])));

    const outer = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC}>
      <my-open-tickets id="outer"></my-open-tickets>
      <tickets-provider src="/api/inner"><my-open-tickets id="inner"></my-open-tickets></tickets-provider>
    </tickets-provider>`);
    const outerList = outer.querySelector<MyOpenTickets>('#outer')!;
    const innerList = outer.querySelector<MyOpenTickets>('#inner')!;
    await settle(outerList, () => loaded(outerList));
    await settle(innerList, () => loaded(innerList));

    expect(textOf(part(outerList, 'count'))).to.equal('(1)');
    expect(textOf(part(innerList, 'count'))).to.equal('(3)');
  });

  describe('definition order', () => {
    it('reaches a consumer connected before the provider is defined', async () => {
      serve([record({ id: 1 }), record({ id: 2 })]);
      const providerTag = freshTag('tickets-provider');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<${providerTag} src="${SRC}"><my-open-tickets></my-open-tickets></${providerTag}>`;
      const list = container.querySelector('my-open-tickets')!;
      await list.updateComplete;

      expect(part(list, 'loading')).to.not.equal(null);

      customElements.define(providerTag, class extends TicketsProvider {});
      await settle(list, () => loaded(list));

      expect(textOf(part(list, 'count'))).to.equal('(2)');
    });

    it('reaches a consumer defined after the provider', async () => {
      serve([record({ id: 1 })]);
      const listTag = freshTag('late-open-tickets');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<tickets-provider src="${SRC}"><${listTag}></${listTag}></tickets-provider>`;
      const provider = container.querySelector<TicketsProvider>('tickets-provider')!;
      await provider.updateComplete;

      customElements.define(listTag, class extends MyOpenTickets {});
      const list = container.querySelector(listTag) as MyOpenTickets;
      await settle(list, () => loaded(list));

      expect(textOf(part(list, 'count'))).to.equal('(1)');
    });
  });

  describe('lifecycle', () => {
    it('aborts its request when removed with its consumers', async () => {
      const arrived = new Deferred();
      use(http.get(SRC, async () => {
        arrived.resolve();
        await delay(300);
        return HttpResponse.json([record()]);
      }));
      const signals: AbortSignal[] = [];
      const fetcher: typeof fetch = (input, init) => {
        signals.push(init!.signal!);
        return fetch(input, init);
      };
      const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC} .fetcher=${fetcher}><my-open-tickets></my-open-tickets></tickets-provider>`);
      const store = provider.store!;

      await arrived.promise;
      provider.remove();
      await delay(400);

      expect(signals).to.have.length(1);
      expect(signals[0].aborted).to.equal(true);
      expect(store.state.pending).to.equal(false);
      expect(store.state.payload).to.equal(null);
    });

    it('loads again when put back', async () => {
      const log = recordRequests();
      serve([record()]);
      const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC}><my-open-tickets></my-open-tickets></tickets-provider>`);
      const list = provider.querySelector('my-open-tickets')!;
      await settle(list, () => loaded(list));
      const parent = provider.parentElement!;

      provider.remove();
      parent.append(provider);
      await settle(list, () => log.urls.length === 2 && !provider.store!.state.pending);

      expect(log.urls).to.have.length(2);
      expect(textOf(part(list, 'count'))).to.equal('(1)');
    });

    it('follows a change of src and keeps only the newer response', async () => {
      use(
        http.get('/api/old', async () => {
          await delay(250);
          return HttpResponse.json([record({ id: 1 })]);
        }),
        http.get('/api/new', () => HttpResponse.json([record({ id: 2 }), record({ id: 3 })])),
      );
      const provider = await fixture<TicketsProvider>(html`<tickets-provider src="/api/old"><my-open-tickets></my-open-tickets></tickets-provider>`);
      const list = provider.querySelector('my-open-tickets')!;

      provider.src = '/api/new';
      await settle(list, () => loaded(list));
      await delay(300);
      await list.updateComplete;

      expect(textOf(part(list, 'count'))).to.equal('(2)');
    });
  });

  it('refreshes through refresh()', async () => {
    const log = recordRequests();
    serve([record()]);
    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC}><my-open-tickets></my-open-tickets></tickets-provider>`);
    await settle(provider.querySelector('my-open-tickets')!, () => log.urls.length === 1 && !provider.store!.state.pending);

    await provider.refresh();

    expect(log.urls).to.have.length(2);
  });
});

describe('shared stores without a provider', () => {
  it('send one request for two elements with one src', async () => {
    const log = recordRequests();
    serve([record({ id: 1, dueDate: '2026-12-01' })]);

    const page = await fixture<HTMLDivElement>(html`<div>
      <my-open-tickets src=${SRC} user-id="9"></my-open-tickets>
      <due-tickets-summary src=${SRC} user-id="9" date="2026-12-04"></due-tickets-summary>
    </div>`);
    const list = page.querySelector('my-open-tickets')!;
    const summary = page.querySelector('due-tickets-summary')!;
    await settle(list, () => loaded(list));
    await settle(summary, () => loaded(summary));

    expect(log.urls).to.have.length(1);
  });

  it('send separate requests for different headers', async () => {
    const log = recordRequests();
    serve([]);

    const page = await fixture<HTMLDivElement>(html`<div>
      <my-open-tickets src=${SRC} .headers=${{ Authorization: 'Bearer a' }}></my-open-tickets>
      <my-open-tickets src=${SRC} .headers=${{ Authorization: 'Bearer b' }}></my-open-tickets>
    </div>`);
    const [first, second] = page.querySelectorAll('my-open-tickets');
    await settle(first, () => loaded(first));
    await settle(second, () => loaded(second));

    expect(log.requests.map((request) => request.headers.get('Authorization')).sort()).to.deep.equal(['Bearer a', 'Bearer b']);
  });
});
