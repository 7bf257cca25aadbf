import type { Ticket } from '../data/types.js';

// Tickets that a store's parseRecords returned. Parsing such a ticket again
// returns an equal ticket and no warnings, so a card given one shows it as
// it is. A list of 1,000 cards saves 1,000 parses that way.
const parsedTickets = new WeakSet<object>();

/** Marks a ticket of a parsed payload, so the cards that show it skip parsing. */
export function markParsed(ticket: Ticket): void {
  parsedTickets.add(ticket);
}

/** Tells whether `value` is a ticket that {@link markParsed} marked. */
export function isParsed(value: unknown): value is Ticket {
  return typeof value === 'object' && value !== null && parsedTickets.has(value);
}
