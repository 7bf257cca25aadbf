// Registers <due-tickets-summary> and exports its class: `import 'my-open-tickets/due-tickets-summary'`.
// `my-open-tickets/due-tickets-summary/class` exports the class without registering it.
import { defineElement } from '../shared/define-element.js';
import { DueTicketsSummary } from './due-tickets-summary.js';

defineElement('due-tickets-summary', DueTicketsSummary);

export { DueTicketsSummary };
// The event detail types; importing them also brings the events'
// HTMLElementEventMap entries into a program that imports only this module.
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from '../shared/events.js';
