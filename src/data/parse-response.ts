import { TicketsError } from './errors.js';
import { parseTicket, recordIdOf } from './parse-ticket.js';
import type { Ticket, TicketProblem, TicketsPayload } from './types.js';

/** One page of the endpoint's response: its records and the next page's URL. */
export interface ResponsePage {
  records: unknown[];
  next: string | null;
}

/**
 * Reads the envelope of one response body: a bare array of records, or an
 * object with a `data` array and an optional `links.next` URL.
 *
 * @throws {TicketsError} of kind `invalid-response` for any other shape.
 */
export function readResponsePage(body: unknown, url: string): ResponsePage {
  if (Array.isArray(body)) return { records: body, next: null };

  if (typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data)) {
    const { data, links } = body as { data: unknown[]; links?: { next?: unknown } };
    const next = links?.next;
    return { records: data, next: typeof next === 'string' && next.trim() ? next.trim() : null };
  }

  const shape = body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body;
  const found = shape === 'object' ? 'an object without a "data" array' : shape;
  throw new TicketsError(
    'invalid-response',
    `The tickets endpoint returned ${found}; expected an array of tickets or an object with a "data" array.`,
    url,
  );
}

/**
 * Parses the records of every page into tickets. Records that cannot be
 * shown, and repeats of an id already read, become problems instead of
 * being dropped in silence. A warning about one field is a problem too, but
 * its ticket is shown.
 */
export function parseRecords(records: readonly unknown[]): TicketsPayload {
  const tickets: Ticket[] = [];
  const problems: TicketProblem[] = [];
  const seen = new Set<number>();

  records.forEach((record, index) => {
    const parsed = parseTicket(record);
    if (!parsed.ok) {
      problems.push({ id: parsed.id, index, reason: parsed.reason, shown: false });
      return;
    }

    const { ticket, warnings } = parsed;
    if (seen.has(ticket.id)) {
      problems.push({
        id: recordIdOf(record),
        index,
        reason: `duplicate id ${ticket.id}; the first record with it is shown`,
        shown: false,
      });
      return;
    }

    seen.add(ticket.id);
    tickets.push(ticket);
    for (const reason of warnings) {
      problems.push({ id: String(ticket.id), index, reason, shown: true });
    }
  });

  return { tickets, problems };
}
