// Registers <ticket-card> and exports its class: `import 'my-open-tickets/ticket-card'`.
// `my-open-tickets/ticket-card/class` exports the class without registering it.
import { defineElement } from '../shared/define-element.js';
import { TicketCard } from './ticket-card.js';

defineElement('ticket-card', TicketCard);

export { TicketCard };
// The event detail types; importing them also brings the events'
// HTMLElementEventMap entries into a program that imports only this module.
export type { TicketOpenDetail } from '../shared/events.js';
