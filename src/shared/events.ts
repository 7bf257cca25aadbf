import type { TicketsError } from '../data/errors.js';
import type { Ticket, TicketProblem } from '../data/types.js';

/** Detail of `tickets-load`: what a load put on screen and what it left out. */
export interface TicketsLoadDetail {
  /** The tickets shown, in display order. */
  tickets: Ticket[];
  count: number;
  /** Records not shown, and fields left out of shown tickets, with ids and reasons. */
  problems: TicketProblem[];
}

/** Detail of `tickets-error`: the failure and the URL it happened on. */
export interface TicketsErrorDetail {
  error: TicketsError;
  url: string;
}

/** Detail of `ticket-open`: the ticket a user is about to open and its link. */
export interface TicketOpenDetail {
  ticket: Ticket;
  href: string;
}

declare global {
  interface HTMLElementEventMap {
    'tickets-load': CustomEvent<TicketsLoadDetail>;
    'tickets-error': CustomEvent<TicketsErrorDetail>;
    'ticket-open': CustomEvent<TicketOpenDetail>;
  }
}

type DetailOf<Name extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Dispatches one of the library's events from `target`. Every event bubbles
 * and crosses shadow roots, so a host can listen on any ancestor. Returns
 * `false` when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<Name extends 'tickets-load' | 'tickets-error' | 'ticket-open'>(
  target: EventTarget,
  name: Name,
  detail: DetailOf<Name>,
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}
