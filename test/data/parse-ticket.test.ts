import { expect } from '@open-wc/testing';
import { parseTicket, type ParsedRecord } from '../../src/data/parse-ticket.js';
import type { Ticket } from '../../src/data/types.js';
import { record } from '../support/records.js';

function accepted(result: ParsedRecord): { ticket: Ticket; warnings: string[] } {
  if (!result.ok) throw new Error(`expected the record to be accepted, got: ${result.reason}`);
  return result;
}

function rejected(result: ParsedRecord): { id: string | null; reason: string } {
  if (result.ok) throw new Error('expected the record to be rejected');
  return result;
}

describe('parseTicket', () => {
  it('reads every field of the documented format', () => {
    const { ticket, warnings } = accepted(parseTicket(record()));

    expect(warnings).to.deep.equal([]);
    expect(ticket.id).to.equal(1042);
    expect(ticket.subject).to.equal('Keypad beeps every night');
    expect(ticket.body).to.equal('Customer says it starts at 2am.\nPlease call before 5pm.');
    expect(ticket.isTicket).to.equal(true);
    expect(ticket.status).to.equal('open');
    expect(ticket.priority).to.equal('high');
    expect(ticket.noteType).to.equal('Service Issue');
    expect(ticket.customer).to.deep.equal({ id: 77, firstName: 'John', lastName: 'Doe', businessName: '' });
    expect(ticket.createdAt?.toISOString()).to.equal('2026-12-01T15:04:05.000Z');
    expect(ticket.createdBy).to.deep.equal({ id: 5, name: 'Ann Lee' });
    expect(ticket.assignedTo).to.deep.equal({ id: 9, name: 'Sam Ortiz' });
    expect(ticket.dueDate).to.deep.equal({ kind: 'date', day: '2026-12-04', raw: '2026-12-04' });
    expect(ticket.url).to.equal(null);
  });

  describe('id', () => {
    it('accepts a string of digits as a number', () => {
      expect(accepted(parseTicket(record({ id: '1187' }))).ticket.id).to.equal(1187);
    });

    it('rejects a missing or non-numeric id', () => {
      expect(rejected(parseTicket(record({ id: undefined }))).reason).to.equal('missing id');
      expect(rejected(parseTicket(record({ id: 'abc' }))).reason).to.equal('invalid id "abc"');
      expect(rejected(parseTicket(record({ id: 1.5 }))).reason).to.equal('invalid id 1.5');
      expect(rejected(parseTicket(record({ id: -3 }))).reason).to.equal('invalid id -3');
    });
  });

  describe('subject', () => {
    it('rejects a missing or blank subject with the record id', () => {
      const missing = rejected(parseTicket(record({ subject: undefined })));
      const blank = rejected(parseTicket(record({ subject: '   ' })));

      expect(missing).to.deep.equal({ ok: false, id: '1042', reason: 'missing subject' });
      expect(blank.reason).to.equal('missing subject');
    });

    it('rejects a subject that is not text', () => {
      expect(rejected(parseTicket(record({ subject: { text: 'x' } }))).reason).to.equal('subject is an object, not text');
    });
  });

  describe('body', () => {
    it('may be empty or missing', () => {
      expect(accepted(parseTicket(record({ body: undefined }))).ticket.body).to.equal('');
      expect(accepted(parseTicket(record({ body: null }))).ticket.body).to.equal('');
    });

    it('turns CRLF and CR into LF', () => {
      expect(accepted(parseTicket(record({ body: 'a\r\nb\rc\nd' }))).ticket.body).to.equal('a\nb\nc\nd');
    });
  });

  describe('priority', () => {
    it('accepts high, medium and low in any case', () => {
      expect(accepted(parseTicket(record({ priority: 'High' }))).ticket.priority).to.equal('high');
      expect(accepted(parseTicket(record({ priority: 'MEDIUM' }))).ticket.priority).to.equal('medium');
      expect(accepted(parseTicket(record({ priority: ' low ' }))).ticket.priority).to.equal('low');
    });

    it('is null when missing', () => {
      expect(accepted(parseTicket(record({ priority: null }))).ticket.priority).to.equal(null);
      expect(accepted(parseTicket(record({ priority: undefined }))).ticket.priority).to.equal(null);
    });

    it('drops an unknown value with a warning', () => {
      const { ticket, warnings } = accepted(parseTicket(record({ priority: 'urgent' })));

      expect(ticket.priority).to.equal(null);
      expect(warnings).to.deep.equal(['unknown priority "urgent"']);
    });
  });

  describe('noteType', () => {
    it('accepts an object with a name, a string or null', () => {
      expect(accepted(parseTicket(record({ noteType: { id: 1, name: 'Billing' } }))).ticket.noteType).to.equal('Billing');
      expect(accepted(parseTicket(record({ noteType: 'Installation' }))).ticket.noteType).to.equal('Installation');
      expect(accepted(parseTicket(record({ noteType: null }))).ticket.noteType).to.equal(null);
    });
  });

  describe('dueDate', () => {
    it('accepts null, a date and a date-time with offset', () => {
      expect(accepted(parseTicket(record({ dueDate: null }))).ticket.dueDate).to.equal(null);
      expect(accepted(parseTicket(record({ dueDate: '2026-12-04' }))).ticket.dueDate?.kind).to.equal('date');
      expect(accepted(parseTicket(record({ dueDate: '2026-12-04T17:00:00-05:00' }))).ticket.dueDate?.kind).to.equal('instant');
    });

    it('rejects a record whose due date is not a date', () => {
      expect(rejected(parseTicket(record({ dueDate: 'next week' }))).reason).to.equal('dueDate "next week" is not a date');
      expect(rejected(parseTicket(record({ dueDate: 20261204 }))).reason).to.equal('dueDate is 20261204, not a date');
    });
  });

  describe('createdAt', () => {
    it('drops an invalid date with a warning and keeps the ticket', () => {
      const { ticket, warnings } = accepted(parseTicket(record({ createdAt: 'yesterday' })));

      expect(ticket.createdAt).to.equal(null);
      expect(warnings).to.deep.equal(['createdAt "yesterday" is not a date-time with an offset']);
    });
  });

  describe('isTicket and status', () => {
    it('take a record without them as an open ticket', () => {
      const { ticket } = accepted(parseTicket(record({ isTicket: undefined, status: undefined })));

      expect(ticket.isTicket).to.equal(true);
      expect(ticket.status).to.equal('open');
    });

    it('lower-case the status', () => {
      expect(accepted(parseTicket(record({ status: 'Closed' }))).ticket.status).to.equal('closed');
    });

    it('reject wrong types', () => {
      expect(rejected(parseTicket(record({ isTicket: 'yes' }))).reason).to.equal('isTicket is "yes", not true or false');
      expect(rejected(parseTicket(record({ status: 1 }))).reason).to.equal('status is 1, not text');
    });
  });

  describe('people and customer', () => {
    it('accept a plain name for a user', () => {
      expect(accepted(parseTicket(record({ assignedTo: 'Sam Ortiz' }))).ticket.assignedTo).to.deep.equal({ id: null, name: 'Sam Ortiz' });
    });

    it('drop a customer of the wrong type with a warning', () => {
      const { ticket, warnings } = accepted(parseTicket(record({ customer: 'Doe' })));

      expect(ticket.customer).to.equal(null);
      expect(warnings).to.deep.equal(['customer is "Doe", not an object']);
    });
  });

  it('rejects a record that is not an object', () => {
    expect(rejected(parseTicket(null)).reason).to.equal('record is null, not an object');
    expect(rejected(parseTicket([1])).reason).to.equal('record is an array, not an object');
  });

  it('reads its own output to an equal ticket', () => {
    const first = accepted(parseTicket(record({ dueDate: '2026-12-04T17:00:00-05:00' }))).ticket;

    const second = accepted(parseTicket(first));

    expect(second.warnings).to.deep.equal([]);
    expect(second.ticket).to.deep.equal(first);
  });
});
