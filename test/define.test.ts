import { expect } from '@open-wc/testing';
import { defineElement, DueTicketsSummary, MyOpenTickets, TicketCard } from '../src/index.js';
import { watchConsole } from './support/dom.js';

describe('registration', () => {
  it('registers the three tags on import', () => {
    expect(customElements.get('my-open-tickets')).to.equal(MyOpenTickets);
    expect(customElements.get('ticket-card')).to.equal(TicketCard);
    expect(customElements.get('due-tickets-summary')).to.equal(DueTicketsSummary);
  });

  it('registers the same class twice without an error', () => {
    const log = watchConsole();
    try {
      expect(() => defineElement('my-open-tickets', MyOpenTickets)).not.to.throw();
      expect(log.warnings).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('keeps the first class and warns when another copy registers', () => {
    const log = watchConsole();
    try {
      class OtherCopy extends MyOpenTickets {}

      expect(() => defineElement('my-open-tickets', OtherCopy)).not.to.throw();
      expect(customElements.get('my-open-tickets')).to.equal(MyOpenTickets);
      expect(log.warnings).to.have.length(1);
    } finally {
      log.restore();
    }
  });
});
