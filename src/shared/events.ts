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

/** Detail of `tickets-auth-required`: the 401 or 403 response that needs the host to act. */
export interface TicketsAuthRequiredDetail {
  status: 401 | 403;
  url: string;
  error: TicketsError;
}

/** Detail of `ticket-open`: the ticket a user is about to open and its link. */
export interface TicketOpenDetail {
  ticket: Ticket;
  href: string;
}

/** The library's events by name, as the global event maps list them. */
interface TicketsEventMap {
  'tickets-load': CustomEvent<TicketsLoadDetail>;
  'tickets-error': CustomEvent<TicketsErrorDetail>;
  'tickets-auth-required': CustomEvent<TicketsAuthRequiredDetail>;
  'ticket-open': CustomEvent<TicketOpenDetail>;
}

// Every event bubbles and is composed, so listeners on the document and
// the window receive them too.
declare global {
  interface HTMLElementEventMap extends TicketsEventMap {}
  interface DocumentEventMap extends TicketsEventMap {}
  interface WindowEventMap extends TicketsEventMap {}
}

type DetailOf<Name extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Dispatches one of the library's events from `target`. Every event bubbles
 * and crosses shadow roots, so a host can listen on any ancestor. Returns
 * `false` when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<Name extends 'tickets-load' | 'tickets-error' | 'tickets-auth-required' | 'ticket-open'>(
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
