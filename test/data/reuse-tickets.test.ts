import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { decodePage, parseRecords } from '../../src/data/parse-response.js';
import { parseTicket } from '../../src/data/parse-ticket.js';
import { parseChangedRecords, snapshotOf } from '../../src/data/reuse-tickets.js';
import { TicketStore } from '../../src/data/ticket-store.js';
import type { Ticket, TicketsPayload } from '../../src/data/types.js';
import { use } from '../support/mock-server.js';
import { record } from '../support/records.js';

type Fields = Record<string, unknown>;

/** Counts every property read on a record and on the objects inside it. */
interface ReadCounter {
  reads: number;
}

function counted<T>(value: T, counter: ReadCounter): T {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      counter.reads += 1;
      return counted(Reflect.get(target, key, receiver), counter);
    },
  });
}

/** Returns how many property reads taking a snapshot of `fields` costs. */
function snapshotReads(fields: Fields): number {
  const counter = { reads: 0 };
  snapshotOf(counted(fields, counter));
  return counter.reads;
}

/**
 * Wraps a record so that `log` receives the path of every property read and
 * every other inspection of its own keys, at any depth.
 */
function spied<T>(value: T, log: Set<string>, path = ''): T {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const at = (key: PropertyKey) => (path ? `${path}.${String(key)}` : String(key));
  return new Proxy(value, {
    get(target, key, receiver) {
      log.add(at(key));
      return spied(Reflect.get(target, key, receiver), log, at(key));
    },
    has(target, key) {
      log.add(`${at(key)} (in)`);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      log.add(`${path || 'record'} (keys)`);
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      log.add(`${at(key)} (descriptor)`);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Checks that `result` equals a full parse of `records`, and that each of its
 * tickets is `previous`'s object exactly when `previous` showed an equal
 * ticket under that id.
 */
function expectFullParse(result: TicketsPayload, records: unknown[], previous: TicketsPayload): void {
  expect(result).to.deep.equal(parseRecords(records));

  const previousById = new Map(previous.tickets.map((ticket) => [ticket.id, ticket]));
  for (const ticket of result.tickets) {
    const earlier = previousById.get(ticket.id);
    const expected = earlier !== undefined && sameJson(earlier, ticket);
    expect(ticket === earlier, `ticket ${ticket.id} is the previous object`).to.equal(expected);
  }
}

function ids(tickets: readonly Ticket[]): number[] {
  return tickets.map((ticket) => ticket.id);
}

describe('parseChangedRecords', () => {
  it('matches a full parse on a first load', () => {
    const records = [record({ id: 1 }), record({ id: 2, subject: '' }), record({ id: 3, priority: 'urgent' }), 'text'];

    expect(parseChangedRecords(records)).to.deep.equal(parseRecords(records));
  });

  it('keeps unchanged tickets without parsing them', () => {
    const first = parseChangedRecords([1, 2, 3, 4].map((id) => record({ id })));
    const next = [1, 2, 3, 4].map((id) => record({ id, subject: id === 3 ? 'Changed' : 'Keypad beeps every night' }));
    const counters = next.map(() => ({ reads: 0 }));

    const result = parseChangedRecords(
      next.map((fields, index) => counted(fields, counters[index])),
      [],
      first,
    );

    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(result.tickets[1]).to.equal(first.tickets[1]);
    expect(result.tickets[2]).to.not.equal(first.tickets[2]);
    expect(result.tickets[2].subject).to.equal('Changed');
    expect(result.tickets[3]).to.equal(first.tickets[3]);
    const snapshotCost = snapshotReads(next[0]);
    expect(counters.map((counter) => counter.reads === snapshotCost), 'records read only for their snapshot').to.deep.equal([
      true,
      true,
      false,
      true,
    ]);
  });

  it('parses a changed nested field', () => {
    const first = parseChangedRecords([record({ id: 1 }), record({ id: 2 })]);
    const changedCustomer = { id: 77, firstName: 'John', lastName: 'Dow', businessName: null };

    const result = parseChangedRecords([record({ id: 1 }), record({ id: 2, customer: changedCustomer })], [], first);

    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(result.tickets[1]).to.not.equal(first.tickets[1]);
    expect(result.tickets[1].customer?.lastName).to.equal('Dow');
  });

  it('sees records changed in place', () => {
    const records = [record({ id: 1 }), record({ id: 2 }), record({ id: 3 })];
    const first = parseChangedRecords(records);

    (records[1].customer as Fields).firstName = 'Jane';
    records[2].subject = 'Changed in place';
    const result = parseChangedRecords(records, [], first);

    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(result.tickets[1].customer?.firstName).to.equal('Jane');
    expect(result.tickets[2].subject).to.equal('Changed in place');
    expectFullParse(result, records, first);
  });

  it('reads a Date changed in place again', () => {
    const createdAt = new Date('2026-12-01T15:04:05Z');
    const records = [record({ id: 1, createdAt }), record({ id: 2, createdAt: new Date('2026-12-02T08:00:00Z') })];
    const first = parseChangedRecords(records);

    createdAt.setTime(Date.parse('2026-12-03T09:30:00Z'));
    records[1] = record({ id: 2, createdAt: new Date('2026-12-02T08:00:00Z') });
    const result = parseChangedRecords(records, [], first);

    expect(first.tickets[0].createdAt?.toISOString(), 'the first ticket').to.equal('2026-12-01T15:04:05.000Z');
    expect(result.tickets[0]).to.not.equal(first.tickets[0]);
    expect(result.tickets[0].createdAt?.toISOString()).to.equal('2026-12-03T09:30:00.000Z');
    expect(result.tickets[1], 'an equal Date in a new object').to.equal(first.tickets[1]);
  });

  it('gives reused problems the current positions', () => {
    const missingSubject = record({ id: 7, subject: '' });
    const badPriority = record({ id: 8, priority: 'urgent' });
    const first = parseChangedRecords([missingSubject, badPriority, record({ id: 9 })]);
    const counter = { reads: 0 };
    const next = [record({ id: 10 }), record({ id: 9 }), counted(record({ id: 8, priority: 'urgent' }), counter), record({ id: 7, subject: '' })];

    const result = parseChangedRecords(next, [], first);

    expect(result.tickets.find((ticket) => ticket.id === 8)).to.equal(first.tickets[0]);
    expect(counter.reads, 'reads of the moved record').to.equal(snapshotReads(badPriority));
    expect(result.problems).to.deep.equal([
      { id: '8', index: 2, reason: 'unknown priority "urgent"', shown: true },
      { id: '7', index: 3, reason: 'missing subject', shown: false },
    ]);
    expectFullParse(result, next, first);
  });

  it('keeps the first record of a repeated id', () => {
    const shown = record({ id: 1, subject: 'Shown' });
    const repeat = record({ id: 1, subject: 'Repeat' });
    const first = parseChangedRecords([shown, repeat]);

    const swapped = [structuredClone(repeat), structuredClone(shown)];
    const second = parseChangedRecords(swapped, [], first);
    const alone = [structuredClone(shown)];
    const third = parseChangedRecords(alone, [], second);

    expect(ids(second.tickets)).to.deep.equal([1]);
    expect(second.tickets[0].subject).to.equal('Repeat');
    expect(second.problems).to.deep.equal([{ id: '1', index: 1, reason: 'duplicate id 1; the first record with it is shown', shown: false }]);
    expectFullParse(second, swapped, first);
    expect(third.tickets[0].subject).to.equal('Shown');
    expectFullParse(third, alone, second);
  });

  it('reports a repeated unchanged record', () => {
    const first = parseChangedRecords([record({ id: 1 })]);
    const twice = [record({ id: 1 }), record({ id: 1 })];

    const result = parseChangedRecords(twice, [], first);

    expect(result.tickets).to.deep.equal([first.tickets[0]]);
    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(result.problems.map((problem) => problem.index)).to.deep.equal([1]);
  });

  it('keeps an equal ticket from a changed record', () => {
    const first = parseChangedRecords([record({ id: 1, priority: 'high' })]);
    const counter = { reads: 0 };
    const changed = record({ id: 1, priority: 'High' });

    const result = parseChangedRecords([counted(changed, counter)], [], first);

    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(counter.reads, 'reads of the changed record').to.be.above(snapshotReads(changed));
  });

  it('keeps equal tickets without snapshots', () => {
    const records = [record({ id: 1 }), record({ id: 2 })];
    const first = parseRecords(records);

    const result = parseChangedRecords([record({ id: 1 }), record({ id: 2, subject: 'Changed' })], [], first);

    expect(result.tickets[0]).to.equal(first.tickets[0]);
    expect(result.tickets[1]).to.not.equal(first.tickets[1]);
  });

  it('parses all after previous is reused', () => {
    const first = parseChangedRecords([record({ id: 1 })]);
    parseChangedRecords([record({ id: 1 })], [], first);
    const counter = { reads: 0 };

    const again = parseChangedRecords([counted(record({ id: 1 }), counter)], [], first);

    expect(again.tickets[0]).to.equal(first.tickets[0]);
    expect(counter.reads).to.be.above(snapshotReads(record()));
  });

  it('matches a full parse after changes', () => {
    const base = () => [
      record({ id: 1 }),
      record({ id: 2, subject: 'Second', noteType: 'Billing', createdBy: 'Ann Lee' }),
      record({ id: 3, priority: 'urgent', body: 5 }),
      record({ id: 4, dueDate: 'soon' }),
      record({ id: 5, createdAt: new Date('2026-11-30T10:00:00Z'), dueDate: { kind: 'date', day: '2026-12-05', raw: '2026-12-05' } }),
      record({ id: 6, customer: 'John Doe' }),
      record({ id: 7, status: 'closed', isTicket: false }),
      42,
      record({ id: '8 ', assignedTo: { id: 9, name: 'Sam Ortiz', team: 'North' } }),
    ];
    const changes: Record<string, (records: unknown[]) => void> = {
      'nothing': () => {},
      'a subject': (records) => ((records[1] as Fields).subject = 'Edited'),
      'a priority that parses equal': (records) => ((records[0] as Fields).priority = ' HIGH '),
      'a field the parse does not read': (records) => ((records[0] as Fields).team = 'South'),
      'a nested field the parse does not read': (records) => (((records[8] as Fields).assignedTo as Fields).team = 'South'),
      'a nested name': (records) => (((records[0] as Fields).createdBy as Fields).name = 'Dana Kim'),
      'a customer business name': (records) => (((records[0] as Fields).customer as Fields).businessName = 'Acme'),
      'a note type object to text': (records) => ((records[0] as Fields).noteType = 'Billing'),
      'a person to an array': (records) => ((records[1] as Fields).createdBy = ['Ann Lee']),
      'a Date to text': (records) => ((records[4] as Fields).createdAt = '2026-11-30T10:00:00Z'),
      'a parsed due date': (records) => (((records[4] as Fields).dueDate as Fields).raw = '2026-12-06'),
      'a warning fixed': (records) => ((records[2] as Fields).priority = 'low'),
      'a failing record fixed': (records) => ((records[3] as Fields).dueDate = '2026-12-04'),
      'a record broken': (records) => ((records[0] as Fields).subject = null),
      'a string id to a number': (records) => ((records[8] as Fields).id = 8),
      'an id taken by another record': (records) => ((records[6] as Fields).id = 1),
      'the order reversed': (records) => records.reverse(),
      'a record removed': (records) => records.splice(2, 1),
      'a record added in front': (records) => records.unshift(record({ id: 11 })),
    };

    for (const [change, apply] of Object.entries(changes)) {
      const records = base();
      const first = parseChangedRecords(records);
      apply(records);

      try {
        expectFullParse(parseChangedRecords(records, [], first), records, first);
      } catch (error) {
        (error as Error).message = `after ${change}: ${(error as Error).message}`;
        throw error;
      }
    }
  });

  it('parses again when included changes', () => {
    const document = () => ({
      data: [
        {
          type: 'customer_notes',
          id: '1042',
          attributes: { subject: 'Keypad beeps', status: 'open' },
          relationships: { customer: { data: { type: 'customers', id: '77' } } },
        },
        {
          type: 'customer_notes',
          id: '998',
          attributes: { subject: 'Inspection', status: 'open' },
          relationships: { customer: { data: { type: 'customers', id: '80' } }, assigned_user: { data: { type: 'users', id: '9' } } },
        },
      ],
      included: [
        { type: 'customers', id: '77', attributes: { fname: 'John', lname: 'Doe' } },
        { type: 'customers', id: '80', attributes: { business_name: 'Smith & Sons Hardware' } },
      ],
    });
    const firstPage = decodePage(document(), '/api/notes');
    const first = parseChangedRecords(firstPage.records, firstPage.warnings);

    const changed = document();
    (changed.included[0].attributes as Fields).lname = 'Dow';
    changed.data.reverse();
    const page = decodePage(changed, '/api/notes');
    const result = parseChangedRecords(page.records, page.warnings, first);

    expect(ids(result.tickets)).to.deep.equal([998, 1042]);
    expect(result.tickets[0]).to.equal(first.tickets[1]);
    expect(result.tickets[1].customer?.lastName).to.equal('Dow');
    expect(result.problems).to.deep.equal([{ id: '998', index: 0, reason: 'assigned user users 9 is not in "included"', shown: true }]);
    expect(result).to.deep.equal(parseRecords(page.records, page.warnings));
  });
});

describe('record snapshots', () => {
  // Each field of a valid record is given each of these in turn, so that
  // every reader of parseTicket sees each kind of value.
  const variants: unknown[] = [
    undefined,
    null,
    '',
    ' 12 ',
    'Service Issue',
    '2026-12-04',
    '2026-12-04T09:30:00-05:00',
    0,
    -1,
    12.5,
    true,
    false,
    [],
    ['Service Issue'],
    new Date('2026-12-01T15:04:05Z'),
    new Date(Number.NaN),
    {},
    { id: 5, name: 'Ann Lee' },
    { id: '5', name: 7 },
    { kind: 'date', raw: '2026-12-04', day: '2026-12-04' },
    { kind: 'date', raw: 20261204 },
    { id: 77, firstName: 'John', lastName: 'Doe', businessName: 'Acme' },
    { id: {}, name: {}, kind: {}, raw: {}, firstName: {}, lastName: {}, businessName: {} },
    { id: [], name: [], kind: [], raw: [], firstName: [], lastName: [], businessName: [] },
    { firstName: 5, lastName: true, businessName: new Date(0) },
  ];

  it('cover every property parseTicket reads', () => {
    const fields = Object.keys(record());
    const parsedTicket = (parseTicket(record()) as { ticket: Ticket }).ticket;
    const samples: Fields[] = [record(), { ...parsedTicket }, {}];
    for (const field of fields) {
      for (const value of variants) samples.push(record({ [field]: value }));
    }

    const uncovered = new Set<string>();
    for (const sample of samples) {
      const parseReads = new Set<string>();
      const snapshotReads = new Set<string>();
      parseTicket(spied(sample, parseReads));
      snapshotOf(spied(sample, snapshotReads));
      for (const read of parseReads) if (!snapshotReads.has(read)) uncovered.add(read);
    }

    expect([...uncovered]).to.deep.equal([]);
  });

  it('differ when a read value differs', () => {
    const base = record({ createdAt: new Date('2026-12-01T15:04:05Z'), dueDate: { kind: 'date', raw: '2026-12-04' } });
    const changes: Fields[] = [
      { id: 1043 },
      { id: '1042' },
      { subject: 'Other' },
      { body: 'Other' },
      { isTicket: false },
      { status: 'closed' },
      { priority: 'low' },
      { noteType: 'Service Issue' },
      { noteType: { id: 3, name: 'Billing' } },
      { customer: { id: 77, firstName: 'John', lastName: 'Doe', businessName: 'Acme' } },
      { customer: { id: 78, firstName: 'John', lastName: 'Doe', businessName: null } },
      { customer: [] },
      { createdAt: new Date('2026-12-01T15:04:06Z') },
      { createdAt: '2026-12-01T15:04:05Z' },
      { createdBy: { id: 5, name: 'Ann Lea' } },
      { createdBy: { id: 5, name: {} } },
      { assignedTo: 'Sam Ortiz' },
      { dueDate: { kind: 'date', raw: '2026-12-05' } },
      { dueDate: { kind: 1, raw: '2026-12-04' } },
      { url: '/notes/1042' },
    ];

    for (const change of changes) {
      expect(snapshotOf({ ...base, ...change }), JSON.stringify(change)).to.not.deep.equal(snapshotOf(base));
    }
    expect(snapshotOf({ ...base, team: 'North', createdAt: new Date(base.createdAt as Date) })).to.deep.equal(snapshotOf(base));
  });

  it('keep no record objects', () => {
    const customer = { id: 77, firstName: 'John', lastName: 'Doe', businessName: null };
    const createdAt = new Date('2026-12-01T15:04:05Z');
    const values = snapshotOf(record({ customer, createdAt, body: ['line'] }));

    expect(values).to.not.include(customer);
    expect(values).to.not.include(createdAt);
    expect(values.filter((value) => typeof value === 'object' && value !== null)).to.deep.equal([]);
  });
});

describe('TicketStore reuse', () => {
  it('parses only the changed records on refresh', async () => {
    let records = [1, 2, 3].map((id) => record({ id }));
    use(http.get('/api/tickets', () => HttpResponse.json(records)));
    const counters = new Map<number, ReadCounter>();
    // The transform wraps each fetched record, so the test can count how
    // often the store reads it.
    const transform = (body: unknown) =>
      (body as Fields[]).map((fields) => {
        const counter = { reads: 0 };
        counters.set(fields.id as number, counter);
        return counted(fields, counter);
      });
    const store = new TicketStore({ src: '/api/tickets', options: { transform } });
    await store.load();
    const loaded = store.state.payload!;

    records = [record({ id: 1 }), record({ id: 2, status: 'closed' }), record({ id: 3 })];
    await store.refresh();
    const after = store.state.payload!;

    const snapshotCost = snapshotReads(record());
    expect(counters.get(1)?.reads, 'reads of record 1').to.equal(snapshotCost);
    expect(counters.get(2)?.reads, 'reads of record 2').to.be.above(snapshotCost);
    expect(counters.get(3)?.reads, 'reads of record 3').to.equal(snapshotCost);
    expect(after.tickets[0]).to.equal(loaded.tickets[0]);
    expect(after.tickets[1].status).to.equal('closed');
    expect(after.tickets[2]).to.equal(loaded.tickets[2]);
  });

  it('reuses tickets of the previous records store', () => {
    const records = [record({ id: 1 }), record({ id: 2 })];
    const first = new TicketStore({ records }).state.payload;

    records[0].subject = 'Changed in place';
    const counter = { reads: 0 };
    records[1] = counted(records[1], counter);
    const second = new TicketStore({ records, previous: first }).state.payload!;

    expect(second.tickets[0].subject).to.equal('Changed in place');
    expect(second.tickets[1]).to.equal(first?.tickets[1]);
    expect(counter.reads, 'reads of the unchanged record').to.equal(snapshotReads(record()));
  });
});
