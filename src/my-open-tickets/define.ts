// Registers <my-open-tickets> and exports its class: `import 'my-open-tickets/my-open-tickets'`.
// `my-open-tickets/my-open-tickets/class` exports the class without registering it.
// The list renders <ticket-card> elements, so it registers that tag too.
import '../ticket-card/define.js';
import { defineElement } from '../shared/define-element.js';
import { MyOpenTickets } from './my-open-tickets.js';

defineElement('my-open-tickets', MyOpenTickets);

export { MyOpenTickets };
// The event detail types; importing them also brings the events'
// HTMLElementEventMap entries into a program that imports only this module.
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from '../shared/events.js';
