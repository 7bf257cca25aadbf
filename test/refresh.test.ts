import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets, TicketCard } from '../src/index.js';
import { part, settle, textOf } from './support/dom.js';
import { recordRequests, use } from './support/mock-server.js';
import { record } from './support/records.js';
import { restoreVisibility, setVisibility } from './support/visibility.js';

const SRC = '/api/tickets';

/**
 * Fakes the clock from `now`. It still moves with real time, so waiting for
 * renders and requests works, and `tickAsync` jumps ahead.
 */
function fakeClock(now: string): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: Date.parse(now),
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    shouldAdvanceTime: true,
    advanceTimeDelta: 10,
    shouldClearNativeTimers: true,
  });
}

const cards = (el: MyOpenTickets): TicketCard[] => [...el.shadowRoot!.querySelectorAll('ticket-card')];
const cardIds = (el: MyOpenTickets) => cards(el).map((card) => (card.ticket as { id: number }).id);
const loaded = (el: MyOpenTickets | DueTicketsSummary) => part(el, 'count') !== null;

describe('refreshing', () => {
  describe('refresh()', () => {
    it('updates the stack in place, keeping focus on the same ticket', async () => {
      let records = [record({ id: 3, url: '/n/3' }), record({ id: 2, url: '/n/2' }), record({ id: 1, url: '/n/1' })];
      use(http.get(SRC, () => HttpResponse.json(records)));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
      await settle(el, () => cards(el).length === 3);
      const second = cards(el)[1];
      await second.updateComplete;
      part(second, 'subject')!.querySelector('a')!.focus();

      records = [record({ id: 4, url: '/n/4' }), ...records.slice(0, 2)];
      await el.refresh();
      await settle(el, () => cards(el).length === 3 && cardIds(el)[0] === 4);

      expect(cardIds(el)).to.deep.equal([4, 3, 2]);
      expect(cards(el)[2]).to.equal(second);
      expect(el.shadowRoot!.activeElement).to.equal(second);
      expect(textOf(second.shadowRoot!.activeElement)).to.equal('Keypad beeps every night');
    });

    it('never shows the loading state again', async () => {
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
      await settle(el, () => loaded(el));
      const states: boolean[] = [];

      const refreshed = el.refresh();
      await el.updateComplete;
      states.push(part(el, 'loading') !== null, cards(el).length === 1);
      await refreshed;

      expect(states).to.deep.equal([false, true]);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('announces new and closed tickets politely', async () => {
      let records: unknown[] = [record({ id: 1 }), record({ id: 2 })];
      use(http.get(SRC, () => HttpResponse.json(records)));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
      await settle(el, () => loaded(el));
      const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;

      expect(textOf(region)).to.equal('');

      records = [record({ id: 1, status: 'closed' }), record({ id: 2 }), record({ id: 3 }), record({ id: 4 })];
      await el.refresh();
      await el.updateComplete;

      expect(textOf(region)).to.equal('2 new tickets, 1 ticket closed');
    });

    it('runs from the Refresh button', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC}></my-open-tickets>`);
      await settle(el, () => loaded(el));

      part(el, 'refresh')!.click();
      await settle(el, () => log.urls.length === 2 && textOf(part(el, 'refresh')) === 'Refresh');

      expect(log.urls).to.have.length(2);
    });

    it('hides the Refresh button with hide-refresh', async () => {
      use(http.get(SRC, () => HttpResponse.json([])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} hide-refresh></my-open-tickets>`);
      await settle(el, () => loaded(el));

      expect(part(el, 'refresh')!.hidden).to.equal(true);
    });
  });

  describe('refresh-interval', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(() => {
      clock = fakeClock('2026-12-04T15:00:00Z');
    });

    afterEach(() => {
      clock.restore();
      restoreVisibility();
    });

    it('refreshes on the interval', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} refresh-interval="60"></my-open-tickets>`);
      await settle(el, () => loaded(el));

      await clock.tickAsync(59_000);
      const beforeInterval = log.urls.length;
      await clock.tickAsync(2_000);
      await settle(el, () => log.urls.length === 2);

      expect(beforeInterval).to.equal(1);
      expect(log.urls).to.have.length(2);
    });

    it('pauses while the tab is hidden and refreshes on return', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} refresh-interval="60"></my-open-tickets>`);
      await settle(el, () => loaded(el));

      setVisibility('hidden');
      await clock.tickAsync(300_000);
      const whileHidden = log.urls.length;
      setVisibility('visible');
      await clock.tickAsync(10);
      await settle(el, () => log.urls.length === 2);

      expect(whileHidden).to.equal(1);
      expect(log.urls).to.have.length(2);
    });

    it('waits out the rest of the interval after a short absence', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} refresh-interval="60"></my-open-tickets>`);
      await settle(el, () => loaded(el));

      setVisibility('hidden');
      await clock.tickAsync(10_000);
      setVisibility('visible');
      await clock.tickAsync(10_000);

      expect(log.urls).to.have.length(1);
    });

    it('stops when the element is removed', async () => {
      const log = recordRequests();
      use(http.get(SRC, () => HttpResponse.json([record()])));
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} refresh-interval="60"></my-open-tickets>`);
      await settle(el, () => loaded(el));

      el.remove();
      await clock.tickAsync(600_000);

      expect(log.urls).to.have.length(1);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('midnight', () => {
    let clock: sinon.SinonFakeTimers;

    afterEach(() => clock.restore());

    for (const [zone, beforeMidnight] of [
      ['America/Los_Angeles', '2026-12-04T23:59:00-08:00'],
      ['Asia/Tokyo', '2026-12-04T23:59:00+09:00'],
    ] as const) {
      it(`updates due states at midnight in ${zone} without a request`, async () => {
        clock = fakeClock(beforeMidnight);
        const log = recordRequests();
        use(http.get(SRC, () => HttpResponse.json([record({ id: 1, dueDate: '2026-12-05' }), record({ id: 2, dueDate: '2026-12-04' })])));
        const page = await fixture<HTMLDivElement>(html`<div>
          <my-open-tickets src=${SRC} time-zone=${zone}></my-open-tickets>
          <due-tickets-summary src=${SRC} time-zone=${zone}></due-tickets-summary>
        </div>`);
        const list = page.querySelector('my-open-tickets')!;
        const summary = page.querySelector('due-tickets-summary')!;
        await settle(list, () => loaded(list) && cards(list).length === 2);
        await settle(summary, () => loaded(summary));
        await Promise.all(cards(list).map((card) => card.updateComplete));

        const before = { count: textOf(part(summary, 'count')), state: cards(list)[1].getAttribute('due-state') };
        await clock.tickAsync(61_000);
        await summary.updateComplete;
        await list.updateComplete;
        await Promise.all(cards(list).map((card) => card.updateComplete));

        expect(before).to.deep.equal({ count: '(1)', state: 'upcoming' });
        expect(textOf(part(summary, 'count'))).to.equal('(2)');
        expect(cards(list)[1].getAttribute('due-state')).to.equal('today');
        expect(cards(list)[0].getAttribute('due-state')).to.equal('overdue');
        expect(log.urls).to.have.length(1);
      });
    }
  });

  describe('date', () => {
    it('says which day the summary shows when it is not today', async () => {
      use(http.get(SRC, () => HttpResponse.json([record({ dueDate: '2026-12-06' })])));

      const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary src=${SRC} date="2026-12-06" locale="en-US"></due-tickets-summary>`);
      await settle(el, () => loaded(el));

      expect(textOf(part(el, 'as-of'))).to.equal('Due as of Dec 6, 2026');
      expect(part(el, 'as-of')!.hidden).to.equal(false);
      expect(textOf(part(el, 'count'))).to.equal('(1)');
    });
  });
});
