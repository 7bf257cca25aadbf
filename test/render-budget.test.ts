import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { PropertyValues } from 'lit';
import '../src/index.js';
import { TicketCard, type DueTicketsSummary, type MyOpenTickets, type TicketsProvider } from '../src/index.js';
import { part, textOf } from './support/dom.js';
import { recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';

// These tests count renders and requests, never time, so a slow or busy
// machine only makes them take longer. Rendering 1,000 cards takes several
// seconds in a busy headless Chromium, hence the long timeouts.

const SRC = '/api/tickets';
const COUNT = 1000;
const EDITED_ID = 500;
const CLOSED_ID = 300;
const ADDED_ID = COUNT + 1;
const LOAD_TIMEOUT = 60_000;

type Records = Record<string, unknown>[];

function openTickets(count: number): Records {
  return Array.from({ length: count }, (_, index) =>
    record({
      id: index + 1,
      subject: `Ticket number ${index + 1}`,
      dueDate: index % 3 === 0 ? '2026-12-01' : '2026-12-10',
      url: `/notes/${index + 1}`,
    }),
  );
}

/**
 * Returns fresh copies of `records`, as a new response would bring, with
 * three changes: ticket 500's subject edited, ticket 300 closed and ticket
 * 1001 added.
 */
function refreshedTickets(records: Records): Records {
  const next = structuredClone(records);
  next.find((item) => item.id === EDITED_ID)!.subject = 'Ticket number 500, customer called back';
  next.find((item) => item.id === CLOSED_ID)!.status = 'closed';
  next.push(record({ id: ADDED_ID, subject: 'Siren sounds on arming', url: `/notes/${ADDED_ID}` }));
  return next;
}

const cards = (el: MyOpenTickets): TicketCard[] => [...el.shadowRoot!.querySelectorAll('ticket-card')];
const idOf = (card: TicketCard) => (card.ticket as { id: number }).id;

/**
 * Waits until the list shows all `COUNT` cards, which a long list renders a
 * chunk per task, and every card has finished updating.
 */
async function rendered(el: MyOpenTickets): Promise<void> {
  await waitUntil(
    async () => {
      await el.updateComplete;
      return cards(el).length === COUNT;
    },
    `the list did not show ${COUNT} cards`,
    { timeout: LOAD_TIMEOUT },
  );
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** Records every card whose `updated` runs until `stop` is called. */
function watchCardUpdates(): { updated: Set<TicketCard>; stop: () => void } {
  const prototype = TicketCard.prototype as unknown as { updated: (changed: PropertyValues) => void };
  const hadOwn = Object.prototype.hasOwnProperty.call(prototype, 'updated');
  const original = prototype.updated;
  const updated = new Set<TicketCard>();
  prototype.updated = function (this: TicketCard, changed: PropertyValues) {
    updated.add(this);
    original.call(this, changed);
  };
  const stop = () => {
    if (hadOwn) prototype.updated = original;
    else delete (prototype as { updated?: unknown }).updated;
  };
  return { updated, stop };
}

/** Returns the ids of the cards in `before` that a refresh replaced with a new element. */
function recreated(before: Map<number, TicketCard>, after: TicketCard[]): number[] {
  return after.filter((card) => before.has(idOf(card)) && before.get(idOf(card)) !== card).map(idOf);
}

describe('render budget', function () {
  this.timeout(120_000);

  let watch: ReturnType<typeof watchCardUpdates> | null = null;

  afterEach(() => {
    watch?.stop();
    watch = null;
  });

  describe('refresh changing 3 of 1,000 tickets', () => {
    it('re-renders only changed cards after new tickets', async () => {
      const records = openTickets(COUNT);
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets date="2026-12-04" time-zone="UTC" locale="en-US" .tickets=${records}></my-open-tickets>`);
      await rendered(el);
      const before = new Map(cards(el).map((card) => [idOf(card), card]));

      watch = watchCardUpdates();
      el.tickets = refreshedTickets(records);
      await rendered(el);
      const after = cards(el);
      const updatedIds = [...watch.updated].map(idOf).sort((a, b) => a - b);

      expect(after).to.have.length(COUNT);
      expect(idOf(after[0])).to.equal(ADDED_ID);
      expect(after.map(idOf)).not.to.include(CLOSED_ID);
      expect(recreated(before, after), 'cards re-created for unchanged tickets').to.deep.equal([]);
      expect(updatedIds.length, 'number of cards that updated').to.equal(2);
      expect(updatedIds).to.deep.equal([EDITED_ID, ADDED_ID]);
    });

    it('re-renders only changed cards after refresh()', async () => {
      let records = openTickets(COUNT);
      use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} date="2026-12-04" time-zone="UTC" locale="en-US"></my-open-tickets>`);
      await rendered(el);
      const before = new Map(cards(el).map((card) => [idOf(card), card]));

      records = refreshedTickets(records);
      watch = watchCardUpdates();
      await el.refresh();
      await rendered(el);
      const after = cards(el);
      const updatedIds = [...watch.updated].map(idOf).sort((a, b) => a - b);

      expect(after).to.have.length(COUNT);
      expect(idOf(after[0])).to.equal(ADDED_ID);
      expect(after.map(idOf)).not.to.include(CLOSED_ID);
      expect(recreated(before, after), 'cards re-created for unchanged tickets').to.deep.equal([]);
      expect(updatedIds.length, 'number of cards that updated').to.equal(2);
      expect(updatedIds).to.deep.equal([EDITED_ID, ADDED_ID]);
    });
  });

  it('sends one request for a list and a summary of 1,000', async () => {
    const log = recordRequests();
    const records = openTickets(COUNT);
    use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));

    const provider = await fixture<TicketsProvider>(html`<tickets-provider src=${SRC} date="2026-12-04" time-zone="UTC" locale="en-US">
      <my-open-tickets></my-open-tickets>
      <due-tickets-summary></due-tickets-summary>
    </tickets-provider>`);
    const list = provider.querySelector<MyOpenTickets>('my-open-tickets')!;
    const summary = provider.querySelector<DueTicketsSummary>('due-tickets-summary')!;
    await waitUntil(() => part(list, 'count') !== null && part(summary, 'count') !== null, 'the list and the summary did not load', {
      timeout: LOAD_TIMEOUT,
    });

    expect(log.urls).to.have.length(1);
    expect(textOf(part(list, 'count'))).to.equal(`(${COUNT})`);
    expect(textOf(part(summary, 'count'))).to.equal(`(${Math.ceil(COUNT / 3)})`);
  });
});
