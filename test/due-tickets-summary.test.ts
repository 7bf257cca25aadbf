import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets } from '../src/index.js';
import { isShown, part, parts, settle, textOf, watchConsole } from './support/dom.js';
import { use } from './support/mock-server.js';
import { record } from './support/records.js';

const SRC = '/api/tickets';

function serve(records: unknown[]): void {
  use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));
}

async function summary(attributes: { company?: string; href?: string; timeZone?: string; date?: string } = {}): Promise<DueTicketsSummary> {
  const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary
    src=${SRC}
    user-id="9"
    date=${attributes.date ?? '2026-12-04'}
    time-zone=${attributes.timeZone ?? 'America/New_York'}
    locale="en-US"
    company=${attributes.company ?? ''}
    href=${attributes.href ?? ''}
    ticket-href="/{company}/customers/{customerId}/notes/{id}"
  ></due-tickets-summary>`);
  await settle(el, () => part(el, 'count') !== null || part(el, 'error') !== null);
  return el;
}

const itemIds = (el: DueTicketsSummary) => parts(el, 'item-id').map((item) => Number(textOf(item.querySelector('[aria-hidden]'))));

describe('<due-tickets-summary>', () => {
  it('counts tickets due today or earlier', async () => {
    serve([
      record({ id: 1, dueDate: '2026-12-01' }),
      record({ id: 2, dueDate: '2026-12-04' }),
      record({ id: 3, dueDate: '2026-12-05' }),
      record({ id: 4, dueDate: null }),
      record({ id: 5, dueDate: '2026-12-02', status: 'closed' }),
      record({ id: 6, dueDate: '2026-12-02', assignedTo: { id: 12, name: 'Kim Park' } }),
    ]);

    const el = await summary();

    expect(textOf(part(el, 'heading'))).to.equal('Due Tickets (2)');
    expect(itemIds(el)).to.deep.equal([1, 2]);
  });

  it('lists earliest due first, ties by id descending', async () => {
    serve([
      record({ id: 10, dueDate: '2026-12-04' }),
      record({ id: 11, dueDate: '2026-12-02' }),
      record({ id: 12, dueDate: '2026-12-04' }),
    ]);

    const el = await summary();

    expect(itemIds(el)).to.deep.equal([11, 12, 10]);
  });

  it('shows id, subject link, customer and due date of each item', async () => {
    serve([record({ id: 7, dueDate: '2026-12-01', customer: { id: 77, firstName: 'John', lastName: 'Doe' } })]);

    const el = await summary({ company: 'acme' });
    const [item] = parts(el, 'item');

    expect(textOf(item.querySelector('[part=item-subject]'))).to.equal('Keypad beeps every night');
    expect(item.querySelector('a')!.getAttribute('href')).to.equal('/acme/customers/77/notes/7');
    expect(textOf(item.querySelector('[part=item-customer]'))).to.equal('Doe, John');
    expect(textOf(item.querySelector('[part=item-due]'))).to.equal('Dec 1, 2026 (Overdue)');
  });

  it('shows Nothing due when no ticket is due', async () => {
    serve([record({ dueDate: '2026-12-10' })]);

    const el = await summary();

    expect(textOf(part(el, 'heading'))).to.equal('Due Tickets (0)');
    expect(isShown(part(el, 'empty'))).to.equal(true);
    expect(textOf(part(el, 'empty'))).to.equal('Nothing due');
    expect(isShown(part(el, 'list'))).to.equal(false);
  });

  describe('View All Tickets', () => {
    it('links to the company tickets page', async () => {
      serve([]);

      const el = await summary({ company: 'acme security' });

      expect(part(el, 'view-all')!.getAttribute('href')).to.equal('/acme%20security/home/tickets');
      expect(textOf(part(el, 'view-all'))).to.equal('View All Tickets');
    });

    it('links to /home/tickets without a company', async () => {
      serve([]);

      expect(part(await summary(), 'view-all')!.getAttribute('href')).to.equal('/home/tickets');
    });

    it('uses href when it is set and safe', async () => {
      serve([]);

      expect(part(await summary({ href: '/portal/tickets' }), 'view-all')!.getAttribute('href')).to.equal('/portal/tickets');
    });

    it('shows an unsafe href as text and warns', async () => {
      serve([]);
      const log = watchConsole();
      try {
        const el = await summary({ href: 'javascript:alert(1)' });

        expect(part(el, 'view-all')!.hasAttribute('href')).to.equal(false);
        expect(textOf(part(el, 'view-all'))).to.equal('View All Tickets');
        expect(log.warnings.map((args) => String(args[0]))).to.deep.equal([
          '<due-tickets-summary>: href "javascript:alert(1)" is not an http(s) or relative URL; "View All Tickets" is shown without a link.',
        ]);
      } finally {
        log.restore();
      }
    });
  });

  it('agrees with the list on one data set', async () => {
    serve([
      record({ id: 1, dueDate: '2026-12-03T23:30:00-08:00' }),
      record({ id: 2, dueDate: '2026-12-04' }),
      record({ id: 3, dueDate: '2026-12-05T01:00:00+09:00' }),
    ]);

    const el = await summary({ timeZone: 'America/Los_Angeles' });
    const list = await fixture<MyOpenTickets>(html`<my-open-tickets src=${SRC} user-id="9" date="2026-12-04" time-zone="America/Los_Angeles"></my-open-tickets>`);
    await settle(list, () => list.shadowRoot!.querySelectorAll('ticket-card').length === 3);
    const cards = [...list.shadowRoot!.querySelectorAll('ticket-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const dueInList = cards.filter((card) => ['overdue', 'today'].includes(card.getAttribute('due-state') ?? '')).length;

    expect(textOf(part(el, 'count'))).to.equal(`(${dueInList})`);
    expect(itemIds(el)).to.deep.equal([1, 3, 2]);
  });

  it('keeps focus on a ticket across a refresh', async () => {
    let records = [
      record({ id: 1, subject: 'One', dueDate: '2026-12-01' }),
      record({ id: 2, subject: 'Two', dueDate: '2026-12-02' }),
      record({ id: 3, subject: 'Three', dueDate: '2026-12-03' }),
    ];
    use(http.get(SRC, () => HttpResponse.json({ data: records, links: { next: null } })));
    const el = await summary({ company: 'acme' });
    const link = parts(el, 'item-subject')[1].querySelector('a')!;
    link.focus();

    // Two tickets due earlier arrive and the first one goes, so ticket 2
    // moves from the second row to the third.
    records = [
      record({ id: 5, subject: 'Five', dueDate: '2026-11-29' }),
      record({ id: 4, subject: 'Four', dueDate: '2026-11-30' }),
      ...records.slice(1),
    ];
    await el.refresh();
    await settle(el, () => itemIds(el)[0] === 5);

    expect(itemIds(el)).to.deep.equal([5, 4, 2, 3]);
    expect(parts(el, 'item-subject')[2].querySelector('a')).to.equal(link);
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(textOf(link)).to.equal('Two');
  });

  it('shows the error state with Retry', async () => {
    use(http.get(SRC, () => new HttpResponse(null, { status: 401 })));

    const el = await summary();

    expect(textOf(part(el, 'error'))).to.contain('401 Unauthorized');
    expect(textOf(part(el, 'error'))).to.contain('signed out');
    expect(isShown(part(el, 'retry'))).to.equal(true);
    expect(isShown(part(el, 'empty'))).to.equal(false);
  });

  it('passes an accessibility check', async () => {
    serve([record({ dueDate: '2026-12-01' })]);
    await expect(await summary()).to.be.accessible();

    serve([]);
    await expect(await summary()).to.be.accessible();
  });
});
