import type { Ticket, TicketsPayload } from './types.js';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;

  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Returns `next` with every ticket that equals one in `previous` replaced by
 * the previous object. A refresh that changes three tickets then hands the
 * elements three new objects, so only those cards render again.
 */
export function reuseUnchanged(previous: TicketsPayload | null, next: TicketsPayload): TicketsPayload {
  if (!previous) return next;

  const byId = new Map<number, Ticket>(previous.tickets.map((ticket) => [ticket.id, ticket]));
  let reused = 0;
  const tickets = next.tickets.map((ticket) => {
    const earlier = byId.get(ticket.id);
    if (earlier && sameValue(earlier, ticket)) {
      reused += 1;
      return earlier;
    }
    return ticket;
  });

  return reused === 0 ? next : { ...next, tickets };
}
