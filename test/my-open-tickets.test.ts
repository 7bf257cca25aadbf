import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../src/index.js';
import type { MyOpenTickets, TicketCard } from '../src/index.js';
import { isShown, nextEvent, part, settle, textOf, watchConsole } from './support/dom.js';
import { Deferred, recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';

const SRC = '/api/tickets';

function serve(records: unknown[]): void {
  use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));
}

async function inbox(attributes: { userId?: string } = {}): Promise<MyOpenTickets> {
  const el = await fixture<MyOpenTickets>(html`<my-open-tickets
    src=${SRC}
    user-id=${attributes.userId ?? '9'}
    date="2026-12-04"
    time-zone="America/New_York"
    locale="en-US"
  ></my-open-tickets>`);
  await settle(el, () => !el.hasAttribute('aria-busy') && el.shadowRoot!.querySelector('.loading') === null);
  return el;
}

function cards(el: MyOpenTickets): TicketCard[] {
  return [...el.shadowRoot!.querySelectorAll('ticket-card')];
}

function cardIds(el: MyOpenTickets): number[] {
  return cards(el).map((card) => Number(textOf(part(card, 'id')!.querySelector('[aria-hidden]'))));
}

describe('<my-open-tickets>', () => {
  describe('list', () => {
    it('shows a card per open ticket with the count', async () => {
      serve([record({ id: 1 }), record({ id: 2 }), record({ id: 3 })]);

      const el = await inbox();

      expect(textOf(part(el, 'heading'))).to.equal('My Open Tickets (3)');
      expect(textOf(part(el, 'count'))).to.equal('(3)');
      expect(cards(el)).to.have.length(3);
    });

    it('sorts newest first by numeric id', async () => {
      serve([record({ id: 9 }), record({ id: 100 }), record({ id: '1187' }), record({ id: 10 })]);

      const el = await inbox();

      expect(cardIds(el)).to.deep.equal([1187, 100, 10, 9]);
    });

    it('leaves out closed tickets, notes and other users', async () => {
      serve([
        record({ id: 1 }),
        record({ id: 2, status: 'closed' }),
        record({ id: 3, isTicket: false }),
        record({ id: 4, assignedTo: { id: 12, name: 'Kim Park' } }),
      ]);

      const el = await inbox();

      expect(cardIds(el)).to.deep.equal([1]);
      expect(textOf(part(el, 'count'))).to.equal('(1)');
    });

    it('renders each field of a card', async () => {
      serve([record()]);

      const el = await inbox();
      const card = cards(el)[0];
      await card.updateComplete;

      expect(textOf(part(card, 'subject'))).to.equal('Keypad beeps every night');
      expect(textOf(part(card, 'customer'))).to.equal('Doe, John');
      expect(textOf(part(card, 'due'))).to.equal('Dec 4, 2026 (Due today)');
      expect(card.getAttribute('due-state')).to.equal('today');
    });

    it('uses the heading-level and a level below for cards', async () => {
      serve([record()]);
      const el = await inbox();

      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      await cards(el)[0].updateComplete;

      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(part(cards(el)[0], 'subject')!.localName).to.equal('h4');
    });

    it('forwards card parts with a card- prefix', async () => {
      serve([record()]);

      const el = await inbox();
      const exported = cards(el)[0].getAttribute('exportparts')!.split(', ');

      expect(exported).to.include('card');
      expect(exported).to.include('due:card-due');
      expect(exported).to.include('subject:card-subject');
    });

    it('lets the page style forwarded parts', async () => {
      serve([record()]);
      const style = document.createElement('style');
      style.textContent = 'my-open-tickets::part(card-due) { outline: 3px solid rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await inbox();
        const card = cards(el)[0];
        await card.updateComplete;

        expect(getComputedStyle(part(card, 'due')!).outlineColor).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });
  });

  describe('cards', () => {
    const ticketsOf = (ids: number[]) => ids.map((id) => record({ id, subject: `Ticket ${id}` }));

    async function listOf(tickets: unknown[]): Promise<MyOpenTickets> {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets
        .tickets=${tickets}
        date="2026-12-04"
        time-zone="America/New_York"
        locale="en-US"
      ></my-open-tickets>`);
      await Promise.all(cards(el).map((card) => card.updateComplete));
      return el;
    }

    it('keeps unchanged cards in id order', async () => {
      const el = await listOf(ticketsOf([50, 40, 30, 20, 10]));
      const before = new Map(cards(el).map((card) => [(card.ticket as { id: number }).id, card]));

      el.tickets = ticketsOf([60, 40, 35, 20, 10, 5]);
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));

      expect(cardIds(el)).to.deep.equal([60, 40, 35, 20, 10, 5]);
      const after = cards(el);
      expect(after[1]).to.equal(before.get(40));
      expect(after[3]).to.equal(before.get(20));
      expect(after[4]).to.equal(before.get(10));
      expect(after).not.to.include(before.get(50));
      expect(after).not.to.include(before.get(30));
    });

    it('contains only one item per card', async () => {
      const el = await listOf(ticketsOf([3, 2, 1]));
      const list = part(el, 'list')!;

      expect([...list.childNodes].map((node) => node.nodeName)).to.deep.equal(['LI', 'LI', 'LI']);
      expect([...list.children].map((item) => item.children[0].localName)).to.deep.equal(['ticket-card', 'ticket-card', 'ticket-card']);
    });

    it('passes its settings to every card', async () => {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets
        .tickets=${ticketsOf([2, 1])}
        date="2026-12-04"
        time-zone="UTC"
        locale="de-DE"
        heading-level="4"
        theme="dark"
        .strings=${{ openTicket: 'Offen' }}
      ></my-open-tickets>`);
      await Promise.all(cards(el).map((card) => card.updateComplete));

      for (const card of cards(el)) {
        expect(card.getAttribute('theme')).to.equal('dark');
        expect(part(card, 'subject')!.localName).to.equal('h5');
        expect(textOf(part(card, 'status'))).to.equal('Offen');
        expect(textOf(part(card, 'created'))).to.equal('01.12.2026, 15:04 by Ann Lee');
      }

      el.locale = 'en-US';
      el.removeAttribute('theme');
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));

      for (const card of cards(el)) {
        expect(card.hasAttribute('theme')).to.equal(false);
        expect(textOf(part(card, 'created'))).to.equal('Dec 1, 2026, 3:04 PM by Ann Lee');
      }
    });

    it('lets cards skip the provider lookup', async () => {
      const requests: EventTarget[] = [];
      const onRequest = (event: Event) => requests.push(event.composedPath()[0]);
      document.addEventListener('context-request', onRequest, true);
      try {
        const provider = await fixture(html`<tickets-provider .tickets=${ticketsOf([2, 1])} locale="de-DE" time-zone="UTC" date="2026-12-04">
          <my-open-tickets></my-open-tickets>
        </tickets-provider>`);
        const el = provider.querySelector<MyOpenTickets>('my-open-tickets')!;
        await settle(el, () => cards(el).length === 2);
        await Promise.all(cards(el).map((card) => card.updateComplete));

        expect(requests.filter((target) => (target as Element).localName === 'ticket-card')).to.deep.equal([]);
        expect(requests).to.include(el);
        expect(textOf(part(cards(el)[0], 'created'))).to.equal('01.12.2026, 15:04 by Ann Lee');
      } finally {
        document.removeEventListener('context-request', onRequest, true);
      }
    });
  });

  describe('states', () => {
    it('shows a loading state with aria-busy', async () => {
      const release = new Deferred();
      use(http.get(SRC, async () => {
        await release.promise;
        return HttpResponse.json([]);
      }));

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
      await settle(el, () => el.hasAttribute('aria-busy'));

      expect(textOf(part(el, 'loading'))).to.equal('Loading tickets…');
      expect(textOf(part(el, 'heading'))).to.equal('My Open Tickets');
      expect(part(el, 'count')).to.equal(null);
      release.resolve();
      await settle(el, () => !el.hasAttribute('aria-busy'));
    });

    it('shows Nothing here when the user has no tickets', async () => {
      serve([record({ id: 1, assignedTo: { id: 12, name: 'Kim Park' } })]);

      const el = await inbox();

      expect(isShown(part(el, 'empty'))).to.equal(true);
      expect(textOf(part(el, 'empty'))).to.equal('Nothing here');
      expect(textOf(part(el, 'heading'))).to.equal('My Open Tickets (0)');
    });

    it('shows an error with the URL and a Retry button, not Nothing here', async () => {
      use(http.get(SRC, () => new HttpResponse(null, { status: 503 })));

      const el = await inbox();
      const error = part(el, 'error')!;

      expect(textOf(error)).to.contain('Tickets could not be loaded.');
      expect(textOf(error)).to.contain('503 Service Unavailable');
      expect(textOf(error)).to.contain(new URL(SRC, location.href).href);
      expect(isShown(part(el, 'retry'))).to.equal(true);
      expect(isShown(part(el, 'empty'))).to.equal(false);
      expect(part(el, 'count')).to.equal(null);
    });

    it('loads again from the Retry button', async () => {
      let fail = true;
      use(http.get(SRC, () => (fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json([record()]))));
      const el = await inbox();

      fail = false;
      part(el, 'retry')!.click();
      await settle(el, () => cards(el).length === 1);

      expect(part(el, 'error')).to.equal(null);
    });

    it('keeps the tickets when a refresh fails', async () => {
      let fail = false;
      use(http.get(SRC, () => (fail ? HttpResponse.error() : HttpResponse.json([record({ id: 1 }), record({ id: 2 })]))));
      const el = await inbox();

      fail = true;
      await el.refresh();
      await el.updateComplete;

      expect(cards(el)).to.have.length(2);
      expect(textOf(part(el, 'error'))).to.contain('could not be refreshed');
    });

    it('says why a record could not be shown', async () => {
      serve([record({ id: 1 }), record({ id: 2, subject: undefined }), record({ id: 3, dueDate: 'soon' })]);
      const log = watchConsole();
      try {
        const el = await inbox();
        const notice = part(el, 'notice')!;

        expect(cards(el)).to.have.length(1);
        expect(textOf(notice)).to.contain('2 tickets could not be shown');
        expect(textOf(notice)).to.contain('id 2: missing subject');
        expect(textOf(notice)).to.contain('id 3: dueDate "soon" is not a date');
        expect(log.warnings).to.have.length(1);
        expect(String(log.warnings[0][0])).to.equal('<my-open-tickets>: 2 records from /api/tickets could not be shown:');
      } finally {
        log.restore();
      }
    });

    it('says no endpoint is configured without src', async () => {
      const log = recordRequests();

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets></my-open-tickets>`);

      expect(textOf(part(el, 'notice'))).to.contain('No tickets endpoint is configured');
      expect(log.urls).to.deep.equal([]);
    });

    it('passes an accessibility check in each state', async () => {
      serve([record({ id: 1 }), record({ id: 2, priority: 'low', dueDate: null })]);
      await expect(await inbox()).to.be.accessible();

      serve([]);
      await expect(await inbox()).to.be.accessible();

      use(http.get(SRC, () => new HttpResponse(null, { status: 500 })));
      await expect(await inbox()).to.be.accessible();
    });

    it('renders valid data with a clean console', async () => {
      serve([record({ id: 1 }), record({ id: 2 })]);
      const log = watchConsole();
      try {
        await inbox();

        expect(log.warnings).to.deep.equal([]);
        expect(log.errors).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });
  });

  describe('data sources', () => {
    it('takes tickets from the tickets property without a request', async () => {
      const log = recordRequests();

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${[record({ id: 5 }), record({ id: 6 })]}></my-open-tickets>`);

      expect(cards(el)).to.have.length(2);
      expect(log.urls).to.deep.equal([]);
    });

    it('loads a new src and aborts the old one', async () => {
      use(
        http.get('/api/slow', async () => {
          await delay(300);
          return HttpResponse.json([record({ id: 1, subject: 'Old' })]);
        }),
        http.get('/api/fast', () => HttpResponse.json([record({ id: 2, subject: 'New' })])),
      );
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src="/api/slow"></my-open-tickets>`);

      el.src = '/api/fast';
      await settle(el, () => cards(el).length === 1);
      await delay(400);
      await el.updateComplete;

      expect(cardIds(el)).to.deep.equal([2]);
    });
  });

  describe('events', () => {
    it('sends tickets-load with the shown tickets and problems', async () => {
      serve([record({ id: 1 }), record({ id: 2 }), record({ id: 3, subject: '' })]);
      const log = watchConsole();
      try {
        const el = document.createElement('my-open-tickets');
        el.src = SRC;
        const loaded = nextEvent<CustomEvent>(el, 'tickets-load');
        document.body.append(el);

        const event = await loaded;
        el.remove();

        expect(event.detail.count).to.equal(2);
        expect(event.detail.tickets.map((ticket: { id: number }) => ticket.id)).to.deep.equal([2, 1]);
        expect(event.detail.problems).to.deep.equal([{ id: '3', index: 2, reason: 'missing subject', shown: false }]);
        expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      } finally {
        log.restore();
      }
    });

    it('sends tickets-error with the error and URL', async () => {
      use(http.get(SRC, () => new HttpResponse(null, { status: 404 })));
      const el = document.createElement('my-open-tickets');
      el.src = SRC;
      const failed = nextEvent<CustomEvent>(el, 'tickets-error');
      document.body.append(el);

      const event = await failed;
      el.remove();

      expect(event.detail.url).to.equal(new URL(SRC, location.href).href);
      expect(event.detail.error.status).to.equal(404);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('lets a host cancel ticket-open to route itself', async () => {
      serve([record({ url: '/notes/1042' })]);
      const el = await inbox();
      const opened: string[] = [];
      el.addEventListener('ticket-open', (event) => {
        opened.push(event.detail.href);
        event.preventDefault();
      });
      const card = cards(el)[0];
      await card.updateComplete;

      part(card, 'subject')!.querySelector('a')!.click();

      expect(opened).to.deep.equal(['/notes/1042']);
    });
  });

  describe('slots', () => {
    it('replaces the heading text and keeps the count', async () => {
      serve([record()]);
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}><span slot="heading">Sam's tickets</span></my-open-tickets>`);
      await settle(el, () => part(el, 'count') !== null);

      const slot = part(el, 'heading')!.querySelector('slot')!;

      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(["Sam's tickets"]);
      expect(textOf(part(el, 'count'))).to.equal('(1)');
    });

    it('replaces the empty state content', async () => {
      serve([]);
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}><p slot="empty">All caught up</p></my-open-tickets>`);
      await settle(el, () => part(el, 'count') !== null);

      expect(isShown(part(el, 'empty'))).to.equal(true);
      expect(isShown(el.querySelector('[slot=empty]'))).to.equal(true);
    });

    it('shows host actions beside the heading', async () => {
      serve([]);
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}><button slot="actions">Filter</button></my-open-tickets>`);
      await settle(el, () => part(el, 'count') !== null);

      const button = el.querySelector('button')!;

      expect(isShown(button)).to.equal(true);
      expect(Math.abs(button.getBoundingClientRect().top - part(el, 'heading')!.getBoundingClientRect().top)).to.be.below(20);
    });
  });
});
