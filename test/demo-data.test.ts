import { expect, fixture, html } from '@open-wc/testing';
import { createHandlers, TICKETS_PATH } from '../mocks/handlers.js';
import { createTicketRecords, DEMO_USER_ID } from '../mocks/ticket-records.js';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets } from '../src/index.js';
import { part, settle, textOf, watchConsole } from './support/dom.js';
import { recordRequests, use } from './support/mock-server.js';

// The same handlers and data set the demo and the stories use, so what a
// person sees in the demo is what these tests check.

const TODAY = '2026-12-04';

describe('the demo data set', () => {
  it('shows every open ticket of the demo user across all pages', async () => {
    const log = recordRequests();
    use(...createHandlers({ records: createTicketRecords({ today: TODAY }) }));
    const warnings = watchConsole();
    try {
      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${TICKETS_PATH} user-id=${String(DEMO_USER_ID)} date=${TODAY} time-zone="America/New_York"></my-open-tickets>`);
      await settle(el, () => part(el, 'count') !== null);

      expect(textOf(part(el, 'count'))).to.equal('(65)');
      expect(log.urls.length).to.be.greaterThan(1);
      expect(textOf(part(el, 'notice'))).to.contain('1 ticket could not be shown');
      expect(textOf(part(el, 'notice'))).to.contain('id 1044: missing subject');
      expect(warnings.warnings).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('agrees between the list and the summary', async () => {
    use(...createHandlers({ records: createTicketRecords({ today: TODAY }) }));
    const warnings = watchConsole();
    try {
      const provider = await fixture(html`<tickets-provider src=${TICKETS_PATH} user-id=${String(DEMO_USER_ID)} date=${TODAY} time-zone="America/New_York">
        <my-open-tickets></my-open-tickets>
        <due-tickets-summary></due-tickets-summary>
      </tickets-provider>`);
      const list = provider.querySelector('my-open-tickets')!;
      const summary = provider.querySelector<DueTicketsSummary>('due-tickets-summary')!;
      await settle(list, () => part(list, 'count') !== null);
      await settle(summary, () => part(summary, 'count') !== null);
      const cards = [...list.shadowRoot!.querySelectorAll('ticket-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const due = cards.filter((card) => ['overdue', 'today'].includes(card.getAttribute('due-state') ?? ''));

      expect(textOf(part(summary, 'count'))).to.equal(`(${due.length})`);
      expect(due.length).to.be.greaterThan(10);
    } finally {
      warnings.restore();
    }
  });

  for (const [scenario, text] of [
    ['empty', 'Nothing here'],
    ['error', '500 Internal Server Error'],
    ['html', 'HTML page instead of JSON'],
    ['malformed', 'not valid JSON'],
    ['wrong-shape', 'an object without a "data" array'],
  ] as const) {
    it(`shows the ${scenario} scenario`, async () => {
      use(...createHandlers());

      const el = await fixture<MyOpenTickets>(html`<my-open-tickets src=${`${TICKETS_PATH}?scenario=${scenario}`}></my-open-tickets>`);
      await settle(el, () => part(el, 'count') !== null || part(el, 'error') !== null, `scenario ${scenario} did not settle`);

      const shown = scenario === 'empty' ? part(el, 'empty') : part(el, 'error');
      expect(textOf(shown)).to.contain(text);
    });
  }
});
