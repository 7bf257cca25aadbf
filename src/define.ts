import { DueTicketsSummary } from './due-tickets-summary/due-tickets-summary.js';
import { MyOpenTickets } from './my-open-tickets/my-open-tickets.js';
import { TicketCard } from './ticket-card/ticket-card.js';
import { TicketsProvider } from './tickets-provider/tickets-provider.js';

/**
 * Registers `element` as `tag` unless the tag is taken. A page that loads
 * two copies of the library keeps the first registration; a different
 * class under the same tag gets a warning instead of an exception.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(`<${tag}> is already defined by another copy of my-open-tickets; that copy is used.`);
  }
}

defineElement('tickets-provider', TicketsProvider);
defineElement('ticket-card', TicketCard);
defineElement('my-open-tickets', MyOpenTickets);
defineElement('due-tickets-summary', DueTicketsSummary);
