import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets, TicketCard } from '../src/index.js';
import { arabicStrings } from '../src/locales/ar.js';
import { germanStrings } from '../src/locales/de.js';
import { part, settle, textOf } from './support/dom.js';
import { record } from './support/records.js';

const ZONE = 'Europe/Berlin';

async function card(locale: string, fields: Record<string, unknown> = {}): Promise<TicketCard> {
  return fixture<TicketCard>(html`<ticket-card .ticket=${record(fields)} locale=${locale} time-zone=${ZONE} date="2026-12-04"></ticket-card>`);
}

describe('locales', () => {
  describe('dates', () => {
    const cases: [string, string, string][] = [
      ['en-US', 'Dec 1, 2026, 4:04 PM by Ann Lee', 'Dec 4, 2026 (Due today)'],
      ['en-GB', '1 Dec 2026, 16:04 by Ann Lee', '4 Dec 2026 (Due today)'],
      ['de-DE', '01.12.2026, 16:04 by Ann Lee', '04.12.2026 (Due today)'],
    ];
    for (const [locale, created, due] of cases) {
      it(`formats created and due dates in ${locale}`, async () => {
        const el = await card(locale);

        expect(textOf(part(el, 'created'))).to.equal(created);
        expect(textOf(part(el, 'due'))).to.equal(due);
      });
    }

    it('formats dates in Arabic', async () => {
      const el = await card('ar');

      expect(textOf(part(el, 'due'))).to.equal('04\u200f/12\u200f/2026 (Due today)');
      expect(textOf(part(el, 'created'))).to.match(/^01\u200f\/12\u200f\/2026، 4:04 م by Ann Lee$/);
    });

    it('formats the summary dates like the cards', async () => {
      const summary = await fixture<DueTicketsSummary>(html`<due-tickets-summary .tickets=${[record()]} locale="de-DE" time-zone=${ZONE} date="2026-12-04"></due-tickets-summary>`);

      expect(textOf(part(summary, 'item-due'))).to.equal('04.12.2026 (Due today)');
    });
  });

  describe('strings', () => {
    it('replaces every text of a card with a translation', async () => {
      const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()} .strings=${germanStrings} locale="de-DE" time-zone=${ZONE} date="2026-12-04"></ticket-card>`);

      expect(textOf(part(el, 'status'))).to.equal('Offenes Ticket');
      expect(textOf(part(el, 'priority'))).to.equal('Hoch Priorität');
      expect(textOf(part(el, 'due'))).to.equal('04.12.2026 (Heute fällig)');
      expect(textOf(part(el, 'created'))).to.equal('01.12.2026, 16:04 von Ann Lee');
      expect(textOf(el.shadowRoot!.querySelector('.meta'))).to.contain('Zugewiesen an');
    });

    it('reach the cards of a list', async () => {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${[record(), record({ id: 2 })]} .strings=${germanStrings}></my-open-tickets>`);
      const first = el.shadowRoot!.querySelector('ticket-card')!;
      await first.updateComplete;

      expect(textOf(part(el, 'heading'))).to.equal('Meine offenen Tickets (2)');
      expect(textOf(part(first, 'status'))).to.equal('Offenes Ticket');
    });

    it('come from a provider', async () => {
      const provider = await fixture(html`<tickets-provider .tickets=${[]} .strings=${arabicStrings}>
        <due-tickets-summary></due-tickets-summary>
      </tickets-provider>`);
      const summary = provider.querySelector('due-tickets-summary')!;
      await settle(summary, () => part(summary, 'count') !== null);

      expect(textOf(part(summary, 'heading'))).to.equal('التذاكر المستحقة (0)');
      expect(textOf(part(summary, 'empty'))).to.equal('لا شيء مستحق');
      expect(textOf(part(summary, 'view-all'))).to.equal('عرض كل التذاكر');
    });

    it('replace single texts over the English defaults', async () => {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${[]} .strings=${{ empty: 'All caught up' }}></my-open-tickets>`);

      expect(textOf(part(el, 'empty'))).to.equal('All caught up');
      expect(textOf(part(el, 'heading'))).to.equal('My Open Tickets (0)');
    });

    it('use plural rules for counts', () => {
      expect(germanStrings.recordsNotShown(1)).to.equal('1 Ticket kann nicht angezeigt werden, weil sein Datensatz ungültig ist.');
      expect(germanStrings.recordsNotShown(3)).to.equal('3 Tickets können nicht angezeigt werden, weil ihre Datensätze ungültig sind.');
      expect(arabicStrings.andMore(2)).to.equal('وتذكرتان أخرى');
      expect(arabicStrings.andMore(5)).to.equal('و5 تذاكر أخرى');
    });
  });

  describe('right to left', () => {
    it('mirrors the card layout under dir=rtl', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 600px">
        <ticket-card .ticket=${record({ body: 'يقول العميل إن الصوت يبدأ في الثانية صباحًا' })} .strings=${arabicStrings} locale="ar"></ticket-card>
      </div>`);
      const el = wrapper.querySelector('ticket-card')!;
      await el.updateComplete;
      const id = part(el, 'id')!.getBoundingClientRect();
      const badges = part(el, 'badges')!.getBoundingClientRect();

      expect(id.left).to.be.greaterThan(badges.left);
      expect(getComputedStyle(part(el, 'body')!).borderRightWidth).to.equal('3px');
    });
  });
});
