import { isValid } from 'date-fns';
import { parseDueDate, parseInstant } from './due-date.js';
import type { Customer, DueDate, Person, Priority, Ticket } from './types.js';

/** The outcome of reading one record: a ticket, or the reason it cannot be shown. */
export type ParsedRecord =
  | { ok: true; ticket: Ticket; warnings: string[] }
  | { ok: false; id: string | null; reason: string };

const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];
const CUSTOMER_NAMES = ['firstName', 'lastName', 'businessName'] as const;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Returns the `id` of an object when it is a number or a string. */
function idOf(value: Fields): number | string | null {
  const { id } = value;
  return typeof id === 'number' || typeof id === 'string' ? id : null;
}

/** Returns the record's id as text for problem reports, whatever its type. */
export function recordIdOf(record: unknown): string | null {
  const id = isObject(record) ? idOf(record) : null;
  return id === null ? null : String(id);
}

function readId(value: unknown): number | string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
    const id = Number(value);
    if (Number.isSafeInteger(id)) return id;
  }
  return isMissing(value) || value === '' ? 'missing id' : `invalid id ${describe(value)}`;
}

/** What is wrong with one field of a record. */
class Invalid {
  constructor(readonly problem: string) {}
}

function isProblem(value: unknown): value is Invalid {
  return value instanceof Invalid;
}

function wrongType(field: string, value: unknown, expected: string): Invalid {
  return new Invalid(`${field} is ${describe(value)}, not ${expected}`);
}

// Each reader below returns the field's value, or an Invalid saying what is
// wrong with it.

function readText(value: unknown, field: string): string | Invalid {
  if (isMissing(value)) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return wrongType(field, value, 'text');
}

function readPerson(value: unknown, field: string): Person | null | Invalid {
  if (isMissing(value)) return null;
  if (typeof value === 'string') return value.trim() ? { id: null, name: value } : null;
  if (isObject(value) && typeof value.name === 'string') return { id: idOf(value), name: value.name };
  return wrongType(field, value, 'a user with a name');
}

function readCustomer(value: unknown): Customer | null | Invalid {
  if (isMissing(value)) return null;
  if (!isObject(value)) return wrongType('customer', value, 'an object');

  const customer: Customer = { id: idOf(value), firstName: '', lastName: '', businessName: '' };
  for (const field of CUSTOMER_NAMES) {
    const text = readText(value[field], `customer.${field}`);
    if (isProblem(text)) return text;
    customer[field] = text;
  }
  return customer;
}

function readPriority(value: unknown): Priority | null | Invalid {
  if (isMissing(value) || value === '') return null;

  const priority = typeof value === 'string' ? value.trim().toLowerCase() : null;
  if (priority && (PRIORITIES as readonly string[]).includes(priority)) return priority as Priority;
  return new Invalid(`unknown priority ${describe(value)}`);
}

function readNoteType(value: unknown): string | null | Invalid {
  if (isMissing(value)) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return wrongType('noteType', value, 'a name');
}

function readCreatedAt(value: unknown): Date | null | Invalid {
  if (isMissing(value) || value === '') return null;
  // A copy, so that a host that changes its Date in place later does not
  // change a ticket that was already shown.
  if (value instanceof Date) return isValid(value) ? new Date(value.getTime()) : new Invalid('createdAt is an invalid date');
  if (typeof value === 'string') {
    return parseInstant(value) ?? new Invalid(`createdAt ${describe(value)} is not a date-time with an offset`);
  }
  return wrongType('createdAt', value, 'a date-time');
}

function readDueDate(value: unknown): DueDate | null | Invalid {
  if (isMissing(value) || value === '') return null;
  if (isObject(value) && typeof value.kind === 'string' && typeof value.raw === 'string') {
    // An already parsed due date, as on tickets a host passes on to a card.
    return readDueDate(value.raw);
  }
  if (typeof value === 'string') {
    return parseDueDate(value) ?? new Invalid(`dueDate ${describe(value)} is not a date`);
  }
  return wrongType('dueDate', value, 'a date');
}

function readFlag(value: unknown, field: string, fallback: boolean): boolean | Invalid {
  if (isMissing(value)) return fallback;
  if (typeof value === 'boolean') return value;
  return wrongType(field, value, 'true or false');
}

/**
 * Reads one record of the endpoint's plain format into a {@link Ticket}.
 *
 * A record without a usable id or subject, with a due date that is not a
 * date, or with `isTicket` or `status` of the wrong type is not shown,
 * because it would be listed or counted wrongly. A wrong value in another
 * field drops that field only and is returned as a warning. A record
 * without `isTicket` or `status` is taken as an open ticket, since an
 * endpoint that filters on the server may leave them out.
 *
 * Parsing a {@link Ticket} again returns an equal ticket, so hosts may pass
 * either form to a card.
 */
export function parseTicket(record: unknown): ParsedRecord {
  if (!isObject(record)) return { ok: false, id: null, reason: wrongType('record', record, 'an object').problem };

  const rawId = recordIdOf(record);
  const fail = (reason: string): ParsedRecord => ({ ok: false, id: rawId, reason });

  const id = readId(record.id);
  if (typeof id === 'string') return fail(id);

  if (typeof record.subject !== 'string' && typeof record.subject !== 'number') {
    return fail(isMissing(record.subject) ? 'missing subject' : wrongType('subject', record.subject, 'text').problem);
  }
  const subject = String(record.subject);
  if (subject.trim() === '') return fail('missing subject');

  const dueDate = readDueDate(record.dueDate);
  if (isProblem(dueDate)) return fail(dueDate.problem);

  const isTicket = readFlag(record.isTicket, 'isTicket', true);
  if (isProblem(isTicket)) return fail(isTicket.problem);

  const status = isMissing(record.status) ? 'open' : record.status;
  if (typeof status !== 'string') return fail(wrongType('status', status, 'text').problem);

  const warnings: string[] = [];
  const optional = <T>(value: T | Invalid, fallback: T): T => {
    if (isProblem(value)) {
      warnings.push(value.problem);
      return fallback;
    }
    return value;
  };

  const body = optional(readText(record.body, 'body'), '');
  const url = optional(readText(record.url, 'url'), '');

  const ticket: Ticket = {
    id,
    subject,
    body: body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body,
    isTicket,
    status: status.trim().toLowerCase(),
    priority: optional(readPriority(record.priority), null),
    noteType: optional(readNoteType(record.noteType), null),
    customer: optional(readCustomer(record.customer), null),
    createdAt: optional(readCreatedAt(record.createdAt), null),
    createdBy: optional(readPerson(record.createdBy, 'createdBy'), null),
    assignedTo: optional(readPerson(record.assignedTo, 'assignedTo'), null),
    dueDate,
    url: url.trim() || null,
  };

  return { ok: true, ticket, warnings };
}
