import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { TicketCard } from '../src/index.js';
import { isShown, part, textOf, watchConsole } from './support/dom.js';
import { record } from './support/records.js';

type CardOptions = { date?: string; timeZone?: string; ticketHref?: string; company?: string; locale?: string };

async function card(fields: Record<string, unknown> = {}, options: CardOptions = {}): Promise<TicketCard> {
  return fixture<TicketCard>(html`<ticket-card
    .ticket=${record(fields)}
    date=${options.date ?? '2026-12-04'}
    time-zone=${options.timeZone ?? 'America/New_York'}
    locale=${options.locale ?? 'en-US'}
    ticket-href=${options.ticketHref ?? ''}
    company=${options.company ?? ''}
  ></ticket-card>`);
}

describe('<ticket-card>', () => {
  describe('fields', () => {
    it('shows the id badge and the subject', async () => {
      const el = await card();

      expect(textOf(part(el, 'id')!.querySelector('[aria-hidden]'))).to.equal('1042');
      expect(textOf(part(el, 'id')!.querySelector('.visually-hidden'))).to.equal('Ticket 1042');
      expect(textOf(part(el, 'subject'))).to.equal('Keypad beeps every night');
    });

    it('shows status, priority and type badges', async () => {
      const el = await card();

      expect(textOf(part(el, 'status'))).to.equal('Open Ticket');
      expect(part(el, 'status')!.className).to.contain('status-open');
      expect(textOf(part(el, 'priority'))).to.equal('High Priority');
      expect(part(el, 'priority')!.className).to.contain('priority-high');
      expect(textOf(part(el, 'type'))).to.equal('Type: Service Issue');
    });

    it('shows a closed ticket in red', async () => {
      const el = await card({ status: 'closed' });

      expect(textOf(part(el, 'status'))).to.equal('Closed Ticket');
      expect(getComputedStyle(part(el, 'status')!).color).to.equal('rgb(180, 35, 24)');
    });

    it('colors each priority', async () => {
      const colors = { high: 'rgb(180, 35, 24)', medium: 'rgb(164, 74, 0)', low: 'rgb(26, 127, 55)' };
      for (const [priority, color] of Object.entries(colors)) {
        const el = await card({ priority });

        expect(getComputedStyle(part(el, 'priority')!).backgroundColor, priority).to.equal(color);
      }
    });

    it('shows no priority or type badge when none is set', async () => {
      const el = await card({ priority: null, noteType: null });

      expect(part(el, 'priority')).to.equal(null);
      expect(part(el, 'type')).to.equal(null);
    });

    it('shows the customer last name first', async () => {
      expect(textOf(part(await card(), 'customer'))).to.equal('Doe, John');
      expect(textOf(part(await card({ customer: { lastName: 'Doe' } }), 'customer'))).to.equal('Doe');
      expect(textOf(part(await card({ customer: { firstName: 'John' } }), 'customer'))).to.equal('John');
    });

    it('shows the business beside a named contact', async () => {
      const el = await card({ customer: { id: 4, firstName: 'Mike', lastName: 'Brennan', businessName: 'Northside Storage LLC' } });

      expect(textOf(part(el, 'customer'))).to.equal('Brennan, Mike · Northside Storage LLC');
    });

    it('shows a business name or a placeholder', async () => {
      const business = await card({ customer: { id: 3, firstName: null, lastName: null, businessName: 'Smith & Sons Hardware' } });
      const unknown = await card({ customer: null });

      expect(textOf(part(business, 'customer'))).to.equal('Smith & Sons Hardware');
      expect(textOf(part(unknown, 'customer'))).to.equal('Unknown customer');
    });

    it('keeps the line breaks of the body', async () => {
      const oneLine = part(await card({ body: 'Line one' }), 'body')!;
      const el = await card({ body: 'Line one\r\nLine two\n\nLine four' });
      const body = part(el, 'body')!;

      expect(body.textContent).to.equal('Line one\nLine two\n\nLine four');
      expect(body.offsetHeight).to.be.at.least(oneLine.offsetHeight * 3.5);
    });

    it('wraps a long unbroken word inside the card', async () => {
      const el = await card({ body: `https://example.com/${'a'.repeat(400)}` });
      el.style.width = '320px';
      await el.updateComplete;

      const body = part(el, 'body')!;

      expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    });

    it('keeps a long word inside a narrow list', async () => {
      const list = await fixture<HTMLElement>(html`<my-open-tickets style="width: 360px" .tickets=${[
        record({ subject: `Supercalifragilistic${'a'.repeat(80)}`, body: 'x'.repeat(500) }),
      ]}></my-open-tickets>`);
      const card = list.shadowRoot!.querySelector('ticket-card')!;
      await card.updateComplete;

      expect(part(card, 'card')!.getBoundingClientRect().width).to.be.at.most(360);
      expect(part(card, 'subject')!.scrollWidth).to.be.at.most(part(card, 'subject')!.clientWidth);
      expect(part(card, 'body')!.scrollWidth).to.be.at.most(part(card, 'body')!.clientWidth);
    });

    it('shows HTML in fields as text', async () => {
      const el = await card({ subject: '<img src=x onerror=alert(1)>', body: '<b>bold</b>' });

      expect(textOf(part(el, 'subject'))).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });

    it('shows the creation date, time and creator', async () => {
      const el = await card();

      expect(textOf(part(el, 'created'))).to.equal('Dec 1, 2026, 10:04 AM by Ann Lee');
    });

    it('shows the assignee or Unassigned', async () => {
      expect(textOf(part(await card(), 'assigned'))).to.equal('Sam Ortiz');
      expect(textOf(part(await card({ assignedTo: null }), 'assigned'))).to.equal('Unassigned');
    });

    it('hides the body block when the body is empty', async () => {
      expect(part(await card({ body: '' }), 'body')).to.equal(null);
    });
  });

  describe('settings', () => {
    it('takes the provider settings outside a list', async () => {
      const provider = await fixture(html`<tickets-provider .tickets=${[]} locale="de-DE" time-zone="UTC" date="2026-12-04">
        <ticket-card .ticket=${record()}></ticket-card>
      </tickets-provider>`);
      const el = provider.querySelector<TicketCard>('ticket-card')!;
      await el.updateComplete;

      expect(textOf(part(el, 'created'))).to.equal('01.12.2026, 15:04 by Ann Lee');
      expect(el.getAttribute('due-state')).to.equal('today');
    });

    it('formats each card in its own locale', async () => {
      const german = await card({}, { locale: 'de-DE', timeZone: 'UTC' });
      const english = await card({}, { locale: 'en-US', timeZone: 'UTC' });

      expect(textOf(part(german, 'created'))).to.equal('01.12.2026, 15:04 by Ann Lee');
      expect(textOf(part(english, 'created'))).to.equal('Dec 1, 2026, 3:04 PM by Ann Lee');

      german.locale = 'en-US';
      await german.updateComplete;

      expect(textOf(part(german, 'created'))).to.equal('Dec 1, 2026, 3:04 PM by Ann Lee');
    });

    it('follows the document language without a locale', async () => {
      const lang = document.documentElement.lang;
      try {
        document.documentElement.lang = 'de-DE';
        const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()} date="2026-12-04" time-zone="UTC"></ticket-card>`);

        expect(textOf(part(el, 'created'))).to.equal('01.12.2026, 15:04 by Ann Lee');

        document.documentElement.lang = 'en-US';
        el.date = '2026-12-03';
        await el.updateComplete;

        expect(textOf(part(el, 'created'))).to.equal('Dec 1, 2026, 3:04 PM by Ann Lee');
      } finally {
        document.documentElement.lang = lang;
      }
    });

    it('shows a ticket taken from a list', async () => {
      const list = await fixture(html`<my-open-tickets .tickets=${[record({ dueDate: '2026-12-01' })]} date="2026-12-04" locale="en-US" time-zone="UTC"></my-open-tickets>`);
      const listed = (list.shadowRoot!.querySelector('ticket-card') as TicketCard).ticket;
      const el = await fixture<TicketCard>(html`<ticket-card .ticket=${listed} date="2026-12-04" locale="en-US" time-zone="UTC"></ticket-card>`);

      expect(textOf(part(el, 'subject'))).to.equal('Keypad beeps every night');
      expect(textOf(part(el, 'due'))).to.equal('Dec 1, 2026 (Overdue)');
      expect(el.getAttribute('due-state')).to.equal('overdue');
    });
  });

  describe('due date', () => {
    it('marks a due date of today in red with text', async () => {
      const el = await card({ dueDate: '2026-12-04' });

      expect(el.getAttribute('due-state')).to.equal('today');
      expect(textOf(part(el, 'due'))).to.equal('Dec 4, 2026 (Due today)');
      expect(getComputedStyle(part(el, 'due')!).color).to.equal('rgb(180, 35, 24)');
    });

    it('marks an earlier due date as overdue', async () => {
      const el = await card({ dueDate: '2026-11-30' });

      expect(el.getAttribute('due-state')).to.equal('overdue');
      expect(textOf(part(el, 'due'))).to.equal('Nov 30, 2026 (Overdue)');
    });

    it('leaves an upcoming due date in the normal color', async () => {
      const el = await card({ dueDate: '2026-12-05' });

      expect(el.getAttribute('due-state')).to.equal('upcoming');
      expect(textOf(part(el, 'due'))).to.equal('Dec 5, 2026');
      expect(getComputedStyle(part(el, 'due')!).color).to.equal('rgb(31, 35, 40)');
    });

    it('shows None and no due-state without a due date', async () => {
      const el = await card({ dueDate: null });

      expect(el.hasAttribute('due-state')).to.equal(false);
      expect(textOf(part(el, 'due'))).to.equal('None');
    });

    it('shows the time of a date-time in the card zone', async () => {
      const el = await card({ dueDate: '2026-12-04T17:00:00-05:00' }, { timeZone: 'America/Los_Angeles' });

      expect(textOf(part(el, 'due'))).to.equal('Dec 4, 2026, 2:00 PM (Due today)');
    });

    it('reads a date-only value as that day west of UTC', async () => {
      const el = await card({ dueDate: '2026-12-04' }, { timeZone: 'Pacific/Honolulu' });

      expect(textOf(part(el, 'due'))).to.equal('Dec 4, 2026 (Due today)');
    });

    it('follows a change of date', async () => {
      const el = await card({ dueDate: '2026-12-04' });

      el.date = '2026-12-03';
      await el.updateComplete;

      expect(el.getAttribute('due-state')).to.equal('upcoming');
    });
  });

  describe('links', () => {
    it('links the subject to the ticket url', async () => {
      const el = await card({ url: '/acme/customers/77/notes/1042/edit' });

      expect(part(el, 'subject')!.querySelector('a')!.getAttribute('href')).to.equal('/acme/customers/77/notes/1042/edit');
    });

    it('fills ticket-href when the ticket has no url', async () => {
      const el = await card({}, { ticketHref: '/{company}/customers/{customerId}/notes/{id}', company: 'acme' });

      expect(part(el, 'subject')!.querySelector('a')!.getAttribute('href')).to.equal('/acme/customers/77/notes/1042');
    });

    it('shows an unsafe url as plain text', async () => {
      const el = await card({ url: 'javascript:alert(1)' });

      expect(part(el, 'subject')!.querySelector('a')).to.equal(null);
      expect(textOf(part(el, 'subject'))).to.equal('Keypad beeps every night');
    });

    it('warns once when ticket-href needs a missing value', async () => {
      const log = watchConsole();
      try {
        const el = await card({}, { ticketHref: '/{company}/notes/{id}' });

        expect(part(el, 'subject')!.querySelector('a')).to.equal(null);
        expect(log.warnings).to.have.length(1);
        expect(String(log.warnings[0][0])).to.contain('ticket-href "/{company}/notes/{id}" needs company, which is not set');
      } finally {
        log.restore();
      }
    });

    it('sends a cancelable ticket-open from the subject link', async () => {
      const el = await card({ url: '/notes/1042' });
      el.addEventListener('ticket-open', (event) => event.preventDefault());
      const link = part(el, 'subject')!.querySelector('a')!;

      setTimeout(() => link.click());
      const event = await oneEvent(el, 'ticket-open');

      expect(event.detail.href).to.equal('/notes/1042');
      expect(event.detail.ticket.id).to.equal(1042);
      expect(event.cancelable).to.equal(true);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.defaultPrevented).to.equal(true);
    });

    it('opens the link from a click elsewhere on the card', async () => {
      const el = await card({ url: '/notes/1042' });
      const opened: string[] = [];
      el.addEventListener('ticket-open', (event) => {
        opened.push(event.detail.href);
        event.preventDefault();
      });

      part(el, 'body')!.click();

      expect(opened).to.deep.equal(['/notes/1042']);
    });

    it('keeps the subject link the one focus target', async () => {
      const el = await card({ url: '/notes/1042' });

      const focusable = el.shadowRoot!.querySelectorAll('a, button, [tabindex]');

      expect(focusable).to.have.length(1);
    });
  });

  describe('states', () => {
    it('shows a message without a ticket', async () => {
      const el = await fixture<TicketCard>(html`<ticket-card></ticket-card>`);

      expect(textOf(part(el, 'message'))).to.equal('No ticket to show.');
    });

    it('shows why an invalid ticket cannot be shown', async () => {
      const log = watchConsole();
      try {
        const el = await card({ subject: '' });

        expect(textOf(part(el, 'message'))).to.equal('This ticket could not be shown: missing subject.');
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });

    it('shows slotted actions at the foot', async () => {
      const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()}><button slot="actions">Close ticket</button></ticket-card>`);
      await el.updateComplete;

      expect(isShown(part(el, 'actions'))).to.equal(true);
    });

    it('hides the empty actions foot', async () => {
      expect(isShown(part(await card(), 'actions'))).to.equal(false);
    });

    it('renders with a clean console', async () => {
      const log = watchConsole();
      try {
        await card();

        expect(log.warnings).to.deep.equal([]);
        expect(log.errors).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });

    it('passes an accessibility check', async () => {
      await expect(await card()).to.be.accessible();
      await expect(await card({ status: 'closed', priority: 'low', dueDate: '2026-11-01' })).to.be.accessible();
    });
  });
});
