import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { decodePage, parseRecords } from '../../src/data/parse-response.js';
import { TicketStore } from '../../src/data/ticket-store.js';
import { use } from '../support/mock-server.js';

const URL_ = 'https://crm.example/api/notes';

function note(id: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) {
  return { type: 'customer_notes', id, attributes, relationships };
}

const related = (type: string, id: string) => ({ data: { type, id } });

const document_ = {
  data: [
    note(
      '1042',
      { subject: 'Keypad beeps every night', note: 'Starts at 2am.', is_ticket: true, status: 'open', priority: 'High', due_date: '2026-12-04', created_at: '2026-12-01T15:04:05Z' },
      {
        customer: related('customers', '77'),
        assigned_user: related('users', '9'),
        created_by_user: related('users', '5'),
        note_type: related('customer_note_types', '3'),
      },
    ),
    note('998', { subject: 'Schedule inspection', isTicket: true, status: 'open', dueDate: null }, { customer: related('customers', '80') }),
  ],
  included: [
    { type: 'customers', id: '77', attributes: { fname: 'John', lname: 'Doe', business_name: null, account_type: 'Residential' } },
    { type: 'customers', id: '80', attributes: { fname: null, lname: null, business_name: 'Smith & Sons Hardware', account_type: 'Business' } },
    { type: 'users', id: '9', attributes: { fname: 'Sam', lname: 'Ortiz' } },
    { type: 'users', id: '5', attributes: { name: 'Ann Lee' } },
    { type: 'customer_note_types', id: '3', attributes: { name: 'Service Issue' } },
  ],
  links: { next: null },
};

describe('JSON:API documents', () => {
  it('resolve snake_case attributes and included relationships', () => {
    const page = decodePage(document_, URL_);
    const { tickets, problems } = parseRecords(page.records, page.warnings);
    const [first, second] = tickets;

    expect(problems).to.deep.equal([]);
    expect(first.id).to.equal(1042);
    expect(first.body).to.equal('Starts at 2am.');
    expect(first.priority).to.equal('high');
    expect(first.customer).to.deep.equal({ id: '77', firstName: 'John', lastName: 'Doe', businessName: '' });
    expect(first.assignedTo).to.deep.equal({ id: '9', name: 'Sam Ortiz' });
    expect(first.createdBy).to.deep.equal({ id: '5', name: 'Ann Lee' });
    expect(first.noteType).to.equal('Service Issue');
    expect(first.dueDate?.kind).to.equal('date');
    expect(second.customer?.businessName).to.equal('Smith & Sons Hardware');
  });

  it('report relationships missing from included and keep the ticket', () => {
    const withoutIncluded = { data: document_.data };

    const page = decodePage(withoutIncluded, URL_);
    const { tickets, problems } = parseRecords(page.records, page.warnings);

    expect(tickets).to.have.length(2);
    expect(tickets[0].customer).to.equal(null);
    expect(tickets[0].assignedTo).to.deep.equal({ id: '9', name: '' });
    expect(problems.map((problem) => problem.reason)).to.include('customer customers 77 is not in "included"');
    expect(problems.map((problem) => problem.reason)).to.include('assigned user users 9 is not in "included"');
    expect(problems.every((problem) => problem.shown)).to.equal(true);
  });

  it('are detected by content type or shape, and forced with format', () => {
    const bare = { data: [{ id: '1', subject: 'Plain record' }] };

    expect(decodePage(document_, URL_).records[0]).to.include({ subject: 'Keypad beeps every night' });
    expect(decodePage(bare, URL_).records[0]).to.deep.equal({ id: '1', subject: 'Plain record' });
    expect(decodePage(document_, URL_, { format: 'plain' }).records[0]).to.have.property('attributes');
    expect(decodePage(document_, URL_, { contentType: 'application/vnd.api+json' }).records[0]).to.include({ id: '1042' });
  });

  it('are paginated through links.next', async () => {
    use(
      http.get('/api/notes', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page');
        const body = page === '2'
          ? { data: [document_.data[1]], included: document_.included, links: { next: null } }
          : { data: [document_.data[0]], included: document_.included, links: { next: '/api/notes?page=2' } };
        return HttpResponse.json(body, { headers: { 'Content-Type': 'application/vnd.api+json' } });
      }),
    );
    const store = new TicketStore({ src: '/api/notes' });

    await store.load();

    expect(store.state.payload?.tickets.map((ticket) => ticket.id)).to.deep.equal([1042, 998]);
  });
});

describe('transform', () => {
  it('reads any other shape', () => {
    const page = decodePage({ results: { items: [{ id: 5, subject: 'From transform' }] } }, URL_, {
      transform: (body) => (body as { results: { items: unknown[] } }).results.items,
    });

    expect(page.records).to.deep.equal([{ id: 5, subject: 'From transform' }]);
  });

  it('turns its exception into an invalid-response error', () => {
    const transform = () => {
      throw new Error('no items');
    };

    expect(() => decodePage({}, URL_, { transform })).to.throw('The transform function failed on the response: no items');
  });

  it('must return an array', () => {
    expect(() => decodePage({}, URL_, { transform: () => 'nope' })).to.throw('The transform function returned string; expected an array of tickets.');
  });
});
