import { isDue } from './due.js';
import { byDueDate, byIdDescending } from './sort.js';
import type { Ticket } from './types.js';

/**
 * Returns the open tickets to show, newest first: records that are tickets,
 * have status `open` and, when `userId` is given, are assigned to that user.
 */
export function selectOpenTickets(tickets: readonly Ticket[], userId: string | null): Ticket[] {
  return tickets
    .filter(
      (ticket) =>
        ticket.isTicket &&
        ticket.status === 'open' &&
        (userId === null || String(ticket.assignedTo?.id ?? '') === userId),
    )
    .sort(byIdDescending);
}

/**
 * Returns the open tickets that are due on `today` or earlier in
 * `timeZone`, earliest due first. It applies the same filter as
 * {@link selectOpenTickets}, so the list and the summary agree on one data set.
 */
export function selectDueTickets(
  tickets: readonly Ticket[],
  userId: string | null,
  today: string,
  timeZone: string,
): Ticket[] {
  return selectOpenTickets(tickets, userId)
    .filter((ticket) => isDue(ticket, today, timeZone))
    .sort(byDueDate(timeZone));
}
