import { expect } from '@open-wc/testing';
import { parseRecords } from '../../src/data/parse-response.js';
import { selectDueTickets, selectOpenTickets } from '../../src/data/select.js';
import { record } from '../support/records.js';

const ZONE = 'America/New_York';

function tickets(...records: Record<string, unknown>[]) {
  return parseRecords(records).tickets;
}

describe('selectOpenTickets', () => {
  it('sorts by numeric id, highest first', () => {
    const list = tickets(record({ id: 9 }), record({ id: '1187' }), record({ id: 10 }), record({ id: 100 }));

    expect(selectOpenTickets(list, null).map((ticket) => ticket.id)).to.deep.equal([1187, 100, 10, 9]);
  });

  it('keeps only open tickets', () => {
    const list = tickets(record({ id: 1 }), record({ id: 2, status: 'closed' }), record({ id: 3, isTicket: false }));

    expect(selectOpenTickets(list, null).map((ticket) => ticket.id)).to.deep.equal([1]);
  });

  it('keeps only the given user when a user id is set', () => {
    const list = tickets(
      record({ id: 1, assignedTo: { id: 9, name: 'Sam Ortiz' } }),
      record({ id: 2, assignedTo: { id: 12, name: 'Kim Park' } }),
      record({ id: 3, assignedTo: { id: '9', name: 'Sam Ortiz' } }),
      record({ id: 4, assignedTo: null }),
    );

    expect(selectOpenTickets(list, '9').map((ticket) => ticket.id)).to.deep.equal([3, 1]);
    expect(selectOpenTickets(list, null)).to.have.length(4);
  });
});

describe('selectDueTickets', () => {
  it('orders by due time, date-only at day end, ties by id', () => {
    const list = tickets(
      record({ id: 1, dueDate: '2026-12-04' }),
      record({ id: 2, dueDate: '2026-12-01' }),
      record({ id: 3, dueDate: '2026-12-04' }),
      record({ id: 4, dueDate: '2026-12-05' }),
      record({ id: 5, dueDate: null }),
      record({ id: 6, dueDate: '2026-12-04T09:00:00-05:00' }),
    );

    const due = selectDueTickets(list, null, '2026-12-04', ZONE);

    expect(due.map((ticket) => ticket.id)).to.deep.equal([2, 6, 3, 1]);
  });

  it('applies the same filter as the list', () => {
    const list = tickets(record({ id: 1, status: 'closed' }), record({ id: 2, assignedTo: { id: 12, name: 'Kim' } }), record({ id: 3 }));

    expect(selectDueTickets(list, '9', '2026-12-04', ZONE).map((ticket) => ticket.id)).to.deep.equal([3]);
  });
});

describe('parseRecords', () => {
  it('reports records that cannot be shown with id and reason', () => {
    const { tickets: shown, problems } = parseRecords([record({ id: 1 }), record({ id: 2, subject: '' }), 'junk']);

    expect(shown.map((ticket) => ticket.id)).to.deep.equal([1]);
    expect(problems).to.deep.equal([
      { id: '2', index: 1, reason: 'missing subject', shown: false },
      { id: null, index: 2, reason: 'record is "junk", not an object', shown: false },
    ]);
  });

  it('shows the first of two records with one id and reports the other', () => {
    const { tickets: shown, problems } = parseRecords([record({ id: 5, subject: 'First' }), record({ id: '5', subject: 'Second' })]);

    expect(shown.map((ticket) => ticket.subject)).to.deep.equal(['First']);
    expect(problems).to.deep.equal([{ id: '5', index: 1, reason: 'duplicate id 5; the first record with it is shown', shown: false }]);
  });
});
